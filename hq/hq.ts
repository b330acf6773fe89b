import { CAMPAIGNS, type Campaign } from "../shared/campaigns/index.ts";
import { ROLE_NAMES } from "../shared/units/index.ts";
import type { LeaderboardAnswer, Submission } from "../shared/schemas/api.ts";
import { ApiError, api, tokenStore } from "./api.ts";
import { scoreChartSvg } from "./chart.ts";
import { csvFileName, leaderboardCsv } from "./csv.ts";
import { esc } from "../pages/format.ts";
import { mountUpload } from "../pages/upload.ts";
import { targetsBody, type TargetEntry } from "./targets.ts";
import { unitOptionsHtml } from "./units.ts";
import { leaderboardRowsHtml, submissionDetailsHtml, submissionsRowsHtml, summaryHtml, targetsEditorHtml, targetsHistoryHtml } from "./views.ts";

const $ = <T extends HTMLElement = HTMLElement>(id: string): T => document.getElementById(id) as T;

const state: { campaign: Campaign; period: string; board: LeaderboardAnswer | null; subs: Submission[]; year: number } = {
  campaign: CAMPAIGNS[0]!,
  period: CAMPAIGNS[0]!.periods.at(-1)!.id,
  board: null,
  subs: [],
  year: 2025,
};

function message(el: HTMLElement, kind: "error" | "ok" | "info", vi: string, en = ""): void {
  el.className = `msg ${kind}`;
  el.innerHTML = `${esc(vi)}${en ? ` <small>${esc(en)}</small>` : ""}`;
  el.hidden = false;
}
const showError = (el: HTMLElement, e: unknown): void =>
  e instanceof ApiError ? message(el, "error", e.messageVi, e.messageEn) : message(el, "error", "Lỗi không mong đợi.", String(e));

/* ---------- sign in ---------- */

async function signIn(): Promise<void> {
  const box = $("signin-msg");
  if (!tokenStore.get()) return showSignIn();
  try {
    const me = await api.me();
    if (me.role !== "hq") {
      tokenStore.clear();
      showSignIn();
      return message(box, "error",
        `Mã truy cập này thuộc ${me.unitName} (${ROLE_NAMES[me.role].vi}), không phải của Vụ Thi đua - Khen thưởng. Trang này chỉ dành cho BHXH Việt Nam.`,
        `This token belongs to ${me.unitName} (${ROLE_NAMES[me.role].en}); this page is for headquarters only.`);
    }
    $("who").textContent = me.unitName;
    $("signin").hidden = true;
    $("app").hidden = false;
    await loadPeriod();
  } catch (e) {
    showSignIn();
    if (e instanceof ApiError && e.status === 401) tokenStore.clear();
    showError(box, e);
  }
}

function showSignIn(): void {
  $("signin").hidden = false;
  $("app").hidden = true;
}

/* ---------- campaign and period ---------- */

function fillSelectors(): void {
  $<HTMLSelectElement>("campaign").innerHTML = CAMPAIGNS.map((c) =>
    `<option value="${esc(c.id)}"${c.id === state.campaign.id ? " selected" : ""}>${esc(c.document.number)} — ${esc(c.document.title.vi)}</option>`).join("");
  $<HTMLSelectElement>("period").innerHTML = state.campaign.periods.map((p) =>
    `<option value="${esc(p.id)}"${p.id === state.period ? " selected" : ""}>${esc(p.label.vi)}</option>`).join("");
}

async function loadPeriod(): Promise<void> {
  const msg = $("board-msg");
  msg.hidden = true;
  const { campaign, period } = state;
  $("doc").textContent = `${campaign.document.number} (${campaign.period.from.split("-").reverse().join("/")} – ${campaign.period.to.split("-").reverse().join("/")})`;
  try {
    const [board, subs] = await Promise.all([api.leaderboard(campaign.id, period), api.submissions({ campaign: campaign.id, period })]);
    if (state.campaign !== campaign || state.period !== period) return; // a newer choice is loading
    state.board = board;
    // The service lists oldest first (by unit, then version); the page promises the newest first.
    state.subs = [...subs].sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.version - a.version);
    const set = campaign.prizeSets.find((p) => p.id === board.prizeSet);
    $("summary").innerHTML = summaryHtml(board, set?.label.vi ?? board.prizeSet);
    $("chart").innerHTML = scoreChartSvg(board, campaign.measure);
    $("measure-head").textContent = campaign.measure === "points" ? "Điểm" : campaign.measure === "progress" ? "Tiến độ" : "Kết quả";
    $("board-body").innerHTML = leaderboardRowsHtml(board, campaign.measure);
    $("subs-body").innerHTML = submissionsRowsHtml(state.subs, campaign.measure);
    $("subs-count").textContent = String(subs.length);
  } catch (e) {
    state.board = null;
    $("board-body").innerHTML = "";
    $("chart").innerHTML = "";
    $("summary").innerHTML = "";
    showError(msg, e);
  }
}

function exportCsv(): void {
  if (!state.board) return;
  save(new Blob([leaderboardCsv(state.board, state.campaign.measure)], { type: "text/csv;charset=utf-8" }), csvFileName(state.board));
}

function save(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The inputs of one submission with the cells they were read from, under its row; a second click folds it. */
function toggleDetails(button: HTMLButtonElement): void {
  const id = button.dataset.details!;
  const row = button.closest("tr")!;
  const open = row.nextElementSibling;
  if (open?.matches(`tr.details[data-details-of="${CSS.escape(id)}"]`)) {
    open.remove();
    button.setAttribute("aria-expanded", "false");
    return;
  }
  const s = state.subs.find((x) => x.id === id);
  if (!s) return;
  row.insertAdjacentHTML("afterend", submissionDetailsHtml(s));
  button.setAttribute("aria-expanded", "true");
}

async function download(id: string, name: string): Promise<void> {
  try {
    save(await api.workbook(id), name);
  } catch (e) {
    showError($("subs-msg"), e);
  }
}

/* ---------- national targets ---------- */

async function loadTargets(): Promise<void> {
  const msg = $("targets-msg");
  msg.hidden = true;
  const year = state.year;
  try {
    const t = await api.targets(year);
    $("targets-form-body").innerHTML = targetsEditorHtml(t, year);
    $("targets-history").innerHTML = targetsHistoryHtml(t);
  } catch (e) {
    $("targets-form-body").innerHTML = targetsEditorHtml(null, year);
    $("targets-history").innerHTML = targetsHistoryHtml(null);
    if (e instanceof ApiError && e.status === 404) message(msg, "info", `Chưa có chỉ tiêu năm ${year}: nhập để giao mới.`, `No targets for ${year} yet: enter them to set.`);
    else showError(msg, e);
  }
}

async function saveTargets(ev: SubmitEvent): Promise<void> {
  ev.preventDefault();
  const form = ev.currentTarget as HTMLFormElement;
  // Beside the save button, where the eyes are after a click (the load messages stay at the top).
  const msg = $("targets-save-msg");
  msg.hidden = true;
  const entries: TargetEntry[] = [...form.querySelectorAll<HTMLTableRowElement>("tr[data-indicator]")].map((tr) => ({
    indicator: tr.dataset.indicator!,
    comparison: tr.querySelector<HTMLSelectElement>("select[name=comparison]")!.value,
    text: tr.querySelector<HTMLInputElement>("input[name=value]")!.value,
  }));
  const doc = form.querySelector<HTMLInputElement>("input[name=document]")!.value;
  const checked = targetsBody(doc, entries);
  if (!checked.ok) return message(msg, "error", checked.vi, checked.en);
  const button = form.querySelector<HTMLButtonElement>("button[type=submit]")!;
  button.disabled = true;
  try {
    await api.putTargets(state.year, checked.body);
    await loadTargets();
    message(msg, "ok", `Đã lưu chỉ tiêu năm ${state.year}. Add-in của các tỉnh sẽ nhận chỉ tiêu mới.`, `Saved; the add-ins will pick up the new targets.`);
  } catch (e) {
    showError(msg, e);
  } finally {
    button.disabled = false;
  }
}

/* ---------- wiring ---------- */

function showTab(name: string): void {
  for (const el of document.querySelectorAll<HTMLElement>("[data-tab]")) el.setAttribute("aria-selected", String(el.dataset.tab === name));
  for (const el of document.querySelectorAll<HTMLElement>("[data-panel]")) el.hidden = el.dataset.panel !== name;
  if (name === "targets") void loadTargets();
}

function start(): void {
  fillSelectors();
  $("signin-form").addEventListener("submit", (ev) => {
    ev.preventDefault();
    const token = $<HTMLInputElement>("token").value.trim();
    if (!token) return message($("signin-msg"), "error", "Nhập mã truy cập.", "Enter the token.");
    tokenStore.set(token);
    void signIn();
  });
  $("signout").addEventListener("click", () => {
    tokenStore.clear();
    $<HTMLInputElement>("token").value = "";
    $("signin-msg").hidden = true;
    showSignIn();
  });
  $("campaign").addEventListener("change", (ev) => {
    state.campaign = CAMPAIGNS.find((c) => c.id === (ev.target as HTMLSelectElement).value)!;
    state.period = state.campaign.periods.at(-1)!.id;
    fillSelectors();
    void loadPeriod();
  });
  $("period").addEventListener("change", (ev) => {
    state.period = (ev.target as HTMLSelectElement).value;
    void loadPeriod();
  });
  $("reload").addEventListener("click", () => void loadPeriod());
  $("csv").addEventListener("click", exportCsv);
  $("subs-body").addEventListener("click", (ev) => {
    const b = (ev.target as HTMLElement).closest<HTMLButtonElement>("button[data-download]");
    if (b) void download(b.dataset.download!, b.dataset.file!);
    const details = (ev.target as HTMLElement).closest<HTMLButtonElement>("button[data-details]");
    if (details) toggleDetails(details);
  });
  for (const t of document.querySelectorAll<HTMLElement>("[data-tab]")) t.addEventListener("click", () => showTab(t.dataset.tab!));
  $("year").addEventListener("change", (ev) => {
    const y = Number((ev.target as HTMLInputElement).value);
    if (Number.isInteger(y) && y >= 2000 && y <= 2100) {
      state.year = y;
      void loadTargets();
    }
  });
  $("targets-form").addEventListener("submit", (ev) => void saveTargets(ev as SubmitEvent));
  // A workbook a unit sent by other means: uploaded for that unit, then the board shows it.
  $("upload-unit").innerHTML = unitOptionsHtml();
  mountUpload($("hq-upload"), {
    api,
    unitOf: () => $<HTMLSelectElement>("upload-unit").value || null,
    onSent: () => void loadPeriod(),
  });
  void signIn();
}

start();
