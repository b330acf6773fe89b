import type { Campaign } from "../shared/campaigns/schema.ts";
import { knowCampaigns, knownCampaigns } from "../pages/campaigns.ts";
import { mountCampaignsTab } from "./campaigns-tab.ts";
import { mountTokensTab } from "./tokens-tab.ts";
import { mountCouncilTab } from "./council-tab.ts";
import { mountReviewTab } from "./review-tab.ts";
import { deadlineLine } from "../pages/review-words.ts";
import { ROLE_NAMES } from "../shared/units/index.ts";
import { api, tokenStore } from "./api.ts";
import { exportCsv, exportXlsx } from "./exports.ts";
import { escapeMarkup } from "../shared/markup.ts";
import type { MeAnswer } from "../shared/schemas/api.ts";
import { mountGlossSwitch } from "../pages/gloss.ts";
import { mountUpload } from "../pages/upload.ts";
import { SHOWS, isShow } from "./filter.ts";
import { mountTabs } from "./tabs.ts";
import { mountSignIn, type NotHere } from "../pages/sign-in.ts";
import { mountTemplateDownload } from "../pages/template-download.ts";
import { mountTargetsTab } from "./targets-tab.ts";
import { mountSubmissionActions } from "./submission-details.ts";
import { connectionLost, say, sayError, unreachable } from "../pages/say.ts";
import { unitOptionsHtml } from "./units.ts";
import { saveBlob as save } from "../pages/save-file.ts";
import { renderBoard, renderTables, type Screen } from "./board-view.ts";

const $ = <T extends HTMLElement = HTMLElement>(id: string): T => document.getElementById(id) as T;

/** What is on screen: the board and submissions of one campaign and period, and when they were read. */
const state: Screen = {
  // Both come from the service's list (GET /campaigns), read at sign-in: the page knows no campaign of its own.
  campaign: null,
  period: "",
  board: null,
  subs: [],
  loadedAt: null,
  query: "",
  show: "all",
  tab: "board",
};

/* ---------- sign in ---------- */

/** Only headquarters' token opens /hq; a unit's is named and sent back to the form. */
const notHq = (me: MeAnswer): NotHere | null =>
  me.role === "hq"
    ? null
    : {
        kind: "error",
        viHtml: escapeMarkup(
          `Mã truy cập này thuộc ${me.unitName} (${ROLE_NAMES[me.role].vi}), không phải của Vụ Thi đua - Khen thưởng. ` +
            "Trang này chỉ dành cho BHXH Việt Nam.",
        ),
        en: `This token belongs to ${me.unitName} (${ROLE_NAMES[me.role].en}); this page is for headquarters only.`,
        markToken: false,
      };

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
    say(
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
        `<option value="${escapeMarkup(c.id)}"${c.id === state.campaign?.id ? " selected" : ""}>` +
        `${escapeMarkup(c.document.number)} — ${escapeMarkup(c.document.title.vi)}</option>`,
    )
    .join("");
}

function fillPeriods(): void {
  $<HTMLSelectElement>("period").innerHTML = (state.campaign?.periods ?? [])
    .map(
      (p) =>
        `<option value="${escapeMarkup(p.id)}"${p.id === state.period ? " selected" : ""}>${escapeMarkup(p.label.vi)}</option>`,
    )
    .join("");
}

let loading = 0;
let campaignsTab: ReturnType<typeof mountCampaignsTab>;
let tokensTab: ReturnType<typeof mountTokensTab>;
let councilTab: ReturnType<typeof mountCouncilTab>;
let reviewTab: ReturnType<typeof mountReviewTab>;
let targetsTab: ReturnType<typeof mountTargetsTab>;
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
    return say(
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
    renderBoard(state);
  }
  $("panel-board").setAttribute("aria-busy", "true");
  say(msg, "info", "Đang tải…");
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
    renderBoard(state);
    if (state.tab === "council") void councilTab.show();
    if (state.tab === "review") void reviewTab.show();
  } catch (e) {
    if (ticket !== loading) return;
    if (unreachable(e)) connectionLost(msg, e, () => void loadPeriod(), state.loadedAt);
    else sayError(msg, e);
    renderBoard(state);
  } finally {
    if (ticket === loading) $("panel-board").removeAttribute("aria-busy");
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
    if ($<HTMLDetailsElement>("template-box").open) showTemplateDownload();
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
  targetsTab = mountTargetsTab();
  fillCampaigns();
  fillPeriods();
  $<HTMLSelectElement>("show").innerHTML = SHOWS.map(
    (s) => `<option value="${s.value}">${escapeMarkup(s.vi)}</option>`,
  ).join("");
  const showTab = mountTabs(document.querySelector<HTMLElement>("[role=tablist]")!, (name) => {
    state.tab = name;
    $("finder").hidden = name !== "board" && name !== "subs";
    renderTables(state);
    if (name === "targets") void targetsTab.show();
    if (name === "campaigns") campaignsTab.show();
    if (name === "tokens") tokensTab.show();
    if (name === "council") void councilTab.show();
    if (name === "review") void reviewTab.show();
  });
  showTab("board");
  const signIn = mountSignIn({
    store: tokenStore,
    api,
    notHere: notHq,
    who: (me) => me.unitName,
    after: async () => {
      await loadCampaigns();
      await loadPeriod();
    },
    retryFocus: false,
    since: () => state.loadedAt,
    empty: { vi: "Nhập mã truy cập.", en: "Enter the token." },
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
    renderTables(state);
  });
  $("show").addEventListener("change", (ev) => {
    const v = (ev.target as HTMLSelectElement).value;
    state.show = isShow(v) ? v : "all";
    renderTables(state);
  });
  $("csv").addEventListener("click", () => exportCsv(state));
  $("xlsx").addEventListener("click", () => void exportXlsx(state, "leaderboard", $("board-msg")));
  $("subs-xlsx").addEventListener("click", () => void exportXlsx(state, "submissions", $("subs-msg")));
  mountSubmissionActions($("subs-body"), { listed: (id) => state.subs.some((x) => x.id === id), msg: $("subs-msg") });
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
