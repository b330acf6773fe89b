import { corrupt } from "./errors.ts";
import { attr, findPart, readXml, type Source } from "./xml.ts";

/** A relationship with its target resolved to a part name ("xl/worksheets/sheet1.xml", no leading slash). */
export interface Relationship {
  id: string;
  /** the last segment of the type URI: "officeDocument", "worksheet", "table", "sharedStrings" … */
  type: string;
  target: string;
}

/** Where the relationships of `part` live (ECMA-376 Part 2, 9.3): xl/_rels/workbook.xml.rels for xl/workbook.xml. */
export function relsPartOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/**
 * A target is a URI relative to the source part's folder, or absolute from the package root ("/xl/…"); both
 * shapes occur (Excel writes relative, some writers absolute). The type is matched by its last segment, so
 * transitional (schemas.openxmlformats.org) and strict (purl.oclc.org) packages read alike.
 */
export function resolveTarget(sourcePart: string, target: string): string {
  const base = target.startsWith("/") ? [] : sourcePart.split("/").slice(0, -1);
  for (const segment of target.split(/[\\/]/)) {
    if (segment === "" || segment === ".") continue;
    if (segment === "..") base.pop();
    else base.push(segment);
  }
  return base.join("/");
}

/** The relationships of `part`, or null when it has none (no rels part). External targets (URLs) are left out. */
export async function readRels(src: Source, part: string): Promise<Relationship[] | null> {
  const relsName = relsPartOf(part);
  const entry = findPart(src, relsName);
  if (!entry) return null;
  const rels: Relationship[] = [];
  await readXml(src, entry, {
    open(name, a) {
      if (name !== "Relationship" || attr(a, "TargetMode") === "External") return;
      const id = attr(a, "Id");
      const type = attr(a, "Type");
      const target = attr(a, "Target");
      if (!id || !type || target === undefined)
        throw corrupt(
          `quan hệ thiếu Id, Type hoặc Target trong ${relsName}`,
          `a relationship in ${relsName} lacks Id, Type or Target`,
          relsName,
        );
      rels.push({ id, type: type.slice(type.lastIndexOf("/") + 1), target: resolveTarget(part, safeDecode(target)) });
    },
  });
  return rels;
}

/** Targets are URIs: "sheet%201.xml" names the part "sheet 1.xml". */
function safeDecode(uri: string): string {
  try {
    return decodeURIComponent(uri);
  } catch {
    return uri;
  }
}
