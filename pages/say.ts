import { ApiError } from "../client/errors.ts";
import { escapeMarkup } from "../shared/markup.ts";
import { formatDateTime } from "./format.ts";

/**
 * How the pages (/hq, /gui and the parts they share) speak in a message box: Vietnamese, then the English as a
 * gloss (`class="en" lang="en"`), which the reader's "Hiện tiếng Anh" shows (pages/gloss.ts).
 */
export type MessageKind = "error" | "ok" | "info";

const gloss = (en: string): string => (en ? ` <small class="en" lang="en">${escapeMarkup(en)}</small>` : "");

/** A message drawn inside a larger piece of markup (the upload's outcome, the dossier's). */
export const messageHtml = (kind: MessageKind, vi: string, en = ""): string =>
  `<div class="msg ${kind}">${escapeMarkup(vi)}${gloss(en)}</div>`;

/** `viHtml` is markup already: a message that holds a link or a button. */
export function sayMarkup(el: HTMLElement, kind: MessageKind, viHtml: string, en = ""): void {
  el.className = `msg ${kind}`;
  el.innerHTML = `${viHtml}${gloss(en)}`;
  el.hidden = false;
}

export const say = (el: HTMLElement, kind: MessageKind, vi: string, en = ""): void =>
  sayMarkup(el, kind, escapeMarkup(vi), en);

/** An ApiError says what happened in both languages; anything else is a fault of this page, said as such. */
export const sayError = (el: HTMLElement, e: unknown): void =>
  e instanceof ApiError
    ? say(el, "error", e.messageVi, e.messageEn)
    : say(
        el,
        "error",
        "Trang gặp lỗi khi hiển thị. Tải lại trang (F5); nếu vẫn lỗi, báo bộ phận kỹ thuật.",
        "The page failed to show this. Reload it; if it persists, tell the technical team.",
      );

/** A failure of the network or of the service, not of the person: the last data stays, with a way to try again. */
export const unreachable = (e: unknown): boolean => e instanceof ApiError && (e.status === 0 || e.status >= 500);

const clock = (d: Date): string => formatDateTime(d.toISOString()).split(" ")[1]!;

/**
 * The service could not be reached: say so, with the time of what is still shown (`since`, when anything is), and a
 * "Thử lại".
 */
export function connectionLost(el: HTMLElement, e: unknown, retry: () => void, since: Date | null = null): void {
  const what = e instanceof ApiError ? e.messageVi : "Không kết nối được hệ thống.";
  const shown = since ? ` Đang hiện số liệu lúc ${clock(since)}, chưa cập nhật được.` : "";
  const en = e instanceof ApiError ? e.messageEn : "The service cannot be reached.";
  const retryButton = `<button type="button" class="ghost retry">Thử lại</button>`;
  sayMarkup(el, "error", `<span>${escapeMarkup(what)}${escapeMarkup(shown)}</span> ${retryButton}`, en);
  el.querySelector("button")!.addEventListener("click", retry, { once: true });
}
