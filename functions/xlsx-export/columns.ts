import type { Campaign, MeasureKind } from "../../shared/campaigns/schema.ts";
import type { Value } from "../xlsx-writer/index.ts";
import type { Column } from "./sheet-frame.ts";

/** A measure as Excel shows it: points with two decimals, progress as a percentage, a verdict as 1 or 0. */
export const measureFormat = (measure: MeasureKind): string =>
  measure === "progress" ? "0.00%" : measure === "points" ? "0.00" : "0";

const cell = (v: unknown): Value =>
  typeof v === "number" || typeof v === "string" ? v : typeof v === "boolean" ? (v ? "Có" : "Không") : null;

/** One column per input of the campaign, headed by its own label, each figure typed as it was sent. */
export function inputColumns<Row>(
  campaign: Campaign,
  inputsOf: (row: Row) => Record<string, unknown> | undefined,
): Array<Column<Row>> {
  return campaign.inputs.map((i) => ({
    head: i.label.vi,
    width: Math.min(30, Math.max(10, Math.ceil(i.label.vi.length / 2))),
    ...(i.type === "share" ? { numFmt: "0.00%" } : {}),
    value: (row: Row) => cell(inputsOf(row)?.[i.key]),
  }));
}
