import type { Campaign, Period } from "../../shared/index.ts";
import { NOMINEE_COLUMNS, NOMINEES_TABLE } from "../../shared/contract.ts";
import { NOMINEE_KIND_WORDS, nomineeSlots } from "../../shared/dossier/nominees.ts";
import { FORM_WORDS } from "../../shared/words.ts";

/**
 * The nominees table `BHXH_KHEN_THUONG` as attach writes it (docs/template-contract.md): the five headers, then
 * one slot per nominee the period lets a unit propose (shared `nomineeSlots`, as the template: 3096 1 "Tập thể" and
 * 3 "Cá nhân", 3826's final review 20 "Cá nhân"), the rest for the office to type. A slot left with nothing but its
 * Loại proposes nobody. Added wherever the allowance gives a slot; elsewhere an office may add the table by hand.
 */
export const wantsNominees = (campaign: Campaign, period: Period): boolean => nomineeSlots(campaign, period).length > 0;

/** Writes the table on `sheet` with its header at row `top`; returns the row after it. */
export function writeNomineesTable(sheet: Excel.Worksheet, top: number, campaign: Campaign, period: Period): number {
  const slots = nomineeSlots(campaign, period);
  const bottom = top + slots.length;
  const headers = Object.values(NOMINEE_COLUMNS);
  sheet.getRange(`A${top - 1}`).values = [[`${FORM_WORDS.nominees.vi} / ${FORM_WORDS.nominees.en}`]];
  sheet.getRange(`A${top}:E${bottom}`).values = [
    headers,
    ...slots.map((k) => [NOMINEE_KIND_WORDS[k].vi, "", "", "", ""]),
  ];
  const table = sheet.tables.add(`A${top}:E${bottom}`, true);
  table.name = NOMINEES_TABLE;
  return bottom + 1;
}
