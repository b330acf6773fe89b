import { isRuleError, type SubmissionAnswer } from "../../shared/index.ts";
import { WORDS } from "../../shared/words.ts";
import { ApiError, apiClient, type Upload } from "../api/client.ts";
import { BilingualError, errorText, type Message } from "../errors.ts";
import { UnitMismatchError, sameUnit, senderFor, tokenIdOf, tokenUnit, type Sender } from "../identity.ts";
import { NotHeldError, QueueFullError } from "../queue/hold.ts";
import type { SendOutcome } from "../queue/outcomes.ts";
import { SubmissionQueue } from "../queue/queue.ts";
import type { RetryPolicy } from "../queue/send.ts";
import { memoryStore, readSettings, type KeyValueStore } from "../storage/device.ts";
import { checkFileSupport, readWholeFile } from "../workbook/file.ts";
import { metaFromTables, readContractTables, type ContractTables } from "../workbook/read.ts";

/**
 * "Gửi về BHXH Việt Nam": the same path from the ribbon and from the task pane. The contract tables first (a
 * workbook that cannot be sent is refused before its bytes are copied), the workbook's unit against the token's,
 * then the file in slices, queued on the device with a fresh Idempotency-Key and sent at once with retries.
 */
export type { Message } from "../errors.ts";
export type SubmitResult =
  | { kind: "sent"; answer: SubmissionAnswer; message: Message }
  | { kind: "waiting"; message: Message }
  | { kind: "rejected"; message: Message }
  /** Sent and stored (2xx), but the service's answer could not be read. */
  | { kind: "unread"; message: Message }
  | { kind: "error"; message: Message };

interface SubmitDeps {
  storage: KeyValueStore;
  queue: SubmissionQueue;
  office?: typeof Office;
  readTables?: () => Promise<ContractTables>;
  fetch?: typeof fetch;
  upload?: Upload;
  retry?: RetryPolicy;
  /** "uploading" at 0 is the hand-off: the file is read and the send has started or the item is held. */
  onStage?: (stage: "reading" | "uploading", progress: number) => void;
}

export async function clientFor(deps: Pick<SubmitDeps, "storage" | "fetch" | "upload">) {
  const s = await readSettings(deps.storage);
  if (!s.serviceUrl || !s.token) return null;
  return apiClient({ baseUrl: s.serviceUrl, token: s.token, fetch: deps.fetch, upload: deps.upload });
}

/** The pane's token as a sender: its client, its fingerprint, its unit when asked. Null without settings. */
export async function senderOf(deps: Pick<SubmitDeps, "storage" | "fetch" | "upload">): Promise<Sender | null> {
  const s = await readSettings(deps.storage);
  const client = await clientFor(deps);
  return client ? senderFor(deps.storage, client, await tokenIdOf(s.token)) : null;
}

class TokenRefusedError extends BilingualError {
  override name = "TokenRefusedError";
}

/**
 * The workbook's unit against the token's, before the file is read. Unknown (offline, the service failing) is
 * no refusal: the item carries the workbook's unit and is checked again before it is ever sent.
 */
async function checkUnit(storage: KeyValueStore, sender: Sender, workbookUnit: string): Promise<void> {
  let me;
  try {
    me = await tokenUnit(storage, sender.client, sender.tokenId);
  } catch (e) {
    if (e instanceof ApiError && (e.status === 401 || e.status === 403)) {
      throw new TokenRefusedError(
        "Hệ thống không nhận mã truy cập này: chưa gửi. " +
          `Sửa mã truy cập trong phần Kết nối rồi gửi lại. (${e.messageVi})`,
        "The service does not accept this unit token: nothing was sent. " +
          `Correct the token under Connection, then send again. (${e.messageEn})`,
      );
    }
    return;
  }
  if (!sameUnit(me.unit, workbookUnit)) throw new UnitMismatchError(workbookUnit, me.unit, me.unitName);
}

function fileNameOf(office: typeof Office | undefined): string {
  const url = office?.context?.document?.url ?? "";
  const base = url.split(/[\\/]/).pop()?.split("?")[0] ?? "";
  return /\.xls[xm]$/i.test(base) ? base : `${base || "bhxh-thi-dua"}.xlsx`;
}

export const messageOf = (e: unknown): Message => {
  if (e instanceof BilingualError || isRuleError(e)) return { vi: e.messageVi, en: e.messageEn };
  const text = errorText(e);
  return {
    vi:
      `Add-in gặp lỗi khi xử lý (${text}). Đóng rồi mở lại Bảng điều khiển và thử lại; ` +
      "nếu vẫn lỗi, báo bộ phận kỹ thuật kèm dòng này.",
    en:
      `The add-in failed (${text}). Close and reopen the task pane and try again; ` +
      "if it persists, tell the technical team with this line.",
  };
};

export function describeOutcome(outcome: SendOutcome): SubmitResult {
  const { item } = outcome;
  if (outcome.kind === "broken" || outcome.kind === "failed") return { kind: "error", message: outcome.message };
  if (outcome.kind === "sent") {
    const s = outcome.answer.submission;
    const label = s.computed.label ? ` (${s.computed.label})` : "";
    const dup = outcome.answer.duplicate;
    const computed = WORDS.computed.vi.toLowerCase();
    return {
      kind: "sent",
      answer: outcome.answer,
      message: {
        vi:
          `Đã gửi: ${s.unitName}, lần ${s.version}, ${computed} ${s.computed.value}${label}` +
          `${dup ? " (hệ thống đã nhận đúng tệp này trước đó)" : ""}.` +
          (s.mismatch ? ` ${WORDS.selfScored.vi} trong tệp ${WORDS.difference.vi.toLowerCase()} với ${computed}.` : ""),
        en:
          `Sent: version ${s.version}, computed ${s.computed.value}${dup ? " (already received)" : ""}.` +
          (s.mismatch ? " The workbook's figure DIFFERS from the service's." : ""),
      },
    };
  }
  if (outcome.kind === "waiting") {
    if (outcome.error.code === "unit_mismatch") {
      return {
        kind: "waiting",
        message: {
          vi:
            `${outcome.error.messageVi} Bản gửi "${item.meta.fileName}" được giữ trên máy, không gửi; ` +
            "xoá nó trong Hàng chờ gửi nếu không cần.",
          en:
            `${outcome.error.messageEn} "${item.meta.fileName}" is held on this device, not sent; ` +
            "delete it under Waiting to send if it is not needed.",
        },
      };
    }
    const why = item.blocked
      ? "Mã truy cập bị từ chối: bản gửi được giữ trên máy và chỉ gửi bằng đúng mã truy cập " +
        "đã dùng khi tạo; bấm Gửi lại khi mã đó dùng được, " +
        "hoặc xoá bản này và gửi lại từ tệp bằng mã mới."
      : "Chưa kết nối được máy chủ: bản gửi được giữ trên máy và sẽ tự gửi lại.";
    const whyEn = item.blocked
      ? "The unit token was refused: the submission is held on this device and goes out only under the token it " +
        "was made with; retry once that token works, or delete it and send the workbook again with the new token."
      : "The service cannot be reached: the submission is held on this device and will be retried.";
    return {
      kind: "waiting",
      message: { vi: `${why} (${outcome.error.messageVi})`, en: `${whyEn} (${outcome.error.messageEn})` },
    };
  }
  if (outcome.kind === "unread") {
    return {
      kind: "unread",
      message: {
        vi:
          `Đã gửi đến máy chủ nhưng không đọc được câu trả lời (HTTP ${outcome.error.status}), ` +
          `nên chưa biết ${WORDS.computed.vi.toLowerCase()}: xem Lịch sử gửi. Đừng gửi lại bản này. ` +
          `(${outcome.error.messageVi})`,
        en:
          `Sent, but the service's answer could not be read (HTTP ${outcome.error.status}), so its score is not ` +
          `known here: see the history. Do not send it again. (${outcome.error.messageEn})`,
      },
    };
  }
  return {
    kind: "rejected",
    message: {
      vi: `Máy chủ từ chối bản gửi: ${outcome.error.messageVi}`,
      en: `The service refused the submission: ${outcome.error.messageEn}`,
    },
  };
}

/**
 * What a flush tells the user: the last item's outcome, preceded by every item that was set aside or failed, so
 * a broken item is never passed over in silence behind a later success.
 */
export function describeOutcomes(outcomes: readonly SendOutcome[]): SubmitResult | null {
  const last = outcomes[outcomes.length - 1];
  if (!last) return null;
  const result = describeOutcome(last);
  const trouble = outcomes
    .slice(0, -1)
    .filter((o) => o.kind === "broken" || o.kind === "failed")
    .map(describeOutcome);
  if (trouble.length === 0) return result;
  const message = {
    vi: [...trouble.map((t) => t.message.vi), result.message.vi].join(" "),
    en: [...trouble.map((t) => t.message.en), result.message.en].join(" "),
  };
  return { ...result, message };
}

export async function submitWorkbook(deps: SubmitDeps): Promise<SubmitResult> {
  const office = deps.office ?? (typeof Office !== "undefined" ? Office : undefined);
  try {
    const sender = await senderOf(deps);
    if (!sender) {
      return {
        kind: "error",
        message: {
          vi: "Chưa nhập địa chỉ máy chủ và mã truy cập: mở Bảng điều khiển (thẻ BHXH).",
          en: "No service address or unit token yet: open the task pane (BHXH tab).",
        },
      };
    }
    deps.onStage?.("reading", 0);
    checkFileSupport(office);
    const { unit, meta } = metaFromTables(await (deps.readTables ?? readContractTables)(), fileNameOf(office));
    await checkUnit(deps.storage, sender, unit);
    const bytes = await readWholeFile(office);
    const onProgress = (f: number) => deps.onStage?.("uploading", f);
    deps.onStage?.("uploading", 0);
    let held: Message | null = null;
    let tooLarge = false;
    let outcome: SendOutcome;
    try {
      outcome = await deps.queue.submit(sender, bytes, meta, unit, onProgress);
    } catch (e) {
      if (!(e instanceof NotHeldError)) throw e;
      // Not held on the device (too large, or its storage failed; nothing of it was kept): sent now all the same
      // from memory, and said plainly if it cannot be.
      outcome = await new SubmissionQueue(memoryStore(), deps.retry).submit(sender, bytes, meta, unit, onProgress);
      held = { vi: e.messageVi, en: e.messageEn };
      tooLarge = e instanceof QueueFullError;
    }
    const result = describeOutcome(outcome);
    if (held && result.kind === "waiting")
      return {
        kind: "error",
        message: { vi: `${held.vi} ${result.message.vi}`, en: `${held.en} ${result.message.en}` },
      };
    // Sent: a storage failure is still worth knowing (the next one may not be held either); "too large" is not.
    if (held && !tooLarge)
      return {
        ...result,
        message: { vi: `${result.message.vi} (${held.vi})`, en: `${result.message.en} (${held.en})` },
      };
    return result;
  } catch (e) {
    return { kind: "error", message: messageOf(e) };
  }
}
