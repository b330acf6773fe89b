import { Workbook, type WorkbookOptions } from "../../functions/xlsx-writer/index.ts";

export const VND = '#,##0 "₫"';

/** One workbook using every feature of the writer, the same for the node (LibreOffice) and workerd tests. */
export function sampleWorkbook(options: WorkbookOptions = {}): Uint8Array {
  const wb = new Workbook({
    font: { name: "Times New Roman", size: 12 },
    title: "Mẫu thử",
    creator: "BHXH",
    ...options,
  });
  const ws = wb.addSheet("Số liệu");
  ws.columns([10, 42, 20]).freeze(4, 1).gridLines(false);
  ws.set("A1", "BẢO HIỂM XÃ HỘI VIỆT NAM", { font: { bold: true, size: 13 }, align: { horizontal: "center" } }).merge(
    "A1:C1",
  );
  ws.set("A2", "Dòng có & và <thẻ> và _x0041_ và\nxuống dòng", { align: { wrap: true } }).merge("A2:C2");
  ws.height(2, 36);
  const head = {
    font: { bold: true, color: "FFFFFF" },
    fill: "1F4E79",
    border: "thin" as const,
    align: { horizontal: "center" as const },
  };
  ["Mã", "Nội dung", "Giá trị"].forEach((h, i) => ws.set([4, i + 1], h, head));
  const input = { locked: false, fill: "FFF2CC", border: "thin" as const };
  ws.set("A5", "amount")
    .set("B5", "Tiền thưởng")
    .set("C5", 40_000_000, { ...input, numFmt: VND });
  ws.set("A6", "share")
    .set("B6", "Tỷ lệ")
    .set("C6", 0.9117, { ...input, numFmt: "0.00%" });
  ws.set("A7", "ok").set("B7", "Đạt").set("C7", true, input);
  ws.set("A8", "verdict").set("B8", "Kết luận").set("C8", "Có", input);
  ws.set("A9", "double")
    .set("B9", "Gấp đôi")
    .set("C9", { formula: "=C5*2", cached: 80_000_000 }, { numFmt: VND, font: { bold: true } });
  ws.set("A10", "label").set("B10", "Nhãn").set("C10", { formula: 'IF(C7,"ĐẠT","CHƯA ĐẠT")', cached: "ĐẠT" });
  ws.set("A11", "flag").set("B11", "Cờ").set("C11", { formula: "C6>0.5", cached: true });
  ws.set("A12", "err")
    .set("B12", "Lỗi")
    .set("C12", { formula: "1/0", cached: { error: "#DIV/0!" } });
  ws.set("A13", "blank").set("B13", "Trống").set("C13", null, input);
  ws.table({ name: "BHXH_THU", ref: "A4:C13" });
  ws.validate("C8", {
    type: "list",
    values: ["Có", "Không"],
    error: { title: "Chọn / choose", text: "Chọn Có hoặc Không. / Choose Có or Không." },
  });
  ws.validate("C6", { type: "decimal", min: 0, max: 1, prompt: { text: "Nhập 90% hoặc 0,9." } });
  ws.protect();
  ws.page({
    orientation: "portrait",
    fitToWidth: 1,
    fitToHeight: 0,
    titleRows: "4:4",
    footer: '&C&"Times New Roman,Regular"Trang &P/&N',
  });
  const list = wb.addSheet("Danh sách");
  list.set("A1", "Đơn vị").set("B1", "Điểm");
  list.set("A2", "Hà Nội").set("B2", 95.5).set("A3", "Huế").set("B3", 88);
  list.autoFilter("A1:B3").freeze(1);
  wb.defineName({ name: "TienThuong", formula: "'Số liệu'!$C$5" });
  return wb.toBytes();
}
