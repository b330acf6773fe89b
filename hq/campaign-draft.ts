import { campaignSchema, type Campaign } from "../shared/campaigns/schema.ts";
import { issueText } from "../shared/schemas/messages.ts";

/**
 * A campaign being written: the definition as plain JSON, in the very form PUT /campaigns/:id takes, edited field
 * by field through its paths ("criteria.province.1.scoring.bands.0.from"), the same paths the schema and the
 * service name a fault by. What the form does not show (a copied campaign's progress, conditions, flags) rides
 * along untouched.
 */
export type Draft = Record<string, unknown>;
export type Path = Array<string | number>;

export const pathOf = (text: string): Path => text.split(".").map((p) => (/^\d+$/.test(p) ? Number(p) : p));
const pathText = (path: readonly (string | number)[]): string => path.join(".");

export function getAt(root: unknown, path: Path): unknown {
  let at = root;
  for (const key of path) {
    if (at === null || typeof at !== "object") return undefined;
    at = (at as Record<string | number, unknown>)[key];
  }
  return at;
}

/** Sets a value, making the objects and arrays on the way; `undefined` removes the key (an optional field left empty). */
/** The list at a dotted path of the draft or of one of its items; none, an empty one. */
export const itemsAt = (root: unknown, path: string): Draft[] =>
  (getAt(root, path.split(".")) as Draft[] | undefined) ?? [];

/** A text of the draft in both languages; absent, an empty one. */
export const textOf = (v: unknown): { vi?: string; en?: string } =>
  (v as { vi?: string; en?: string } | undefined) ?? {};

export function setAt(root: Draft, path: Path, value: unknown): void {
  let at: Record<string | number, unknown> = root;
  path.slice(0, -1).forEach((key, i) => {
    const next = at[key];
    if (next === null || typeof next !== "object") at[key] = typeof path[i + 1] === "number" ? [] : {};
    at = at[key] as Record<string | number, unknown>;
  });
  const last = path.at(-1)!;
  if (value === undefined && !Array.isArray(at)) delete at[last];
  else at[last] = value;
}

export function removeAt(root: Draft, path: Path): void {
  const list = getAt(root, path.slice(0, -1));
  if (Array.isArray(list)) list.splice(Number(path.at(-1)), 1);
}

const text = (vi = "", en = "") => ({ vi, en });

/** A new row of each list of the form, as an officer starts it: empty where only the công văn can say. */
export function blankItem(listPath: Path, draft: Draft): unknown {
  const list = getAt(draft, listPath);
  const n = Array.isArray(list) ? list.length : 0;
  const [head, , third] = listPath;
  if (head === "inputs") return { key: "", label: text(), type: "points", optional: false };
  if (head === "criteria" && listPath.length === 2)
    return { no: n + 1, title: text(), input: "", scoring: { kind: "assessed" } };
  if (head === "criteria") return {};
  if (head === "prizeSets" && listPath.length === 1) {
    return {
      id: "",
      label: text(),
      bar: { value: 0, comparison: "gte" },
      tiers: [blankItem(["prizeSets", n, "tiers"], draft)],
    };
  }
  if (head === "prizeSets" && third === "tiers")
    return { code: "", label: text(), slots: 1, amountVnd: null, certificate: false };
  if (head === "periods") {
    const sets = (getAt(draft, ["prizeSets"]) as Array<{ id?: string }> | undefined) ?? [];
    return { id: "", label: text(), prizeSet: sets[0]?.id ?? "" };
  }
  return {};
}

/** An empty công văn: one province table, one prize set, the final review; every word left for the officer. */
export function emptyDraft(): Draft {
  const draft: Draft = {
    id: "",
    document: { number: "", date: "", title: text() },
    period: { from: "", to: "" },
    registry: "provinces34",
    unitKinds: ["province"],
    measure: "points",
    total: 100,
    inputs: [],
    criteria: { province: [] },
    prizeSets: [],
    periods: [],
  };
  (draft.inputs as unknown[]).push(blankItem(["inputs"], draft));
  (getAt(draft, ["criteria", "province"]) as unknown[]).push(blankItem(["criteria", "province"], draft));
  (draft.prizeSets as unknown[]).push(blankItem(["prizeSets"], draft));
  (draft.periods as unknown[]).push({ id: "final", label: text("Tổng kết đợt thi đua", "Final review"), prizeSet: "" });
  return draft;
}

/**
 * A copy of a published definition to start a new công văn from: the same tables and prizes under no id yet, so
 * nothing is published over the campaign it came from. The status is the form's, not the copy's.
 */
export function copyDraft(from: Campaign | Draft, keepId: boolean): Draft {
  const draft = structuredClone(from) as Draft;
  delete draft.status;
  if (!keepId) draft.id = "";
  return draft;
}

export interface DraftIssue {
  path: string;
  vi: string;
  en: string;
}

/** The draft through the shared schema and its coherence checks: the definition, or every fault on its path. */
export function checkDraft(draft: Draft): { ok: true; campaign: Campaign } | { ok: false; issues: DraftIssue[] } {
  const parsed = campaignSchema.safeParse(draft);
  if (parsed.success) return { ok: true, campaign: parsed.data };
  return {
    ok: false,
    issues: parsed.error.issues.map((i) => ({ path: pathText(i.path as Path), ...issueText(i, draft) })),
  };
}

/**
 * How a field's text becomes the definition's value: a number (Vietnamese "0,5" or "0.5"), a whole VND amount
 * ("20.000.000"), a percentage shown for a fraction ("70" is 0.7), a count that may be empty (null: no count),
 * an optional date or text (empty: absent; an amount or a count left empty is null, "none"). Text that is not a
 * number stays text, so the schema names it.
 */
export type FieldKind = "text" | "optional" | "number" | "percent" | "vnd" | "nullable" | "bool";

export function valueOf(kind: FieldKind, raw: string, checked = false): unknown {
  const t = raw.trim();
  switch (kind) {
    case "bool":
      return checked;
    case "text":
      return raw;
    case "optional":
      return t === "" ? undefined : t;
    case "vnd":
    case "nullable": {
      if (t === "") return null;
      const digits = t.replace(/[.\s]|đ$/g, "");
      return /^\d+$/.test(digits) ? Number(digits) : t;
    }
    case "number":
    case "percent": {
      if (t === "") return undefined;
      const n = t.replace(/\s|%/g, "").replace(",", ".");
      if (!/^-?\d+(\.\d+)?$/.test(n)) return t;
      return kind === "percent" ? Number((Number(n) / 100).toFixed(10)) : Number(n);
    }
  }
}

/** The value back as the field shows it. */
export function shownOf(kind: FieldKind, value: unknown): string {
  if (value === undefined || value === null) return "";
  if (typeof value !== "number") return String(value);
  if (kind === "percent") return String(Number((value * 100).toFixed(8))).replace(".", ",");
  if (kind === "vnd") return new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 0 }).format(value);
  return String(value).replace(".", ",");
}
