import { INPUT_TYPES, UNIT_KINDS, type UnitKind } from "../shared/campaigns/schema.ts";
import { ROLE_NAMES } from "../shared/units/index.ts";
import { escapeMarkup } from "../shared/markup.ts";
import { getAt, type Draft } from "./campaign-draft.ts";
import { addButton, checkbox, field, group, removeButton, select } from "./campaign-fields.ts";

/**
 * The editor of one campaign as the officer reads a công văn: the document, its dates and registry, who takes
 * part, the rows the workbook carries, the criteria table of each unit kind, the prize sets and the periods. Each
 * row is a block of labelled fields that wraps on a phone; every control is a native one, reached by Tab.
 */
type Obj = Record<string, unknown>;
type Text = { vi?: string; en?: string };

const TYPE_WORDS: Record<(typeof INPUT_TYPES)[number], string> = {
  count: "số đếm (count)",
  share: "tỷ lệ 0–1 (share)",
  points: "điểm (points)",
  boolean: "có/không (yes/no)",
  word: "từ trong danh sách (word)",
  unitKind: "loại đơn vị (unit kind)",
  criterion: "điểm hoặc tỷ lệ theo tiêu chí (criterion)",
};
const REGISTRIES = [
  { value: "provinces34", label: "34 tỉnh, thành phố (từ 01/07/2025)" },
  { value: "provinces63", label: "63 tỉnh, thành phố (trước 01/07/2025)" },
];
const MEASURES = [
  { value: "points", label: "Chấm điểm theo bảng tiêu chí" },
  { value: "progress", label: "Tiến độ so với chỉ tiêu" },
  { value: "qualified", label: "Xét đạt / không đạt" },
];
const COMPARISONS = [
  { value: "gte", label: "từ (≥)" },
  { value: "gt", label: "trên (>)" },
];

const list = (d: Draft, path: string): Obj[] => (getAt(d, path.split(".")) as Obj[] | undefined) ?? [];
const t = (v: unknown): Text => (v as Text | undefined) ?? {};

function documentHtml(d: Draft, creating: boolean): string {
  const doc = (d.document ?? {}) as Obj;
  return group(
    "document",
    'Văn bản <small class="en" lang="en">the document</small>',
    `<div class="cf-row">
    ${field({ path: "id", vi: "Mã đợt", en: "campaign id", value: d.id, placeholder: "vd. cccd-2026", readonly: !creating, cls: "cf-mid" })}
    ${field({ path: "document.number", vi: "Số văn bản", en: "number", value: doc.number, placeholder: "vd. 999/BHXH-TĐKT", cls: "cf-mid" })}
    ${field({ path: "document.date", vi: "Ngày ban hành", en: "date", value: doc.date, type: "date" })}
    ${field({ path: "document.title.vi", vi: "Trích yếu", en: "title", value: t(doc.title).vi, cls: "cf-wide" })}
    ${field({ path: "document.title.en", vi: "Trích yếu (tiếng Anh)", en: "title in English", value: t(doc.title).en, cls: "cf-wide" })}
    ${field({ path: "period.from", vi: "Thi đua từ ngày", en: "from", value: (d.period as Obj | undefined)?.from, type: "date" })}
    ${field({ path: "period.to", vi: "đến ngày", en: "to", value: (d.period as Obj | undefined)?.to, type: "date" })}
    ${select({ path: "registry", vi: "Danh sách tỉnh", en: "registry", value: d.registry, options: REGISTRIES, cls: "cf-mid" })}
    ${select({ path: "measure", vi: "Cách xếp hạng", en: "measure", value: d.measure, options: MEASURES, action: "rerender", cls: "cf-mid" })}
    ${field({ path: "total", vi: "Thang điểm", en: "total", kind: "number", value: d.total, inputmode: "decimal", cls: "cf-num" })}
  </div>
  ${group(
    "unitKinds",
    'Đơn vị tham gia <small class="en" lang="en">unit kinds</small>',
    `<div class="cf-row">${UNIT_KINDS.map((k) =>
      checkbox({
        path: "unitKinds",
        value: k,
        vi: ROLE_NAMES[k].vi,
        en: ROLE_NAMES[k].en,
        checked: ((d.unitKinds as string[] | undefined) ?? []).includes(k),
        action: "kinds",
      }),
    ).join("")}</div>`,
    "cf-inline",
  )}`,
  );
}

function inputsHtml(d: Draft): string {
  const rows = list(d, "inputs")
    .map((i, n) => {
      const at = `inputs.${n}`;
      const name = `dòng ${n + 1}${i.key ? ` (${String(i.key)})` : ""}`;
      return `<div class="cf-item" data-item="${at}"><div class="cf-row">
      ${field({ path: `${at}.key`, vi: "Mã", en: "key", value: i.key, placeholder: "vd. tyle_cccd", cls: "cf-mid" })}
      ${field({ path: `${at}.label.vi`, vi: "Nội dung", en: "label", value: t(i.label).vi, cls: "cf-wide" })}
      ${field({ path: `${at}.label.en`, vi: "Nội dung (tiếng Anh)", en: "label in English", value: t(i.label).en, cls: "cf-wide" })}
      ${select({ path: `${at}.type`, vi: "Kiểu", en: "type", value: i.type, options: INPUT_TYPES.map((x) => ({ value: x, label: TYPE_WORDS[x] })), cls: "cf-mid" })}
      ${checkbox({ path: `${at}.optional`, vi: "Được để trống", en: "may be empty", checked: i.optional === true })}
      ${removeButton(at, name)}
    </div></div>`;
    })
    .join("");
  return group(
    "inputs",
    'Dòng dữ liệu trong bảng BHXH_DAU_VAO <small class="en" lang="en">inputs</small>',
    `${rows}${addButton("inputs", "Thêm dòng dữ liệu", "vào bảng BHXH_DAU_VAO")}`,
  );
}

function bandsHtml(at: string, c: Obj, what: string): string {
  const bands = list(c, "scoring.bands")
    .map(
      (b, j) => `<div class="cf-row cf-band">
      ${field({ path: `${at}.scoring.bands.${j}.from`, vi: `Mức ${j + 1}: từ`, en: "from", kind: "percent", value: b.from, inputmode: "decimal", unit: "%", cls: "cf-num" })}
      ${field({ path: `${at}.scoring.bands.${j}.points`, vi: "được", en: "points", kind: "number", value: b.points, inputmode: "decimal", unit: "điểm", cls: "cf-num" })}
      ${removeButton(`${at}.scoring.bands.${j}`, `mức ${j + 1} của ${what}`)}
    </div>`,
    )
    .join("");
  return group(
    `${at}.scoring.bands`,
    `Các mức <small class="en" lang="en">bands, lower bound included</small>`,
    `${bands}${addButton(`${at}.scoring.bands`, "Thêm mức", `cho ${what}`)}`,
    "cf-bands",
  );
}

function criteriaHtml(d: Draft, kind: UnitKind, keys: string[]): string {
  const at0 = `criteria.${kind}`;
  const inputOptions = [{ value: "", label: "— chọn dòng —" }, ...keys.map((k) => ({ value: k, label: k }))];
  const rows = list(d, at0)
    .map((c, n) => {
      const at = `${at0}.${n}`;
      const what = `tiêu chí ${String(c.no ?? n + 1)}`;
      const scoring = (c.scoring ?? {}) as Obj;
      const ratio = scoring.ratio as Obj | undefined;
      const banded = scoring.kind === "banded";
      return `<div class="cf-item" data-item="${at}"><div class="cf-row">
      ${field({ path: `${at}.no`, vi: "TT", en: "no.", kind: "number", value: c.no, inputmode: "numeric", cls: "cf-tt" })}
      ${field({ path: `${at}.title.vi`, vi: "Tiêu chí", en: "criterion", value: t(c.title).vi, cls: "cf-wide" })}
      ${field({ path: `${at}.title.en`, vi: "Tiêu chí (tiếng Anh)", en: "in English", value: t(c.title).en, cls: "cf-wide" })}
      ${field({ path: `${at}.max`, vi: "Điểm tối đa", en: "max", kind: "number", value: c.max, inputmode: "decimal", cls: "cf-num" })}
      ${select({
        path: `${at}.scoring.kind`,
        vi: "Cách chấm",
        en: "scoring",
        value: scoring.kind,
        action: "scoring",
        options: [
          { value: "assessed", label: "Chấm điểm trực tiếp" },
          { value: "banded", label: "Theo mức tỷ lệ" },
        ],
        cls: "cf-mid",
      })}
      ${ratio ? "" : select({ path: `${at}.input`, vi: "Đọc dòng", en: "input", kind: "optional", value: c.input ?? "", options: inputOptions, cls: "cf-mid" })}
      ${banded ? checkbox({ path: `${at}.scoring.ratio`, vi: "Tỷ lệ của hai số đếm", en: "ratio of two counts", checked: !!ratio, action: "ratio" }) : ""}
      ${ratio ? select({ path: `${at}.scoring.ratio.numerator`, vi: "Tử số", en: "numerator", value: ratio.numerator, options: inputOptions, cls: "cf-mid" }) : ""}
      ${ratio ? select({ path: `${at}.scoring.ratio.denominator`, vi: "Mẫu số", en: "denominator", value: ratio.denominator, options: inputOptions, cls: "cf-mid" }) : ""}
      ${removeButton(at, what)}
    </div>${banded ? bandsHtml(at, c, what) : ""}</div>`;
    })
    .join("");
  const name = ROLE_NAMES[kind].vi;
  const file = `cf-import-${kind}`;
  return group(
    at0,
    `Bảng tiêu chí: ${escapeMarkup(name)} <small class="en" lang="en">criteria, ${escapeMarkup(ROLE_NAMES[kind].en)}</small>`,
    `
    <div class="cf-import"><label for="${file}">Nhập bảng tiêu chí từ Excel (.xlsx: TT | tiêu chí | ` +
      `điểm) <small class="en" lang="en">import the appendix</small></label>
      <input type="file" id="${file}" data-import="` +
      `${kind}" accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" ` +
      `aria-describedby="${file}-msg">
      <div id="${file}-msg" class="cf-import-msg" role="status" aria-live="polite"></div></div>
    ${rows}${addButton(at0, "Thêm tiêu chí", `vào bảng ${name}`)}`,
  );
}

function prizeSetsHtml(d: Draft): string {
  const sets = list(d, "prizeSets")
    .map((p, n) => {
      const at = `prizeSets.${n}`;
      const what = `cơ cấu giải ${n + 1}`;
      const bar = (p.bar ?? {}) as Obj;
      const ind = p.individuals as Obj | undefined;
      const tiers = list(p, "tiers")
        .map((tier, j) => {
          const ta = `${at}.tiers.${j}`;
          return `<div class="cf-row cf-tier">
        ${field({ path: `${ta}.code`, vi: `Giải ${j + 1}: mã`, en: "code", value: tier.code, placeholder: "vd. giai_1", cls: "cf-mid" })}
        ${field({ path: `${ta}.label.vi`, vi: "Tên giải", en: "label", value: t(tier.label).vi, cls: "cf-mid" })}
        ${field({ path: `${ta}.label.en`, vi: "Tên giải (tiếng Anh)", en: "in English", value: t(tier.label).en, cls: "cf-mid" })}
        ${field({ path: `${ta}.slots`, vi: "Số giải", en: "slots (empty: no count)", kind: "nullable", value: tier.slots, inputmode: "numeric", cls: "cf-num" })}
        ${field({ path: `${ta}.amountVnd`, vi: "Tiền thưởng", en: "VND (empty: none)", kind: "vnd", value: tier.amountVnd, inputmode: "numeric", unit: "đ", cls: "cf-mid" })}
        ${checkbox({ path: `${ta}.certificate`, vi: "Bằng khen", en: "certificate", checked: tier.certificate === true })}
        ${removeButton(ta, `giải ${j + 1} của ${what}`)}
      </div>`;
        })
        .join("");
      return `<div class="cf-item" data-item="${at}"><div class="cf-row">
      ${field({ path: `${at}.id`, vi: "Mã cơ cấu giải", en: "id", value: p.id, placeholder: "vd. final", cls: "cf-mid" })}
      ${field({ path: `${at}.label.vi`, vi: "Tên", en: "label", value: t(p.label).vi, cls: "cf-wide" })}
      ${field({ path: `${at}.label.en`, vi: "Tên (tiếng Anh)", en: "in English", value: t(p.label).en, cls: "cf-wide" })}
      ${select({ path: `${at}.bar.comparison`, vi: "Mức xét thưởng", en: "bar", value: bar.comparison, options: COMPARISONS, cls: "cf-num" })}
      ${field({ path: `${at}.bar.value`, vi: "giá trị", en: "value", kind: "number", value: bar.value, inputmode: "decimal", cls: "cf-num" })}
      ${removeButton(at, what)}
    </div>
    ${group(`${at}.tiers`, `Các giải <small class="en" lang="en">tiers, highest first</small>`, `${tiers}${addButton(`${at}.tiers`, "Thêm giải", `vào ${what}`)}`)}
    <div class="cf-row">
      ${checkbox({ path: `${at}.individuals`, vi: "Có khen thưởng cá nhân", en: "individuals", checked: !!ind, action: "individuals" })}
      ${ind ? field({ path: `${at}.individuals.slots`, vi: "Số cá nhân", en: "slots", kind: "number", value: ind.slots, inputmode: "numeric", cls: "cf-num" }) : ""}
      ${ind ? field({ path: `${at}.individuals.amountVnd`, vi: "Tiền thưởng mỗi người", en: "VND each", kind: "vnd", value: ind.amountVnd, inputmode: "numeric", unit: "đ", cls: "cf-mid" }) : ""}
      ${ind ? checkbox({ path: `${at}.individuals.certificate`, vi: "Bằng khen cá nhân", en: "certificate", checked: ind.certificate === true }) : ""}
    </div></div>`;
    })
    .join("");
  return group(
    "prizeSets",
    'Cơ cấu giải <small class="en" lang="en">prize sets</small>',
    `${sets}${addButton("prizeSets", "Thêm cơ cấu giải", "")}`,
  );
}

function periodsHtml(d: Draft): string {
  const sets = list(d, "prizeSets").map((p) => ({
    value: String(p.id ?? ""),
    label: `${String(p.id ?? "")} — ${t(p.label).vi ?? ""}`,
  }));
  const rows = list(d, "periods")
    .map((p, n) => {
      const at = `periods.${n}`;
      return `<div class="cf-item" data-item="${at}"><div class="cf-row">
      ${field({ path: `${at}.id`, vi: "Mã kỳ", en: "id (yyyy-mm, so_ket, final)", value: p.id, placeholder: "final", cls: "cf-mid" })}
      ${field({ path: `${at}.label.vi`, vi: "Tên kỳ", en: "label", value: t(p.label).vi, cls: "cf-mid" })}
      ${field({ path: `${at}.label.en`, vi: "Tên kỳ (tiếng Anh)", en: "in English", value: t(p.label).en, cls: "cf-mid" })}
      ${select({ path: `${at}.prizeSet`, vi: "Cơ cấu giải", en: "prize set", value: p.prizeSet, options: sets, cls: "cf-mid" })}
      ${field({ path: `${at}.dataUntil`, vi: "Số liệu đến ngày", en: "data until", kind: "optional", value: p.dataUntil, type: "date" })}
      ${field({ path: `${at}.dossierDeadline`, vi: "Hạn nộp hồ sơ", en: "dossier deadline", kind: "optional", value: p.dossierDeadline, type: "date" })}
      ${removeButton(at, `kỳ ${n + 1}`)}
    </div></div>`;
    })
    .join("");
  return group(
    "periods",
    'Các kỳ xét <small class="en" lang="en">periods</small>',
    `${rows}${addButton("periods", "Thêm kỳ", "")}`,
  );
}

/** The whole editor's inside; the preview and the save buttons are drawn around it (campaigns-tab.ts). */
export function campaignFormHtml(d: Draft, creating: boolean): string {
  const keys = list(d, "inputs")
    .map((i) => String(i.key ?? ""))
    .filter(Boolean);
  const kinds = ((d.unitKinds as UnitKind[] | undefined) ?? []).filter((k) => UNIT_KINDS.includes(k));
  const measures = (d.measures ?? {}) as Partial<Record<UnitKind, string>>;
  const criteria = kinds
    .filter((k) => (measures[k] ?? d.measure) === "points")
    .map((k) => criteriaHtml(d, k, keys))
    .join("");
  return `${documentHtml(d, creating)}${inputsHtml(d)}${criteria}${prizeSetsHtml(d)}${periodsHtml(d)}`;
}

/** The tab's frame: the list, and the editor with its preview, its reason for a change and its four buttons. */
export const CAMPAIGNS_TAB_HTML =
  `<div id="cf-list-msg" class="msg" role="status" aria-live="polite" hidden></div><div id="cf-list"></div>
    <form id="campaign-form" class="campaign-form" novalidate hidden aria-labelledby="cf-title">
      <h2 id="cf-title" tabindex="-1"></h2>
      <div id="cf-body"></div>
      <section class="cf-preview" aria-labelledby="cf-preview-title"><h3 id="cf-preview-title">Tính thử ` +
  `<small class="en" lang="en">preview score</small></h3>
        <div id="cf-preview"></div></section>
      <div class="form-end">
        <div class="cf-field cf-wide" id="cf-reason-box" hidden><label for="cf-reason">Lý do thay đổi ` +
  `(ghi vào nhật ký) <small class="en" lang="en">reason</small></label>
          <input id="cf-reason" data-path="reason" data-kind="text" autocomplete="off" ` +
  `aria-describedby="cf-reason-error"><div class="field-error" id="cf-reason-error"></div></div>
        <button type="button" class="ghost" data-save="check">Kiểm tra</button>
        <button type="button" class="ghost" data-save="draft" id="cf-save-draft">Lưu nháp</button>
        <button type="button" data-save="published">Công bố</button>
        <button type="button" class="ghost" data-save="close">Đóng, về danh sách</button>
      </div>
      <div id="cf-msg" class="msg" role="status" aria-live="polite" tabindex="-1" hidden></div>
    </form>`;
