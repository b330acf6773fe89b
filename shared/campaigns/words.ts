import type { WordEntry, WordList } from "../cells/index.ts";
import type { Campaign, UnitKind } from "./schema.ts";

/** How a workbook names the kind of unit that chooses the 3826 table (docs/rules.md §8). */
export const UNIT_KIND_WORDS: WordList<UnitKind> = {
  what: { vi: "loại đơn vị", en: "unit kind" },
  entries: [
    {
      code: "province",
      vi: "tỉnh",
      en: "province",
      words: ["BHXH tỉnh", "BHXH tỉnh, thành phố", "tỉnh, thành phố", "thành phố"],
    },
    {
      code: "department",
      vi: "đơn vị trực thuộc",
      en: "department",
      words: ["đơn vị", "trực thuộc", "đơn vị trực thuộc BHXH Việt Nam"],
    },
  ],
};

/**
 * The other names of the period and prize-set ids that recur across campaigns. The final review is `final` in
 * every campaign; `tong_ket` (1170's id until 2025) is one of its names, so old workbooks, queries and rows still
 * read (docs/rules.md §13).
 */
export const ID_WORDS: Readonly<Record<string, readonly string[]>> = {
  final: ["tổng kết", "tong_ket", "tổng kết đợt", "kết thúc đợt", "cuối đợt", "cuối kỳ", "final review"],
  so_ket: ["sơ kết", "mid-term"],
  monthly: ["tháng", "hằng tháng", "hàng tháng", "thưởng tháng", "tiến độ hằng tháng"],
};

/** "2015-10" is also written 10/2015, T10/2015, tháng 10/2015, 2015/10. */
function monthWords(id: string): string[] {
  const m = /^(\d{4})-(\d{2})$/.exec(id);
  if (!m) return [];
  const [, year, mm] = m as unknown as [string, string, string];
  const month = String(Number(mm));
  return [...new Set([month, mm])]
    .flatMap((x) => [`${x}/${year}`, `T${x}/${year}`, `tháng ${x}/${year}`, `${x}-${year}`])
    .concat(`${year}/${mm}`);
}

const entryOf = (id: string, label: { vi: string; en: string }): WordEntry => ({
  code: id,
  vi: label.vi,
  en: label.en,
  words: [...(ID_WORDS[id] ?? []), ...monthWords(id)],
});

const cache = new WeakMap<Campaign, { periods: WordList; prizeSets: WordList }>();

/** The names of a campaign's periods and prize sets: its ids, its own labels, and the shared other names. */
export function campaignWords(campaign: Campaign): { periods: WordList; prizeSets: WordList } {
  let words = cache.get(campaign);
  if (!words) {
    words = {
      periods: { what: { vi: "kỳ", en: "period" }, entries: campaign.periods.map((p) => entryOf(p.id, p.label)) },
      prizeSets: {
        what: { vi: "cơ cấu giải", en: "prize set" },
        entries: campaign.prizeSets.map((p) => entryOf(p.id, p.label)),
      },
    };
    cache.set(campaign, words);
  }
  return words;
}
