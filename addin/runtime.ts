import { apiClient } from "./api/client.ts";
import { tokenIdOf } from "./identity.ts";
import { migrateLegacyQueue } from "./queue/legacy.ts";
import { SubmissionQueue, type SendOutcome } from "./queue/queue.ts";
import { deviceStorage, readSettings, type KeyValueStore } from "./storage/device.ts";
import { describeOutcomes, messageOf, senderOf, submitWorkbook, type Message, type SubmitResult } from "./submit/submit.ts";
import { loadSavedTargets, saveTargets } from "./targets/store.ts";

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
  refreshTargets(): Promise<Message>;
}

export const RETRY_INTERVAL_MS = 60_000;

/**
 * TARGET* are not volatile (10,000 cells must not recalculate on every edit), so when the tables in memory change
 * (the device's loaded at start, the service's after a refresh) the workbook is recalculated once, in full.
 */
async function recalculateWorkbook(): Promise<void> {
  if (typeof Excel === "undefined") return;
  try {
    await Excel.run(async (context) => {
      context.workbook.application.calculate(Excel.CalculationType.full);
      await context.sync();
    });
  } catch {
    /* no workbook open (the runtime starting before a document) or an old host: the next edit recalculates */
  }
}
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
      const result = await submitWorkbook({ storage, queue, onStage: (phase, progress) => rt.report({ phase, progress }) });
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
    async refreshTargets() {
      const s = await readSettings(storage);
      if (!s.serviceUrl || !s.token) return { vi: "Dùng chỉ tiêu có sẵn (chưa nhập máy chủ).", en: "Using the built-in targets (no service set)." };
      try {
        const tables = await apiClient({ baseUrl: s.serviceUrl, token: s.token }).targets();
        if (await saveTargets(storage, tables)) await recalculateWorkbook();
        return { vi: `Đã cập nhật chỉ tiêu: năm ${tables.map((t) => t.year).join(", ")}.`, en: `Targets updated: ${tables.map((t) => t.year).join(", ")}.` };
      } catch (e) {
        const m = messageOf(e);
        return { vi: `Không cập nhật được chỉ tiêu, dùng bản đã lưu. (${m.vi})`, en: `Could not refresh the targets; using the saved ones. (${m.en})` };
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

/** On start: saved targets at once (offline), then the service's; waiting submissions now and every minute. */
export async function startRuntime(rt: Runtime = runtime()): Promise<void> {
  const { token } = await readSettings(rt.storage);
  await migrateLegacyQueue(rt.storage, token ? await tokenIdOf(token) : null).catch(() => undefined);
  // The functions may already have computed cells with the built-in tables: if the saved ones differ, once.
  if (await loadSavedTargets(rt.storage)) await recalculateWorkbook();
  void rt.refreshTargets();
  void rt.flush().catch(() => undefined);
  setInterval(() => void rt.flush().catch(() => undefined), RETRY_INTERVAL_MS);
}
