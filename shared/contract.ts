import { SEEDS, type SeedId } from "./campaigns/seeds.ts";
import { inputsFor } from "./scoring/inputs.ts";

/**
 * The template's contract: the named Excel tables a submission is read from. The template generator writes
 * exactly these; the add-in reads them before sending and the service reads them from the stored file (the
 * file is the record), so a workbook an office already keeps works as long as it carries the three tables.
 *
 * Each table is key–value with the columns below: `Mã` is the machine key (never translated), `Nội dung`
 * what a person reads, `Giá trị` the value (a constant or a formula pointing into the office's own sheets).
 */
export const CONTRACT_COLUMNS = ["Mã", "Nội dung", "Giá trị"] as const;

export const TABLES = {
  /** unit (P34-xx…), campaign (egov-3826-2015…), period (2015-10…, so_ket, final; tong_ket reads as final). */
  info: "BHXH_THONG_TIN",
  /** The campaign's scoring inputs under their rule names: c1…c5 and unitKind; installed…; bbActual…. */
  inputs: "BHXH_DAU_VAO",
  /** What the workbook's own formulas computed: `value` (score or progress) and `label` (tier/verdict). */
  claimed: "BHXH_KET_QUA",
} as const;

export const INFO_KEYS = ["unit", "campaign", "period"] as const;
export const CLAIMED_KEYS = ["value", "label"] as const;

/**
 * The seed campaigns' input keys for a province, in the definition's order: what their templates carry. Any other
 * campaign's keys are its definition's (`inputKeys`, `inputsFor`).
 */
export const INPUT_KEYS = Object.fromEntries(
  SEEDS.map((c) => [c.id, inputsFor(c, "province").map((i) => i.key)]),
) as unknown as Readonly<Record<SeedId, readonly string[]>>;

/**
 * Optional, read by the task pane only (never sent, never required): the office's own figures for the national
 * indicators, Mã = an indicator code of shared/targets (BHXH, BHYT…), Giá trị = the actual share (0.45 for 45 %).
 * The chart draws them beside the national targets.
 */
export const OPTIONAL_TABLES = { actuals: "BHXH_CHI_TIEU" } as const;

/**
 * Optional, sent (issue 17): who the unit proposes for an award, one row each. Not key–value: a list with these
 * headers, found like the others whatever their case, accents or order; `Loại` and `Họ tên` must be there, the
 * others may be missing. `Loại` is "Tập thể" or "Cá nhân"; `Họ tên` a person's full name or a collective's name.
 * Absent, or with no row filled: the unit proposes nobody.
 */
export const NOMINEES_TABLE = "BHXH_KHEN_THUONG";
export const NOMINEE_COLUMNS = {
  kind: "Loại",
  name: "Họ tên",
  title: "Chức vụ",
  unitName: "Đơn vị",
  summary: "Thành tích tóm tắt",
} as const;

/**
 * The sheet the contract tables stand on when the template or the add-in (attach) writes them. Not part of the
 * contract: the tables are found by name wherever they are; a workbook may keep them on any sheet.
 */
export const CONTRACT_SHEET = "Dữ liệu gửi";
