import type { Campaign } from "../../shared/index.ts";
import { ApiError } from "../middleware/errors.ts";
import { definitionJson } from "./campaign-json.ts";
import type { CampaignStatus, StoredCampaign } from "./campaigns.ts";

/**
 * What a PUT /campaigns/:id does to what is stored (the life of a definition, docs/campaigns.md): a new id is
 * version 1; a draft is rewritten in place; a published or closed definition never changes under the submissions
 * scored with it, so any change of it is version n + 1 and says why. Nothing new at all writes nothing.
 */
export type CampaignChange =
  { kind: "unchanged" } | { kind: "write"; inPlace: boolean; expected: number; action: string; created: boolean };

const refuse = (field: string, vi: string, en: string) => new ApiError({ status: 422, code: "invalid", field, vi, en });

export function changeOf(current: StoredCampaign | null, next: Campaign, reason: string | undefined): CampaignChange {
  const status: CampaignStatus = next.status;
  if (!current) return { kind: "write", inPlace: false, expected: 0, action: "campaign.create", created: true };
  if (current.status === "draft") {
    const action = status === "draft" ? "campaign.update" : `campaign.${statusVerb(status)}`;
    return { kind: "write", inPlace: true, expected: current.version, action, created: false };
  }
  if (status === "draft") {
    throw refuse(
      "status",
      `Đợt ${current.id} đã công bố (phiên bản ${current.version}): không trở lại bản nháp được. Sửa ` +
        "thì lưu phiên bản mới (công bố), kèm lý do.",
      `Campaign ${current.id} is ${current.status} (version ${current.version}): it cannot go back to draft. Save a correction ` +
        "as a new published version, with its reason.",
    );
  }
  if (status === current.status && definitionJson(next) === definitionJson(current.definition))
    return { kind: "unchanged" };
  if (!reason) {
    throw refuse(
      "reason",
      `Đợt ${current.id} đã ${current.status === "closed" ? "đóng" : "công bố"}: thay đổi sẽ là phiên bản ` +
        `${current.version + 1}, các bài đã nộp vẫn giữ phiên bản ${current.version}. Ghi lý do (reason), ví dụ ` +
        "số công văn sửa đổi.",
      `Campaign ${current.id} is ${current.status}: a change is version ${current.version + 1}, and submissions keep version ` +
        `${current.version}. Give a reason (for example the amending letter's number).`,
    );
  }
  const action = status === current.status ? "campaign.revise" : `campaign.${statusVerb(status)}`;
  return { kind: "write", inPlace: false, expected: current.version, action, created: false };
}

const statusVerb = (s: CampaignStatus): string => (s === "published" ? "publish" : s === "closed" ? "close" : "update");

/** The 412 of a PUT whose condition no longer holds, with the current ETag when there is one. */
export function campaignChangedMeanwhile(id: string, current: StoredCampaign | null, creating: boolean): ApiError {
  const tag = current ? { ETag: `"v${current.version}"` } : ({} as Record<string, string>);
  if (creating && current) {
    return new ApiError({
      status: 412,
      code: "precondition_failed",
      field: "If-None-Match",
      vi:
        `Đã có đợt thi đua mã "${id}" (phiên bản ${current.version}): chọn mã khác, hoặc mở đợt đó (GET) ` +
        "rồi sửa với If-Match.",
      en:
        `A campaign "${id}" already exists (version ${current.version}): choose another id, or open it (GET) and change it with ` +
        "If-Match.",
      headers: tag,
    });
  }
  if (!current) {
    return new ApiError({
      status: 412,
      code: "precondition_failed",
      field: "If-Match",
      vi: `Chưa có đợt thi đua mã "${id}": tạo mới với If-None-Match: *.`,
      en: `There is no campaign "${id}": create it with If-None-Match: *.`,
    });
  }
  return new ApiError({
    status: 412,
    code: "precondition_failed",
    field: "If-Match",
    vi:
      `Đợt thi đua "${id}" đã thay đổi từ khi bạn mở nó (nay là phiên bản ${current.version}): hãy tải ` +
      "lại, xem thay đổi rồi lưu lại.",
    en: `Campaign "${id}" changed since you opened it (now version ${current.version}): reload, look at the change, then save again.`,
    headers: tag,
  });
}

export const CAMPAIGN_PRECONDITION_REQUIRED = {
  vi:
    "Thiếu If-Match: hãy đọc đợt thi đua (GET /api/v1/campaigns/:id) rồi gửi kèm ETag đã nhận, hoặc " +
    "If-None-Match: * để tạo đợt mới.",
  en:
    "If-Match is required: read the campaign (GET /api/v1/campaigns/:id) and send the ETag it carried, or If-None-Match: * to " +
    "create a new one.",
};
