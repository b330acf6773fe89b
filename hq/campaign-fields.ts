import { escapeMarkup } from "../shared/markup.ts";
import { shownOf, type FieldKind } from "./campaign-draft.ts";

/**
 * The form's fields, each bound to its place in the definition (`data-path`), which is also how the schema and the
 * service name a fault: an error is marked on the very input (aria-invalid, its message in the slot it is
 * described by) and takes the focus there. A list or a table the schema faults as a whole is a group, marked alike.
 */
export const fieldId = (path: string): string => `cf-${path.replace(/[^A-Za-z0-9_-]/g, "-")}`;

const labelHtml = (vi: string, en: string) =>
  `${escapeMarkup(vi)}${en ? ` <small class="en" lang="en">${escapeMarkup(en)}</small>` : ""}`;
const slot = (id: string) => `<div class="field-error" id="${id}-error"></div>`;

export interface FieldOptions {
  path: string;
  vi: string;
  en?: string;
  kind?: FieldKind;
  value: unknown;
  type?: "text" | "date";
  inputmode?: "decimal" | "numeric";
  placeholder?: string;
  cls?: string;
  readonly?: boolean;
  /** A word after the field ("%", "đ"). */
  unit?: string;
}

export function field(o: FieldOptions): string {
  const id = fieldId(o.path);
  const kind = o.kind ?? "text";
  const inputmode = o.inputmode ? `inputmode="${o.inputmode}"` : "";
  const placeholder = o.placeholder ? `placeholder="${escapeMarkup(o.placeholder)}"` : "";
  return (
    `<div class="cf-field ${o.cls ?? ""}"><label for="${id}">${labelHtml(o.vi, o.en ?? "")}</label>
    <span class="cf-input"><input id="${id}" data-path="${escapeMarkup(o.path)}" data-kind="${kind}" ` +
    `type="${o.type ?? "text"}" value="${escapeMarkup(shownOf(kind, o.value))}"
      ${inputmode} ${placeholder} ${o.readonly ? "readonly" : ""}
      autocomplete="off" aria-describedby="${id}-error">` +
    `${o.unit ? ` <span aria-hidden="true">${escapeMarkup(o.unit)}</span>` : ""}</span>` +
    `${slot(id)}</div>`
  );
}

export function select(o: {
  path: string;
  vi: string;
  en?: string;
  value: unknown;
  options: ReadonlyArray<{ value: string; label: string }>;
  cls?: string;
  kind?: FieldKind;
  action?: string;
}): string {
  const id = fieldId(o.path);
  const known = o.options.some((x) => x.value === o.value);
  const options = [
    ...(known ? [] : [{ value: String(o.value ?? ""), label: o.value ? String(o.value) : "— chọn —" }]),
    ...o.options,
  ];
  const selected = String(o.value ?? "");
  const optionsHtml = options
    .map(
      (x) =>
        `<option value="${escapeMarkup(x.value)}"${x.value === selected ? " selected" : ""}>` +
        `${escapeMarkup(x.label)}</option>`,
    )
    .join("");
  return (
    `<div class="cf-field ${o.cls ?? ""}"><label for="${id}">${labelHtml(o.vi, o.en ?? "")}</label>
    <select id="${id}" data-path="${escapeMarkup(o.path)}" data-kind="${o.kind ?? "text"}" ` +
    `${o.action ? `data-action="${o.action}"` : ""} aria-describedby="${id}-error">
      ${optionsHtml}
    </select>${slot(id)}</div>`
  );
}

export function checkbox(o: {
  path: string;
  vi: string;
  en?: string;
  checked: boolean;
  action?: string;
  value?: string;
}): string {
  const id = fieldId(o.value ? `${o.path}.${o.value}` : o.path);
  return (
    `<div class="cf-field cf-check"><input type="checkbox" id="${id}" data-path="` +
    `${escapeMarkup(o.path)}" data-kind="bool"${o.value ? ` value="${escapeMarkup(o.value)}"` : ""}
    ${o.action ? `data-action="${o.action}"` : ""}${o.checked ? " checked" : ""} aria-describedby="` +
    `${id}-error"> <label for="${id}">${labelHtml(o.vi, o.en ?? "")}</label>${slot(id)}</div>`
  );
}

/** A list or table of the definition: the schema may fault it as a whole ("criteria add up to 95, not 100"). */
export function group(path: string, legend: string, inner: string, cls = ""): string {
  const id = fieldId(path);
  return `<fieldset class="cf-group ${cls}" id="${id}" data-group="${escapeMarkup(path)}" tabindex="-1" aria-describedby="${id}-error">
    <legend>${legend}</legend>${slot(id)}${inner}</fieldset>`;
}

/** A list of the definition: its items, then the button that adds one (`what` finishes its name for a reader). */
export const listGroup = (path: string, legend: string, items: string, add: { vi: string; what?: string }, cls = "") =>
  group(path, legend, `${items}${addButton(path, add.vi, add.what ?? "")}`, cls);

export const addButton = (path: string, vi: string, what: string) =>
  `<button type="button" class="ghost cf-add" data-action="add" data-path="${escapeMarkup(path)}">` +
  `${escapeMarkup(vi)}<span class="visually-hidden"> ${escapeMarkup(what)}</span></button>`;
export const removeButton = (path: string, what: string) =>
  `<button type="button" class="ghost cf-remove" data-action="remove" data-path="` +
  `${escapeMarkup(path)}">Xoá<span class="visually-hidden"> ${escapeMarkup(what)}</span></button>`;

export interface Marked {
  path: string;
  vi: string;
}

/** The element a fault belongs to: the field of its path, or the nearest field or group above it. */
export function targetOf(form: HTMLElement, path: string): HTMLElement | null {
  const parts = path.split(".");
  for (let n = parts.length; n > 0; n--) {
    const at = parts.slice(0, n).join(".");
    const found = form.querySelector<HTMLElement>(
      `[data-path="${CSS.escape(at)}"]:not([data-action=add]):not([data-action=remove]), [data-group="${CSS.escape(at)}"]`,
    );
    if (found) return found;
  }
  return null;
}

/** Clears the old marks, marks each fault on its field and focuses the first; answers the faults with no field. */
export function markFaults(form: HTMLElement, faults: readonly Marked[], focus = true): Marked[] {
  for (const el of form.querySelectorAll("[aria-invalid]")) el.removeAttribute("aria-invalid");
  for (const s of form.querySelectorAll<HTMLElement>(".field-error")) s.textContent = "";
  const loose: Marked[] = [];
  let first: HTMLElement | null = null;
  for (const f of faults) {
    const el = targetOf(form, f.path);
    const box = el && document.getElementById(el.getAttribute("aria-describedby") ?? "");
    if (!el || !box) {
      loose.push(f);
      continue;
    }
    el.setAttribute("aria-invalid", "true");
    box.textContent = box.textContent ? `${box.textContent} ${f.vi}` : f.vi;
    first ??= el;
  }
  if (focus) first?.focus();
  return loose;
}
