import type { Campaign } from "../../shared/index.ts";
import { NOMINEE_COLUMNS, NOMINEES_TABLE } from "../../shared/contract.ts";
import { NOMINEE_KIND_WORDS, type NomineeKind } from "../../shared/dossier/nominees.ts";

/**
 * The nominees table `BHXH_KHEN_THUONG` as attach writes it (docs/template-contract.md): the five headers, then
 * one slot per nominee the campaign lets a unit propose, its Loại filled (3096: 1 "Tập thể" and 3 "Cá nhân"), the
 * rest for the office to type. A slot left with nothing but its Loại proposes nobody. Added where the definition
 * says how many a unit proposes (`proposalCap`); elsewhere an office may add the table by hand.
 */
export const wantsNominees = (campaign: Campaign): boolean => campaign.proposalCap !== undefined;

export function nomineeSlots(campaign: Campaign): NomineeKind[] {
  const cap = campaign.proposalCap;
  if (!cap) return [];
  return [...Array<NomineeKind>(cap.collectives).fill("collective"), ...Array<NomineeKind>(cap.individuals).fill("individual")];
}

/** Writes the table on `sheet` with its header at row `top`; returns the row after it. */
export function writeNomineesTable(sheet: Excel.Worksheet, top: number, campaign: Campaign): number {
  const slots = nomineeSlots(campaign);
  const bottom = top + slots.length;
  const headers = Object.values(NOMINEE_COLUMNS);
  sheet.getRange(`A${top - 1}`).values = [["Danh sách đề nghị khen thưởng / Nominees"]];
  sheet.getRange(`A${top}:E${bottom}`).values = [headers, ...slots.map((k) => [NOMINEE_KIND_WORDS[k].vi, "", "", "", ""])];
  const table = sheet.tables.add(`A${top}:E${bottom}`, true);
  table.name = NOMINEES_TABLE;
  return bottom + 1;
}
