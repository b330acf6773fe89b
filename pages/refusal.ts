import { ApiError, BilingualError } from "../client/errors.ts";
import { sheetCellName } from "./format.ts";
import { escapeMarkup } from "../shared/markup.ts";

const RECEIVED_UNREAD: [string, string] = [
  "Máy chủ đã nhận tệp nhưng trang không đọc được câu trả lời: xem danh sách hồ sơ đã gửi trước khi gửi lại.",
  "Received, but the answer could not be read: check the submissions before sending again.",
];

/** A 2xx whose answer could not be read was stored all the same: sending it again is not the remedy. */
function headingOf(status: number | null): [string, string] {
  if (status === 0) return ["Chưa gửi được", "Not sent"];
  if (status !== null && status >= 200 && status < 300) {
    return RECEIVED_UNREAD;
  }
  if (status !== null && (status === 429 || status >= 500))
    return ["Máy chủ chưa nhận tệp, hãy thử lại sau", "Not received yet: try again later"];
  return ["Máy chủ không nhận tệp", "The service did not accept the file"];
}

/**
 * Why the service did not take a file, Vietnamese first, with the workbook cell when the service names one, and the
 * code and status small at the end for a phone call to headquarters.
 */
export function refusalHtml(e: unknown): string {
  if (!(e instanceof BilingualError)) {
    const text = e instanceof Error ? e.message : String(e);
    return (
      `<div class="refusal"><p><strong>Trang gặp lỗi khi gửi tệp (${escapeMarkup(text)}).</strong> ` +
      `Tải lại trang (F5) rồi gửi lại; nếu vẫn lỗi, báo Vụ Thi đua - Khen thưởng. <small lang="en">The ` +
      `page failed while sending; reload it and send again.</small></p></div>`
    );
  }
  const api = e instanceof ApiError ? e : null;
  const [vi, en] = headingOf(api?.status ?? null);
  const heading = `<p class="refusal-head"><strong>${escapeMarkup(vi)}</strong> <small>${escapeMarkup(en)}</small></p>`;
  const where = api?.where
    ? `<p class="refusal-where">Vị trí trong tệp: ` +
      `<code class="cell">${escapeMarkup(sheetCellName(api.where))}</code>` +
      `${api.where.formula ? ` <code class="formula">=${escapeMarkup(api.where.formula)}</code>` : ""}</p>`
    : "";
  const code = api
    ? `<p class="refusal-code"><small>Mã lỗi: ${escapeMarkup(api.code)}${api.status ? ` · HTTP ${api.status}` : ""}</small></p>`
    : "";
  return `<div class="refusal" data-code="${escapeMarkup(api?.code ?? "")}">
    ${heading}
    <p class="refusal-vi">${escapeMarkup(e.messageVi)}</p>
    <p class="refusal-en"><small>${escapeMarkup(e.messageEn)}</small></p>
    ${where}${code}
  </div>`;
}
