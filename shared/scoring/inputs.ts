import * as z from "zod/mini";
import type { Campaign, CampaignInputDef, UnitKind } from "../campaigns/schema.ts";
import { UNIT_KIND_WORDS } from "../campaigns/words.ts";
import { readWord, type WordList } from "../cells/index.ts";
import { RuleError } from "../errors.ts";
import { cellBooleanField, cellFieldOf, cellNumberField, cellUnitKindField } from "../schemas/cell-fields.ts";
import { issueText } from "../schemas/messages.ts";

/** The inputs a unit of this kind fills, in the definition's order (an input without unitKinds is everyone's). */
export const inputsFor = (campaign: Campaign, kind?: UnitKind): CampaignInputDef[] =>
  campaign.inputs.filter((i) => kind === undefined || !i.unitKinds || i.unitKinds.includes(kind));

/** Every key of the campaign's BHXH_DAU_VAO table, whatever the kind. */
export const inputKeys = (campaign: Campaign): string[] => campaign.inputs.map((i) => i.key);

const wordLists = new WeakMap<CampaignInputDef, WordList>();
/** A `word` input's closed list, as the one reading of a cell matches it. */
export function wordsOf(input: CampaignInputDef): WordList {
  if (input.type === "unitKind") return UNIT_KIND_WORDS;
  let list = wordLists.get(input);
  if (!list) {
    list = { what: { vi: input.label.vi, en: input.label.en }, entries: input.words ?? [] };
    wordLists.set(input, list);
  }
  return list;
}

/** The zod field of one input: what a cell holds, read as everywhere (cells/); an optional one may be absent. */
function fieldOf(input: CampaignInputDef) {
  switch (input.type) {
    case "boolean":
      if (typeof input.default === "boolean") return cellBooleanField(input.default);
      return input.optional ? cellBooleanField(false) : cellBooleanField(undefined);
    case "unitKind":
      return cellUnitKindField();
    case "word":
      return cellFieldOf(
        wordsOf(input),
        typeof input.default === "string" ? input.default : undefined,
        !input.optional,
      );
    default:
      return cellNumberField(!input.optional);
  }
}

const schemas = new WeakMap<Campaign, Map<string, z.ZodMiniObject>>();
/** The shape of a campaign's inputs for a kind, built once per definition. */
export function inputsSchema(campaign: Campaign, kind?: UnitKind): z.ZodMiniObject {
  let byKind = schemas.get(campaign);
  if (!byKind) schemas.set(campaign, (byKind = new Map()));
  const k = kind ?? "*";
  let schema = byKind.get(k);
  if (!schema) {
    schema = z.object(Object.fromEntries(inputsFor(campaign, kind).map((i) => [i.key, fieldOf(i)])));
    byKind.set(k, schema);
  }
  return schema;
}

/** The kind a workbook names in its unitKind-type input, if the campaign has one. */
export function statedKind(
  campaign: Campaign,
  inputs: unknown,
): { raw: unknown; kind: UnitKind | undefined } | undefined {
  const def = campaign.inputs.find((i) => i.type === "unitKind");
  if (!def) return undefined;
  const raw = (inputs as Record<string, unknown> | null)?.[def.key];
  const read = readWord(UNIT_KIND_WORDS, raw);
  return { raw, kind: read.kind === "value" ? read.value : read.kind === "empty" ? undefined : (raw as UnitKind) };
}

/** Validates the inputs' shape for the campaign and kind, naming the first bad field. */
export function parseCampaignInputs(campaign: Campaign, inputs: unknown, kind?: UnitKind): Record<string, unknown> {
  const parsed = inputsSchema(campaign, kind).safeParse(inputs);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const field = issue.path.join(".") || "inputs";
    const text = issueText(issue, inputs);
    throw new RuleError(field, `Dữ liệu chấm điểm không hợp lệ: ${text.vi}.`, `Invalid scoring input: ${text.en}.`);
  }
  return parsed.data as Record<string, unknown>;
}

/** An input an empty cell may leave out: it is optional or has a default (a unit kind defaults to the sender's). */
export const mayBeEmpty = (input: CampaignInputDef): boolean =>
  input.optional || input.default !== undefined || input.type === "unitKind";

/** The kind a unit code names (P34-xx: a province; DV-…: a department), for readers that know only the file. */
export function kindOfUnitCode(code: unknown): UnitKind {
  return typeof code === "string" && /^\s*dv-/i.test(code) ? "department" : "province";
}
