/*
 * The one bundle of the shared runtime page: registers the custom functions and the ribbon commands, starts the
 * runtime (targets, retry queue), and drives the task pane. Every text a user reads is Vietnamese, its English a
 * gloss the reader can turn on (say.ts); numbers in Vietnamese notation (0,85); Office's theme followed.
 */
import type { Submission, SubmissionListItem } from "../../shared/index.ts";
import { campaignsSourceText } from "../campaigns/words.ts";
import { loadedCampaign, onCampaignsChange, publishedCampaigns } from "../campaigns/store.ts";
import { registerCommands } from "../commands/commands.ts";
import { registerFunctions } from "../functions/functions.ts";
import { runtime, startRuntime, watchStatus, type Status } from "../runtime.ts";
import { whoamiMessage } from "./words.ts";
import { mountGlossSwitch } from "../../pages/gloss.ts";
import { formatDateTime, formatNumber } from "../../pages/format.ts";
import { deadlineLine, reviewText } from "../../pages/review-words.ts";
import { readSettings, writeSettings } from "../storage/device.ts";
import { clientFor, messageOf } from "../submit/submit.ts";
import { currentTargets, targetsSource } from "../targets/store.ts";
import { actualsFrom, readContractTables } from "../workbook/read.ts";
import { initAttachPane, showMapping } from "./attach-pane.ts";
import { targetsChart } from "./chart.ts";
import { showDossier } from "./dossier-pane.ts";
import { showQueue as showQueueOf } from "./queue-list.ts";
import { showResults } from "./results.ts";
import { initTemplateLink, updateTemplateLink } from "./template-link.ts";
import { foldSettings, forgetUnit, rememberUnit, showUnit } from "./first-screen.ts";
import { initRepairButton } from "./repair-button.ts";
import { say, sayIn } from "./say.ts";
import { followOfficeTheme } from "./theme.ts";
import "./taskpane.css";

if (typeof CustomFunctions !== "undefined") registerFunctions();
if (typeof Office !== "undefined" && Office.actions) registerCommands();

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

/**
 * The campaigns headquarters published (the seeds until the service's list is loaded), and the chosen one's
 * periods; a choice no longer published falls back to the first. Answers the campaign chosen.
 */
function fillCampaigns(selected: string): string {
  const select = $<HTMLSelectElement>("campaign");
  const list = publishedCampaigns();
  const chosen = list.find((c) => c.id === selected)?.id ?? list[0]?.id ?? "";
  select.replaceChildren(
    ...list.map((c) => new Option(`${c.document.number} — ${c.document.title.vi}`, c.id, false, c.id === chosen)),
  );
  say("campaigns-source", campaignsSourceText());
  return chosen;
}

function fillPeriods(campaignId: string, selected: string): void {
  const select = $<HTMLSelectElement>("period");
  const campaign = loadedCampaign(campaignId);
  select.replaceChildren(...campaign.periods.map((p) => new Option(p.label.vi, p.id, false, p.id === selected)));
  showDeadline();
}

/** The chosen period's deadline, as the document words it (docs/rules.md §17). */
function showDeadline(): void {
  let campaign = null;
  try {
    campaign = loadedCampaign($<HTMLSelectElement>("campaign").value);
  } catch {
    /* a campaign the loaded list no longer has: no deadline to say */
  }
  const line = deadlineLine(campaign, $<HTMLSelectElement>("period").value);
  if (line) sayIn($("period-deadline"), line, "hint");
  else $("period-deadline").replaceChildren();
}

const showQueue = () => showQueueOf(runtime().queue, runtime().storage);

const clock = (d: Date): string => formatDateTime(d.toISOString()).split(" ")[1]!;

/** The unit's submissions of the chosen period, newest first; a row that differs says "chênh lệch" in words. */
function showHistory(rows: SubmissionListItem[]): void {
  const body = $<HTMLTableElement>("history").tBodies[0]!;
  if (rows.length === 0) {
    const tr = document.createElement("tr");
    tr.append(
      Object.assign(document.createElement("td"), { textContent: "Chưa có lần gửi nào cho kỳ này.", colSpan: 4 }),
    );
    return body.replaceChildren(tr);
  }
  body.replaceChildren(
    ...[...rows].reverse().map((s) => {
      const tr = document.createElement("tr");
      const claimed =
        s.claimed.value === null
          ? "Tệp không ghi"
          : `${formatNumber(s.claimed.value)}${s.mismatch ? " · chênh lệch" : ""}`;
      let campaign = null;
      try {
        campaign = loadedCampaign(s.campaign);
      } catch {
        /* not in the loaded list: the review is still said, without the deadline */
      }
      // HQ's review: a returned workbook says why, and the next version answers it.
      const cells = [
        `Lần ${s.version}`,
        `${formatNumber(s.computed.value)}${s.computed.label ? ` (${s.computed.label})` : ""}`,
        claimed,
        reviewText(s, campaign),
      ];
      for (const c of cells) tr.append(Object.assign(document.createElement("td"), { textContent: c }));
      if (s.mismatch || s.review?.state === "returned") tr.className = "bad";
      return tr;
    }),
  );
}

/** The chosen campaign and period in the words of their documents, never their ids. */
function periodWords(campaignId: string, periodId: string): string {
  let c;
  try {
    c = loadedCampaign(campaignId);
  } catch {
    return periodId; // a campaign the loaded list no longer has: its ids are all there is
  }
  return `${c.periods.find((p) => p.id === periodId)?.label.vi ?? periodId}, văn bản ${c.document.number}`;
}

let actuals = new Map<string, number>();
function showTargets(): void {
  const tables = currentTargets();
  const table = tables[tables.length - 1]!;
  const source = {
    "built-in": "có sẵn trong add-in",
    device: "đã lưu trên máy này",
    service: "nhận từ Vụ Thi đua - Khen thưởng",
  }[targetsSource()];
  $("targets-source").textContent =
    `Năm ${table.year}, văn bản ${table.document} (${source}). Số liệu của đơn vị lấy từ bảng BHXH_CHI_TIEU trong tệp.`;
  $("chart").innerHTML = targetsChart(table, actuals, tables);
}

async function readFigures(): Promise<void> {
  try {
    actuals = actualsFrom(await readContractTables());
  } catch (e) {
    actuals = new Map();
    say("targets-status", messageOf(e), "bad");
  }
  showTargets();
}

async function reloadHistory(): Promise<void> {
  const rt = runtime();
  const client = await clientFor(rt);
  if (!client) return;
  const s = await readSettings(rt.storage);
  void showResults(client, $("results"), $("results-status"));
  const status = $("history-status");
  status.textContent = "Đang tải…";
  status.className = "";
  try {
    const latest = await client.submissions(s.campaign, s.period);
    showHistory(latest);
    showDossier(client, latest.at(-1) ?? null);
    historyAt = new Date();
    say("history-status", {
      vi: `${periodWords(s.campaign, s.period)}; cập nhật lúc ${clock(historyAt)}.`,
      en: `Updated at ${clock(historyAt)}.`,
    });
    $("reload").firstChild!.textContent = "Tải lại ";
  } catch (e) {
    // The last list stays, with its time; the button offers to try again.
    const m = messageOf(e);
    const kept = historyAt ? ` Đang hiện danh sách lúc ${clock(historyAt)}.` : "";
    say("history-status", { vi: `${m.vi}${kept}`, en: m.en }, "bad");
    $("reload").firstChild!.textContent = "Thử lại ";
  }
}
let historyAt: Date | null = null;

/** After a send, the selectors follow the workbook's campaign and period, so the history shows what was sent. */
async function showSubmitted(sent: Submission): Promise<void> {
  await writeSettings(runtime().storage, { campaign: sent.campaign, period: sent.period });
  $<HTMLSelectElement>("campaign").value = sent.campaign;
  fillPeriods(sent.campaign, sent.period);
  await reloadHistory();
}

function onStatus(s: Status): void {
  const progress = $<HTMLProgressElement>("progress");
  if (s.phase === "done") {
    progress.value = s.result.kind === "sent" || s.result.kind === "unread" ? 1 : 0;
    say("status", s.result.message, s.result.kind === "sent" ? "ok" : "bad");
    void showQueue();
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

async function initPane(): Promise<void> {
  mountGlossSwitch();
  followOfficeTheme();
  const rt = runtime();
  const s = await readSettings(rt.storage);
  $<HTMLInputElement>("serviceUrl").value = s.serviceUrl;
  $<HTMLInputElement>("token").value = s.token;
  foldSettings(s);
  void showUnit(rt.storage);

  const campaignSelect = $<HTMLSelectElement>("campaign");
  fillPeriods(fillCampaigns(s.campaign), s.period);
  settled(campaignSelect, async () => {
    fillPeriods(campaignSelect.value, "");
    await writeSettings(rt.storage, { campaign: campaignSelect.value, period: $<HTMLSelectElement>("period").value });
    void updateTemplateLink(rt.storage);
    void reloadHistory();
    void showMapping(campaignSelect.value, rt.storage);
  });
  // The deadline follows the choice at once; the rest once the choice has settled.
  $("period").addEventListener("change", showDeadline);
  settled($<HTMLSelectElement>("period"), async () => {
    await writeSettings(rt.storage, { campaign: campaignSelect.value, period: $<HTMLSelectElement>("period").value });
    void updateTemplateLink(rt.storage);
    void reloadHistory();
  });
  // The service's list arrives after the pane opened (or a correction later): the choice is kept where it can be.
  onCampaignsChange(() => {
    const period = $<HTMLSelectElement>("period").value;
    fillPeriods(fillCampaigns(campaignSelect.value), period);
    void updateTemplateLink(rt.storage);
  });
  await writeSettings(rt.storage, { campaign: campaignSelect.value, period: $<HTMLSelectElement>("period").value });
  // Once the selectors are set (a sent status moves them to what was sent): the current status at once, then
  // every change; a ribbon submit that ended while the pane was starting is shown, not missed.
  watchStatus(rt, onStatus);

  $<HTMLFormElement>("settings").addEventListener("submit", async (e) => {
    e.preventDefault();
    if (!connectionValid()) return;
    await writeSettings(rt.storage, {
      serviceUrl: $<HTMLInputElement>("serviceUrl").value,
      token: $<HTMLInputElement>("token").value,
    });
    say("me", { vi: "Đã lưu trên máy này.", en: "Saved on this device." }, "ok");
    await forgetUnit(rt.storage);
    void showUnit(rt.storage); // the unit of this code, on the first screen
    void rt.refreshCampaigns(); // the campaigns this service published, for the choice above
    void showQueue(); // what waits for another token is said so
  });
  $("whoami").addEventListener("click", async () => {
    if (!connectionValid()) return;
    const client = await clientFor(rt);
    if (!client)
      return say(
        "me",
        {
          vi: "Bấm Lưu trước khi Kiểm tra: địa chỉ máy chủ và mã truy cập chưa được lưu trên máy này.",
          en: "Save before checking: the address and token are not saved on this device yet.",
        },
        "bad",
      );
    try {
      const me = await client.me();
      say("me", whoamiMessage(me), "ok");
      await rememberUnit(rt.storage, me);
    } catch (e) {
      say("me", messageOf(e), "bad");
    }
  });
  $("submit").addEventListener("click", () => void rt.submit());
  $("retry").addEventListener("click", async () => {
    const done = await rt.flush(true);
    if (done.length === 0) await showQueue();
  });
  $("reload").addEventListener("click", () => void reloadHistory());
  initAttachPane(rt.storage);
  initTemplateLink(rt.storage);
  initRepairButton();
  $("refresh-targets").addEventListener("click", async () => {
    say("targets-status", await rt.refreshTargets());
    showTargets();
    say("campaigns-source", await rt.refreshCampaigns());
  });
  $("read-figures").addEventListener("click", () => void readFigures());

  showTargets();
  await showQueue();
  void readFigures();
  void reloadHistory();
}

/** A select acts once the person has chosen: arrow keys through a closed select fire `change` at each step. */
function settled(select: HTMLSelectElement, act: () => void | Promise<void>): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  select.addEventListener("change", () => {
    clearTimeout(timer);
    timer = setTimeout(() => void act(), 400);
  });
}

/** The connection's two fields, each marked where it is wrong, the focus taken to the first; the message says why. */
function connectionValid(): boolean {
  const url = $<HTMLInputElement>("serviceUrl");
  const token = $<HTMLInputElement>("token");
  const urlOk = (() => {
    try {
      return ["https:", "http:"].includes(new URL(url.value.trim()).protocol);
    } catch {
      return false;
    }
  })();
  const tokenOk = token.value.trim() !== "";
  for (const [field, ok] of [
    [url, urlOk],
    [token, tokenOk],
  ] as const) {
    if (ok) field.removeAttribute("aria-invalid");
    else field.setAttribute("aria-invalid", "true");
  }
  if (urlOk && tokenOk) return true;
  const m = !urlOk
    ? {
        vi: "Địa chỉ máy chủ phải có dạng https://… (Vụ Thi đua - Khen thưởng cung cấp).",
        en: "The service address must look like https://… (headquarters gives it).",
      }
    : {
        vi: "Nhập mã truy cập Vụ Thi đua - Khen thưởng cấp cho đơn vị.",
        en: "Enter the access token headquarters issued to your unit.",
      };
  say("me", m, "bad");
  (!urlOk ? url : token).focus();
  return false;
}

Office.onReady(async (info) => {
  await startRuntime();
  if (info.host === Office.HostType.Excel && document.getElementById("settings")) await initPane();
});
