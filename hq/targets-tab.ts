import { ApiError, api } from "./api.ts";
import { connectionLost, say, sayError, unreachable } from "../pages/say.ts";
import { readTargetsForm, showFieldErrors } from "./targets-form.ts";
import { targetsBody } from "./targets.ts";
import { targetsEditorHtml, targetsHistoryHtml } from "./views.ts";

/**
 * The "Chỉ tiêu quốc gia" tab: one year's national targets, read and set (the add-ins then score against them),
 * with what changed and who changed it. Its elements are hq.html's own; the tab owns the year shown.
 */
export function mountTargetsTab(): { show(): Promise<void> } {
  const $ = <T extends HTMLElement = HTMLElement>(id: string): T => document.getElementById(id) as T;
  let year = 2025;
  let saving = false;

  async function show(): Promise<void> {
    const msg = $("targets-msg");
    msg.hidden = true;
    const shown = year;
    try {
      const t = await api.targets(shown);
      $("targets-form-body").innerHTML = targetsEditorHtml(t, shown);
      $("targets-history").innerHTML = targetsHistoryHtml(t);
    } catch (e) {
      $("targets-form-body").innerHTML = targetsEditorHtml(null, shown);
      $("targets-history").innerHTML = targetsHistoryHtml(null);
      if (e instanceof ApiError && e.status === 404)
        say(
          msg,
          "info",
          `Chưa có chỉ tiêu năm ${shown}: nhập để giao mới.`,
          `No targets for ${shown} yet: enter them to set.`,
        );
      else if (unreachable(e)) connectionLost(msg, e, () => void show());
      else sayError(msg, e);
    }
  }

  async function save(ev: SubmitEvent): Promise<void> {
    ev.preventDefault();
    if (saving) return;
    const form = ev.currentTarget as HTMLFormElement;
    // Beside the save button, where the eyes are after a click (the load messages stay at the top).
    const msg = $("targets-save-msg");
    msg.hidden = true;
    const { document: doc, entries } = readTargetsForm(form);
    const checked = targetsBody(doc, entries);
    showFieldErrors(form, checked.ok ? [] : checked.fields);
    if (!checked.ok) return say(msg, "error", checked.vi, checked.en);
    // Not disabled: a disabled button drops the focus to the page; a second click while saving is ignored instead.
    saving = true;
    const button = $("targets-save");
    button.setAttribute("aria-disabled", "true");
    try {
      await api.putTargets(year, checked.body);
      await show();
      say(
        msg,
        "ok",
        `Đã lưu chỉ tiêu năm ${year}. Add-in của các tỉnh sẽ nhận chỉ tiêu mới.`,
        "Saved; the add-ins will pick up the new targets.",
      );
    } catch (e) {
      sayError(msg, e);
      if (e instanceof ApiError && e.field) {
        // The service names a row by its place in the body ("rows.3.value"): the field is that row's indicator.
        const row = /^rows\.(\d+)/.exec(e.field);
        const field = row
          ? checked.body.rows[Number(row[1])]?.indicator
          : e.field === "document"
            ? "document"
            : undefined;
        if (field) showFieldErrors(form, [{ field, vi: e.messageVi }]);
      }
    } finally {
      saving = false;
      button.removeAttribute("aria-disabled");
    }
  }

  $("year").addEventListener("change", (ev) => {
    const y = Number((ev.target as HTMLInputElement).value);
    if (Number.isInteger(y) && y >= 2000 && y <= 2100) {
      year = y;
      void show();
    }
  });
  $("targets-form").addEventListener("submit", (ev) => void save(ev as SubmitEvent));
  return { show };
}
