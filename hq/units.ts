import { UNITS, type Unit } from "../shared/units/index.ts";
import { escapeMarkup } from "../shared/markup.ts";

/**
 * The units headquarters can upload for, grouped as a person looks for them: the 34 provinces of today, the 63 of
 * the campaigns before 01/07/2025, the departments. The service accepts `?unit=` from the same shared list.
 */
const GROUPS: Array<{ vi: string; en: string; of: (u: Unit) => boolean }> = [
  { vi: "Tỉnh, thành phố (34, từ 01/07/2025)", en: "provinces (34)", of: (u) => u.registry === "provinces34" },
  { vi: "Tỉnh, thành phố (63, trước 01/07/2025)", en: "provinces (63)", of: (u) => u.registry === "provinces63" },
  { vi: "Đơn vị trực thuộc", en: "departments", of: (u) => u.kind === "department" },
];

const option = (u: Unit) =>
  `<option value="${escapeMarkup(u.code)}">${escapeMarkup(u.name)} (${escapeMarkup(u.code)})</option>`;

/** Access codes go to headquarters too (a second officer's code), so that list can add HQ itself. */
const HQ_GROUP = { vi: "Cơ quan BHXH Việt Nam", en: "headquarters", of: (u: Unit) => u.kind === "hq" };

export const unitOptionsHtml = (o: { hq?: boolean } = {}): string =>
  `<option value="">— chọn đơn vị / choose the unit —</option>` +
  [...GROUPS, ...(o.hq ? [HQ_GROUP] : [])]
    .map(
      (g) =>
        `<optgroup label="${escapeMarkup(`${g.vi} · ${g.en}`)}">${UNITS.filter(g.of).map(option).join("")}</optgroup>`,
    )
    .join("");
