import { ApiError } from "../client/errors.ts";
import { esc, formatDateTime } from "../pages/format.ts";

/** How /hq speaks in its message boxes: Vietnamese, then the English gloss. */

export function say(el: HTMLElement, kind: "error" | "ok" | "info", vi: string, en = ""): void {
  el.className = `msg ${kind}`;
  el.innerHTML = `${esc(vi)}${en ? ` <small lang="en">${esc(en)}</small>` : ""}`;
  el.hidden = false;
}

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
  el.className = "msg error";
  el.innerHTML = `<span>${esc(what)}${esc(shown)}</span> <button type="button" class="ghost retry">Thử lại</button>`;
  el.hidden = false;
  el.querySelector("button")!.addEventListener("click", retry, { once: true });
}
