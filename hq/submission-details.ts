import { mountDossier } from "../pages/dossier.ts";
import { saveBlob as save } from "../pages/save-file.ts";
import { api } from "./api.ts";
import { sayError } from "../pages/say.ts";
import { submissionDetailsHtml } from "./views.ts";

/**
 * The buttons of the submissions table: a workbook downloaded under the name the list gives it, and the details of
 * one submission (its inputs with the cells they were read from, its nominees and dossier) under its row, a second
 * click folding them. The list is lean (no `sources`, issue 18): the whole record is read by its id when they open.
 */
export function mountSubmissionActions(body: HTMLElement, o: { listed: (id: string) => boolean; msg: HTMLElement }) {
  async function toggleDetails(button: HTMLButtonElement): Promise<void> {
    const id = button.dataset.details!;
    const row = button.closest("tr")!;
    const open = row.nextElementSibling;
    if (open?.matches(`tr.details[data-details-of="${CSS.escape(id)}"]`)) {
      open.remove();
      button.setAttribute("aria-expanded", "false");
      return;
    }
    if (!o.listed(id) || button.getAttribute("aria-busy") === "true") return;
    button.setAttribute("aria-busy", "true");
    let s;
    try {
      s = await api.submission(id);
    } catch (e) {
      return sayError(o.msg, e);
    } finally {
      button.removeAttribute("aria-busy");
    }
    // Drawn again meanwhile (a reload) or opened by another click: nothing to add under a row no longer there.
    if (!row.isConnected || row.nextElementSibling?.matches("tr.details[data-details-of]")) return;
    row.insertAdjacentHTML("afterend", submissionDetailsHtml(s));
    // The dossier's files are read when the details open: listed and downloaded, attached by the unit (or here).
    const box = row.nextElementSibling!.querySelector<HTMLElement>("[data-dossier-of]")!;
    mountDossier(box, { api, submissionId: id, canAttach: true });
    button.setAttribute("aria-expanded", "true");
  }

  async function download(id: string, name: string): Promise<void> {
    try {
      save(await api.workbook(id), name);
    } catch (e) {
      sayError(o.msg, e);
    }
  }

  body.addEventListener("click", (ev) => {
    const b = (ev.target as HTMLElement).closest<HTMLButtonElement>("button[data-download]");
    if (b) void download(b.dataset.download!, b.dataset.file!);
    const details = (ev.target as HTMLElement).closest<HTMLButtonElement>("button[data-details]");
    if (details) void toggleDetails(details);
  });
}
