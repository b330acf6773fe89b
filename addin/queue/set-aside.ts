import { removeItem, type BrokenItemError } from "./items.ts";
import type { SendOutcome } from "./outcomes.ts";
import { saveClaimed, type QueueParts } from "./parts.ts";

/**
 * An item that can no longer be sent whole: kept aside (flagged, never sent again) while anything of it is
 * stored, removed when nothing is; either way the user is told which file it was.
 */
export async function setAside(parts: QueueParts, e: BrokenItemError): Promise<SendOutcome> {
  const { item, remains } = e;
  const name = `"${item.meta.fileName}" (${item.meta.campaign}, ${item.meta.period}, ${item.queuedAt.slice(0, 10)})`;
  const lastError = {
    vi: `Bản gửi bị hỏng trên máy, không gửi được: hãy gửi lại từ tệp. (${e.message})`,
    en: `The held submission is damaged on this device and cannot be sent: send it again from the workbook. (${e.message})`,
    status: 0,
  };
  if (remains) {
    const kept = await saveClaimed(parts, { ...item, broken: true, lastError });
    return {
      kind: "broken",
      item: kept,
      removed: false,
      message: {
        vi:
          `Bản gửi ${name} bị hỏng trên máy (thiếu hoặc sai một phần dữ liệu) nên không gửi được; ` +
          "bản này được để riêng, các bản khác vẫn gửi. " +
          "Hãy mở tệp và gửi lại, rồi xoá bản hỏng trong Hàng chờ gửi.",
        en:
          `The held submission ${name} is damaged on this device (part of it is missing or unreadable) and cannot ` +
          "be sent; it is set aside and the others are still sent. Open the workbook and send it again, then " +
          "delete the damaged one under Waiting to send.",
      },
    };
  }
  await removeItem(parts.storage, item.id);
  return {
    kind: "broken",
    item,
    removed: true,
    message: {
      vi:
        `Bản gửi ${name} bị hỏng trên máy: không còn dữ liệu nào để gửi nên đã bị xoá khỏi hàng chờ. ` +
        "Hãy mở tệp và gửi lại.",
      en:
        `The held submission ${name} is damaged on this device: nothing of it is left to send, so it was removed ` +
        "from the queue. Open the workbook and send it again.",
    },
  };
}
