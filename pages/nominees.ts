import { NOMINEE_KIND_WORDS } from "../shared/dossier/nominees.ts";
import type { Submission } from "../shared/schemas/api.ts";
import { WORDS } from "../shared/words.ts";
import { escapeMarkup } from "../shared/markup.ts";

/**
 * Who the unit proposes, as the service read it from the workbook's BHXH_KHEN_THUONG: shown after a send (/gui)
 * and under a submission on /hq. Nothing when the workbook proposes nobody.
 */
export function nomineesHtml(s: Pick<Submission, "nominees">): string {
  const list = s.nominees ?? [];
  if (list.length === 0) return "";
  const rows = list
    .map(
      (n, i) => `<tr data-nominee="${i + 1}">
      <td data-th="Loại">${escapeMarkup(NOMINEE_KIND_WORDS[n.kind].vi)}</td>
      <th scope="row" data-th="Họ tên">${escapeMarkup(n.name)}</th>
      <td data-th="Chức vụ">${escapeMarkup(n.title ?? "—")}</td>
      <td data-th="${WORDS.unit.vi}">${escapeMarkup(n.unitName ?? "—")}</td>
      <td data-th="Thành tích tóm tắt" class="summary">${escapeMarkup(n.summary ?? "—")}</td>
    </tr>`,
    )
    .join("");
  return (
    `<table class="grid nominees"><caption>${WORDS.nominees.vi} <small class="en" lang="en">${WORDS.nominees.en}</small></caption>
    <thead><tr><th scope="col">Loại</th><th scope="col">Họ tên</th><th scope="col">Chức vụ</th><th ` +
    `scope="col">Đơn vị</th><th scope="col">Thành tích tóm tắt</th></tr></thead>
    <tbody>${rows}</tbody></table>`
  );
}
