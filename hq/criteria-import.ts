/**
 * A criteria table as the documents' appendix lays it out (TT | tiêu chí | điểm), read into the definition's
 * criteria: a numbered row starts a criterion; a band line ("Từ 70 đến 80% đơn vị: 10 điểm", "Từ 90% trở lên: 20
 * điểm"), in the criterion's own cell or on a row of its own under it, makes the criterion banded, each band from
 * its lower bound (70 % is 0.7). Lines below the lowest band ("Dưới 70%: 0 điểm") need no band: below it scores 0.
 */
export interface ImportedCriterion {
  no: number;
  title: { vi: string; en: string };
  max: number;
  input: string;
  scoring: { kind: "assessed" } | { kind: "banded"; bands: Array<{ from: number; points: number }> };
}

export interface CriteriaImport {
  criteria: ImportedCriterion[];
  /** Lines the reader could not place, in the sheet's words with their row, for the officer to check. */
  skipped: string[];
}

const number = (s: string): number | null => {
  const t = s.trim().replace(/\s/g, "").replace(",", ".");
  return /^\d+(\.\d+)?$/.test(t) ? Number(t) : null;
};

const BAND = /^[-–•+*\s]*(?:từ|trên|đạt|đạt từ)\s*(\d+(?:[.,]\d+)?)\s*%?.*?[:=]\s*(\d+(?:[.,]\d+)?)\s*điểm/iu;
const BELOW = /^[-–•+*\s]*(?:dưới|không đạt)/iu;

/** A band line's lower bound (a fraction) and points, or null for a line that is not one. */
export function bandOf(line: string): { from: number; points: number } | null {
  const m = BAND.exec(line.trim());
  if (!m) return null;
  return { from: Number((number(m[1]!)! / 100).toFixed(10)), points: number(m[2]!)! };
}

/** The columns of TT, the criterion and its points, found by the header row's words, else the first three. */
function columnsOf(rows: readonly string[][]): { at: number; tt: number; title: number; points: number } {
  for (let r = 0; r < Math.min(rows.length, 15); r++) {
    const cells = rows[r]!.map((c) => c.trim().toLowerCase());
    const tt = cells.findIndex((c) => /^s?tt$/.test(c));
    const title = cells.findIndex((c) => /tiêu chí|nội dung/.test(c));
    const points = cells.findIndex((c, i) => i !== title && /điểm/.test(c));
    if (tt >= 0 && title >= 0) return { at: r + 1, tt, title, points: points >= 0 ? points : title + 1 };
  }
  return { at: 0, tt: 0, title: 1, points: 2 };
}

export function criteriaFromRows(rows: readonly string[][]): CriteriaImport {
  const { at, tt, title, points } = columnsOf(rows);
  const criteria: ImportedCriterion[] = [];
  const skipped: string[] = [];
  let current: ImportedCriterion | null = null;
  const addLine = (line: string, where: string) => {
    const band = bandOf(line);
    if (band && current) {
      if (current.scoring.kind === "assessed") current.scoring = { kind: "banded", bands: [] };
      current.scoring.bands.push(band);
    } else if (!BELOW.test(line)) skipped.push(`${where}: ${line}`);
  };
  for (let r = at; r < rows.length; r++) {
    const row = rows[r]!;
    const no = number(row[tt] ?? "");
    const lines = (row[title] ?? "")
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter(Boolean);
    const where = `dòng ${r + 1}`;
    if (no !== null && Number.isInteger(no) && lines.length) {
      const vi = lines[0]!.replace(/[:.]\s*$/, "");
      current = {
        no,
        title: { vi, en: `Criterion ${no}` },
        max: number(row[points] ?? "") ?? 0,
        input: `tc${no}`,
        scoring: { kind: "assessed" },
      };
      criteria.push(current);
      lines.slice(1).forEach((l) => addLine(l, where));
    } else if (/^(tổng|cộng)/i.test(lines[0] ?? row.join(" ").trim())) {
      current = null;
    } else {
      lines.forEach((l) => addLine(l, where));
    }
  }
  for (const c of criteria) {
    if (c.scoring.kind === "banded") {
      c.scoring.bands.sort((a, b) => a.from - b.from);
      if (c.max === 0) c.max = Math.max(...c.scoring.bands.map((b) => b.points));
    }
  }
  return { criteria, skipped };
}
