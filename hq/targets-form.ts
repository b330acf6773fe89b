import { escapeMarkup } from "../shared/markup.ts";
import type { FieldError, TargetEntry } from "./targets.ts";

/** The editor's values as the person left them. */
export function readTargetsForm(form: HTMLFormElement): { document: string; entries: TargetEntry[] } {
  const entries = [...form.querySelectorAll<HTMLTableRowElement>("tr[data-indicator]")].map((tr) => ({
    indicator: tr.dataset.indicator!,
    comparison: tr.querySelector<HTMLSelectElement>("select[name=comparison]")!.value,
    text: tr.querySelector<HTMLInputElement>("input[name=value]")!.value,
  }));
  return { document: form.querySelector<HTMLInputElement>("input[name=document]")!.value, entries };
}

const inputOf = (form: HTMLFormElement, field: string): HTMLInputElement | null =>
  field === "document"
    ? form.querySelector("input[name=document]")
    : form.querySelector(`tr[data-indicator="${CSS.escape(field)}"] input[name=value]`);

/**
 * Marks each field at fault on the field itself (aria-invalid, its message in the slot it is described by) and
 * takes the focus to the first, where the person fixes it; clears the marks of fields that are now right.
 */
export function showFieldErrors(form: HTMLFormElement, errors: readonly FieldError[]): void {
  for (const input of form.querySelectorAll<HTMLInputElement>("input[aria-invalid]"))
    input.removeAttribute("aria-invalid");
  for (const slot of form.querySelectorAll<HTMLElement>(".field-error")) slot.textContent = "";
  let first: HTMLInputElement | null = null;
  for (const e of errors) {
    const input = inputOf(form, e.field);
    if (!input) continue;
    input.setAttribute("aria-invalid", "true");
    const slot = document.getElementById(input.getAttribute("aria-describedby") ?? "");
    if (slot) slot.innerHTML = escapeMarkup(e.vi);
    first ??= input;
  }
  first?.focus();
}
