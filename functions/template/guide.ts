import { NOMINEES_TABLE, TABLES } from "../../shared/contract.ts";
import { nomineeSlots } from "../../shared/dossier/nominees.ts";
import type { Sheet } from "../xlsx-writer/index.ts";
import type { TemplateContext } from "./context.ts";
import { NAMESPACE } from "./formulas.ts";
import { S } from "./styles.ts";

// narrower than A4 portrait at Times New Roman 12: LibreOffice does not scale this sheet to the page width
const WIDTH = 88;

/** The guide sheet: how to fill and send the form, what the BHXH.* cells need, and the campaign's own notes. */
export function writeGuide(ws: Sheet, ctx: TemplateContext, formSheet: string): void {
  ws.columns([WIDTH]).gridLines(false);
  const lines: Array<[string, keyof typeof S]> = [
    [`Hướng dẫn sử dụng biểu mẫu — ${ctx.campaign.document.number} — ${ctx.unit.name}`, "title"],
    [
      `1. Nhập số liệu của đơn vị vào các ô nền vàng, cột "Giá trị" của bảng II (${TABLES.inputs}) ` +
        `trên trang "${formSheet}". Các ô khác bị khoá (Review › Unprotect Sheet để mở, không cần mật khẩu). ` +
        "/ Type the unit's figures into the yellow cells.",
      "plain",
    ],
    [
      "2. Tỷ lệ nhập dạng 90% hoặc 0,9, không nhập 90. Ô Có/Không và danh sách: chọn bằng mũi tên bên " +
        "phải ô. / Shares as 90% or 0.9.",
      "plain",
    ],
    [
      `3. Các ô kết quả dùng hàm ${NAMESPACE}.CHAM_DIEM, ${NAMESPACE}.DIEM_TIEU_CHI, ${NAMESPACE}.KET_LUAN và ` +
        `${NAMESPACE}.TIEN_THUONG của add-in BHXH thi đua: giá trị đang hiện là kết quả tính sẵn theo quy tắc chung. ` +
        "Khi máy chưa cài add-in, Excel có thể hiện #NAME? sau khi tính lại: cài add-in (tab BHXH) " +
        'hoặc xem trang trợ giúp "Khi hàm BHXH không chạy". ' +
        "/ Result cells need the add-in; without it Excel may show #NAME?.",
      "plain",
    ],
    [
      `4. Xếp giải giữa các đơn vị (${NAMESPACE}.XEP_GIAI) do Vụ Thi đua - Khen thưởng làm trên kết quả ` +
        "của mọi đơn vị: biểu mẫu này không tự xếp hạng; tiền thưởng ở mục IV là mức dự kiến " +
        "của cơ cấu giải. / Ranking is headquarters' work; amounts are expected.",
      "plain",
    ],
    [
      "5. In: khổ A4, đã đặt sẵn tiêu đề lặp lại và số trang. Ký, ghi rõ họ tên, đóng dấu ở " +
        "cuối biểu. / Print on A4, sign and stamp.",
      "plain",
    ],
    [
      `6. Gửi: bấm "Gửi về BHXH Việt Nam" trong Bảng điều khiển (tab BHXH) hoặc tải tệp lên trang /gui. ` +
        `Hệ thống đọc các bảng ${TABLES.info}, ${TABLES.inputs}, ${TABLES.claimed} và tính lại kết quả. ` +
        "/ Send from the task pane or /gui.",
      "plain",
    ],
  ];
  if (nomineeSlots(ctx.campaign, ctx.period).length) {
    lines.push([
      "7. Đề nghị khen thưởng: ghi họ tên, chức vụ, đơn vị và thành tích tóm tắt vào bảng VI " +
        `(${NOMINEES_TABLE}), ` +
        "mỗi dòng một tập thể hoặc cá nhân theo cột Loại; dòng để trống là không đề nghị. " +
        "/ Nominees: one per row of table VI; an empty row proposes nobody.",
      "plain",
    ]);
  }
  for (const note of ctx.campaign.notes) lines.push([`• ${note.vi} / ${note.en}`, "remark"]);
  lines.forEach(([text, style], i) => {
    ws.set([i + 1, 1], text, S[style]);
    // a row does not grow on opening: as tall as its wrapped text (~1.1 characters a width unit, 16 points a line)
    const rows = Math.ceil(text.length / (WIDTH * 1.1));
    if (rows > 1) ws.height(i + 1, rows * 16);
  });
  ws.page({ orientation: "portrait", fitToWidth: 1, fitToHeight: 0, footer: "&CTrang &P/&N" });
}
