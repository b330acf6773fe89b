import * as z from "zod/mini";
import {
  inputsSchema,
  type Campaign,
  type CampaignInputDef,
  type Figure,
  type Judgement,
  type UnitKind,
} from "../../shared/index.ts";
import type { Caller } from "../env.ts";
import { ApiError } from "../middleware/errors.ts";

const reasonSchema = z.string().check(z.trim(), z.minLength(1), z.maxLength(1000));
const figureValue = z.nullable(z.union([z.number(), z.boolean(), z.string().check(z.maxLength(100))]));
/** Absent: unchanged; null: HQ no longer holds it (the flag is unjudged again, the figure is the province's). */
export const judgementPutSchema = z.object({
  reason: reasonSchema,
  vetoed: z.optional(z.nullable(z.boolean())),
  priority: z.optional(z.nullable(z.boolean())),
  figures: z.optional(
    z
      .record(z.string().check(z.maxLength(40)), figureValue)
      .check(z.refine((r) => Object.keys(r).length <= 60, "≤ 60")),
  ),
});

/**
 * The bounds the rules would hold a workbook's row to: no count below 0 or fractional, no share past 1; a
 * `criterion` row is a share where its criterion is banded for the kind, points up to its maximum where assessed.
 */
function fitsType(campaign: Campaign, kind: UnitKind, input: CampaignInputDef, v: unknown): boolean {
  if (typeof v !== "number") return true;
  if (!Number.isFinite(v) || v < 0) return false;
  if (input.type === "share") return v <= 1;
  if (input.type === "count") return Number.isInteger(v);
  if (input.type !== "criterion") return true;
  const criterion = campaign.criteria?.[kind]?.find((c) => c.input === input.key);
  return !criterion || (criterion.scoring.kind === "banded" ? v <= 1 : v <= criterion.max);
}

/** One of HQ's figures, read as the workbook's row would be read for a unit of `kind`; 422 naming `field`. */
export function checkedFigure(
  campaign: Campaign,
  kind: UnitKind,
  input: string,
  value: unknown,
  field: string,
): Figure {
  const schema = inputsSchema(campaign, kind).shape[input] as z.ZodMiniType | undefined;
  if (!schema) {
    throw new ApiError({
      status: 422,
      code: "invalid",
      field,
      vi: `Đợt ${campaign.document.number} không có chỉ tiêu "${input}" cho loại đơn vị này.`,
      en: `${campaign.document.number} has no input "${input}" for this unit kind.`,
    });
  }
  const parsed = schema.safeParse(value);
  const def = campaign.inputs.find((i) => i.key === input)!;
  if (
    !parsed.success ||
    parsed.data === undefined ||
    parsed.data === null ||
    !fitsType(campaign, kind, def, parsed.data)
  ) {
    throw new ApiError({
      status: 422,
      code: "invalid",
      field,
      vi: `Số liệu "${String(value)}" không hợp lệ cho "${input}".`,
      en: `"${String(value)}" is not a valid value for "${input}".`,
    });
  }
  return parsed.data as Figure;
}

/** The judgement after a change: what the change leaves out is kept, what it sets to null is dropped. */
export function merged(
  before: Judgement | undefined,
  unit: string,
  change: Pick<z.infer<typeof judgementPutSchema>, "reason" | "vetoed" | "priority">,
  figures: Record<string, Figure | null>,
  caller: Caller,
): Judgement {
  const kept = { ...(before?.figures ?? {}) };
  for (const [k, v] of Object.entries(figures))
    if (v === null) delete kept[k];
    else kept[k] = v;
  return {
    unit,
    vetoed: change.vetoed === undefined ? (before?.vetoed ?? null) : change.vetoed,
    priority: change.priority === undefined ? (before?.priority ?? null) : change.priority,
    figures: kept,
    reason: change.reason,
    judgedBy: caller.unit,
    judgedAt: new Date().toISOString(),
  };
}
