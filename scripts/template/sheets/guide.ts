import type { Workbook } from "exceljs";
import { TABLES } from "../../../shared/contract.ts";
import type { ResolvedOptions } from "../options.ts";
import { FONT, setUpSheet, title } from "../styles.ts";
import { CONTRACT_SHEET, INDICATORS_TABLE } from "./contract.ts";
import { EGOV_SHEET } from "./egov.ts";
import { PARTICIPANTS_SHEET } from "./participants.ts";
import { TARGETS_SHEET } from "./targets.ts";
import { VSSID_SHEET } from "./vssid.ts";

type Line = [heading: string, text: string];

/** The first sheet: what each sheet is, how to enter figures, how to submit. */
export function addGuideSheet(wb: Workbook, o: ResolvedOptions): void {
  const ws = wb.addWorksheet("Hướng dẫn", { properties: { tabColor: { argb: "FFFFC000" } } });
  setUpSheet(ws, [30, 110]);
  title(
    ws,
    1,
    "MẪU CHẤM ĐIỂM THI ĐUA BHXH — HƯỚNG DẪN SỬ DỤNG",
    `${o.unitInfo.name} (${o.unitInfo.code}) · ${o.campaignInfo.document.number}: ${o.campaignInfo.document.title.vi} · ${o.periodLabel}`,
  );
  const lines: Line[] = [
    ["Các trang / Sheets", ""],
    [
      EGOV_SHEET,
      "Bảng tiêu chí chấm điểm thi đua về giao dịch điện tử (Công văn 3826/BHXH-TĐKT): số đơn vị đang quản lý, được tập huấn, đã giao dịch điện tử → tỷ lệ; điểm từng tiêu chí, tổng điểm, giải và tiền thưởng.",
    ],
    [
      TARGETS_SHEET,
      "12 chỉ tiêu năm 2025 của Công văn 148/BHXH-TĐKT: số thực hiện của đơn vị, chỉ tiêu giao, chênh lệch, đạt hay chưa.",
    ],
    [
      VSSID_SHEET,
      "Kế hoạch triển khai VssID (Công văn 1170/BHXH-TĐKT): lộ trình theo nhóm đối tượng, 03 tổ nghiệp vụ, số cài đặt hằng tháng so với chỉ tiêu được giao, kết quả sơ kết/tổng kết.",
    ],
    [
      PARTICIPANTS_SHEET,
      "Phát triển đối tượng tham gia BHXH, BHYT, BHTN năm 2019 (Công văn 3096/BHXH-TĐKT): số người tham gia BHXH bắt buộc, BHXH tự nguyện, BHYT, BHTN so với chỉ tiêu giao; đủ điều kiện khi vượt chỉ tiêu BHXH bắt buộc và hoàn thành các chỉ tiêu còn lại; danh sách đề nghị khen thưởng.",
    ],
    [
      CONTRACT_SHEET,
      `Các bảng dữ liệu add-in gửi về BHXH Việt Nam: ${TABLES.info} (đơn vị, đợt, kỳ), ${TABLES.inputs} (số liệu chấm điểm), ${TABLES.claimed} (điểm tự chấm), ${INDICATORS_TABLE} (số thực hiện các chỉ tiêu). Cột Giá trị là công thức trỏ về các trang trên: chỉ nhập số một lần.`,
    ],
    ["Nhập số liệu / Entering figures", ""],
    ["Ô màu vàng", "Ô nhập liệu. Ô màu xanh lá là kết quả do công thức tính, không gõ đè."],
    ["Tỷ lệ", "Nhập 90% hoặc 0,9 (Excel lưu 90% là 0,9). Không nhập 90: hàm sẽ báo lỗi và nhắc cách nhập."],
    ["Ngày, tiền", "Ngày dạng dd/mm/yyyy; tiền thưởng tính bằng đồng, có dấu phân cách hàng nghìn."],
    [
      "Công thức BHXH.*",
      "Các hàm BHXH.SCORE_EGOV, BHXH.EGOV_POINTS, BHXH.AWARD_TIER, BHXH.PRIZE_VND, BHXH.TARGET, BHXH.TARGET_GAP, BHXH.TARGET_MET, BHXH.VSSID_ELIGIBLE, BHXH.PTDT_ELIGIBLE do add-in BHXH cung cấp: phải tải (nạp) add-in thì Excel mới tính lại. Khi mở tệp, Excel không tính lại: các ô hiển thị kết quả đã tính sẵn lúc tạo mẫu, dù có hay chưa có add-in.",
    ],
    [
      "Khi chưa có add-in",
      "Sửa số liệu thì các ô BHXH.* phụ thuộc vào số đó báo #NAME?. Nạp add-in rồi bấm Ctrl+Alt+F9 để tính lại toàn bộ; ô nào vẫn báo #NAME? thì chọn ô, bấm F2 rồi Enter. Không gửi tệp khi còn ô #NAME?.",
    ],
    [
      "Khi đã có add-in",
      "Excel tính lại một ô BHXH.* khi số liệu nó dùng thay đổi. Chỉ tiêu do BHXH Việt Nam giao có thể đã đổi từ lúc tạo mẫu: bấm Ctrl+Alt+F9 để tính lại toàn bộ theo chỉ tiêu mới nhất.",
    ],
    [
      "Chỉ tiêu hằng năm",
      "Chỉ tiêu do BHXH Việt Nam giao và có thể thay đổi: add-in tự cập nhật từ máy chủ, BHXH.TARGET lấy chỉ tiêu mới nhất mỗi khi Excel tính lại ô.",
    ],
    ["Gửi báo cáo / Submitting", ""],
    [
      "Gửi về BHXH Việt Nam",
      'Trên thanh ribbon chọn thẻ BHXH → "Gửi về BHXH Việt Nam". Add-in đọc các bảng ở trang "Dữ liệu gửi", gửi kèm tệp Excel; hệ thống tính lại điểm bằng cùng quy tắc và báo nếu điểm tự chấm chênh lệch. Excel 2016/2019 hoặc LibreOffice (không chạy được add-in): lưu tệp dạng .xlsx rồi gửi ở trang /gui trên địa chỉ máy chủ do Vụ Thi đua - Khen thưởng cung cấp.',
    ],
    ["Gửi lại", "Có thể gửi lại nhiều lần: mỗi lần là một phiên bản mới, BHXH Việt Nam xét phiên bản mới nhất."],
    [
      "Không đổi tên",
      `Giữ nguyên tên các bảng ${TABLES.info}, ${TABLES.inputs}, ${TABLES.claimed}, ${INDICATORS_TABLE}, các cột Mã / Nội dung / Giá trị và các Mã. Có thể thêm trang, thêm dòng tính toán riêng của đơn vị.`,
    ],
  ];
  lines.forEach(([heading, text], i) => {
    const r = 4 + i;
    const a = ws.getCell(r, 1);
    const b = ws.getCell(r, 2);
    a.value = heading;
    b.value = text;
    const isSection = text === "";
    a.font = { name: FONT, bold: true, size: isSection ? 12 : 10, color: isSection ? { argb: "FF1F4E79" } : undefined };
    b.font = { name: FONT, size: 10 };
    a.alignment = { vertical: "top", wrapText: true };
    b.alignment = { vertical: "top", wrapText: true };
    if (!isSection) ws.getRow(r).height = Math.max(15, Math.ceil(text.length / 105) * 14);
  });
}
