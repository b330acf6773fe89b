import type { ServiceApi } from "../client/service.ts";
import {
  ATTACHMENT_KIND_WORDS,
  ATTACHMENT_KINDS,
  MAX_ATTACHMENT_BYTES,
  type Attachment,
  type AttachmentKind,
} from "../shared/dossier/attachments.ts";
import { WORDS } from "../shared/words.ts";
import { formatBytes, formatDateTime } from "./format.ts";
import { escapeMarkup } from "../shared/markup.ts";
import { refusalHtml } from "./refusal.ts";
import { saveBlob } from "./save-file.ts";
import { messageHtml } from "./say.ts";

/**
 * A submission's dossier (tờ trình, báo cáo thành tích, biên bản họp Hội đồng): its files listed with a download
 * each, and (`canAttach`) a form to attach one more, PDF or Word .docx up to 10 MB. The service judges the type by
 * content and names the file in any refusal; the page only says early what it can see (size, extension).
 */
export interface DossierOptions {
  api: Pick<ServiceApi, "attachments" | "attachment" | "attach">;
  submissionId: string;
  canAttach: boolean;
}

/** What the page can tell before sending: too large, empty, or plainly not a PDF or .docx by its name. */
function attachmentProblem(file: { name: string; size: number }): { vi: string; en: string } | null {
  if (!/\.(pdf|docx)$/i.test(file.name))
    return {
      vi: `Tệp "${file.name}" không phải PDF hay Word .docx.`,
      en: `"${file.name}" is neither a PDF nor a Word .docx.`,
    };
  if (file.size === 0) return { vi: `Tệp "${file.name}" rỗng (0 byte).`, en: `"${file.name}" is empty (0 bytes).` };
  if (file.size > MAX_ATTACHMENT_BYTES) {
    const mb = MAX_ATTACHMENT_BYTES / 1024 / 1024;
    return { vi: `Tệp "${file.name}" lớn hơn ${mb} MB.`, en: `"${file.name}" is larger than ${mb} MB.` };
  }
  return null;
}

function attachmentsListHtml(list: readonly Attachment[]): string {
  if (list.length === 0) return `<p class="muted">Chưa có tệp nào. <small lang="en">No file yet.</small></p>`;
  return `<ul class="attachments">${list
    .map((a) => {
      const about = [a.format.toUpperCase(), formatBytes(a.size), formatDateTime(a.createdAt)].map(escapeMarkup);
      return (
        `<li data-sha="${escapeMarkup(a.sha256)}">
      <strong>${escapeMarkup(ATTACHMENT_KIND_WORDS[a.kind].vi)}</strong>: ${escapeMarkup(a.fileName)} <small>${about.join(" · ")}</small>
      <button type="button" class="link" data-attachment="${escapeMarkup(a.sha256)}" data-name="${escapeMarkup(a.downloadName)}">` +
        `${WORDS.download.vi}<span class="visually-hidden"> ${escapeMarkup(a.fileName)}</span></button>
    </li>`
      );
    })
    .join("")}</ul>`;
}

/** What the file picker offers: the two formats by name and by type. */
const ACCEPTED = ".pdf,.docx,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document";

export function mountDossier(root: HTMLElement, o: DossierOptions): { refresh(): Promise<void> } {
  const id = `${root.id || "dossier"}-${o.submissionId.replace(/[^A-Za-z0-9_-]/g, "")}`;
  const options = ATTACHMENT_KINDS.map(
    (k) => `<option value="${k}">${escapeMarkup(ATTACHMENT_KIND_WORDS[k].vi)}</option>`,
  ).join("");
  root.innerHTML = `<section class="dossier" aria-labelledby="${id}-title">
    <h2 id="${id}-title">${WORDS.dossier.vi} <small class="en" lang="en">${WORDS.dossier.en}</small></h2>
    <div class="dossier-list" aria-live="polite"></div>
    ${
      o.canAttach
        ? `<form class="attach" novalidate>
      <label for="${id}-kind">Loại giấy tờ <small class="en" lang="en">kind</small></label>
      <select id="${id}-kind">${options}</select>
      <label for="${id}-file">Tệp PDF hoặc Word .docx, tối đa 10 MB
        <small class="en" lang="en">PDF or .docx, up to 10 MB</small></label>
      <input type="file" id="${id}-file" accept="${ACCEPTED}" aria-describedby="${id}-outcome">
      <button type="submit" class="attach-send">${WORDS.attach.vi}</button>
    </form>`
        : ""
    }
    <div class="dossier-outcome" id="${id}-outcome" role="status" aria-live="polite" tabindex="-1"></div>
  </section>`;
  const list = root.querySelector<HTMLElement>(".dossier-list")!;
  const outcome = root.querySelector<HTMLElement>(".dossier-outcome")!;

  async function refresh(): Promise<void> {
    try {
      list.innerHTML = attachmentsListHtml(await o.api.attachments(o.submissionId));
    } catch (e) {
      list.innerHTML = refusalHtml(e);
    }
  }

  root.addEventListener("click", (ev) => {
    const b = (ev.target as HTMLElement).closest<HTMLButtonElement>("button[data-attachment]");
    if (!b) return;
    o.api.attachment(o.submissionId, b.dataset.attachment!).then(
      (blob) => saveBlob(blob, b.dataset.name!),
      (e) => (outcome.innerHTML = refusalHtml(e)),
    );
  });

  const form = root.querySelector<HTMLFormElement>("form.attach");
  form?.addEventListener("submit", (ev) => {
    ev.preventDefault();
    const input = form.querySelector<HTMLInputElement>("input[type=file]")!;
    const kind = form.querySelector<HTMLSelectElement>("select")!.value as AttachmentKind;
    const file = input.files?.[0];
    const problem = file ? attachmentProblem(file) : { vi: "Chọn tệp trước khi đính kèm.", en: "Choose a file first." };
    input.toggleAttribute("aria-invalid", problem !== null);
    if (problem || !file) {
      outcome.innerHTML = messageHtml("error", problem!.vi, problem!.en);
      input.focus();
      return;
    }
    outcome.innerHTML = messageHtml("info", `Đang gửi "${file.name}"…`, `Sending "${file.name}"…`);
    o.api
      .attach(o.submissionId, file, { kind, fileName: file.name })
      .then(
        async (answer) => {
          const name = answer.attachment.fileName;
          outcome.innerHTML = answer.duplicate
            ? messageHtml(
                "info",
                `Tệp "${name}" đã có trong hồ sơ: không lưu thêm.`,
                `"${name}" was already in the dossier; nothing new stored.`,
              )
            : messageHtml(
                "info",
                `Đã đính kèm "${name}" (${ATTACHMENT_KIND_WORDS[answer.attachment.kind].vi}).`,
                `Attached "${name}".`,
              );
          input.value = "";
          await refresh();
        },
        (e) => {
          input.setAttribute("aria-invalid", "true");
          outcome.innerHTML = refusalHtml(e);
        },
      )
      .finally(() => outcome.focus());
  });
  void refresh();
  return { refresh };
}
