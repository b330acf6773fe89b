import { formatNumber } from "../pages/format.ts";
import { getAt, setAt, type Draft } from "./campaign-draft.ts";
import { criteriaFromRows } from "./criteria-import.ts";
import { SheetError, sheetRows } from "./xlsx-rows.ts";

/**
 * An appendix's criteria table into the draft, for one unit kind: its rows replace that kind's table, and each
 * criterion gets the workbook row it reads (tc1, tc2…: a share for a banded one, points for an assessed one)
 * unless the draft already has a row of that key. What the file did not say stays for the officer: the English.
 */
export async function importCriteria(
  draft: Draft,
  kind: string,
  file: File,
): Promise<{ ok: boolean; vi: string; en: string }> {
  let rows: string[][];
  try {
    rows = sheetRows(new Uint8Array(await file.arrayBuffer()));
  } catch (e) {
    if (e instanceof SheetError) return { ok: false, vi: e.messageVi, en: e.messageEn };
    return { ok: false, vi: "Không đọc được tệp này.", en: "This file cannot be read." };
  }
  const { criteria, skipped } = criteriaFromRows(rows);
  if (criteria.length === 0) {
    return {
      ok: false,
      vi:
        `Không thấy tiêu chí nào trong ${file.name}: bảng cần các cột TT | tiêu chí | ` +
        `điểm, mỗi tiêu chí một số TT.`,
      en: `No criteria found in ${file.name}: the table needs columns TT | criterion | points, one number per criterion.`,
    };
  }
  setAt(draft, ["criteria", kind], criteria);
  // A row nobody has named yet (the empty draft's first) makes way for the table's own.
  const inputs = ((getAt(draft, ["inputs"]) as Array<Record<string, unknown>> | undefined) ?? []).filter(
    (i) => String(i.key ?? "") !== "",
  );
  for (const c of criteria) {
    if (inputs.some((i) => i.key === c.input)) continue;
    const banded = c.scoring.kind === "banded";
    inputs.push({
      key: c.input,
      type: banded ? "share" : "points",
      optional: false,
      label: { vi: `Tiêu chí ${c.no}: ${c.title.vi}${banded ? " (tỷ lệ)" : " (điểm)"}`, en: `Criterion ${c.no}` },
    });
  }
  setAt(draft, ["inputs"], inputs);
  const bands = criteria.filter((c) => c.scoring.kind === "banded").length;
  const total = criteria.reduce((s, c) => s + c.max, 0);
  const rest = skipped.length ? ` Không đọc được ${skipped.length} dòng: ${skipped.slice(0, 3).join("; ")}.` : "";
  return {
    ok: true,
    vi:
      `Đã nhập ${criteria.length} tiêu chí (${bands} theo mức), tổng ${formatNumber(total)} điểm, từ ` +
      `${file.name}. Kiểm tra tên tiếng Anh và các mức.${rest}`,
    en: `Imported ${criteria.length} criteria (${bands} banded), ${total} points in all. Check the English and the bands.`,
  };
}
