import type { Message } from "../errors.ts";
import type { CampaignsRefreshed } from "./refresh.ts";
import { campaignsSource, currentCampaigns } from "./store.ts";

const SOURCE: Record<ReturnType<typeof campaignsSource>, Message> = {
  "built-in": { vi: "có sẵn trong add-in", en: "built into the add-in" },
  device: { vi: "đã lưu trên máy này", en: "saved on this device" },
  service: { vi: "nhận từ Vụ Thi đua - Khen thưởng", en: "from headquarters" },
};

/** Where the definitions in use came from, and how many: the pane says it under the campaign choice. */
export function campaignsSourceText(): Message {
  const n = currentCampaigns().filter((c) => c.status === "published").length;
  const from = SOURCE[campaignsSource()];
  return { vi: `${n} đợt thi đua đang diễn ra (${from.vi}).`, en: `${n} published campaigns (${from.en}).` };
}

/**
 * What a refresh of the campaigns did, in words: unchanged, updated, not asked (no service set), or failed with
 * the last known ones kept; definitions the add-in cannot read are named, with what to do.
 */
export function campaignsMessage(done: CampaignsRefreshed | null, failure?: Message): Message {
  if (!done) {
    if (!failure)
      return {
        vi: "Dùng các đợt thi đua có sẵn (chưa nhập máy chủ).",
        en: "Using the built-in campaigns (no service set).",
      };
    return {
      vi: `Không cập nhật được các đợt thi đua, dùng bản đã lưu. (${failure.vi})`,
      en: `Could not refresh the campaigns; using the saved ones. (${failure.en})`,
    };
  }
  const head: Message = done.unchanged
    ? { vi: "Các đợt thi đua không đổi.", en: "Campaigns unchanged." }
    : { vi: "Đã cập nhật các đợt thi đua.", en: "Campaigns updated." };
  if (done.unreadable.length === 0) return head;
  const ids = done.unreadable.join(", ");
  return {
    vi: `${head.vi} Bản add-in này chưa đọc được đợt ${ids}: hãy cập nhật add-in (đóng và mở lại Excel).`,
    en: `${head.en} This add-in cannot read campaign ${ids} yet: update it (close and reopen Excel).`,
  };
}
