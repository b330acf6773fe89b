/**
 * The help page "Khi hàm BHXH không chạy" (/help/khi-ham-khong-chay), linked from the pane: what a stuck #NAME? or
 * #BUSY! means, the pane's "Sửa công thức BHXH", clearing Office's cache as Microsoft's page describes, and why a
 * change of the functions can take up to a day to reach a PC. Vietnamese first, English after.
 */
import { page } from "../../addin/build/help-pages.ts";

export const REPAIR_PAGE = "khi-ham-khong-chay";

const CLEAR_CACHE = "https://learn.microsoft.com/office/dev/add-ins/testing/clear-cache";

const STEPS: Array<[string, string]> = [
  [
    "Mở tab <b>BHXH › Bảng điều khiển</b> và chờ vài giây: add-in khởi động và đăng ký các hàm. " +
      "Rồi bấm <b>Sửa công thức BHXH</b> trong bảng điều khiển: mọi công thức BHXH của tệp được " +
      "nhập lại, như khi gõ lại từng ô; công thức lưu từ một Excel không có add-in " +
      "(<code>_xldudf_BHXH_…</code>) trở lại thành <code>BHXH.…</code>. Không ô nào khác bị ghi.",
    "Open <b>BHXH › Dashboard</b> and wait a few seconds: the add-in starts and registers its functions. Then press " +
      "<b>Sửa công thức BHXH</b> (repair the BHXH formulas) in the pane: every BHXH formula of the workbook is entered " +
      "again, as re-typing each cell would; one saved by an Excel without the add-in (<code>_xldudf_BHXH_…</code>) becomes " +
      "<code>BHXH.…</code> again. No other cell is written.",
  ],
  [
    "Vẫn <code>#NAME?</code>: đóng hẳn mọi cửa sổ Excel (cả Word, PowerPoint đang mở), mở lại tệp, " +
      "rồi làm lại bước 1.",
    "Still <code>#NAME?</code>: close every Excel window (and any open Word or PowerPoint), open the workbook again, and repeat step 1.",
  ],
  [
    `Vẫn không được: xóa bộ nhớ đệm add-in của Office theo <a href="${CLEAR_CACHE}">trang của ` +
      `Microsoft</a>. Trên Windows (Office bản 2108 trở lên): <b>Tệp › Tùy chọn › Trung tâm Tin cậy › ` +
      `Thiết đặt Trung tâm Tin cậy › Danh mục Bổ trợ Tin cậy</b>, chọn ô “Lần tới khi Office khởi ` +
      `động, xóa bộ nhớ đệm của mọi bổ trợ web đã khởi động trước đó”, rồi mở lại ` +
      `Excel; hoặc đóng Office và xóa nội dung thư mục <code>%LOCALAPPDATA%\\Microsoft\\Office\\16.0\\Wef\\</code>. ` +
      `Trên Mac: xóa nội dung thư mục <code>~/Library/Containers/com.microsoft.Excel/Data/Library/Application ` +
      `Support/Microsoft/Office/16.0/Wef/</code>. Excel trên web: xóa bộ nhớ đệm của trình duyệt. Sau đó ` +
      `add-in được tải lại từ máy chủ.`,
    `Still not: clear Office's add-in cache as <a href="${CLEAR_CACHE}">Microsoft's page</a> says. On Windows (Office 2108 ` +
      `or later): <b>File › Options › Trust Center › Trust Center Settings › Trusted Add-in Catalogs</b>, tick “Next ` +
      `time Office starts, clear all previously-started web add-ins cache”, and reopen Excel; or close Office and empty ` +
      `<code>%LOCALAPPDATA%\\Microsoft\\Office\\16.0\\Wef\\</code>. On a Mac: empty ` +
      `<code>~/Library/Containers/com.microsoft.Excel/Data/Library/Application Support/Microsoft/Office/16.0/Wef/</code>. ` +
      `Excel on the web: clear the browser's cache. The add-in is then loaded from the service again.`,
  ],
  [
    "Vẫn <code>#NAME?</code> trên mọi tệp: máy này có thể không chạy được hàm của add-in (Excel 2016, " +
      "2019 bản mua theo số lượng, Excel trên iPad — xem bảng “Excel nào dùng được gì” trong README). " +
      "Gửi tệp qua trang <code>/gui</code> của máy chủ: máy chủ tự đọc và chấm.",
    "Still <code>#NAME?</code> in every workbook: this Excel may not run add-in functions (volume-licensed Excel 2016 or " +
      "2019, Excel on iPad — see the README's table “which Excel can use what”). Send the workbook through the service's " +
      "<code>/gui</code> page: the service reads and scores it.",
  ],
];

const SYMPTOMS: Array<[string, string]> = [
  [
    "<code>#NAME?</code>: Excel chưa biết các hàm BHXH — add-in chưa khởi động, vừa cài lại, hoặc tệp " +
      "được mở trên máy chưa cài add-in.",
    "<code>#NAME?</code>: Excel does not know the BHXH functions — the add-in has not started, was just reinstalled, or " +
      "the workbook was opened where it is not installed.",
  ],
  [
    "<code>#BUSY!</code> mãi không hết: hàm đang chờ add-in, mà add-in chưa chạy hoặc bị dừng (thường " +
      "sau khi máy ngủ, hoặc khi có hai bản add-in cùng tên).",
    "<code>#BUSY!</code> that never clears: the function waits on the add-in, which has not started or was stopped (often " +
      "after the PC slept, or with two copies of the add-in installed).",
  ],
];

const DELAY: [string, string] = [
  "Office giữ bản danh sách hàm (tệp <code>functions.json</code>) đã tải về. Khi Vụ Thi đua - Khen " +
    "thưởng phát hành bản mới của add-in, phần tính điểm đến ngay lần mở bảng điều khiển sau " +
    "(trang và mã của add-in mang số phiên bản của lần phát hành); còn danh sách hàm, tên tham số và " +
    "gợi ý AutoComplete chỉ đổi khi Office tải lại tệp kê khai (manifest): với add-in triển khai qua " +
    "Microsoft 365 (Integrated apps) việc này có thể mất tới một ngày. Muốn nhanh hơn: xóa bộ nhớ đệm " +
    "như bước 3.",
  "Office keeps the list of functions (<code>functions.json</code>) it downloaded. When headquarters releases a new add-in, " +
    "the scoring reaches you at the next opening of the pane (the page and its script carry the release's version); the list " +
    "of functions, their parameter names and AutoComplete's suggestions change only when Office reloads the manifest: for an " +
    "add-in deployed through Microsoft 365 (Integrated apps) that can take up to a day. To have it sooner: clear the cache as " +
    "in step 3.",
];

export function repairPage(): string {
  const list = (items: Array<[string, string]>, tag: "ul" | "ol", which: 0 | 1) =>
    `<${tag}${which ? ' lang="en"' : ""}>${items.map((i) => `<li>${i[which]}</li>`).join("\n")}</${tag}>`;
  return page(
    "Khi hàm BHXH không chạy / When the BHXH functions do not work",
    `<h1>Khi hàm BHXH không chạy / <span lang="en">When the BHXH functions do not work</span></h1>
<h2>Dấu hiệu / <span lang="en">What you see</span></h2>
${list(SYMPTOMS, "ul", 0)}
${list(SYMPTOMS, "ul", 1)}
<h2>Cách sửa, lần lượt / <span lang="en">What to do, in order</span></h2>
${list(STEPS, "ol", 0)}
${list(STEPS, "ol", 1)}
<h2>Vì sao thay đổi có thể chậm tới một ngày / <span lang="en">Why a change can take up to a day</span></h2>
<p>${DELAY[0]}</p>
<p lang="en">${DELAY[1]}</p>`,
  );
}
