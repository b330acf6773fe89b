/**
 * The rules every BHXH function follows (docs/rules.md §8–§12), in the words of its help page: empty cells,
 * numbers written as text, error values, and what the range, streaming and campaign functions add.
 */
const RANGE_FUNCTIONS = new Set(["AWARD_TIER", "XEP_HANG"]);
const STREAMING = new Set(["TARGET", "TARGET_GAP", "TARGET_MET"]);
const CAMPAIGN_FUNCTIONS = new Set(["CHAM_DIEM", "DIEM_TIEU_CHI", "KET_LUAN", "XEP_GIAI", "TIEN_THUONG"]);
const TAKES_INPUTS = new Set(["CHAM_DIEM", "DIEM_TIEU_CHI", "KET_LUAN"]);

/** The rules every function follows (docs/rules.md §8–§12), said once per page, in both languages. */
export function commonRules(id: string): string {
  const items: Array<[string, string]> = [
    [
      "<b>Ô trống</b> là chưa nhập: tham số bắt buộc cho <code>#VALUE!</code> “Thiếu giá trị”, tham " +
        "số tùy chọn lấy giá trị mặc định — trên Excel máy tính (kể cả các bản cũ đưa ô trống " +
        "vào hàm dưới dạng số 0: hàm hỏi lại Excel ô đó có trống không) và Excel trên web như nhau. " +
        "Số 0 gõ vào ô vẫn là 0.",
      "<b>An empty cell</b> is data not entered: a required argument gives <code>#VALUE!</code> “Missing value”, an " +
        "optional one takes its default — the same on Excel desktop (older builds pass an empty cell as 0: the function asks " +
        "Excel whether the cell is empty) and on the web. A 0 typed in a cell is 0.",
    ],
    [
      "<b>Số viết dạng chữ</b> được đọc như phép tính của Excel, theo cách viết Việt hay Anh: " +
        "<code>0,9</code>, <code>0.9</code>, <code>90%</code>, <code>1.234.567</code>, <code>1,234,567</code>, <code>1 " +
        "234,5</code>, <code>1.234,5</code>. Riêng dạng một dấu chấm hoặc phẩy với đúng ba chữ số sau " +
        "(<code>1.234</code>, <code>12,500</code>) có hai cách đọc nên bị từ chối, kèm cách viết lại: " +
        "<code>1234</code> nếu là số nghìn, <code>1,2340</code> nếu là số thập phân.",
      "<b>Numbers written as text</b> read as Excel's arithmetic reads them, in Vietnamese or English notation: " +
        "<code>0,9</code>, <code>0.9</code>, <code>90%</code>, <code>1.234.567</code>, <code>1,234,567</code>, <code>1 " +
        "234,5</code>, <code>1,234.5</code>. Only a single point or comma with exactly three digits after it " +
        "(<code>1.234</code>, <code>12,500</code>) reads two ways, so it is refused with how to write it: <code>1234</code> " +
        "for the thousands, <code>1.2340</code> for the decimal.",
    ],
    [
      "<b>Đúng/sai</b>: ĐÚNG/SAI, TRUE/FALSE, Có/Không, x, 1/0, Đạt/Không đạt. <b>Mã</b> (loại đơn vị, " +
        "kỳ, cơ cấu giải, chỉ tiêu, giải) được nhận không phân biệt chữ hoa, dấu, khoảng trắng " +
        "hay gạch dưới.",
      "<b>Yes/no</b>: TRUE/FALSE, ĐÚNG/SAI, Có/Không, x, 1/0. <b>Codes</b> (unit kind, period, prize set, indicator, " +
        "prize) are matched without regard to case, accents, spacing or underscores.",
    ],
    [
      "<b>Ô lỗi</b>: tham số ở ô có lỗi cho đúng lỗi đó (<code>#DIV/0!</code>…), hoặc <code>#N/A</code> " +
        "kèm tên lỗi khi Excel không cho hàm trả lỗi đó (<code>#REF!</code>, <code>#SPILL!</code>…).",
      "<b>Error values</b>: an argument whose cell holds an error gives that same error (<code>#DIV/0!</code>…), or " +
        "<code>#N/A</code> naming it where Excel does not let a function answer with it (<code>#REF!</code>, " +
        "<code>#SPILL!</code>…).",
    ],
  ];
  if (RANGE_FUNCTIONS.has(id)) {
    items.push([
      "<b>Vùng điểm</b> có thể là một cột, một hàng, một khối, hay cả cột (<code>B:B</code>): ô " +
        "trống, chữ, ĐÚNG/SAI được bỏ qua như RANK.EQ; một ô lỗi trong vùng cho <code>#N/A</code> nói rõ " +
        "lỗi gì ở hàng, cột nào — vì khi điểm của một đơn vị chưa có thì chưa xếp hạng được.",
      "<b>The scores range</b> may be a column, a row, a block, or a whole column (<code>B:B</code>): blanks, words and " +
        "TRUE/FALSE are skipped as RANK.EQ skips them; one error in the range gives <code>#N/A</code> saying which error at " +
        "which row and column — with one unit's score unknown, no rank can be given.",
    ]);
  }
  if (STREAMING.has(id)) {
    items.push([
      "<b>Tự cập nhật</b>: khi Vụ Thi đua - Khen thưởng sửa chỉ tiêu, các ô dùng hàm này nhận giá " +
        "trị mới ngay, không phải tính lại cả sổ.",
      "<b>Updates itself</b>: when headquarters changes the targets, the cells that use this function get the new value at " +
        "once; nothing else is recalculated.",
    ]);
  }
  if (CAMPAIGN_FUNCTIONS.has(id)) items.push(...campaignRules(TAKES_INPUTS.has(id)));
  const list = (lines: string[]) => lines.map((l) => `<li>${l}</li>`).join("\n");
  return `<ul>${list(items.map(([v]) => v))}</ul>\n<ul lang="en">${list(items.map(([, e]) => e))}</ul>`;
}

/** What the functions that take a campaign add: where the campaigns come from, the data range, the updates. */
function campaignRules(takesInputs: boolean): Array<[string, string]> {
  const items: Array<[string, string]> = [
    [
      "<b>Đợt thi đua</b> là các đợt Vụ Thi đua - Khen thưởng công bố: add-in tải về cùng lúc với " +
        "chỉ tiêu và lưu trên máy, nên vẫn chấm được khi mất mạng; ba đợt 3826, 1170, 3096 có sẵn " +
        "trong add-in. Gọi đợt bằng mã (<code>egov-3826-2015</code>) hoặc số văn bản " +
        "(<code>3826/BHXH-TĐKT</code>). Kỳ và tên giải là của chính đợt đó (xem Bảng điều khiển, hoặc " +
        "trang Đợt thi đua của Vụ). Đợt không có, hoặc chưa công bố (bản nháp), cho <code>#VALUE!</code> " +
        "kèm lý do và các đợt đang có.",
      "<b>Campaigns</b> are those headquarters published: the add-in loads them with the targets and keeps them on the " +
        "device, so it scores offline too; the three campaigns 3826, 1170, 3096 are built in. Name a campaign by its id " +
        "(<code>egov-3826-2015</code>) or its document's number (<code>3826/BHXH-TĐKT</code>). Periods and prize names are " +
        "the campaign's own. An unknown campaign, or a draft not yet published, gives <code>#VALUE!</code> saying why and " +
        "naming the known ones.",
    ],
    [
      "<b>Tự cập nhật</b>: khi Vụ công bố bản sửa của đợt, các ô dùng hàm này tính lại theo " +
        "bản mới ngay, không phải tính lại cả sổ.",
      "<b>Updates itself</b>: when headquarters publishes a correction of the campaign, the cells that use this function " +
        "score by it at once; nothing else is recalculated.",
    ],
  ];
  if (takesInputs) {
    items.push([
      "<b>Bảng dữ liệu</b> là các dòng <code>Mã | … | Giá trị</code>: cột đầu là mã số liệu, cột " +
        "cuối là giá trị, các cột giữa (Nội dung) chỉ để đọc — ví dụ <code>BHXH_DAU_VAO[[Mã]:[Giá " +
        "trị]]</code> hay <code>'Dữ liệu gửi'!A11:C17</code>; dòng tiêu đề và dòng có mã lạ được bỏ " +
        "qua. Thiếu dòng của một số liệu bắt buộc, hay một mã có ở hai dòng, cho <code>#VALUE!</code> " +
        "nói rõ mã nào.",
      "<b>The data range</b> is rows of <code>Mã | … | Giá trị</code>: the first column is the figure's key, the last " +
        "its value, the columns between (Nội dung) are for people — e.g. <code>BHXH_DAU_VAO[[Mã]:[Giá trị]]</code> or " +
        "<code>'Dữ liệu gửi'!A11:C17</code>; the header and rows with other keys are skipped. A required figure's row " +
        "missing, or one key on two rows, gives <code>#VALUE!</code> naming the key.",
    ]);
  }
  return items;
}
