import type { ServiceApi } from "../client/service.ts";
import type { SubmissionAnswer } from "../shared/schemas/api.ts";
import { formatBytes } from "./format.ts";
import { escapeMarkup } from "../shared/markup.ts";
import { readingHtml } from "./reading.ts";
import { refusalHtml } from "./refusal.ts";
import { messageHtml } from "./say.ts";

/**
 * Choosing or dropping one workbook, sending it with a progress bar, and showing what the service read from it or
 * why it refused it. The same on the upload page (a unit's own token) and on /hq (on a unit's behalf, `unitOf`).
 */
export interface UploadOptions {
  api: Pick<ServiceApi, "submit">;
  /** /hq: the unit the workbook is sent for; null while none is chosen (the send waits for one). */
  unitOf?: () => string | null;
  onSent?: (answer: SubmissionAnswer) => void;
  /** /hq: no unit chosen at the send; the page marks its unit field and takes the focus there. */
  onUnitMissing?: () => void;
}

/** What the page says before a file goes anywhere: a kind of file the service cannot read. */
function fileProblem(file: { name: string; size: number }): { vi: string; en: string } | null {
  const ext = /\.([^.]+)$/.exec(file.name)?.[1]?.toLowerCase() ?? "";
  if (ext === "xls") {
    return {
      vi:
        "Tệp .xls (Excel 97-2003) không gửi được. Mở tệp, chọn Lưu thành (Save As) " +
        "› Sổ làm việc Excel (.xlsx), rồi gửi tệp .xlsx.",
      en: "An .xls (Excel 97-2003) file cannot be sent. Open it, Save As › Excel Workbook (.xlsx), and send the .xlsx.",
    };
  }
  if (ext === "ods") {
    return {
      vi:
        "Tệp .ods của LibreOffice không gửi được. Trong LibreOffice chọn Tệp › Lưu " +
        "thành, kiểu Excel 2007-365 (.xlsx), rồi gửi tệp .xlsx.",
      en:
        "A LibreOffice .ods file cannot be sent. In LibreOffice choose File › Save As, type Excel " +
        "2007-365 (.xlsx), and send the .xlsx.",
    };
  }
  if (ext !== "xlsx" && ext !== "xlsm")
    return { vi: "Chỉ gửi được sổ Excel .xlsx.", en: "Only an .xlsx Excel workbook can be sent." };
  if (file.size === 0)
    return {
      vi: "Tệp rỗng (0 byte): chọn lại tệp đã lưu.",
      en: "The file is empty (0 bytes): choose the saved file again.",
    };
  return null;
}

const newKey = (): string =>
  typeof crypto.randomUUID === "function"
    ? crypto.randomUUID()
    : Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, "0")).join("");

export function mountUpload(root: HTMLElement, options: UploadOptions): void {
  const id = `${root.id || "upload"}-file`;
  root.innerHTML =
    `<form class="upload" novalidate>
    <label class="drop" for="${id}">
      <input type="file" id="` +
    `${id}" accept=".xlsx,.xlsm,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" ` +
    `aria-describedby="${id}-outcome">
      <span class="drop-main">Kéo thả tệp Excel (.xlsx) vào đây, hoặc <u>bấm để chọn tệp</u></span>
      <small class="en" lang="en">Drop the .xlsx workbook here, or click to choose it</small>
    </label>
    <p class="chosen" hidden></p>
    <button type="submit" class="send" aria-disabled="true">Gửi về BHXH Việt Nam</button>
    <div class="progress" hidden>
      <progress max="1" value="0" aria-label="Tiến độ gửi"></progress>
      <span class="progress-text" role="status" aria-live="polite"></span>
    </div>
    <div class="outcome" id="${id}-outcome" role="status" aria-live="polite" tabindex="-1"></div>
  </form>`;
  const form = root.querySelector<HTMLFormElement>("form")!;
  const input = root.querySelector<HTMLInputElement>("input[type=file]")!;
  const drop = root.querySelector<HTMLElement>(".drop")!;
  const chosen = root.querySelector<HTMLElement>(".chosen")!;
  const send = root.querySelector<HTMLButtonElement>("button.send")!;
  const progress = root.querySelector<HTMLElement>(".progress")!;
  const bar = root.querySelector<HTMLProgressElement>("progress")!;
  const barText = root.querySelector<HTMLElement>(".progress-text")!;
  const outcome = root.querySelector<HTMLElement>(".outcome")!;
  // One key per chosen file: sending it again after a lost answer stores it once.
  let picked: { file: File; key: string } | null = null;
  let sending = false;

  function choose(files: FileList | null | undefined): void {
    outcome.innerHTML = "";
    progress.hidden = true;
    const file = files?.[0];
    picked = null;
    send.setAttribute("aria-disabled", "true");
    input.removeAttribute("aria-invalid");
    chosen.hidden = !file;
    if (!file) return;
    chosen.innerHTML =
      `Tệp đã chọn: <strong>${escapeMarkup(file.name)}</strong> ` +
      `<small>${escapeMarkup(formatBytes(file.size))}</small>` +
      `${files!.length > 1 ? " <small>(chỉ gửi tệp này)</small>" : ""}`;
    const problem = fileProblem(file);
    if (problem) {
      input.setAttribute("aria-invalid", "true");
      outcome.innerHTML = messageHtml("error", problem.vi, problem.en);
      return;
    }
    picked = { file, key: newKey() };
    send.removeAttribute("aria-disabled");
  }

  function showProgress(fraction: number): void {
    bar.value = fraction;
    barText.textContent =
      fraction < 1 ? `Đang gửi… ${Math.floor(fraction * 100)} %` : "Đã gửi xong, hệ thống đang đọc tệp…";
  }

  async function submit(ev: Event): Promise<void> {
    ev.preventDefault();
    // Not disabled while nothing can be sent: a disabled button drops the focus; it says why instead.
    if (!picked) {
      if (!outcome.innerHTML)
        outcome.innerHTML = messageHtml(
          "error",
          "Chọn tệp Excel (.xlsx) trước khi gửi.",
          "Choose the .xlsx workbook first.",
        );
      input.setAttribute("aria-invalid", "true");
      input.focus();
      return;
    }
    if (sending) return;
    const unit = options.unitOf ? options.unitOf() : undefined;
    if (unit === null) {
      outcome.innerHTML = messageHtml(
        "error",
        "Chọn đơn vị gửi thay trước khi gửi.",
        "Choose the unit this workbook is sent for first.",
      );
      options.onUnitMissing?.();
      return;
    }
    const { file, key } = picked;
    sending = true;
    send.setAttribute("aria-disabled", "true");
    input.disabled = true;
    outcome.innerHTML = "";
    progress.hidden = false;
    showProgress(0);
    try {
      const answer = await options.api.submit(file, { fileName: file.name, idempotencyKey: key, unit }, showProgress);
      progress.hidden = true;
      outcome.innerHTML = readingHtml(answer);
      options.onSent?.(answer);
    } catch (e) {
      progress.hidden = true;
      outcome.innerHTML = refusalHtml(e);
    } finally {
      sending = false;
      send.removeAttribute("aria-disabled");
      input.disabled = false;
      // Where the answer is: the person reads the verdict or the refusal next, from its start.
      outcome.focus();
    }
  }

  input.addEventListener("change", () => choose(input.files));
  form.addEventListener("submit", (ev) => void submit(ev));
  for (const type of ["dragenter", "dragover"]) {
    drop.addEventListener(type, (ev) => {
      ev.preventDefault();
      drop.classList.add("over");
    });
  }
  drop.addEventListener("dragleave", () => drop.classList.remove("over"));
  drop.addEventListener("drop", (ev) => {
    ev.preventDefault();
    drop.classList.remove("over");
    if (!input.disabled) choose((ev as DragEvent).dataTransfer?.files);
  });
}
