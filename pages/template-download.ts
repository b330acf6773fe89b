import { ApiError, type ServiceApi } from "../client/index.ts";
import type { Campaign, Period } from "../shared/campaigns/schema.ts";
import { takesPart } from "../shared/scoring/participation.ts";
import { UNITS, type Unit } from "../shared/units/index.ts";
import type { KnownCampaign } from "./campaigns.ts";
import { escapeMarkup } from "../shared/markup.ts";
import { saveBlob } from "./save-file.ts";
import { say } from "./say.ts";
import { WORDS, type Word } from "../shared/words.ts";

/**
 * "Tải biểu mẫu": a published campaign's scoring workbook for one of its periods, made by the service for a unit
 * (GET /api/v1/campaigns/:id/template.xlsx), fetched with the page's token and saved under the name the service
 * gives it. /gui's unit is the token's own; /hq chooses the unit the template is for. Only what the unit takes
 * part in is offered (its registry, the campaign's and the period's unit kinds), so the service's refusal is for
 * what the page could not know.
 */
export interface TemplateDownloadOptions {
  api: Pick<ServiceApi, "campaignTemplate">;
  /** the token's unit (/gui); absent, the form asks which unit (/hq) */
  unit?: string;
}

export interface TemplateDownload {
  /**
   * The campaigns to offer, as the page last read them; the choice is kept where it still stands, or set to the
   * campaign and period the page itself shows (/hq's).
   */
  show(campaigns: readonly KnownCampaign[], prefer?: { campaign?: string; period?: string }): void;
}

const option = (value: string, text: string, selected: boolean) =>
  `<option value="${escapeMarkup(value)}"${selected ? " selected" : ""}>${escapeMarkup(text)}</option>`;

const field = (name: string, { vi, en }: Word) =>
  `<label class="field">${vi} <small class="en" lang="en">${en}</small> <select name="${name}"></select></label>`;

/** The period chosen at first: the next whose dossier is still due (today or later), else the last. */
function dueNext(periods: readonly Period[]): string | undefined {
  const today = new Date().toLocaleDateString("sv-SE"); // the office's own date, as YYYY-MM-DD
  return (periods.find((p) => p.dossierDeadline && p.dossierDeadline >= today) ?? periods.at(-1))?.id;
}

export function mountTemplateDownload(box: HTMLElement, o: TemplateDownloadOptions): TemplateDownload {
  box.innerHTML = `<form class="template-download" aria-label="Tải biểu mẫu / download the template" novalidate>
      ${field("campaign", WORDS.campaign)}
      ${field("period", WORDS.period)}
      ${o.unit ? "" : field("unit", WORDS.unit)}
      <button type="submit" class="ghost">Tải biểu mẫu (.xlsx) <small class="en" lang="en">download the template</small></button>
      <p class="msg" role="status" aria-live="polite" hidden></p>
    </form>`;
  const form = box.querySelector("form")!;
  const select = (name: string) => form.querySelector<HTMLSelectElement>(`select[name=${name}]`);
  const status = form.querySelector<HTMLElement>(".msg")!;
  // A unit this page does not list (a service newer than the page) is not filtered on: the service decides.
  const fixed: Unit | null = UNITS.find((u) => u.code === o.unit) ?? null;
  let campaigns: Campaign[] = [];

  const chosen = () => campaigns.find((c) => c.id === select("campaign")!.value) ?? null;
  const periodOf = (c: Campaign) => c.periods.find((p) => p.id === select("period")!.value);

  const fill = (s: HTMLSelectElement, options: string[]) => {
    s.innerHTML = options.join("");
    s.disabled = options.length === 0;
  };
  const fillUnits = () => {
    const units = select("unit");
    const c = chosen();
    if (!units) return;
    const was = units.value;
    const taking = c ? UNITS.filter((u) => u.kind !== "hq" && takesPart(u, c, periodOf(c))) : [];
    fill(
      units,
      taking.map((u) => option(u.code, `${u.name} (${u.code})`, u.code === was)),
    );
  };
  const fillPeriods = (preferred?: string) => {
    const periods = select("period")!;
    const c = chosen();
    const was = preferred ?? periods.value;
    const open = c ? c.periods.filter((p) => !fixed || takesPart(fixed, c, p)) : [];
    const pick = open.some((p) => p.id === was) ? was : dueNext(open);
    fill(
      periods,
      open.map((p) => option(p.id, p.label.vi, p.id === pick)),
    );
    fillUnits();
  };

  select("campaign")!.addEventListener("change", () => fillPeriods());
  select("period")!.addEventListener("change", fillUnits);
  /** The field a refusal is about, marked and focused; the others cleared. */
  const mark = (name: string | null) => {
    for (const s of form.querySelectorAll("select")) s.removeAttribute("aria-invalid");
    const s = name ? select(name) : null;
    if (s) {
      s.setAttribute("aria-invalid", "true");
      s.focus();
    }
  };
  form.addEventListener("submit", (ev) => {
    ev.preventDefault();
    const c = chosen();
    const period = select("period")!.value;
    const unit = select("unit")?.value;
    const missing = !c ? "campaign" : !period ? "period" : unit === "" ? "unit" : null;
    if (missing) {
      mark(missing);
      return say(
        status,
        "error",
        "Không có đợt thi đua, kỳ xét hay đơn vị nào để tải biểu mẫu: chưa " +
          "có đợt nào được công bố cho đơn vị này.",
        "There is no campaign, period or unit to download a template for: none has been published for this unit.",
      );
    }
    mark(null);
    say(status, "info", "Đang tải biểu mẫu…", "Downloading the template…");
    o.api
      .campaignTemplate(c!.id, { unit, period })
      .then(({ blob, fileName }) => {
        saveBlob(blob, fileName);
        say(status, "info", `Đã tải về máy: ${fileName}.`, `Saved: ${fileName}.`);
      })
      .catch((e: unknown) => {
        if (!(e instanceof ApiError))
          return say(
            status,
            "error",
            "Không tải được biểu mẫu: thử lại.",
            "The template could not be downloaded; try again.",
          );
        mark(e.field);
        say(status, "error", e.messageVi, e.messageEn);
      });
  });

  return {
    show(known, prefer = {}) {
      const was = prefer.campaign ?? select("campaign")!.value;
      campaigns = known
        .filter((k) => k.record.status === "published" && (!fixed || takesPart(fixed, k.campaign)))
        .map((k) => k.campaign);
      fill(
        select("campaign")!,
        campaigns.map((c) => option(c.id, `${c.document.number} — ${c.document.title.vi}`, c.id === was)),
      );
      fillPeriods(prefer.campaign === chosen()?.id ? prefer.period : undefined);
    },
  };
}
