import { ROLE_NAMES } from "../shared/units/index.ts";
import { escapeMarkup } from "../shared/markup.ts";
import type { UnitKind } from "../shared/campaigns/schema.ts";
import { itemsAt, textOf, type Draft } from "./campaign-draft.ts";
import { addButton, checkbox, field, group, listGroup, removeButton, select } from "./campaign-fields.ts";

/** A unit kind's criteria table in the campaign editor (hq/campaign-form.ts): each criterion, its bands or ratio. */
function bandsHtml(at: string, c: Draft, what: string): string {
  const bands = itemsAt(c, "scoring.bands")
    .map(
      (b, j) => `<div class="cf-row cf-band">
      ${field({
        path: `${at}.scoring.bands.${j}.from`,
        vi: `Mức ${j + 1}: từ`,
        en: "from",
        kind: "percent",
        value: b.from,
        inputmode: "decimal",
        unit: "%",
        cls: "cf-num",
      })}
      ${field({
        path: `${at}.scoring.bands.${j}.points`,
        vi: "được",
        en: "points",
        kind: "number",
        value: b.points,
        inputmode: "decimal",
        unit: "điểm",
        cls: "cf-num",
      })}
      ${removeButton(`${at}.scoring.bands.${j}`, `mức ${j + 1} của ${what}`)}
    </div>`,
    )
    .join("");
  return listGroup(
    `${at}.scoring.bands`,
    `Các mức <small class="en" lang="en">bands, lower bound included</small>`,
    bands,
    { vi: "Thêm mức", what: `cho ${what}` },
    "cf-bands",
  );
}

export function criteriaHtml(d: Draft, kind: UnitKind, keys: string[]): string {
  const at0 = `criteria.${kind}`;
  const inputOptions = [{ value: "", label: "— chọn dòng —" }, ...keys.map((k) => ({ value: k, label: k }))];
  const rows = itemsAt(d, at0)
    .map((c, n) => {
      const at = `${at0}.${n}`;
      const what = `tiêu chí ${String(c.no ?? n + 1)}`;
      const scoring = (c.scoring ?? {}) as Draft;
      const ratio = scoring.ratio as Draft | undefined;
      const banded = scoring.kind === "banded";
      return `<div class="cf-item" data-item="${at}"><div class="cf-row">
      ${field({ path: `${at}.no`, vi: "TT", en: "no.", kind: "number", value: c.no, inputmode: "numeric", cls: "cf-tt" })}
      ${field({ path: `${at}.title.vi`, vi: "Tiêu chí", en: "criterion", value: textOf(c.title).vi, cls: "cf-wide" })}
      ${field({ path: `${at}.title.en`, vi: "Tiêu chí (tiếng Anh)", en: "in English", value: textOf(c.title).en, cls: "cf-wide" })}
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
      ${
        ratio
          ? ""
          : select({
              path: `${at}.input`,
              vi: "Đọc dòng",
              en: "input",
              kind: "optional",
              value: c.input ?? "",
              options: inputOptions,
              cls: "cf-mid",
            })
      }
      ${
        banded
          ? checkbox({
              path: `${at}.scoring.ratio`,
              vi: "Tỷ lệ của hai số đếm",
              en: "ratio of two counts",
              checked: !!ratio,
              action: "ratio",
            })
          : ""
      }
      ${
        ratio
          ? select({
              path: `${at}.scoring.ratio.numerator`,
              vi: "Tử số",
              en: "numerator",
              value: ratio.numerator,
              options: inputOptions,
              cls: "cf-mid",
            })
          : ""
      }
      ${
        ratio
          ? select({
              path: `${at}.scoring.ratio.denominator`,
              vi: "Mẫu số",
              en: "denominator",
              value: ratio.denominator,
              options: inputOptions,
              cls: "cf-mid",
            })
          : ""
      }
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
