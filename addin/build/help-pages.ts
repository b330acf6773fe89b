/**
 * A help page per BHXH function, written by the build into dist/addin/help/ and served by the Worker at
 * /help/<id> (functions/routes/help.ts), which each function's helpUrl names. Everything on a page comes from
 * what the functions themselves use, so the two cannot disagree: the descriptions and Vietnamese parameter names
 * of the JSDoc (functions.json), the word lists the rules read codes with (PARAMETER_WORDS), and the examples that
 * test/addin/functions.test.ts runs through the functions. Vietnamese first, English after.
 */
import { EXAMPLES, type Example, type ExampleArgument } from "../functions/examples.ts";
import { PARAMETER_WORDS } from "../functions/parameter-words.ts";
import { EXCEL_FUNCTIONS, spellingsOf, type ExcelFunctionId, type WordList } from "../../shared/index.ts";
import { half, type Metadata } from "./metadata.ts";

type Fn = Metadata["functions"][number];
type Lang = "vi" | "en";

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const vi = (text: string | undefined) => half(text, 0, "help") ?? "";
const en = (text: string | undefined) => half(text, 1, "help") ?? "";

/** A number as each language writes it: 0,9516 and 40.000.000 / 0.9516 and 40,000,000. */
const number = (n: number, lang: Lang) =>
  n.toLocaleString(lang === "vi" ? "vi-VN" : "en-US", { maximumFractionDigits: 10 });

function argument(a: ExampleArgument, lang: Lang): string {
  if (a === null) return "";
  if (typeof a === "object") return a.ref;
  if (typeof a === "number") return number(a, lang).replace(lang === "vi" ? /\./g : /,/g, "");
  if (typeof a === "boolean") return a ? "TRUE" : "FALSE";
  return `"${a}"`;
}

/** The formula as typed in a Vietnamese Excel (";" between arguments, decimal comma) or an English one. */
export function formula(id: string, args: readonly ExampleArgument[], lang: Lang): string {
  const list = [...args];
  while (list.length > 0 && list[list.length - 1] === null) list.pop(); // omitted optional arguments
  return `=BHXH.${id}(${list.map((a) => argument(a, lang)).join(lang === "vi" ? "; " : ", ")})`;
}

function shown(value: unknown, lang: Lang): string {
  if (Array.isArray(value)) {
    const rows = value.map(
      (row) => `<tr>${(row as unknown[]).map((v) => `<td>${escape(shownCell(v, lang))}</td>`).join("")}</tr>`,
    );
    return `<table class="spill">${rows.join("")}</table>`;
  }
  return `<code>${escape(shownCell(value, lang))}</code>`;
}
const shownCell = (v: unknown, lang: Lang) =>
  typeof v === "number" ? number(v, lang) : typeof v === "boolean" ? (v ? "TRUE" : "FALSE") : String(v);

function syntax(f: Fn, lang: Lang): string {
  const names = f.parameters.map((p) => {
    const name = lang === "vi" ? (p.viName ?? p.name) : p.name;
    return p.optional ? `[${name}]` : name;
  });
  return `=BHXH.${f.id}(${names.join(lang === "vi" ? "; " : ", ")})`;
}

function parameterRows(f: Fn): string {
  return f.parameters
    .map(
      (p) =>
        `<tr><td><code>${escape(p.viName ?? p.name)}</code>${p.optional ? " (tùy chọn)" : ""}</td><td>${escape(vi(p.description))}</td>` +
        `<td lang="en"><code>${escape(p.name)}</code>${p.optional ? " (optional)" : ""}</td><td lang="en">${escape(en(p.description))}</td></tr>`,
    )
    .join("\n");
}

function wordTable(parameter: string, viName: string, list: WordList): string {
  const rows = list.entries.map((e) => {
    const others = spellingsOf(e).filter((w) => w !== e.code && w !== e.vi && w !== e.en);
    return `<tr><td><code>${escape(e.code)}</code></td><td>${escape(e.vi)}</td><td>${others.map((w) => escape(w)).join(", ")}</td><td lang="en">${escape(e.en)}</td></tr>`;
  });
  return `<h3><code>${escape(viName)}</code> / <code lang="en">${escape(parameter)}</code></h3>
<table><thead><tr><th>Mã</th><th>Tên tiếng Việt</th><th>Cách viết khác</th><th lang="en">English</th></tr></thead><tbody>
${rows.join("\n")}
</tbody></table>`;
}

/** What a small range of an example holds, under its formula: "B2:B6 = 98; 95; ; 60; 95". */
function rangesOf(args: readonly ExampleArgument[], lang: Lang): string {
  return args
    .filter(
      (a): a is Exclude<ExampleArgument, null | number | string | boolean> =>
        a !== null && typeof a === "object" && a.values.flat().length <= 12,
    )
    .map(
      (r) =>
        `<br><small>${escape(r.ref)} = ${escape(
          r.values
            .flat()
            .map((v) => (v === null ? "" : shownCell(v, lang)))
            .join(lang === "vi" ? "; " : ", "),
        )}</small>`,
    )
    .join("");
}

function exampleRows(id: string, examples: readonly Example[]): string {
  return examples
    .map(
      (e) =>
        `<tr><td><code>${escape(formula(id, e.args, "vi"))}</code>${rangesOf(e.args, "vi")}</td><td>${shown(e.shows, "vi")}</td><td>${escape(e.note.vi)}</td>` +
        `<td lang="en"><code>${escape(formula(id, e.args, "en"))}</code>${rangesOf(e.args, "en")}</td><td lang="en">${escape(e.note.en)}</td></tr>`,
    )
    .join("\n");
}

const RANGE_FUNCTIONS = new Set(["AWARD_TIER", "XEP_HANG"]);
const STREAMING = new Set(["TARGET", "TARGET_GAP", "TARGET_MET"]);
const CAMPAIGN_FUNCTIONS = new Set(["CHAM_DIEM", "DIEM_TIEU_CHI", "KET_LUAN", "XEP_GIAI", "TIEN_THUONG"]);
const TAKES_INPUTS = new Set(["CHAM_DIEM", "DIEM_TIEU_CHI", "KET_LUAN"]);

/** The rules every function follows (docs/rules.md §8–§12), said once per page, in both languages. */
function commonRules(id: string): string {
  const items: Array<[string, string]> = [
    [
      "<b>Ô trống</b> là chưa nhập: tham số bắt buộc cho <code>#VALUE!</code> “Thiếu giá trị”, tham số tùy chọn lấy giá trị mặc định — trên Excel máy tính (kể cả các bản cũ đưa ô trống vào hàm dưới dạng số 0: hàm hỏi lại Excel ô đó có trống không) và Excel trên web như nhau. Số 0 gõ vào ô vẫn là 0.",
      "<b>An empty cell</b> is data not entered: a required argument gives <code>#VALUE!</code> “Missing value”, an optional one takes its default — the same on Excel desktop (older builds pass an empty cell as 0: the function asks Excel whether the cell is empty) and on the web. A 0 typed in a cell is 0.",
    ],
    [
      "<b>Số viết dạng chữ</b> được đọc như phép tính của Excel, theo cách viết Việt hay Anh: <code>0,9</code>, <code>0.9</code>, <code>90%</code>, <code>1.234.567</code>, <code>1,234,567</code>, <code>1 234,5</code>, <code>1.234,5</code>. Riêng dạng một dấu chấm hoặc phẩy với đúng ba chữ số sau (<code>1.234</code>, <code>12,500</code>) có hai cách đọc nên bị từ chối, kèm cách viết lại: <code>1234</code> nếu là số nghìn, <code>1,2340</code> nếu là số thập phân.",
      "<b>Numbers written as text</b> read as Excel's arithmetic reads them, in Vietnamese or English notation: <code>0,9</code>, <code>0.9</code>, <code>90%</code>, <code>1.234.567</code>, <code>1,234,567</code>, <code>1 234,5</code>, <code>1,234.5</code>. Only a single point or comma with exactly three digits after it (<code>1.234</code>, <code>12,500</code>) reads two ways, so it is refused with how to write it: <code>1234</code> for the thousands, <code>1.2340</code> for the decimal.",
    ],
    [
      "<b>Đúng/sai</b>: ĐÚNG/SAI, TRUE/FALSE, Có/Không, x, 1/0, Đạt/Không đạt. <b>Mã</b> (loại đơn vị, kỳ, cơ cấu giải, chỉ tiêu, giải) được nhận không phân biệt chữ hoa, dấu, khoảng trắng hay gạch dưới.",
      "<b>Yes/no</b>: TRUE/FALSE, ĐÚNG/SAI, Có/Không, x, 1/0. <b>Codes</b> (unit kind, period, prize set, indicator, prize) are matched without regard to case, accents, spacing or underscores.",
    ],
    [
      "<b>Ô lỗi</b>: tham số ở ô có lỗi cho đúng lỗi đó (<code>#DIV/0!</code>…), hoặc <code>#N/A</code> kèm tên lỗi khi Excel không cho hàm trả lỗi đó (<code>#REF!</code>, <code>#SPILL!</code>…).",
      "<b>Error values</b>: an argument whose cell holds an error gives that same error (<code>#DIV/0!</code>…), or <code>#N/A</code> naming it where Excel does not let a function answer with it (<code>#REF!</code>, <code>#SPILL!</code>…).",
    ],
  ];
  if (RANGE_FUNCTIONS.has(id)) {
    items.push([
      "<b>Vùng điểm</b> có thể là một cột, một hàng, một khối, hay cả cột (<code>B:B</code>): ô trống, chữ, ĐÚNG/SAI được bỏ qua như RANK.EQ; một ô lỗi trong vùng cho <code>#N/A</code> nói rõ lỗi gì ở hàng, cột nào — vì khi điểm của một đơn vị chưa có thì chưa xếp hạng được.",
      "<b>The scores range</b> may be a column, a row, a block, or a whole column (<code>B:B</code>): blanks, words and TRUE/FALSE are skipped as RANK.EQ skips them; one error in the range gives <code>#N/A</code> saying which error at which row and column — with one unit's score unknown, no rank can be given.",
    ]);
  }
  if (STREAMING.has(id)) {
    items.push([
      "<b>Tự cập nhật</b>: khi Vụ Thi đua - Khen thưởng sửa chỉ tiêu, các ô dùng hàm này nhận giá trị mới ngay, không phải tính lại cả sổ.",
      "<b>Updates itself</b>: when headquarters changes the targets, the cells that use this function get the new value at once; nothing else is recalculated.",
    ]);
  }
  if (CAMPAIGN_FUNCTIONS.has(id)) items.push(...CAMPAIGN_RULES(TAKES_INPUTS.has(id)));
  return `<ul>${items.map(([v]) => `<li>${v}</li>`).join("\n")}</ul>\n<ul lang="en">${items.map(([, e]) => `<li>${e}</li>`).join("\n")}</ul>`;
}

/** What the functions that take a campaign add: where the campaigns come from, the data range, the updates. */
function CAMPAIGN_RULES(takesInputs: boolean): Array<[string, string]> {
  const items: Array<[string, string]> = [
    [
      "<b>Đợt thi đua</b> là các đợt Vụ Thi đua - Khen thưởng công bố: add-in tải về cùng lúc với chỉ tiêu và lưu trên máy, nên vẫn chấm được khi mất mạng; ba đợt 3826, 1170, 3096 có sẵn trong add-in. Gọi đợt bằng mã (<code>egov-3826-2015</code>) hoặc số văn bản (<code>3826/BHXH-TĐKT</code>). Kỳ và tên giải là của chính đợt đó (xem Bảng điều khiển, hoặc trang Đợt thi đua của Vụ). Đợt không có, hoặc chưa công bố (bản nháp), cho <code>#VALUE!</code> kèm lý do và các đợt đang có.",
      "<b>Campaigns</b> are those headquarters published: the add-in loads them with the targets and keeps them on the device, so it scores offline too; the three campaigns 3826, 1170, 3096 are built in. Name a campaign by its id (<code>egov-3826-2015</code>) or its document's number (<code>3826/BHXH-TĐKT</code>). Periods and prize names are the campaign's own. An unknown campaign, or a draft not yet published, gives <code>#VALUE!</code> saying why and naming the known ones.",
    ],
    [
      "<b>Tự cập nhật</b>: khi Vụ công bố bản sửa của đợt, các ô dùng hàm này tính lại theo bản mới ngay, không phải tính lại cả sổ.",
      "<b>Updates itself</b>: when headquarters publishes a correction of the campaign, the cells that use this function score by it at once; nothing else is recalculated.",
    ],
  ];
  if (takesInputs) {
    items.push([
      "<b>Bảng dữ liệu</b> là các dòng <code>Mã | … | Giá trị</code>: cột đầu là mã số liệu, cột cuối là giá trị, các cột giữa (Nội dung) chỉ để đọc — ví dụ <code>BHXH_DAU_VAO[[Mã]:[Giá trị]]</code> hay <code>'Dữ liệu gửi'!A11:C17</code>; dòng tiêu đề và dòng có mã lạ được bỏ qua. Thiếu dòng của một số liệu bắt buộc, hay một mã có ở hai dòng, cho <code>#VALUE!</code> nói rõ mã nào.",
      "<b>The data range</b> is rows of <code>Mã | … | Giá trị</code>: the first column is the figure's key, the last its value, the columns between (Nội dung) are for people — e.g. <code>BHXH_DAU_VAO[[Mã]:[Giá trị]]</code> or <code>'Dữ liệu gửi'!A11:C17</code>; the header and rows with other keys are skipped. A required figure's row missing, or one key on two rows, gives <code>#VALUE!</code> naming the key.",
    ]);
  }
  return items;
}

const STYLE = `body{font:15px/1.5 system-ui,"Segoe UI",Arial,sans-serif;margin:1.5rem auto;max-width:60rem;padding:0 1rem;color:#1b1b1b}
h1{font-size:1.5rem;margin-bottom:.25rem}h2{font-size:1.15rem;margin-top:1.75rem;border-bottom:1px solid #ddd}h3{font-size:1rem}
table{border-collapse:collapse;margin:.5rem 0;width:100%}td,th{border:1px solid #ddd;padding:.3rem .5rem;vertical-align:top;text-align:left}
th{background:#f3f6f9}code{background:#f3f6f9;padding:0 .2rem;font-family:inherit}[lang=en]{color:#555}table.spill{width:auto}table.spill td{padding:.1rem .4rem}
nav a{margin-right:.75rem}`;

/** A help page: the shared style, Vietnamese first, the link back to the list of functions. */
export function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)}</title><style>${STYLE}</style></head>
<body>
${body}
<p><a href="/help">Tất cả các hàm BHXH</a> · <a href="/help" lang="en">All BHXH functions</a> — quy tắc chi tiết / full rules: docs/rules.md</p>
</body></html>
`;
}

export function functionPage(f: Fn): string {
  const id = f.id as ExcelFunctionId;
  const words = Object.entries(PARAMETER_WORDS[id] ?? {}).map(([name, list]) =>
    wordTable(name, f.parameters.find((p) => p.name === name)?.viName ?? name, list),
  );
  return page(
    `BHXH.${id} — ${vi(f.description)}`,
    `<h1>BHXH.${id}</h1>
<p>${escape(vi(f.description))}</p>
<p lang="en">${escape(en(f.description))}</p>
<h2>Cú pháp / <span lang="en">Syntax</span></h2>
<p><code>${escape(syntax(f, "vi"))}</code></p>
<p lang="en"><code>${escape(syntax(f, "en"))}</code></p>
<h2>Tham số / <span lang="en">Parameters</span></h2>
<table><thead><tr><th>Tên</th><th>Ý nghĩa</th><th lang="en">Name</th><th lang="en">Meaning</th></tr></thead><tbody>
${parameterRows(f)}
</tbody></table>
${words.length ? `<h2>Từ được chấp nhận / <span lang="en">Accepted words</span></h2>\n${words.join("\n")}` : ""}
<h2>Ví dụ / <span lang="en">Examples</span></h2>
<table><thead><tr><th>Công thức</th><th>Kết quả</th><th>Ghi chú</th><th lang="en">Formula (English Excel)</th><th lang="en">Note</th></tr></thead><tbody>
${exampleRows(id, EXAMPLES[id])}
</tbody></table>
<h2>Ô trống, số viết dạng chữ, ô lỗi / <span lang="en">Empty cells, numbers as text, error values</span></h2>
${commonRules(id)}`,
  );
}

export function indexPage(metadata: Metadata): string {
  const rows = metadata.functions.map(
    (f) =>
      `<tr><td><a href="/help/${f.id}"><code>BHXH.${f.id}</code></a></td><td>${escape(vi(f.description))}</td><td lang="en">${escape(en(f.description))}</td></tr>`,
  );
  return page(
    "Các hàm BHXH — hướng dẫn / BHXH functions — help",
    `<h1>Các hàm BHXH / <span lang="en">BHXH functions</span></h1>
<table><thead><tr><th>Hàm</th><th>Ý nghĩa</th><th lang="en">Meaning</th></tr></thead><tbody>
${rows.join("\n")}
</tbody></table>
<h2>Ô trống, số viết dạng chữ, ô lỗi / <span lang="en">Empty cells, numbers as text, error values</span></h2>
${commonRules("")}`,
  );
}

/** Every page the build writes into help/: `<ID>.html` per function and `index.html`. */
export function helpPages(metadata: Metadata): Record<string, string> {
  const pages: Record<string, string> = { "index.html": indexPage(metadata) };
  for (const f of metadata.functions) pages[`${f.id}.html`] = functionPage(f);
  const missing = EXCEL_FUNCTIONS.filter((id) => !(`${id}.html` in pages));
  if (missing.length > 0) throw new Error(`no help page for ${missing.join(", ")}`);
  return pages;
}
