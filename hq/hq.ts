import type { Campaign } from "../shared/campaigns/schema.ts";
import { inputsFor } from "../shared/scoring/inputs.ts";
import { knowCampaigns, knownCampaigns } from "../pages/campaigns.ts";
import { mountCampaignsTab } from "./campaigns-tab.ts";
import { mountTokensTab } from "./tokens-tab.ts";
import { mountCouncilTab } from "./council-tab.ts";
import { mountReviewTab } from "./review-tab.ts";
import { deadlineLine } from "../pages/review-words.ts";
import { ROLE_NAMES } from "../shared/units/index.ts";
import type { LeaderboardAnswer, SubmissionListItem } from "../shared/schemas/api.ts";
import { ApiError, api, tokenStore } from "./api.ts";
import { boardScale, chartHtml, chartName, chartSummary } from "./chart.ts";
import { csvFileName, leaderboardCsv } from "./csv.ts";
import { esc, formatDateTime, formatNumber } from "../pages/format.ts";
import { mountGlossSwitch } from "../pages/gloss.ts";
import { mountUpload } from "../pages/upload.ts";
import { SHOWS, filterBoard, filterSubmissions, isShow, type Show } from "./filter.ts";
import { mountTabs } from "./tabs.ts";
import { mountTemplateDownload } from "../pages/template-download.ts";
import { readTargetsForm, showFieldErrors } from "./targets-form.ts";
import { targetsBody } from "./targets.ts";
import { unitOptionsHtml } from "./units.ts";
import { mountDossier } from "../pages/dossier.ts";
import { saveBlob as save } from "../pages/save-file.ts";
import {
  leaderboardRowsHtml,
  submissionDetailsHtml,
  submissionsRowsHtml,
  summaryHtml,
  targetsEditorHtml,
  targetsHistoryHtml,
} from "./views.ts";
import { measureHead, outcomeHead } from "./words.ts";

const $ = <T extends HTMLElement = HTMLElement>(id: string): T => document.getElementById(id) as T;

/** What is on screen: the board and submissions of one campaign and period, and when they were read. */
const state: {
  campaign: Campaign | null;
  period: string;
  board: LeaderboardAnswer | null;
  subs: SubmissionListItem[];
  loadedAt: Date | null;
  query: string;
  show: Show;
  year: number;
  tab: string;
} = {
  // Both come from the service's list (GET /campaigns), read at sign-in: the page knows no campaign of its own.
  campaign: null,
  period: "",
  board: null,
  subs: [],
  loadedAt: null,
  query: "",
  show: "all",
  year: 2025,
  tab: "board",
};

function message(el: HTMLElement, kind: "error" | "ok" | "info", vi: string, en = ""): void {
  el.className = `msg ${kind}`;
  el.innerHTML = `${esc(vi)}${en ? ` <small lang="en">${esc(en)}</small>` : ""}`;
  el.hidden = false;
}

/** An ApiError says what happened in both languages; anything else is a fault of this page, said as such. */
const showError = (el: HTMLElement, e: unknown): void =>
  e instanceof ApiError
    ? message(el, "error", e.messageVi, e.messageEn)
    : message(
        el,
        "error",
        "Trang gặp lỗi khi hiển thị. Tải lại trang (F5); nếu vẫn lỗi, báo bộ phận kỹ thuật.",
        "The page failed to show this. Reload it; if it persists, tell the technical team.",
      );

/** A failure of the network or of the service, not of the person: the last data stays, with a way to try again. */
const unreachable = (e: unknown): boolean => e instanceof ApiError && (e.status === 0 || e.status >= 500);

const clock = (d: Date): string => formatDateTime(d.toISOString()).split(" ")[1]!;

/* ---------- sign in ---------- */

async function signIn(focusAfter: boolean): Promise<void> {
  const box = $("signin-msg");
  if (!tokenStore.get()) return showSignIn();
  try {
    const me = await api.me();
    if (me.role !== "hq") {
      tokenStore.clear();
      showSignIn();
      return message(
        box,
        "error",
        `Mã truy cập này thuộc ${me.unitName} (${ROLE_NAMES[me.role].vi}), không phải của Vụ Thi đua - Khen thưởng. Trang này chỉ dành cho BHXH Việt Nam.`,
        `This token belongs to ${me.unitName} (${ROLE_NAMES[me.role].en}); this page is for headquarters only.`,
      );
    }
    $("who").textContent = me.unitName;
    $("conn").hidden = true;
    showApp();
    if (focusAfter) $("app-title").focus();
    await loadCampaigns();
    await loadPeriod();
  } catch (e) {
    if (unreachable(e)) {
      // The token may well be good: the service could not say. Keep it, and keep the person on the page.
      showApp();
      connectionLost($("conn"), e, () => void signIn(false));
      return;
    }
    if (e instanceof ApiError && e.status === 401) tokenStore.clear();
    showSignIn();
    showError(box, e);
    $<HTMLInputElement>("token").setAttribute("aria-invalid", "true");
    $("token").focus();
  }
}

function showSignIn(): void {
  $("signin").hidden = false;
  $("app").hidden = true;
  $("signout").hidden = true;
}

function showApp(): void {
  $("signin").hidden = true;
  $("app").hidden = false;
  $("signout").hidden = false;
}

/** The service could not be reached: say so, with the time of what is still shown, and a "Thử lại". */
function connectionLost(el: HTMLElement, e: unknown, retry: () => void): void {
  const what = e instanceof ApiError ? e.messageVi : "Không kết nối được hệ thống.";
  const since = state.loadedAt ? ` Đang hiện số liệu lúc ${clock(state.loadedAt)}, chưa cập nhật được.` : "";
  el.className = "msg error";
  el.innerHTML = `<span>${esc(what)}${esc(since)}</span> <button type="button" class="ghost retry">Thử lại</button>`;
  el.hidden = false;
  el.querySelector("button")!.addEventListener("click", retry, { once: true });
}

/* ---------- campaign and period ---------- */

/** The campaigns units send for: published ones and closed ones (their boards stay); drafts live in their own tab. */
const rankedCampaigns = (): Campaign[] =>
  knownCampaigns()
    .filter((k) => k.record.status !== "draft")
    .map((k) => k.campaign);

/** The service's list into the select; the campaign on screen stays chosen if it is still there. */
async function loadCampaigns(): Promise<void> {
  const { unreadable } = knowCampaigns((await api.listCampaigns())?.campaigns ?? []);
  const list = rankedCampaigns();
  const chosen = list.find((c) => c.id === state.campaign?.id) ?? list[0] ?? null;
  if (chosen?.id !== state.campaign?.id || !chosen?.periods.some((p) => p.id === state.period))
    state.period = chosen?.periods.at(-1)?.id ?? "";
  state.campaign = chosen;
  // The letter names the address offices enter in the pane: the service that serves this page.
  tokensTab = mountTokensTab($("panel-tokens"), { api, serviceUrl: location.origin });
  fillCampaigns();
  fillPeriods();
  showTemplateDownload();
  if (unreadable.length) {
    message(
      $("conn"),
      "error",
      `Trang này chưa đọc được đợt ${unreadable.join(", ")}: tải lại trang (F5).`,
      `This page cannot read ${unreadable.join(", ")} yet: reload it.`,
    );
  }
}

function fillCampaigns(): void {
  $<HTMLSelectElement>("campaign").innerHTML = rankedCampaigns()
    .map(
      (c) =>
        `<option value="${esc(c.id)}"${c.id === state.campaign?.id ? " selected" : ""}>${esc(c.document.number)} — ${esc(c.document.title.vi)}</option>`,
    )
    .join("");
}

function fillPeriods(): void {
  $<HTMLSelectElement>("period").innerHTML = (state.campaign?.periods ?? [])
    .map((p) => `<option value="${esc(p.id)}"${p.id === state.period ? " selected" : ""}>${esc(p.label.vi)}</option>`)
    .join("");
}

let loading = 0;
let campaignsTab: ReturnType<typeof mountCampaignsTab>;
let tokensTab: ReturnType<typeof mountTokensTab>;
let councilTab: ReturnType<typeof mountCouncilTab>;
let reviewTab: ReturnType<typeof mountReviewTab>;
/** A unit's template, for headquarters to send with the công văn: any published campaign, period and unit. */
const templateDownload = mountTemplateDownload($("template-download"), { api });
/** Opened, it follows the campaign and period the page's selects show. */
const showTemplateDownload = () =>
  templateDownload.show(knownCampaigns(), {
    campaign: $<HTMLSelectElement>("campaign").value,
    period: $<HTMLSelectElement>("period").value,
  });

async function loadPeriod(): Promise<void> {
  const msg = $("board-msg");
  const { campaign, period } = state;
  if (!campaign)
    return message(
      msg,
      "info",
      "Chưa có đợt thi đua nào được công bố: tạo ở thẻ “Đợt thi đua”.",
      "No campaign is published yet: create one in the Campaigns tab.",
    );
  const ticket = ++loading;
  const same = state.board?.campaign === campaign.id && state.board?.period === period;
  const d = (iso: string) => iso.split("-").reverse().join("/");
  const due = deadlineLine(campaign, period);
  $("doc").textContent =
    `Văn bản ${campaign.document.number}, ${d(campaign.period.from)} – ${d(campaign.period.to)}${due ? ` · ${due.vi}` : ""}`;
  if (!same) {
    // Another campaign or period: what was shown is not this one's, and must not pass for it.
    state.board = null;
    state.subs = [];
    state.loadedAt = null;
    render();
  }
  $("panel-board").setAttribute("aria-busy", "true");
  message(msg, "info", "Đang tải…");
  try {
    const [board, subs] = await Promise.all([
      api.leaderboard(campaign.id, period),
      api.submissions({ campaign: campaign.id, period }),
    ]);
    if (ticket !== loading) return; // a newer choice is loading
    state.board = board;
    // The service lists oldest first (by unit, then version); the page promises the newest first.
    state.subs = [...subs].sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.version - a.version);
    state.loadedAt = new Date();
    msg.hidden = true;
    render();
    if (state.tab === "council") void councilTab.show();
    if (state.tab === "review") void reviewTab.show();
  } catch (e) {
    if (ticket !== loading) return;
    if (unreachable(e)) connectionLost(msg, e, () => void loadPeriod());
    else showError(msg, e);
    render();
  } finally {
    if (ticket === loading) $("panel-board").removeAttribute("aria-busy");
  }
}

/** Everything drawn from the state: the figures, the chart, the two tables through the search and filter. */
function render(): void {
  const { board, campaign } = state;
  if (!campaign) return;
  const measure = campaign.measure;
  $("measure-head").textContent = measureHead(measure);
  $("subs-measure-head").textContent = measureHead(measure);
  $("outcome-head").textContent = outcomeHead(measure);
  $("subs-count").textContent = board ? `(${formatNumber(state.subs.length)})` : "";
  const box = $("chart-box");
  if (!board) {
    $("summary").innerHTML = "";
    box.hidden = true;
    $("csv").hidden = true;
    $("xlsx").hidden = true;
    $("subs-xlsx").hidden = true;
    $("board-body").innerHTML = "";
    $("subs-body").innerHTML = "";
    $("shown").textContent = "";
    return;
  }
  const set = campaign.prizeSets.find((p) => p.id === board.prizeSet);
  $("summary").innerHTML = summaryHtml(board, set?.label.vi ?? "");
  box.hidden = board.rows.length === 0;
  $("chart-name").textContent = chartName(board, measure, campaign.document.number);
  $("chart-summary").textContent = chartSummary(board, measure);
  $("chart").innerHTML = chartHtml(board, measure, boardScale(campaign, board.prizeSet));
  renderTables();
}

function renderTables(): void {
  const { board, campaign } = state;
  if (!board || !campaign) return;
  const filtering = state.query.trim() !== "" || state.show !== "all";
  const rows = filterBoard(board.rows, state.query, state.show);
  const subs = filterSubmissions(state.subs, board.rows, state.query, state.show);
  const none = "Không có đơn vị nào khớp với điều kiện tìm.";
  $("board-body").innerHTML = leaderboardRowsHtml(
    rows,
    campaign.measure,
    filtering ? none : undefined,
    boardScale(campaign, board.prizeSet).tiers,
  );
  $("subs-body").innerHTML = submissionsRowsHtml(
    subs,
    campaign.measure,
    filtering ? "Không có hồ sơ nào khớp với điều kiện tìm." : undefined,
  );
  const csv = $("csv");
  csv.hidden = board.rows.length === 0;
  csv.textContent = `Xuất CSV (${formatNumber(board.rows.length)} đơn vị)`;
  $("xlsx").hidden = board.rows.length === 0;
  $("subs-xlsx").hidden = state.subs.length === 0;
  $("shown").textContent =
    board.rows.length === 0
      ? ""
      : state.tab === "subs"
        ? `Hiện ${formatNumber(subs.length)}/${formatNumber(state.subs.length)} hồ sơ`
        : `Hiện ${formatNumber(rows.length)}/${formatNumber(board.rows.length)} đơn vị`;
}

function exportCsv(): void {
  const { board, campaign } = state;
  if (!board || !campaign || board.rows.length === 0) return;
  const figures = { inputs: inputsFor(campaign), submissions: state.subs };
  save(
    new Blob([leaderboardCsv(board, campaign.measure, figures)], { type: "text/csv;charset=utf-8" }),
    csvFileName(board),
  );
}

/** The service writes the workbook (typed numbers, formats, filter): the page only saves what it answers. */
async function exportXlsx(what: "leaderboard" | "submissions", msg: HTMLElement): Promise<void> {
  const { board, campaign } = state;
  if (!board || !campaign) return;
  try {
    const blob = await (what === "leaderboard" ? api.leaderboardXlsx : api.submissionsXlsx)(campaign.id, board.period);
    save(blob, `${what === "leaderboard" ? "bang-xep-hang" : "ho-so-da-gui"}_${campaign.id}_${board.period}.xlsx`);
  } catch (e) {
    if (e instanceof ApiError) message(msg, "error", e.messageVi, e.messageEn);
    else throw e;
  }
}

/**
 * The inputs of one submission with the cells they were read from, under its row; a second click folds it. The list
 * is lean (no `sources`, issue 18): the whole record is read by its id when the details open.
 */
async function toggleDetails(button: HTMLButtonElement): Promise<void> {
  const id = button.dataset.details!;
  const row = button.closest("tr")!;
  const open = row.nextElementSibling;
  if (open?.matches(`tr.details[data-details-of="${CSS.escape(id)}"]`)) {
    open.remove();
    button.setAttribute("aria-expanded", "false");
    return;
  }
  if (!state.subs.some((x) => x.id === id) || button.getAttribute("aria-busy") === "true") return;
  button.setAttribute("aria-busy", "true");
  let s;
  try {
    s = await api.submission(id);
  } catch (e) {
    return showError($("subs-msg"), e);
  } finally {
    button.removeAttribute("aria-busy");
  }
  // Drawn again meanwhile (a reload) or opened by another click: nothing to add under a row no longer there.
  if (!row.isConnected || row.nextElementSibling?.matches("tr.details[data-details-of]")) return;
  row.insertAdjacentHTML("afterend", submissionDetailsHtml(s));
  // The dossier's files are read when the details open: listed and downloaded, attached by the unit (or here).
  const box = row.nextElementSibling!.querySelector<HTMLElement>("[data-dossier-of]")!;
  mountDossier(box, { api, submissionId: id, canAttach: true });
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
    if (e instanceof ApiError && e.status === 404)
      message(
        msg,
        "info",
        `Chưa có chỉ tiêu năm ${year}: nhập để giao mới.`,
        `No targets for ${year} yet: enter them to set.`,
      );
    else if (unreachable(e)) connectionLost(msg, e, () => void loadTargets());
    else showError(msg, e);
  }
}

let saving = false;

async function saveTargets(ev: SubmitEvent): Promise<void> {
  ev.preventDefault();
  if (saving) return;
  const form = ev.currentTarget as HTMLFormElement;
  // Beside the save button, where the eyes are after a click (the load messages stay at the top).
  const msg = $("targets-save-msg");
  msg.hidden = true;
  const { document: doc, entries } = readTargetsForm(form);
  const checked = targetsBody(doc, entries);
  showFieldErrors(form, checked.ok ? [] : checked.fields);
  if (!checked.ok) return message(msg, "error", checked.vi, checked.en);
  // Not disabled: a disabled button drops the focus to the page; a second click while saving is ignored instead.
  saving = true;
  const button = $("targets-save");
  button.setAttribute("aria-disabled", "true");
  try {
    await api.putTargets(state.year, checked.body);
    await loadTargets();
    message(
      msg,
      "ok",
      `Đã lưu chỉ tiêu năm ${state.year}. Add-in của các tỉnh sẽ nhận chỉ tiêu mới.`,
      "Saved; the add-ins will pick up the new targets.",
    );
  } catch (e) {
    showError(msg, e);
    if (e instanceof ApiError && e.field) {
      // The service names a row by its place in the body ("rows.3.value"): the field is that row's indicator.
      const row = /^rows\.(\d+)/.exec(e.field);
      const field = row
        ? checked.body.rows[Number(row[1])]?.indicator
        : e.field === "document"
          ? "document"
          : undefined;
      if (field) showFieldErrors(form, [{ field, vi: e.messageVi }]);
    }
  } finally {
    saving = false;
    button.removeAttribute("aria-disabled");
  }
}

/* ---------- wiring ---------- */

/** A select acts once the person has chosen: arrow keys through the options fire `change` at each step. */
function settled(select: HTMLSelectElement, act: () => void): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  select.addEventListener("change", () => {
    clearTimeout(timer);
    timer = setTimeout(act, 400);
  });
}

function start(): void {
  mountGlossSwitch();
  $("template-box").addEventListener("toggle", () => {
    if ((document.getElementById("template-box") as HTMLDetailsElement).open) showTemplateDownload();
  });
  // A campaign published or closed there is in the select here at once: the list is read again after each save.
  campaignsTab = mountCampaignsTab($("panel-campaigns"), { api, onSaved: () => void loadCampaigns().then(loadPeriod) });
  councilTab = mountCouncilTab($("panel-council"), {
    api,
    current: () => ({ campaign: state.campaign, period: state.period }),
    save,
  });
  // HQ's judgements and reviews change the board: it is read again after each.
  reviewTab = mountReviewTab($("panel-review"), { api, current: () => state, onChanged: loadPeriod });
  fillCampaigns();
  fillPeriods();
  $<HTMLSelectElement>("show").innerHTML = SHOWS.map((s) => `<option value="${s.value}">${esc(s.vi)}</option>`).join(
    "",
  );
  const showTab = mountTabs(document.querySelector<HTMLElement>("[role=tablist]")!, (name) => {
    state.tab = name;
    $("finder").hidden = name !== "board" && name !== "subs";
    renderTables();
    if (name === "targets") void loadTargets();
    if (name === "campaigns") campaignsTab.show();
    if (name === "tokens") tokensTab.show();
    if (name === "council") void councilTab.show();
    if (name === "review") void reviewTab.show();
  });
  showTab("board");
  $("signin-form").addEventListener("submit", (ev) => {
    ev.preventDefault();
    const input = $<HTMLInputElement>("token");
    const token = input.value.trim();
    if (!token) {
      input.setAttribute("aria-invalid", "true");
      input.focus();
      return message($("signin-msg"), "error", "Nhập mã truy cập.", "Enter the token.");
    }
    input.removeAttribute("aria-invalid");
    tokenStore.set(token);
    void signIn(true);
  });
  $("signout").addEventListener("click", () => {
    tokenStore.clear();
    $<HTMLInputElement>("token").value = "";
    $("signin-msg").hidden = true;
    $("who").textContent = "";
    showSignIn();
    $("signin-title").focus();
  });
  settled($<HTMLSelectElement>("campaign"), () => {
    const chosen = rankedCampaigns().find((c) => c.id === $<HTMLSelectElement>("campaign").value);
    if (!chosen || chosen === state.campaign) return;
    state.campaign = chosen;
    state.period = chosen.periods.at(-1)!.id;
    fillPeriods();
    void loadPeriod();
  });
  settled($<HTMLSelectElement>("period"), () => {
    const chosen = $<HTMLSelectElement>("period").value;
    if (chosen === state.period) return;
    state.period = chosen;
    void loadPeriod();
  });
  $("reload").addEventListener("click", () => void loadPeriod());
  $("search").addEventListener("input", (ev) => {
    state.query = (ev.target as HTMLInputElement).value;
    renderTables();
  });
  $("show").addEventListener("change", (ev) => {
    const v = (ev.target as HTMLSelectElement).value;
    state.show = isShow(v) ? v : "all";
    renderTables();
  });
  $("csv").addEventListener("click", exportCsv);
  $("xlsx").addEventListener("click", () => void exportXlsx("leaderboard", $("board-msg")));
  $("subs-xlsx").addEventListener("click", () => void exportXlsx("submissions", $("subs-msg")));
  $("subs-body").addEventListener("click", (ev) => {
    const b = (ev.target as HTMLElement).closest<HTMLButtonElement>("button[data-download]");
    if (b) void download(b.dataset.download!, b.dataset.file!);
    const details = (ev.target as HTMLElement).closest<HTMLButtonElement>("button[data-details]");
    if (details) void toggleDetails(details);
  });
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
  $("upload-unit").addEventListener("change", () => $("upload-unit").removeAttribute("aria-invalid"));
  mountUpload($("hq-upload"), {
    api,
    unitOf: () => $<HTMLSelectElement>("upload-unit").value || null,
    onSent: () => void loadPeriod(),
    onUnitMissing: () => {
      $("upload-unit").setAttribute("aria-invalid", "true");
      $("upload-unit").focus();
    },
  });
  void signIn(false);
}

start();
