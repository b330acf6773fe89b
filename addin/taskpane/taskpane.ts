/*
 * The one bundle of the shared runtime page: registers the custom functions and the ribbon commands, starts the
 * runtime (targets, retry queue), and drives the task pane. Every text a user reads: Vietnamese, then English.
 */
import { CAMPAIGNS, campaignById, type Submission } from "../../shared/index.ts";
import { registerCommands } from "../commands/commands.ts";
import { registerFunctions } from "../functions/functions.ts";
import { runtime, startRuntime, watchStatus, type Status } from "../runtime.ts";
import { whoamiMessage } from "./words.ts";
import { readSettings, writeSettings } from "../storage/device.ts";
import { clientFor, messageOf, type Message } from "../submit/submit.ts";
import { currentTargets, targetsSource } from "../targets/store.ts";
import { actualsFrom, readContractTables } from "../workbook/read.ts";
import { initAttachPane, showMapping } from "./attach-pane.ts";
import { targetsChart } from "./chart.ts";
import { showQueue as showQueueOf } from "./queue-list.ts";
import "./taskpane.css";

if (typeof CustomFunctions !== "undefined") registerFunctions();
if (typeof Office !== "undefined" && Office.actions) registerCommands();

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const both = (m: Message) => `${m.vi} / ${m.en}`;
const say = (id: string, m: Message, cls = "") => {
  const el = $(id);
  el.textContent = both(m);
  el.className = cls;
};

function fillPeriods(campaignId: string, selected: string): void {
  const select = $<HTMLSelectElement>("period");
  const campaign = campaignById(campaignId);
  select.replaceChildren(...campaign.periods.map((p) => new Option(`${p.label.vi} / ${p.label.en}`, p.id, false, p.id === selected)));
}

const showQueue = () => showQueueOf(runtime().queue, runtime().storage);

function showHistory(rows: Submission[]): void {
  const body = $<HTMLTableElement>("history").tBodies[0]!;
  body.replaceChildren(
    ...rows.map((s) => {
      const tr = document.createElement("tr");
      const claimed = s.claimed.value === null ? "—" : String(s.claimed.value);
      const cells = [s.unitName, String(s.version), `${s.computed.value}${s.computed.label ? ` (${s.computed.label})` : ""}`, claimed];
      for (const c of cells) tr.append(Object.assign(document.createElement("td"), { textContent: c }));
      if (s.mismatch) {
        tr.className = "bad";
        tr.lastElementChild!.textContent += " ⚠ lệch / mismatch";
      }
      return tr;
    }),
  );
}

let actuals = new Map<string, number>();
function showTargets(): void {
  const tables = currentTargets();
  const table = tables[tables.length - 1]!;
  const source = { "built-in": "có sẵn trong add-in / built-in", device: "đã lưu trên máy / saved on this device", service: "từ máy chủ / from the service" }[targetsSource()];
  $("targets-source").textContent = `Năm ${table.year}, ${table.document} — ${source}. Số liệu của đơn vị: bảng BHXH_CHI_TIEU / the office's figures: table BHXH_CHI_TIEU.`;
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
  try {
    showHistory(await client.submissions(s.campaign, s.period));
    say("history-status", { vi: `Kỳ ${s.period} của đợt ${s.campaign}.`, en: `Period ${s.period} of ${s.campaign}.` });
  } catch (e) {
    say("history-status", messageOf(e), "bad");
  }
}

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
  if (s.phase === "uploading") say("status", { vi: `Đang gửi… ${Math.round(s.progress * 100)}%`, en: `Uploading… ${Math.round(s.progress * 100)} %` });
}

async function initPane(): Promise<void> {
  const rt = runtime();
  const s = await readSettings(rt.storage);
  $<HTMLInputElement>("serviceUrl").value = s.serviceUrl;
  $<HTMLInputElement>("token").value = s.token;

  const campaignSelect = $<HTMLSelectElement>("campaign");
  const campaignId = s.campaign || CAMPAIGNS[0]!.id;
  campaignSelect.replaceChildren(...CAMPAIGNS.map((c) => new Option(`${c.document.number} — ${c.document.title.vi}`, c.id, false, c.id === campaignId)));
  fillPeriods(campaignId, s.period);
  campaignSelect.addEventListener("change", async () => {
    fillPeriods(campaignSelect.value, "");
    await writeSettings(rt.storage, { campaign: campaignSelect.value, period: $<HTMLSelectElement>("period").value });
    void reloadHistory();
    void showMapping(campaignSelect.value, rt.storage);
  });
  $<HTMLSelectElement>("period").addEventListener("change", async () => {
    await writeSettings(rt.storage, { campaign: campaignSelect.value, period: $<HTMLSelectElement>("period").value });
    void reloadHistory();
  });
  await writeSettings(rt.storage, { campaign: campaignSelect.value, period: $<HTMLSelectElement>("period").value });
  // Once the selectors are set (a sent status moves them to what was sent): the current status at once, then
  // every change; a ribbon submit that ended while the pane was starting is shown, not missed.
  watchStatus(rt, onStatus);

  $<HTMLFormElement>("settings").addEventListener("submit", async (e) => {
    e.preventDefault();
    await writeSettings(rt.storage, { serviceUrl: $<HTMLInputElement>("serviceUrl").value, token: $<HTMLInputElement>("token").value });
    say("me", { vi: "Đã lưu trên máy này.", en: "Saved on this device." }, "ok");
    void showQueue(); // what waits for another token is said so
  });
  $("whoami").addEventListener("click", async () => {
    const client = await clientFor(rt);
    if (!client) return say("me", { vi: "Chưa nhập địa chỉ máy chủ và mã đơn vị.", en: "No service address or token yet." }, "bad");
    try {
      const me = await client.me();
      say("me", whoamiMessage(me), "ok");
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
  $("refresh-targets").addEventListener("click", async () => {
    say("targets-status", await rt.refreshTargets());
    showTargets();
  });
  $("read-figures").addEventListener("click", () => void readFigures());

  showTargets();
  await showQueue();
  void readFigures();
  void reloadHistory();
}

Office.onReady(async (info) => {
  await startRuntime();
  if (info.host === Office.HostType.Excel && document.getElementById("settings")) await initPane();
});
