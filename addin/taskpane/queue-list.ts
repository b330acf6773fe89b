/*
 * The pane's list of submissions held on this device, each with why it waits; an item this pane cannot send
 * (damaged, refused, or made with another token) can be deleted. Office's webviews block confirm(), so deleting
 * takes two presses of the same button.
 */
import { tokenIdOf } from "../identity.ts";
import type { QueuedSubmission } from "../queue/items.ts";
import type { SubmissionQueue } from "../queue/queue.ts";
import { runtime } from "../runtime.ts";
import { readSettings, type KeyValueStore } from "../storage/device.ts";
import { formatBytes } from "../../pages/format.ts";
import { withGloss } from "./say.ts";

function state(item: QueuedSubmission, tokenId: string | null): { vi: string; en: string; deletable: boolean } {
  if (item.broken) return { vi: "Bị hỏng, để riêng", en: "damaged, set aside", deletable: true };
  if (item.tokenId !== tokenId) {
    const unit = item.unit ? ` (${item.unit})` : "";
    return {
      vi: `Chờ đúng mã truy cập đã dùng khi tạo${unit}, không gửi bằng mã đang dùng`,
      en: `waiting for the token it was made with${unit}, not sent under the current one`,
      deletable: true,
    };
  }
  if (item.blocked) return { vi: "Bị từ chối, chờ bấm Gửi lại", en: "refused, waiting for Retry", deletable: true };
  return { vi: "Đang chờ gửi", en: "waiting", deletable: false };
}

async function showQueue(queue: SubmissionQueue, storage: KeyValueStore): Promise<void> {
  const items = await queue.list();
  const list = document.getElementById("queue") as HTMLUListElement;
  if (items.length === 0) {
    list.replaceChildren(withGloss(document.createElement("li"), "Không có bản nào chờ gửi.", "Nothing waiting."));
    return;
  }
  const { token } = await readSettings(storage);
  const tokenId = token ? await tokenIdOf(token) : null;
  list.replaceChildren(
    ...items.map((i) => {
      const li = document.createElement("li");
      const s = state(i, tokenId);
      withGloss(li, s.vi, s.en);
      li.append(
        `: ${i.meta.fileName} (${i.meta.campaign}, ${i.meta.period}), ${formatBytes(i.size)}, ${i.attempts} lần thử`,
      );
      if (i.lastError) withGloss(li, ` — ${i.lastError.vi}`, i.lastError.en);
      li.dataset.queueId = i.id;
      if (s.deletable) li.append(" ", deleteButton(queue, storage, i.id));
      return li;
    }),
  );
}

function deleteButton(queue: SubmissionQueue, storage: KeyValueStore, id: string): HTMLButtonElement {
  const button = Object.assign(document.createElement("button"), { type: "button", className: "delete" });
  withGloss(button, "Xoá khỏi máy", "Delete");
  let armed = false;
  button.addEventListener("click", async () => {
    if (!armed) {
      armed = true;
      button.replaceChildren();
      withGloss(button, "Bấm lần nữa để xoá", "Press again to delete");
      return;
    }
    button.disabled = true;
    const done = await queue.delete(id);
    if (done === "busy") {
      button.replaceChildren();
      withGloss(button, "Đang gửi ở cửa sổ khác", "being sent from another window");
    } else await showQueue(queue, storage);
  });
  return button;
}

/** The list of the one runtime's queue (the pane's). */
export const showRuntimeQueue = (): Promise<void> => showQueue(runtime().queue, runtime().storage);
