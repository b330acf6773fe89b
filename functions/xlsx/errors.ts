import { BilingualError } from "../../shared/errors.ts";

/**
 * Why a workbook could not be read, in the words a provincial officer reads (Vietnamese first) and what to do
 * about it. The route turns `code` into its HTTP answer; `part` names the zip part at fault, for the logs.
 */
export type XlsxErrorCode =
  "not_zip" | "encrypted" | "corrupt" | "not_workbook" | "too_large" | "too_complex" | "unsupported";

export class XlsxError extends BilingualError {
  constructor(
    readonly code: XlsxErrorCode,
    messageVi: string,
    messageEn: string,
    readonly part: string | null = null,
  ) {
    super(messageVi, messageEn, { message: `${code}${part ? ` (${part})` : ""}: ${messageEn}` });
    this.name = "XlsxError";
  }
}

const RESAVE_VI = "Hãy mở tệp trong Excel (hoặc LibreOffice Calc), lưu lại dạng Excel Workbook (*.xlsx) rồi gửi lại.";
const RESAVE_EN = "Open it in Excel (or LibreOffice Calc), save it as Excel Workbook (*.xlsx) and send it again.";

export const notZip = (): XlsxError =>
  new XlsxError(
    "not_zip",
    `Tệp không phải bảng tính .xlsx (không phải tệp nén ZIP). ${RESAVE_VI}`,
    `The file is not an .xlsx workbook (not a ZIP file). ${RESAVE_EN}`,
  );

/** An OLE compound file: an Excel 97-2003 .xls, or an .xlsx Excel encrypted whole because it has an open password. */
export const oldXls = (): XlsxError =>
  new XlsxError(
    "not_zip",
    `Tệp là bảng tính Excel 97-2003 (.xls), không phải .xlsx. ${RESAVE_VI}`,
    `The file is an Excel 97-2003 workbook (.xls), not .xlsx. ${RESAVE_EN}`,
  );

export const passwordProtected = (): XlsxError =>
  new XlsxError(
    "encrypted",
    "Tệp được đặt mật khẩu mở nên Excel đã mã hóa toàn bộ tệp; dịch vụ không đọc được. Hãy " +
      "mở tệp, bỏ mật khẩu (File > Info > Protect Workbook > Encrypt with Password, xóa trống), lưu dạng .xlsx " +
      "rồi gửi lại.",
    "The file has an open password, so Excel encrypted all of it and the service cannot read it. Open it, remove the password " +
      "(File > Info > Protect Workbook > Encrypt with Password, clear it), save as .xlsx and send it again.",
  );

export const zipEncrypted = (part: string): XlsxError =>
  new XlsxError(
    "encrypted",
    `Phần ${part} của tệp nén được mã hóa bằng mật khẩu ZIP. Hãy gửi tệp .xlsx lưu thẳng từ Excel, ` +
      "không nén lại bằng công cụ khác.",
    `Part ${part} is encrypted with a ZIP password. Send the .xlsx as Excel saved it, not re-zipped with another tool.`,
    part,
  );

export const corrupt = (whyVi: string, whyEn: string, part: string | null = null): XlsxError =>
  new XlsxError(
    "corrupt",
    `Tệp .xlsx bị hỏng hoặc không trọn vẹn: ${whyVi}. ${RESAVE_VI}`,
    `The .xlsx file is damaged or incomplete: ${whyEn}. ${RESAVE_EN}`,
    part,
  );

export const notWorkbook = (part: string | null = null): XlsxError =>
  new XlsxError(
    "not_workbook",
    "Tệp nén không phải bảng tính Excel (không có phần xl/workbook.xml). Hãy gửi biểu mẫu .xlsx của BHXH " +
      "Việt Nam lưu từ Excel hoặc LibreOffice Calc.",
    "The zip file is not an Excel workbook (it has no xl/workbook.xml). Send the BHXH .xlsx template as saved by Excel or " +
      "LibreOffice Calc.",
    part,
  );

export const unsupported = (whatVi: string, whatEn: string, part: string | null = null): XlsxError =>
  new XlsxError(
    "unsupported",
    `Tệp dùng ${whatVi}, dịch vụ không đọc được. ${RESAVE_VI}`,
    `The file uses ${whatEn}, which the service cannot read. ${RESAVE_EN}`,
    part,
  );

const mib = (n: number) => `${Math.round(n / 1024 / 1024)} MB`;

/** The zip-bomb refusal: says which limit, so a real (just very large) workbook's sender knows what to trim. */
export const tooLarge = (limitVi: string, limitEn: string, part: string | null = null): XlsxError =>
  new XlsxError(
    "too_large",
    `Tệp giải nén ra quá lớn (${limitVi}); có thể là tệp "bom nén". Hãy xóa bớt các sheet dữ liệu không ` +
      "cần gửi, lưu lại dạng .xlsx rồi gửi lại.",
    `The file inflates past a limit (${limitEn}); it may be a zip bomb. Delete the data sheets that need not be sent, save as ` +
      ".xlsx and send it again.",
    part,
  );

/**
 * The reading budget's refusal (limits.ts maxXmlBytes, maxElements): not a zip bomb, a file that would take more
 * work to read than any workbook an office types, named by its part so the sender knows which sheet to clean.
 */
export const tooComplex = (limitVi: string, limitEn: string, part: string): XlsxError =>
  new XlsxError(
    "too_complex",
    `Tệp quá phức tạp để đọc: phần ${part} ${limitVi}. Hãy xóa các ô, dòng hoặc định dạng thừa ` +
      "(hoặc sao chép bảng sang một sổ mới), lưu lại dạng .xlsx rồi gửi lại.",
    `The file is too complex to read: part ${part} ${limitEn}. Delete the stray cells, rows or formatting (or copy the tables ` +
      "into a new workbook), save as .xlsx and send it again.",
    part,
  );

export const complexText = {
  xml: (max: number) => [`đưa tổng số XML cần đọc vượt ${mib(max)}`, `takes the XML read past ${mib(max)}`] as const,
  elements: (max: number) =>
    [
      `đưa số phần tử XML cần đọc vượt ${max.toLocaleString("en-US")}`,
      `takes the XML elements read past ${max.toLocaleString("en-US")}`,
    ] as const,
  element: (max: number) =>
    [`có một phần tử XML dài hơn ${mib(max)}`, `holds one XML element of over ${mib(max)}`] as const,
  runs: (index: number, max: number) =>
    [
      `có chuỗi dùng chung số ${index} gồm hơn ${max} đoạn định dạng`,
      `holds shared string ${index} of over ${max} formatting runs`,
    ] as const,
};

export const limitText = {
  part: (part: string, max: number) =>
    [`phần ${part} vượt ${mib(max)} khi giải nén`, `part ${part} is over ${mib(max)} inflated`] as const,
  total: (max: number) =>
    [
      `tổng các phần cần đọc vượt ${mib(max)} khi giải nén`,
      `the parts read add up to over ${mib(max)} inflated`,
    ] as const,
  ratio: (part: string, ratio: number) =>
    [`phần ${part} nở ra hơn ${ratio} lần khi giải nén`, `part ${part} inflates more than ${ratio} times`] as const,
  entries: (count: number, max: number) =>
    [`tệp nén có ${count} phần, quá ${max}`, `the zip holds ${count} parts, over ${max}`] as const,
  cells: (table: string, cells: number, max: number) =>
    [`bảng ${table} phủ ${cells} ô, quá ${max}`, `table ${table} covers ${cells} cells, over ${max}`] as const,
  run: (part: string, max: number) =>
    [
      `phần ${part} có đoạn văn bản dài hơn ${mib(max)} không có thẻ XML nào`,
      `part ${part} has a run of over ${mib(max)} of text without markup`,
    ] as const,
  names: (max: number) =>
    [`các tên định nghĩa (Defined Names) dài quá ${mib(max)}`, `the defined names run over ${mib(max)}`] as const,
};
