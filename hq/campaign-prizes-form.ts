import { itemsAt, textOf, type Draft } from "./campaign-draft.ts";
import { checkbox, field, listGroup, removeButton, select } from "./campaign-fields.ts";
import { WORDS } from "../shared/words.ts";

/** The campaign editor's prize sets (their bar, tiers and individuals) and periods (hq/campaign-form.ts). */
const COMPARISONS = [
  { value: "gte", label: "từ (≥)" },
  { value: "gt", label: "trên (>)" },
];

export function prizeSetsHtml(d: Draft): string {
  const sets = itemsAt(d, "prizeSets")
    .map((p, n) => {
      const at = `prizeSets.${n}`;
      const what = `cơ cấu giải ${n + 1}`;
      const bar = (p.bar ?? {}) as Draft;
      const ind = p.individuals as Draft | undefined;
      const tiers = itemsAt(p, "tiers")
        .map((tier, j) => {
          const ta = `${at}.tiers.${j}`;
          return `<div class="cf-row cf-tier">
        ${field({ path: `${ta}.code`, vi: `Giải ${j + 1}: mã`, en: "code", value: tier.code, placeholder: "vd. giai_1", cls: "cf-mid" })}
        ${field({ path: `${ta}.label.vi`, vi: "Tên giải", en: "label", value: textOf(tier.label).vi, cls: "cf-mid" })}
        ${field({ path: `${ta}.label.en`, vi: "Tên giải (tiếng Anh)", en: "in English", value: textOf(tier.label).en, cls: "cf-mid" })}
        ${field({
          path: `${ta}.slots`,
          vi: "Số giải",
          en: "slots (empty: no count)",
          kind: "nullable",
          value: tier.slots,
          inputmode: "numeric",
          cls: "cf-num",
        })}
        ${field({
          path: `${ta}.amountVnd`,
          vi: WORDS.prize.vi,
          en: "VND (empty: none)",
          kind: "vnd",
          value: tier.amountVnd,
          inputmode: "numeric",
          unit: "đ",
          cls: "cf-mid",
        })}
        ${checkbox({ path: `${ta}.certificate`, vi: WORDS.certificate.vi, en: "certificate", checked: tier.certificate === true })}
        ${removeButton(ta, `giải ${j + 1} của ${what}`)}
      </div>`;
        })
        .join("");
      const tiersGroup = listGroup(
        `${at}.tiers`,
        `Các giải <small class="en" lang="en">tiers, highest first</small>`,
        tiers,
        { vi: "Thêm giải", what: `vào ${what}` },
      );
      return `<div class="cf-item" data-item="${at}"><div class="cf-row">
      ${field({ path: `${at}.id`, vi: "Mã cơ cấu giải", en: "id", value: p.id, placeholder: "vd. final", cls: "cf-mid" })}
      ${field({ path: `${at}.label.vi`, vi: "Tên", en: "label", value: textOf(p.label).vi, cls: "cf-wide" })}
      ${field({ path: `${at}.label.en`, vi: "Tên (tiếng Anh)", en: "in English", value: textOf(p.label).en, cls: "cf-wide" })}
      ${select({
        path: `${at}.bar.comparison`,
        vi: WORDS.bar.vi,
        en: "bar",
        value: bar.comparison,
        options: COMPARISONS,
        cls: "cf-num",
      })}
      ${field({
        path: `${at}.bar.value`,
        vi: "giá trị",
        en: "value",
        kind: "number",
        value: bar.value,
        inputmode: "decimal",
        cls: "cf-num",
      })}
      ${removeButton(at, what)}
    </div>
    ${tiersGroup}
    <div class="cf-row">
      ${checkbox({
        path: `${at}.individuals`,
        vi: "Có khen thưởng cá nhân",
        en: "individuals",
        checked: !!ind,
        action: "individuals",
      })}
      ${
        ind
          ? field({
              path: `${at}.individuals.slots`,
              vi: "Số cá nhân",
              en: "slots",
              kind: "number",
              value: ind.slots,
              inputmode: "numeric",
              cls: "cf-num",
            })
          : ""
      }
      ${
        ind
          ? field({
              path: `${at}.individuals.amountVnd`,
              vi: "Tiền thưởng mỗi người",
              en: "VND each",
              kind: "vnd",
              value: ind.amountVnd,
              inputmode: "numeric",
              unit: "đ",
              cls: "cf-mid",
            })
          : ""
      }
      ${
        ind
          ? checkbox({
              path: `${at}.individuals.certificate`,
              vi: "Bằng khen cá nhân",
              en: "certificate",
              checked: ind.certificate === true,
            })
          : ""
      }
    </div></div>`;
    })
    .join("");
  return listGroup("prizeSets", 'Cơ cấu giải <small class="en" lang="en">prize sets</small>', sets, {
    vi: "Thêm cơ cấu giải",
  });
}

export function periodsHtml(d: Draft): string {
  const sets = itemsAt(d, "prizeSets").map((p) => ({
    value: String(p.id ?? ""),
    label: `${String(p.id ?? "")} — ${textOf(p.label).vi ?? ""}`,
  }));
  const rows = itemsAt(d, "periods")
    .map((p, n) => {
      const at = `periods.${n}`;
      return `<div class="cf-item" data-item="${at}"><div class="cf-row">
      ${field({ path: `${at}.id`, vi: "Mã kỳ", en: "id (yyyy-mm, so_ket, final)", value: p.id, placeholder: "final", cls: "cf-mid" })}
      ${field({ path: `${at}.label.vi`, vi: "Tên kỳ", en: "label", value: textOf(p.label).vi, cls: "cf-mid" })}
      ${field({ path: `${at}.label.en`, vi: "Tên kỳ (tiếng Anh)", en: "in English", value: textOf(p.label).en, cls: "cf-mid" })}
      ${select({ path: `${at}.prizeSet`, vi: "Cơ cấu giải", en: "prize set", value: p.prizeSet, options: sets, cls: "cf-mid" })}
      ${field({
        path: `${at}.dataUntil`,
        vi: "Số liệu đến ngày",
        en: "data until",
        kind: "optional",
        value: p.dataUntil,
        type: "date",
      })}
      ${field({
        path: `${at}.dossierDeadline`,
        vi: "Hạn nộp hồ sơ",
        en: "dossier deadline",
        kind: "optional",
        value: p.dossierDeadline,
        type: "date",
      })}
      ${removeButton(at, `kỳ ${n + 1}`)}
    </div></div>`;
    })
    .join("");
  return listGroup("periods", 'Các kỳ xét <small class="en" lang="en">periods</small>', rows, { vi: "Thêm kỳ" });
}
