import { ROLE_NAMES } from "../shared/units/index.ts";
import { INPUT_TYPES, UNIT_KINDS, type UnitKind } from "../shared/campaigns/schema.ts";
import { itemsAt, textOf, type Draft } from "./campaign-draft.ts";
import { checkbox, field, group, listGroup, removeButton, select } from "./campaign-fields.ts";
import { criteriaHtml } from "./campaign-criteria-form.ts";
import { periodsHtml, prizeSetsHtml } from "./campaign-prizes-form.ts";

/**
 * The editor of one campaign as the officer reads a công văn: the document, its dates and registry, who takes
 * part, the rows the workbook carries, the criteria table of each unit kind, the prize sets and the periods. Each
 * row is a block of labelled fields that wraps on a phone; every control is a native one, reached by Tab.
 */
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

function documentHtml(d: Draft, creating: boolean): string {
  const doc = (d.document ?? {}) as Draft;
  return group(
    "document",
    'Văn bản <small class="en" lang="en">the document</small>',
    `<div class="cf-row">
    ${field({
      path: "id",
      vi: "Mã đợt",
      en: "campaign id",
      value: d.id,
      placeholder: "vd. cccd-2026",
      readonly: !creating,
      cls: "cf-mid",
    })}
    ${field({
      path: "document.number",
      vi: "Số văn bản",
      en: "number",
      value: doc.number,
      placeholder: "vd. 999/BHXH-TĐKT",
      cls: "cf-mid",
    })}
    ${field({ path: "document.date", vi: "Ngày ban hành", en: "date", value: doc.date, type: "date" })}
    ${field({ path: "document.title.vi", vi: "Trích yếu", en: "title", value: textOf(doc.title).vi, cls: "cf-wide" })}
    ${field({
      path: "document.title.en",
      vi: "Trích yếu (tiếng Anh)",
      en: "title in English",
      value: textOf(doc.title).en,
      cls: "cf-wide",
    })}
    ${field({ path: "period.from", vi: "Thi đua từ ngày", en: "from", value: (d.period as Draft | undefined)?.from, type: "date" })}
    ${field({ path: "period.to", vi: "đến ngày", en: "to", value: (d.period as Draft | undefined)?.to, type: "date" })}
    ${select({ path: "registry", vi: "Danh sách tỉnh", en: "registry", value: d.registry, options: REGISTRIES, cls: "cf-mid" })}
    ${select({
      path: "measure",
      vi: "Cách xếp hạng",
      en: "measure",
      value: d.measure,
      options: MEASURES,
      action: "rerender",
      cls: "cf-mid",
    })}
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
  const rows = itemsAt(d, "inputs")
    .map((i, n) => {
      const at = `inputs.${n}`;
      const name = `dòng ${n + 1}${i.key ? ` (${String(i.key)})` : ""}`;
      return `<div class="cf-item" data-item="${at}"><div class="cf-row">
      ${field({ path: `${at}.key`, vi: "Mã", en: "key", value: i.key, placeholder: "vd. tyle_cccd", cls: "cf-mid" })}
      ${field({ path: `${at}.label.vi`, vi: "Nội dung", en: "label", value: textOf(i.label).vi, cls: "cf-wide" })}
      ${field({
        path: `${at}.label.en`,
        vi: "Nội dung (tiếng Anh)",
        en: "label in English",
        value: textOf(i.label).en,
        cls: "cf-wide",
      })}
      ${select({
        path: `${at}.type`,
        vi: "Kiểu",
        en: "type",
        value: i.type,
        options: INPUT_TYPES.map((x) => ({ value: x, label: TYPE_WORDS[x] })),
        cls: "cf-mid",
      })}
      ${checkbox({ path: `${at}.optional`, vi: "Được để trống", en: "may be empty", checked: i.optional === true })}
      ${removeButton(at, name)}
    </div></div>`;
    })
    .join("");
  return listGroup("inputs", 'Dòng dữ liệu trong bảng BHXH_DAU_VAO <small class="en" lang="en">inputs</small>', rows, {
    vi: "Thêm dòng dữ liệu",
    what: "vào bảng BHXH_DAU_VAO",
  });
}

/** The whole editor's inside; the preview and the save buttons are drawn around it (campaigns-tab.ts). */
export function campaignFormHtml(d: Draft, creating: boolean): string {
  const keys = itemsAt(d, "inputs")
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
