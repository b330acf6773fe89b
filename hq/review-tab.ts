import type { ServiceApi } from "../client/service.ts";
import type { JudgementChange } from "../client/judging.ts";
import type { Campaign } from "../shared/campaigns/schema.ts";
import { REVIEW_STATES, type ReviewState } from "../shared/judging/review.ts";
import type { LeaderboardAnswer } from "../shared/schemas/api.ts";
import type { Closure, Missing } from "../shared/schemas/judging-api.ts";
import { ApiError } from "../client/errors.ts";
import { escapeMarkup } from "../shared/markup.ts";
import { saveBlob } from "../pages/save-file.ts";
import { inputsFor } from "../shared/scoring/inputs.ts";
import { say } from "../pages/say.ts";
import { unitOptionsHtml } from "./units.ts";
import { closureHtml, missingCsv, missingHtml, reviewRowsHtml, stateOptionsHtml } from "./review-views.ts";
import { WORDS } from "../shared/words.ts";

type Api = Pick<ServiceApi, "closure" | "close" | "reopen" | "missing" | "review" | "putJudgement">;
type Current = { campaign: Campaign | null; period: string; board: LeaderboardAnswer | null };

/** What HQ does to one unit from the form; each says which call it is and whether it needs HQ's words. */
const ACTIONS = [
  { value: "accepted", vi: "Chấp nhận hồ sơ", en: "accept" },
  { value: "returned", vi: "Trả lại để sửa (ghi lý do)", en: "return for correction" },
  { value: "veto", vi: "Không xét (phủ quyết chất lượng)", en: "veto" },
  { value: "unveto", vi: "Bỏ phủ quyết", en: "lift the veto" },
  { value: "priority", vi: "Đưa vào danh sách ưu tiên", en: "put on the priority list" },
  { value: "unpriority", vi: "Bỏ khỏi danh sách ưu tiên", en: "take off the priority list" },
  { value: "figure", vi: "Ghi số liệu của Vụ", en: "record headquarters' figure" },
] as const;

const REASON_NEEDED = "Ghi lý do hoặc căn cứ: nhật ký giữ lại, tỉnh đọc được khi bị trả lại.";

const field = (id: string, label: string, enLabel: string, control: string) =>
  `<div class="field"><label for="${id}">${escapeMarkup(label)} <small class="en" lang="en">` +
  `${escapeMarkup(enLabel)}</small></label>${control}<div class="field-error" id="` +
  `${id}-error"></div></div>`;

/**
 * The "Xét duyệt" tab: the period's deadline and cut-off (close, reopen for a unit), each unit's latest submission
 * with its review and HQ's judgement (accept, return with a reason, veto, priority, HQ's own figure), filtered by
 * state, and the units that have not sent with a CSV to urge them. Every fault is marked on its field.
 */
export function mountReviewTab(
  root: HTMLElement,
  o: { api: Api; current: () => Current; onChanged: () => Promise<void> },
) {
  const closeReason = field(
    "rv-close-reason",
    WORDS.reason.vi,
    WORDS.reason.en,
    `<input id="rv-close-reason" autocomplete="off" aria-describedby="rv-close-reason-error">`,
  );
  const closeUnit = field(
    "rv-close-unit",
    "Chỉ cho đơn vị (bỏ trống: cả kỳ)",
    "one unit only",
    `<select id="rv-close-unit" aria-describedby="rv-close-unit-error">${unitOptionsHtml()}</select>`,
  );
  const actions = ACTIONS.map(
    (a, i) =>
      `<label class="choice"><input type="radio" name="rv-action" value="${a.value}"${i === 0 ? " checked" : ""}> ` +
      `${escapeMarkup(a.vi)} <small class="en" lang="en">${escapeMarkup(a.en)}</small></label>`,
  ).join("");
  const figureInput = field(
    "rv-figure-input",
    "Chỉ tiêu",
    "input",
    `<select id="rv-figure-input" aria-describedby="rv-figure-input-error"></select>`,
  );
  const figureValue = field(
    "rv-figure-value",
    WORDS.hqFigure.vi,
    WORDS.hqFigure.en,
    `<input id="rv-figure-value" inputmode="decimal" autocomplete="off" aria-describedby="rv-figure-value-error">`,
  );
  const reasonField = field(
    "rv-reason",
    "Lý do, căn cứ (ghi vào nhật ký; tỉnh đọc được khi trả lại)",
    "reason",
    `<textarea id="rv-reason" rows="2" aria-describedby="rv-reason-error"></textarea>`,
  );
  root.innerHTML =
    `<h2>Hạn gửi và khóa sổ <small class="en" lang="en">deadline and cut-off</small></h2>
    <div id="rv-closure"></div>
    <form id="rv-close-form" class="controls" novalidate>
      ${closeReason}
      ${closeUnit}
      <button type="submit" data-act="close">Khóa sổ</button> <button type="submit" class="ghost" data-act="reopen">Mở lại</button>
    </form>
    <div id="rv-close-msg" class="msg" role="status" aria-live="polite" hidden></div>
    <h2>Hồ sơ và quyết định của Vụ <small class="en" lang="en">submissions and headquarters' judgements</small></h2>
    <div class="controls"><label class="field">Trạng thái xét <small class="en" lang="en">review state` +
    `</small> <select id="rv-filter">${stateOptionsHtml()}</select></label></div>
    <div id="rv-msg" class="msg" role="status" aria-live="polite" hidden></div>
    <div class="scroll" tabindex="0" role="region" aria-labelledby="rv-caption"><table class="grid">
      <caption id="rv-caption" class="visually-hidden">Hồ sơ và quyết định của Vụ</caption>
      <thead><tr><th scope="col">Đơn vị</th><th scope="col" class="num">Kết quả</th><th ` +
    `scope="col">Trạng thái xét</th><th scope="col">Nhận lúc</th><th scope="col">Quyết định của Vụ</th>` +
    `<th scope="col">Thao tác</th></tr></thead>
      <tbody id="rv-body"></tbody></table></div>
    <form id="rv-judge-form" novalidate hidden aria-labelledby="rv-judge-title">
      <h3 id="rv-judge-title" tabindex="-1"></h3>
      <fieldset><legend>Việc cần làm <small class="en" lang="en">action</small></legend>
        ${actions}
      </fieldset>
      <div id="rv-figure-box" class="controls" hidden>
        ${figureInput}
        ${figureValue}
      </div>
      ${reasonField}
      <div class="form-end"><button type="submit">Ghi</button> <button type="button" class="ghost" id="rv-cancel">Thôi</button></div>
      <div id="rv-judge-msg" class="msg" role="status" aria-live="polite" tabindex="-1" hidden></div>
    </form>
    <h2>Đơn vị chưa gửi <small class="en" lang="en">units that have not sent</small></h2>
    <div id="rv-missing"></div>
    <button type="button" id="rv-missing-csv" hidden>Xuất CSV để đôn đốc</button>`;
  const $ = <T extends HTMLElement = HTMLElement>(id: string) => root.querySelector<T>(`#${id}`)!;
  let closure: Closure | null = null;
  let missing: Missing | null = null;
  let judging: { unit: string; submission: string } | null = null;

  const clearFaults = () =>
    root.querySelectorAll("[aria-invalid]").forEach((el) => {
      el.removeAttribute("aria-invalid");
      $(`${el.id}-error`).textContent = "";
    });
  /** The service names the field: mark the one it is about, else say it in the box. */
  function fault(box: HTMLElement, e: unknown, fields: Record<string, string>): void {
    if (!(e instanceof ApiError))
      return say(box, "error", "Trang gặp lỗi. Tải lại trang (F5).", "The page failed; reload it.");
    const id = fields[e.field ?? ""];
    if (id) mark(id, e.messageVi);
    say(box, "error", e.messageVi, e.messageEn);
  }
  function mark(id: string, text: string): void {
    $(id).setAttribute("aria-invalid", "true");
    $(`${id}-error`).textContent = text;
    $(id).focus();
  }

  function render(): void {
    const { campaign, period, board } = o.current();
    if (!campaign) return;
    $("rv-closure").innerHTML = closureHtml(campaign, period, closure);
    $("rv-body").innerHTML = reviewRowsHtml(
      board?.rows ?? [],
      campaign,
      $<HTMLSelectElement>("rv-filter").value as ReviewState | "",
    );
    $("rv-missing").innerHTML = missingHtml(missing);
    $("rv-missing-csv").hidden = !missing || missing.units.length === 0;
  }

  async function show(): Promise<void> {
    const { campaign, period } = o.current();
    if (!campaign) return;
    render();
    try {
      [closure, missing] = await Promise.all([o.api.closure(campaign.id, period), o.api.missing(campaign.id, period)]);
      render();
    } catch (e) {
      fault($("rv-msg"), e, {});
    }
  }

  $("rv-close-form").addEventListener("submit", async (ev) => {
    ev.preventDefault();
    const { campaign, period } = o.current();
    if (!campaign) return;
    clearFaults();
    const act =
      ((ev as SubmitEvent).submitter as HTMLButtonElement | null)?.dataset.act === "reopen" ? "reopen" : "close";
    const reason = $<HTMLInputElement>("rv-close-reason").value.trim();
    const unit = $<HTMLSelectElement>("rv-close-unit").value || undefined;
    if (!reason) return mark("rv-close-reason", "Ghi lý do khóa sổ hoặc mở lại.");
    try {
      closure = await o.api[act](campaign.id, period, { reason, unit });
      say(
        $("rv-close-msg"),
        "ok",
        act === "close" ? "Đã khóa sổ." : "Đã mở lại.",
        act === "close" ? "Closed." : "Reopened.",
      );
      render();
    } catch (e) {
      fault($("rv-close-msg"), e, { reason: "rv-close-reason", unit: "rv-close-unit" });
    }
  });

  $("rv-filter").addEventListener("change", render);
  $("rv-body").addEventListener("click", (ev) => {
    const b = (ev.target as HTMLElement).closest<HTMLButtonElement>("button[data-judge]");
    const { campaign } = o.current();
    if (!b || !campaign) return;
    judging = { unit: b.dataset.judge!, submission: b.dataset.submission! };
    clearFaults();
    $("rv-judge-msg").hidden = true;
    $<HTMLTextAreaElement>("rv-reason").value = "";
    const kind = judging.unit.startsWith("DV-") ? "department" : "province";
    $("rv-figure-input").innerHTML = inputsFor(campaign, kind)
      .filter((i) => i.type !== "unitKind")
      .map(
        (i) => `<option value="${escapeMarkup(i.key)}">${escapeMarkup(i.label.vi)} (${escapeMarkup(i.key)})</option>`,
      )
      .join("");
    $("rv-judge-title").textContent = `Xét đơn vị ${judging.unit}`;
    $("rv-judge-form").hidden = false;
    $("rv-judge-title").focus();
  });
  $("rv-judge-form").addEventListener("change", () => {
    $("rv-figure-box").hidden =
      root.querySelector<HTMLInputElement>("input[name=rv-action]:checked")?.value !== "figure";
  });
  $("rv-cancel").addEventListener("click", () => ($("rv-judge-form").hidden = true));
  $("rv-judge-form").addEventListener("submit", async (ev) => {
    ev.preventDefault();
    const { campaign, period } = o.current();
    if (!campaign || !judging) return;
    clearFaults();
    const action = root.querySelector<HTMLInputElement>("input[name=rv-action]:checked")!.value;
    const reason = $<HTMLTextAreaElement>("rv-reason").value.trim();
    if (!reason) return mark("rv-reason", REASON_NEEDED);
    const box = $("rv-judge-msg");
    try {
      if ((REVIEW_STATES as readonly string[]).includes(action))
        await o.api.review(judging.submission, action as "accepted" | "returned", reason);
      else await o.api.putJudgement(campaign.id, period, judging.unit, changeOf(action, reason));
      say(box, "ok", `Đã ghi cho ${judging.unit}.`, `Recorded for ${judging.unit}.`);
      await o.onChanged();
      render();
    } catch (e) {
      fault(box, e, {
        note: "rv-reason",
        reason: "rv-reason",
        state: "rv-reason",
        [`figures.${$<HTMLSelectElement>("rv-figure-input").value}`]: "rv-figure-value",
      });
    }
  });
  function changeOf(action: string, reason: string): JudgementChange {
    switch (action) {
      case "veto":
        return { reason, vetoed: true };
      case "unveto":
        return { reason, vetoed: false };
      case "priority":
        return { reason, priority: true };
      case "unpriority":
        return { reason, priority: false };
      default: {
        const raw = $<HTMLInputElement>("rv-figure-value").value.trim().replace(",", ".");
        const value = raw === "" || Number.isNaN(Number(raw)) ? raw : Number(raw);
        return { reason, figures: { [$<HTMLSelectElement>("rv-figure-input").value]: value } };
      }
    }
  }
  $("rv-missing-csv").addEventListener("click", () => {
    const { campaign } = o.current();
    if (!missing || !campaign) return;
    saveBlob(
      new Blob([missingCsv(missing, campaign)], { type: "text/csv;charset=utf-8" }),
      `chua-gui_${missing.campaign}_${missing.period}.csv`,
    );
  });
  return { show, render };
}
