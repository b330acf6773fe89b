import { apiClient } from "./api/client.ts";
import { campaignsMessage } from "./campaigns/words.ts";
import { refreshCampaigns } from "./campaigns/refresh.ts";
import { loadSavedCampaigns } from "./campaigns/store.ts";
import { tokenIdOf } from "./identity.ts";
import { migrateLegacyQueue } from "./queue/legacy.ts";
import type { SendOutcome } from "./queue/outcomes.ts";
import { SubmissionQueue } from "./queue/queue.ts";
import { deviceStorage, readSettings, type KeyValueStore } from "./storage/device.ts";
import {
  describeOutcomes,
  messageOf,
  senderOf,
  submitWorkbook,
  type Message,
  type SubmitResult,
} from "./submit/submit.ts";
import { refreshTargetYears } from "./targets/refresh.ts";
import { loadSavedTargetYears } from "./targets/store.ts";

/**
 * The one shared runtime's state: device storage, the queue, and the status every surface (ribbon command,
 * task pane) reports through. Created on Office.onReady, when OfficeRuntime.storage exists.
 */
export type Status =
  | { phase: "idle" | "reading" | "uploading"; progress: number; message?: Message }
  | { phase: "done"; result: SubmitResult };

export interface Runtime {
  storage: KeyValueStore;
  queue: SubmissionQueue;
  status: Status;
  listeners: Set<(s: Status) => void>;
  report(s: Status): void;
  /** Resolves with the answer; `handedOff` resolves as soon as the send has started or the item is held. */
  submit(): Promise<SubmitResult>;
  handedOff(): Promise<void>;
  flush(includeBlocked?: boolean): Promise<SendOutcome[]>;
  refreshTargetYears(): Promise<Message>;
  /** GET /campaigns with the saved list's ETag: the definitions the functions and the pane use. */
  refreshCampaigns(): Promise<Message>;
}

const RETRY_INTERVAL_MS = 60_000;

let current: Runtime | null = null;

export function runtime(): Runtime {
  if (current) return current;
  const storage = deviceStorage();
  const queue = new SubmissionQueue(storage);
  const rt: Runtime = {
    storage,
    queue,
    status: { phase: "idle", progress: 0 },
    listeners: new Set(),
    report(s) {
      rt.status = s;
      for (const l of rt.listeners) l(s);
    },
    async submit() {
      const result = await submitWorkbook({
        storage,
        queue,
        onStage: (phase, progress) => rt.report({ phase, progress }),
      });
      rt.report({ phase: "done", result });
      return result;
    },
    handedOff() {
      return new Promise<void>((resolve) => {
        const listener = (s: Status) => {
          if (s.phase === "uploading" || s.phase === "done") {
            rt.listeners.delete(listener);
            resolve();
          }
        };
        rt.listeners.add(listener);
      });
    },
    async flush(includeBlocked = false) {
      const sender = await senderOf({ storage });
      if (!sender) return [];
      const outcomes = await queue.flush(sender, includeBlocked);
      const result = describeOutcomes(outcomes);
      if (result) rt.report({ phase: "done", result });
      return outcomes;
    },
    async refreshTargetYears() {
      const s = await readSettings(storage);
      if (!s.serviceUrl || !s.token)
        return { vi: "Dùng chỉ tiêu có sẵn (chưa nhập máy chủ).", en: "Using the built-in targets (no service set)." };
      try {
        const { unchanged, years } = await refreshTargetYears(
          apiClient({ baseUrl: s.serviceUrl, token: s.token }),
          storage,
        );
        // The TARGET* cells stream: a change reaches those cells and only those (docs/rules.md §12).
        if (unchanged)
          return { vi: `Chỉ tiêu không đổi: năm ${years.join(", ")}.`, en: `Targets unchanged: ${years.join(", ")}.` };
        return { vi: `Đã cập nhật chỉ tiêu: năm ${years.join(", ")}.`, en: `Targets updated: ${years.join(", ")}.` };
      } catch (e) {
        const m = messageOf(e);
        return {
          vi: `Không cập nhật được chỉ tiêu, dùng bản đã lưu. (${m.vi})`,
          en: `Could not refresh the targets; using the saved ones. (${m.en})`,
        };
      }
    },
    async refreshCampaigns() {
      const s = await readSettings(storage);
      if (!s.serviceUrl || !s.token) return campaignsMessage(null);
      try {
        return campaignsMessage(await refreshCampaigns(apiClient({ baseUrl: s.serviceUrl, token: s.token }), storage));
      } catch (e) {
        return campaignsMessage(null, messageOf(e));
      }
    },
  };
  current = rt;
  return rt;
}

/**
 * A surface (the task pane) listening to the status: shown the current one at once, so a ribbon submit that
 * finished before the surface was ready is not missed, then every change.
 */
export function watchStatus(rt: Runtime, listener: (s: Status) => void): void {
  rt.listeners.add(listener);
  listener(rt.status);
}

/** On start: saved targets and campaigns at once (offline), then the service's; waiting submissions now and every minute. */
export async function startRuntime(rt: Runtime = runtime()): Promise<void> {
  const { token } = await readSettings(rt.storage);
  await migrateLegacyQueue(rt.storage, token ? await tokenIdOf(token) : null).catch(() => undefined);
  // Cells computed with the built-in tables before this load are told by the store if the saved ones differ.
  await loadSavedTargetYears(rt.storage);
  await loadSavedCampaigns(rt.storage);
  void rt.refreshTargetYears();
  void rt.refreshCampaigns();
  void rt.flush().catch(() => undefined);
  setInterval(() => void rt.flush().catch(() => undefined), RETRY_INTERVAL_MS);
}
