/**
 * A help page per BHXH function, written by the build into dist/addin/help/ and served by the Worker at
 * /help/<id> (functions/routes/help.ts), which each function's helpUrl names. Everything on a page comes from
 * what the functions themselves use, so the two cannot disagree: the descriptions and Vietnamese parameter names
 * of the JSDoc (functions.json), the word lists the rules read codes with (PARAMETER_WORDS), and the examples that
 * test/addin/functions.test.ts runs through the functions. Vietnamese first, English after.
 */
import { EXAMPLES, type Example, type ExampleArgument } from "../functions/examples.ts";
import { PARAMETER_WORDS } from "../functions/parameter-words.ts";
import { EXCEL_FUNCTIONS, escapeMarkup, spellingsOf, type ExcelFunctionId, type WordList } from "../../shared/index.ts";
import { commonRules } from "./help-rules.ts";
import { half, type Metadata } from "./metadata.ts";

type Fn = Metadata["functions"][number];
type Lang = "vi" | "en";

const vi = (text: string | undefined) => half(text, 0, "help") ?? "";
const en = (text: string | undefined) => half(text, 1, "help") ?? "";

/** A table row of cells; an English cell says so (`lang="en"`). */
const tr = (...cells: string[]) => `<tr>${cells.join("")}</tr>`;
const td = (html: string) => `<td>${html}</td>`;
const tdEn = (html: string) => `<td lang="en">${html}</td>`;

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
    const rows = value.map((row) => tr(...(row as unknown[]).map((v) => td(escapeMarkup(shownCell(v, lang))))));
    return `<table class="spill">${rows.join("")}</table>`;
  }
  return `<code>${escapeMarkup(shownCell(value, lang))}</code>`;
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
    .map((p) =>
      tr(
        td(`<code>${escapeMarkup(p.viName ?? p.name)}</code>${p.optional ? " (tùy chọn)" : ""}`),
        td(escapeMarkup(vi(p.description))),
        tdEn(`<code>${escapeMarkup(p.name)}</code>${p.optional ? " (optional)" : ""}`),
        tdEn(escapeMarkup(en(p.description))),
      ),
    )
    .join("\n");
}

function wordTable(parameter: string, viName: string, list: WordList): string {
  const rows = list.entries.map((e) => {
    const others = spellingsOf(e).filter((w) => w !== e.code && w !== e.vi && w !== e.en);
    return tr(
      td(`<code>${escapeMarkup(e.code)}</code>`),
      td(escapeMarkup(e.vi)),
      td(others.map(escapeMarkup).join(", ")),
      tdEn(escapeMarkup(e.en)),
    );
  });
  return `<h3><code>${escapeMarkup(viName)}</code> / <code lang="en">${escapeMarkup(parameter)}</code></h3>
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
        `<br><small>${escapeMarkup(r.ref)} = ${escapeMarkup(
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
    .map((e) =>
      tr(
        td(`<code>${escapeMarkup(formula(id, e.args, "vi"))}</code>${rangesOf(e.args, "vi")}`),
        td(shown(e.shows, "vi")),
        td(escapeMarkup(e.note.vi)),
        tdEn(`<code>${escapeMarkup(formula(id, e.args, "en"))}</code>${rangesOf(e.args, "en")}`),
        tdEn(escapeMarkup(e.note.en)),
      ),
    )
    .join("\n");
}

const STYLE = `body{font:15px/1.5 system-ui,"Segoe UI",Arial,sans-serif;margin:1.5rem auto;max-width:60rem;padding:0 1rem;color:#1b1b1b}
h1{font-size:1.5rem;margin-bottom:.25rem}h2{font-size:1.15rem;margin-top:1.75rem;border-bottom:1px solid #ddd}h3{font-size:1rem}
table{border-collapse:collapse;margin:.5rem 0;width:100%}td,th{border:1px solid #ddd;padding:.3rem .5rem;vertical-align:top;text-align:left}
th{background:#f3f6f9}code{background:#f3f6f9;padding:0 .2rem;font-family:inherit}[lang=en]{color:#555}\
table.spill{width:auto}table.spill td{padding:.1rem .4rem}
nav a{margin-right:.75rem}`;

const BACK_TO_LIST =
  '<p><a href="/help">Tất cả các hàm BHXH</a> · <a href="/help" lang="en">All BHXH functions</a> — ' +
  "quy tắc chi tiết / full rules: docs/rules.md</p>";

/** A help page: the shared style, Vietnamese first, the link back to the list of functions. */
export function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeMarkup(title)}</title><style>${STYLE}</style></head>
<body>
${body}
${BACK_TO_LIST}
</body></html>
`;
}

const EXAMPLES_HEAD_EN = '<th lang="en">Formula (English Excel)</th><th lang="en">Note</th>';

function functionPage(f: Fn): string {
  const id = f.id as ExcelFunctionId;
  const words = Object.entries(PARAMETER_WORDS[id] ?? {}).map(([name, list]) =>
    wordTable(name, f.parameters.find((p) => p.name === name)?.viName ?? name, list),
  );
  return page(
    `BHXH.${id} — ${vi(f.description)}`,
    `<h1>BHXH.${id}</h1>
<p>${escapeMarkup(vi(f.description))}</p>
<p lang="en">${escapeMarkup(en(f.description))}</p>
<h2>Cú pháp / <span lang="en">Syntax</span></h2>
<p><code>${escapeMarkup(syntax(f, "vi"))}</code></p>
<p lang="en"><code>${escapeMarkup(syntax(f, "en"))}</code></p>
<h2>Tham số / <span lang="en">Parameters</span></h2>
<table><thead><tr><th>Tên</th><th>Ý nghĩa</th><th lang="en">Name</th><th lang="en">Meaning</th></tr></thead><tbody>
${parameterRows(f)}
</tbody></table>
${words.length ? `<h2>Từ được chấp nhận / <span lang="en">Accepted words</span></h2>\n${words.join("\n")}` : ""}
<h2>Ví dụ / <span lang="en">Examples</span></h2>
<table><thead><tr><th>Công thức</th><th>Kết quả</th><th>Ghi chú</th>${EXAMPLES_HEAD_EN}</tr></thead><tbody>
${exampleRows(id, EXAMPLES[id])}
</tbody></table>
<h2>Ô trống, số viết dạng chữ, ô lỗi / <span lang="en">Empty cells, numbers as text, error values</span></h2>
${commonRules(id)}`,
  );
}

function indexPage(metadata: Metadata): string {
  const rows = metadata.functions.map((f) =>
    tr(
      td(`<a href="/help/${f.id}"><code>BHXH.${f.id}</code></a>`),
      td(escapeMarkup(vi(f.description))),
      tdEn(escapeMarkup(en(f.description))),
    ),
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
