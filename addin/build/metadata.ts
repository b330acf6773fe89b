import { readFileSync } from "node:fs";
import { parseTree } from "custom-functions-metadata";

/**
 * functions.json from the wrappers' JSDoc (custom-functions-metadata), never by hand. Every description is
 * written "Vietnamese / English"; the default file keeps both (Vietnamese first), and the per-locale files the
 * manifest points at keep one language each, split at the first " / ". A parameter's description starts with its
 * Vietnamese name in «»: the vi-VN file names the parameter so (Excel shows it in the formula tooltip; names may
 * be any Unicode letters, docs: custom-functions-naming), the others keep the code's name.
 *
 * What the generator cannot write from JSDoc is added here: `allowErrorForDataTypeAny` (a top-level switch, so
 * an #N/A in a ranked range reaches AWARD_TIER, which says where it is instead of Excel's bare #N/A) and each
 * function's `helpUrl`, its page on the service (/help/<id>). A custom enum's member is named by its word, not by
 * the code's identifier: AutoComplete shows the name, and the word ("tổng kết") is what a person types.
 */
/** The files of the functions' JSDoc, in functions.json's order. */
const FUNCTION_SOURCES = [
  "addin/functions/score-functions.ts",
  "addin/functions/target-functions.ts",
  "addin/functions/verdict-functions.ts",
  "addin/functions/campaign-functions.ts",
];
/**
 * The closed lists the parameters name. custom-functions-metadata finds a parameter's enum only in the file it
 * parses, so each file of functions is read with these after it: written once, its own lines keep their numbers.
 */
const ENUMS_SOURCE = "addin/functions/custom-enums.ts";
export const LOCALES = { "vi-VN": 0, "en-US": 1 } as const;
export type Locale = keyof typeof LOCALES;

/** Where the help pages are served when no other address is given: the manifest's development address. */
export const DEFAULT_BASE_URL = "https://localhost:3000";

interface Described {
  description?: string;
  [key: string]: unknown;
}
interface Parameter extends Described {
  name: string;
  /** The Vietnamese name, from «» (kept out of the written files: `localize` uses it). */
  viName?: string;
}
/** A closed list Excel's AutoComplete offers (a `@customenum` of functions.ts). */
interface CustomEnum {
  id: string;
  type: "string" | "number";
  values: Array<{ name: string; stringValue?: string; numberValue?: number; tooltip?: string }>;
}
export interface Metadata {
  allowErrorForDataTypeAny?: boolean;
  enums?: CustomEnum[];
  functions: Array<
    Described & {
      id: string;
      name: string;
      helpUrl?: string;
      parameters: Parameter[];
      result: Described;
      options?: Record<string, boolean>;
    }
  >;
}

const VI_NAME = /^«([^»]+)»\s*/;
/** What Excel accepts as a name: letters of any language, digits, "_" and ".", starting with a letter. */
export const VALID_NAME = /^\p{L}[\p{L}\p{N}_.]*$/u;

const namedByWord = (e: CustomEnum): CustomEnum => ({
  ...e,
  values: e.values.map((v) => ({ ...v, name: String(v.stringValue ?? v.numberValue) })),
});

/** What the generator makes of the files, as its own generateCustomFunctionsMetadata would write them. */
function parsed(): Metadata {
  const enumsText = readFileSync(ENUMS_SOURCE, "utf8");
  const enums = parseTree(enumsText, ENUMS_SOURCE);
  const files = FUNCTION_SOURCES.map((file) => parseTree(`${readFileSync(file, "utf8")}\n${enumsText}`, file));
  const errors = [enums, ...files].flatMap((r) => r.extras.flatMap((extra) => extra.errors));
  if (errors.length > 0) throw new Error(`custom-functions-metadata: ${errors.join("; ")}`);
  const metadata = {
    allowCustomDataForDataTypeAny: true,
    functions: files.flatMap((r) => r.functions),
    enums: enums.enums,
  };
  return JSON.parse(JSON.stringify(metadata)) as Metadata;
}

/** JSDoc written across lines reads as one line: Excel shows a description as it is. */
const oneLine = <T extends Described>(d: T): T =>
  d.description === undefined ? d : { ...d, description: d.description.replace(/\s*\n\s*/g, " ") };

export async function generateMetadata(baseUrl = DEFAULT_BASE_URL): Promise<Metadata> {
  const raw = parsed();
  return {
    allowErrorForDataTypeAny: true,
    ...raw,
    ...(raw.enums ? { enums: raw.enums.map(namedByWord) } : {}),
    functions: raw.functions.map((f) => ({
      ...oneLine(f),
      helpUrl: `${baseUrl.replace(/\/+$/, "")}/help/${f.id}`,
      result: oneLine(f.result),
      parameters: f.parameters.map(oneLine).map((p) => {
        const m = VI_NAME.exec(p.description ?? "");
        if (!m) throw new Error(`${f.id}.${p.name}: the description must start with the Vietnamese name in «»`);
        if (!VALID_NAME.test(m[1]!)) throw new Error(`${f.id}.${p.name}: «${m[1]}» is not a name Excel takes`);
        return { ...p, viName: m[1]!, description: p.description!.slice(m[0].length) };
      }),
    })),
  };
}

/** The file as written: the Vietnamese names are not a metadata property. */
export const written = (metadata: Metadata): Metadata => ({
  ...metadata,
  functions: metadata.functions.map((f) => ({
    ...f,
    parameters: f.parameters.map(({ viName: _, ...p }) => p as Parameter),
  })),
});

export function half(text: string | undefined, which: 0 | 1, where: string): string | undefined {
  if (text === undefined) return undefined;
  const at = text.indexOf(" / ");
  if (at < 0) throw new Error(`${where}: the description must read "Tiếng Việt / English": ${text}`);
  return (which === 0 ? text.slice(0, at) : text.slice(at + 3)).trim();
}

export function localize(metadata: Metadata, locale: Locale): Metadata {
  const which = LOCALES[locale];
  const pick = <T extends Described>(d: T, where: string): T =>
    d.description === undefined ? d : { ...d, description: half(d.description, which, where) };
  return written({
    ...metadata,
    ...(metadata.enums
      ? {
          enums: metadata.enums.map((e) => ({
            ...e,
            values: e.values.map((v) => ({ ...v, tooltip: half(v.tooltip, which, `enum ${e.id}.${v.name}`) })),
          })),
        }
      : {}),
    functions: metadata.functions.map((f) => ({
      ...pick(f, f.id),
      parameters: f.parameters.map((p) => ({
        ...pick(p, `${f.id}.${String(p.name)}`),
        name: locale === "vi-VN" && p.viName ? p.viName : p.name,
      })),
      result: pick(f.result, `${f.id} result`),
    })),
  });
}
