import { runtime, watchStatus, type Status } from "../runtime.ts";
import { showSubmitted } from "./choice.ts";
import { $ } from "./element.ts";
import { reloadHistory } from "./history.ts";
import { showRuntimeQueue } from "./queue-list.ts";
import { say } from "./say.ts";

/** A send as it goes (reading, uploading) and how it ended, from the pane's button or the ribbon's. */
function onStatus(s: Status): void {
  const progress = $<HTMLProgressElement>("progress");
  if (s.phase === "done") {
    progress.value = s.result.kind === "sent" || s.result.kind === "unread" ? 1 : 0;
    say("status", s.result.message, s.result.kind === "sent" ? "ok" : "bad");
    void showRuntimeQueue();
    if (s.result.kind === "sent") void showSubmitted(s.result.answer.submission);
    if (s.result.kind === "unread") void reloadHistory(); // what the service stored, since its answer was unreadable
    return;
  }
  progress.value = s.progress;
  if (s.phase === "reading") say("status", { vi: "Đang đọc tệp…", en: "Reading the workbook…" });
  if (s.phase === "uploading")
    say("status", {
      vi: `Đang gửi… ${Math.round(s.progress * 100)}%`,
      en: `Uploading… ${Math.round(s.progress * 100)} %`,
    });
}

/**
 * Once the selectors are set (a sent status moves them to what was sent): the current status at once, then every
 * change; a ribbon submit that ended while the pane was starting is shown, not missed.
 */
export const followStatus = (): void => watchStatus(runtime(), onStatus);
