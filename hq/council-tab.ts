import type { ServiceApi, DecisionDocumentKind } from "../client/service.ts";
import { ApiError } from "../client/errors.ts";
import type { Campaign } from "../shared/campaigns/schema.ts";
import type { FinalListAnswer } from "../shared/schemas/decision.ts";
import { escapeMarkup } from "../shared/markup.ts";
import { say, sayError } from "../pages/say.ts";
import { councilRowsHtml, councilStateHtml, NO_AWARD, NOMINEE_CHOICES, nomineesRowsHtml } from "./council-views.ts";
import { WORDS } from "../shared/words.ts";

/**
 * The "Hội đồng & quyết định" tab: the council's decision on each flagged tie (or any unit) and on each nominee the
 * units proposed, the fund used against the document's, fixing the final list with a reason, publishing the
 * decision, and its documents as .docx.
 */
type Api = Pick<
  ServiceApi,
  "finalList" | "putCouncil" | "putNomineeCouncil" | "fixFinalList" | "publishDecision" | "decisionDocument"
>;

const DOCUMENTS: { kind: DecisionDocumentKind; vi: string }[] = [
  { kind: "decision", vi: `${WORDS.awardDecision.vi} (.docx)` },
  { kind: "proposal", vi: `${WORDS.proposal.vi} (.docx)` },
  { kind: "certificates", vi: "Danh sách Bằng khen cần in (.docx)" },
];

export function mountCouncilTab(
  root: HTMLElement,
  o: { api: Api; current: () => { campaign: Campaign | null; period: string }; save: (b: Blob, name: string) => void },
) {
  root.innerHTML =
    `<div id="council-msg" class="msg" role="status" aria-live="polite" hidden></div>
    <div id="council-state"></div>
    <p class="links" id="council-docs">` +
    `${DOCUMENTS.map((d) => `<button type="button" class="ghost" data-doc="${d.kind}">${escapeMarkup(d.vi)}</button>`).join(" ")}</p>
    <div class="table-head"><h2>Quyết định của Hội đồng TĐKT <small class="en" lang="en">council's decisions</small></h2>
      <label class="field"><input type="checkbox" id="council-all"> Hiện mọi đơn vị <small class="en" ` +
    `lang="en">show every unit</small></label></div>
    <div class="scroll" tabindex="0" role="region" aria-labelledby="council-caption">
      <table class="grid"><caption id="council-caption" class="visually-hidden">Quyết định của ` +
    `Hội đồng theo đơn vị</caption>
        <thead><tr><th scope="col" class="num">Hạng</th><th scope="col">Đơn vị</th><th scope="col">Danh ` +
    `sách hiện tại</th><th scope="col">Hội đồng quyết định</th><th scope="col">Ghi chú</th><th ` +
    `scope="col"><span class="visually-hidden">Ghi</span></th></tr></thead>
        <tbody id="council-body"></tbody></table></div>
    <h2>Tập thể, cá nhân được đề nghị <small class="en" lang="en">nominees</small></h2>
    <div class="scroll" tabindex="0" role="region" aria-labelledby="nominees-caption">
      <table class="grid"><caption id="nominees-caption" class="visually-hidden">Quyết định của Hội ` +
    `đồng cho từng tập thể, cá nhân được đề nghị</caption>
        <thead><tr><th scope="col">Đơn vị đề nghị</th><th scope="col">Loại</th><th scope="col">Họ tên, ` +
    `chức vụ, đơn vị công tác</th><th scope="col">Hội đồng quyết định</th><th scope="col">Ghi chú</th>` +
    `<th scope="col"><span class="visually-hidden">Ghi</span></th></tr></thead>
        <tbody id="nominees-body"></tbody></table></div>
    <form id="fix-form" class="inline-form" novalidate>
      <h2>Chốt danh sách khen thưởng <small class="en" lang="en">fix the final list</small></h2>
      <label for="fix-reason">Lý do (ghi vào nhật ký, vd. “Biên bản họp Hội đồng ngày …”)</label>
      <input id="fix-reason" maxlength="1000" autocomplete="off" aria-describedby="fix-msg">
      <button type="submit">Chốt danh sách</button>
      <div id="fix-msg" class="msg" role="status" aria-live="polite" tabindex="-1" hidden></div>
    </form>
    <form id="publish-form" class="inline-form" novalidate>
      <h2>Công bố quyết định <small class="en" lang="en">publish the decision</small></h2>
      <label for="publish-number">Số quyết định</label><input id="publish-number" maxlength="60" ` +
    `autocomplete="off" placeholder="vd. 123/QĐ-BHXH" aria-describedby="publish-msg">
      <label for="publish-date">Ngày ký</label><input id="publish-date" type="date" aria-describedby="publish-msg">
      <button type="submit">Công bố cho các đơn vị</button>
      <div id="publish-msg" class="msg" role="status" aria-live="polite" tabindex="-1" hidden></div>
    </form>`;
  const $ = <T extends HTMLElement = HTMLElement>(id: string) => root.querySelector<T>(`#${id}`)!;
  let answer: FinalListAnswer | null = null;

  async function show(): Promise<void> {
    const { campaign, period } = o.current();
    if (!campaign) return;
    try {
      answer = await o.api.finalList(campaign.id, period);
      $("council-msg").hidden = true;
      render();
    } catch (e) {
      sayError($("council-msg"), e);
    }
  }

  /** A refusal to fix the list speaks of decisions since recorded: it goes once the council records one. */
  const clearFixRefusal = () => {
    if ($("fix-msg").classList.contains("error")) $("fix-msg").hidden = true;
  };

  function render(): void {
    const { campaign } = o.current();
    const set = campaign?.prizeSets.find((p) => p.id === answer?.current.prizeSet);
    if (!answer || !set) return;
    $("council-state").innerHTML = councilStateHtml(answer);
    $("council-body").innerHTML = councilRowsHtml(answer.current.rows, set, $<HTMLInputElement>("council-all").checked);
    $("nominees-body").innerHTML = nomineesRowsHtml(answer.current.nominees ?? []);
  }

  async function decideNominee(id: string): Promise<void> {
    const { campaign, period } = o.current();
    const row = root.querySelector<HTMLTableRowElement>(`tr[data-nominee="${CSS.escape(id)}"]`)!;
    const choice = row.querySelector<HTMLSelectElement>("select[data-nominee-choice]")!;
    const note = row.querySelector<HTMLInputElement>("input[data-nominee-note]")!;
    const error = row.querySelector<HTMLElement>(".field-error")!;
    for (const f of [choice, note]) f.removeAttribute("aria-invalid");
    error.textContent = "";
    if (!campaign) return;
    const invalid = (field: HTMLElement, vi: string) => {
      field.setAttribute("aria-invalid", "true");
      error.textContent = vi;
      field.focus();
    };
    if (choice.value === "") return invalid(choice, "Chọn Khen thưởng hoặc Không khen thưởng trước khi ghi.");
    if (!note.value.trim()) return invalid(note, "Ghi chú của Hội đồng là bắt buộc.");
    const name = row.querySelector(".unit-name")!.textContent ?? "";
    try {
      await o.api.putNomineeCouncil(campaign.id, period, row.dataset.unit!, Number(row.dataset.position), {
        awarded: choice.value === NOMINEE_CHOICES.awarded,
        note: note.value.trim(),
        submissionId: row.dataset.submission!,
      });
      await show();
      clearFixRefusal();
      say($("council-msg"), "ok", `Đã ghi quyết định của Hội đồng cho ${name}.`, "Council decision recorded.");
    } catch (e) {
      sayError($("council-msg"), e);
      // The service names what to fix: the choice (all individual prizes given) or the note.
      if (e instanceof ApiError && e.field === "note") invalid(note, e.messageVi);
      else if (e instanceof ApiError && e.field === "awarded") invalid(choice, e.messageVi);
    }
  }

  async function decide(unit: string): Promise<void> {
    const { campaign, period } = o.current();
    const row = root.querySelector<HTMLTableRowElement>(`tr[data-unit="${CSS.escape(unit)}"]`)!;
    const tier = row.querySelector<HTMLSelectElement>("select[data-tier]")!.value;
    const note = row.querySelector<HTMLInputElement>("input[data-note]")!;
    const error = row.querySelector<HTMLElement>(".field-error")!;
    note.removeAttribute("aria-invalid");
    error.textContent = "";
    if (!campaign || tier === "")
      return say(
        $("council-msg"),
        "info",
        "Chọn hạng giải hoặc “Không đạt giải” trước khi ghi.",
        "Choose a tier or no award first.",
      );
    if (!note.value.trim()) {
      note.setAttribute("aria-invalid", "true");
      error.textContent = "Ghi chú của Hội đồng là bắt buộc.";
      return note.focus();
    }
    try {
      await o.api.putCouncil(campaign.id, period, unit, {
        tier: tier === NO_AWARD ? null : tier,
        note: note.value.trim(),
      });
      await show();
      clearFixRefusal();
      say($("council-msg"), "ok", `Đã ghi quyết định của Hội đồng cho ${unit}.`, "Council decision recorded.");
    } catch (e) {
      sayError($("council-msg"), e);
    }
  }

  async function submit(form: "fix" | "publish"): Promise<void> {
    const { campaign, period } = o.current();
    const msg = $(`${form}-msg`);
    if (!campaign) return;
    const fields =
      form === "fix"
        ? [$<HTMLInputElement>("fix-reason")]
        : [$<HTMLInputElement>("publish-number"), $<HTMLInputElement>("publish-date")];
    for (const f of fields) f.removeAttribute("aria-invalid");
    const empty = fields.find((f) => !f.value.trim());
    if (empty) {
      empty.setAttribute("aria-invalid", "true");
      empty.focus();
      return say(msg, "error", "Điền ô này trước khi gửi.", "Fill in this field first.");
    }
    try {
      if (form === "fix") {
        const list = await o.api.fixFinalList(campaign.id, period, fields[0]!.value.trim());
        say(msg, "ok", `Đã chốt danh sách, phiên bản ${list.version}.`, `Final list fixed as version ${list.version}.`);
      } else {
        const p = await o.api.publishDecision(campaign.id, period, {
          number: fields[0]!.value.trim(),
          date: fields[1]!.value,
        });
        say(
          msg,
          "ok",
          `Đã công bố Quyết định số ${p.number}: các đơn vị xem được kết quả.`,
          "Published: each unit now sees its result.",
        );
      }
      await show();
    } catch (e) {
      sayError(msg, e);
      const named =
        e instanceof ApiError
          ? ({ reason: "fix-reason", number: "publish-number", date: "publish-date" } as Record<string, string>)[
              e.field ?? ""
            ]
          : undefined;
      if (named) $(named).setAttribute("aria-invalid", "true");
    }
  }

  async function download(kind: DecisionDocumentKind): Promise<void> {
    const { campaign, period } = o.current();
    if (!campaign) return;
    try {
      const { blob, fileName } = await o.api.decisionDocument(campaign.id, period, kind);
      o.save(blob, fileName);
    } catch (e) {
      sayError($("council-msg"), e);
    }
  }

  root.addEventListener("click", (ev) => {
    const t = ev.target as HTMLElement;
    const decideButton = t.closest<HTMLButtonElement>("button[data-decide]");
    if (decideButton) void decide(decideButton.dataset.decide!);
    const nomineeButton = t.closest<HTMLButtonElement>("button[data-decide-nominee]");
    if (nomineeButton) void decideNominee(nomineeButton.dataset.decideNominee!);
    const doc = t.closest<HTMLButtonElement>("button[data-doc]");
    if (doc) void download(doc.dataset.doc as DecisionDocumentKind);
  });
  $("council-all").addEventListener("change", render);
  $("fix-form").addEventListener("submit", (ev) => (ev.preventDefault(), void submit("fix")));
  $("publish-form").addEventListener("submit", (ev) => (ev.preventDefault(), void submit("publish")));
  return { show };
}
