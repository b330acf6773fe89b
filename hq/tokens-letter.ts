import type { TokenIssued } from "../shared/schemas/tokens.ts";
import { formatDateTime } from "../pages/format.ts";
import { escapeMarkup } from "../shared/markup.ts";
import { WORDS } from "../shared/words.ts";

/**
 * The letter headquarters prints (or copies) for an office when it issues a code: who it is for, the code, how to
 * enter it in the add-in's pane and the service's address. The code is on the page only while this letter is.
 */
export function tokenLetterHtml(t: TokenIssued, serviceUrl: string): string {
  return (
    `<h2 id="tk-letter-title" tabindex="-1">Thư gửi ${escapeMarkup(WORDS.token.vi.toLowerCase())}
      <small class="en" lang="en">access code letter</small></h2>
    <p class="letter-warn no-print" role="note">Mã chỉ hiện một lần, ngay bây giờ: in thư ` +
    `này hoặc chép mã rồi mới đóng.
      Hệ thống không giữ mã, chỉ giữ dấu kiểm tra (SHA-256), nên không ai xem lại được.
      <small class="en" lang="en">Shown once: print or copy it now.</small></p>
    <dl class="letter-facts">
      <dt>Gửi ${escapeMarkup(WORDS.unit.vi.toLowerCase())}</dt><dd>${escapeMarkup(t.unitName)} (` +
    `${escapeMarkup(WORDS.unitCode.vi.toLowerCase())} ${escapeMarkup(t.unit)})</dd>
      ${t.label ? `<dt>Dùng cho</dt><dd>${escapeMarkup(t.label)}</dd>` : ""}
      <dt>${escapeMarkup(WORDS.token.vi)}</dt><dd><code id="tk-code" class="letter-code">${escapeMarkup(t.token)}</code></dd>
      <dt>Địa chỉ máy chủ</dt><dd><code>${escapeMarkup(serviceUrl)}</code></dd>
      <dt>Cấp lúc</dt><dd>${escapeMarkup(formatDateTime(t.created))} (mã số ${t.id})</dd>
    </dl>
    <h3>Cách nhập mã vào Excel</h3>
    <ol class="letter-steps">
      <li>Mở Excel, trên thẻ <strong>BHXH</strong> bấm <strong>Bảng điều khiển</strong> để mở ngăn Thi đua BHXH.</li>
      <li>Ở phần <strong>Kết nối</strong>, dán mã trên vào ô <strong>${escapeMarkup(WORDS.token.vi)}</strong>
        (nếu ngăn hỏi địa chỉ máy chủ, nhập địa chỉ trên), rồi bấm lưu.</li>
      <li>Ngăn hiện tên ${escapeMarkup(t.unitName)}: từ đó tệp gửi đi là của đơn vị này.</li>
      <li>Excel không có add-in: mở <code>${escapeMarkup(serviceUrl)}/gui</code>, nhập mã để gửi tệp.</li>
    </ol>
    <p>Giữ mã như mật khẩu; mất máy hoặc lộ mã, báo ngay Vụ Thi đua - Khen ` +
    `thưởng để thu hồi và cấp mã mới.</p>
    <div class="letter-sign"><p>Vụ Thi đua - Khen thưởng, BHXH Việt Nam</p></div>
    <div class="form-end no-print">
      <button type="button" data-letter="print">In thư</button>
      <button type="button" class="ghost" data-letter="copy">Chép mã</button>
      <button type="button" class="ghost" data-letter="close">Đã in hoặc chép: đóng thư</button>
    </div>
    <div id="tk-letter-msg" class="msg no-print" role="status" aria-live="polite" hidden></div>`
  );
}
