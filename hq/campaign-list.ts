import type { CampaignRecord } from "../shared/schemas/api.ts";
import { formatDateTime } from "../pages/format.ts";
import { escapeMarkup } from "../shared/markup.ts";

/** The campaigns the service keeps, each with its life and version, and where a new one starts from. */
export const STATUS_WORDS: Record<CampaignRecord["status"], { vi: string; en: string }> = {
  draft: { vi: "Bản nháp", en: "draft" },
  published: { vi: "Đã công bố", en: "published" },
  closed: { vi: "Đã kết thúc", en: "closed" },
};

const text = (r: CampaignRecord, key: "number" | "title"): string => {
  const doc = r.definition.document as { number?: string; title?: { vi?: string } } | undefined;
  return key === "number" ? (doc?.number ?? "") : (doc?.title?.vi ?? "");
};

export function campaignListHtml(records: readonly CampaignRecord[]): string {
  const rows =
    records.length === 0
      ? `<tr><td colspan="7" class="empty">Chưa có đợt thi đua nào.</td></tr>`
      : records
          .map(
            (r) =>
              `<tr data-campaign="${escapeMarkup(r.id)}">
      <th scope="row"><code>${escapeMarkup(r.id)}</code></th>
      <td>${escapeMarkup(text(r, "number"))}</td>
      <td>${escapeMarkup(text(r, "title"))}</td>
      <td><span class="flag status-${r.status}">${escapeMarkup(STATUS_WORDS[r.status].vi)}</span></td>
      <td class="num">${r.version}</td>
      <td>${escapeMarkup(formatDateTime(r.updatedAt))} <small class="muted">${escapeMarkup(r.updatedBy)}</small></td>
      <td><button type="button" class="link" data-edit="${escapeMarkup(r.id)}">Sửa<span ` +
              `class="visually-hidden"> đợt ${escapeMarkup(r.id)}</span></button></td>
    </tr>`,
          )
          .join("");
  const from = records
    .map(
      (r) =>
        `<option value="${escapeMarkup(r.id)}">Chép từ ${escapeMarkup(text(r, "number"))} (${escapeMarkup(r.id)})</option>`,
    )
    .join("");
  return (
    `<div class="controls">
      <label class="field wide">Tạo đợt mới từ một công văn: bắt đầu từ <small class="en" lang="en">start from</small>
        <select id="cf-start"><option value="">Trống (nhập từ đầu)</option>${from}</select></label>
      <button type="button" id="cf-new">Tạo đợt mới</button>
    </div>
    <div class="scroll" tabindex="0" role="region" aria-labelledby="cf-list-caption">
      <table class="grid cf-list-table"><caption id="cf-list-caption">Các đợt thi đua <small class="en" ` +
    `lang="en">campaigns</small></caption>
        <thead><tr><th scope="col">Mã đợt</th><th scope="col">Văn bản</th><th scope="col">Trích ` +
    `yếu</th><th scope="col">Trạng thái</th>
          <th scope="col" class="num">Phiên bản</th><th scope="col">Cập nhật</th><th scope="col">Sửa</th></tr></thead>
        <tbody id="cf-list-body">${rows}</tbody></table>
    </div>`
  );
}
