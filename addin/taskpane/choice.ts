/*
 * The campaign and period the pane works on: the campaigns headquarters published (the seeds until the service's
 * list is loaded), the chosen one's periods and deadline; each choice is kept in the settings and moves the
 * history, the template link and the attach view with it.
 */
import type { Submission } from "../../shared/index.ts";
import { campaignsSourceText } from "../campaigns/words.ts";
import { loadedCampaign, onCampaignsChange, publishedCampaigns } from "../campaigns/store.ts";
import { deadlineLine } from "../../pages/review-words.ts";
import { runtime } from "../runtime.ts";
import { writeSettings, type KeyValueStore } from "../storage/device.ts";
import { showMapping } from "./attach-pane.ts";
import { $ } from "./element.ts";
import { reloadHistory } from "./history.ts";
import { say, sayIn } from "./say.ts";
import { updateTemplateLink } from "./template-link.ts";

/** A choice no longer published falls back to the first. Answers the campaign chosen. */
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

/** A select acts once the person has chosen: arrow keys through a closed select fire `change` at each step. */
function settled(select: HTMLSelectElement, act: () => void | Promise<void>): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  select.addEventListener("change", () => {
    clearTimeout(timer);
    timer = setTimeout(() => void act(), 400);
  });
}

const keepChoice = (storage: KeyValueStore) =>
  writeSettings(storage, {
    campaign: $<HTMLSelectElement>("campaign").value,
    period: $<HTMLSelectElement>("period").value,
  });

/** The selectors as the settings left them, then following each choice; the choice is kept. */
export async function initChoice(storage: KeyValueStore, saved: { campaign: string; period: string }): Promise<void> {
  const campaignSelect = $<HTMLSelectElement>("campaign");
  fillPeriods(fillCampaigns(saved.campaign), saved.period);
  settled(campaignSelect, async () => {
    fillPeriods(campaignSelect.value, "");
    await keepChoice(storage);
    void updateTemplateLink(storage);
    void reloadHistory();
    void showMapping(campaignSelect.value, storage);
  });
  // The deadline follows the choice at once; the rest once the choice has settled.
  $("period").addEventListener("change", showDeadline);
  settled($<HTMLSelectElement>("period"), async () => {
    await keepChoice(storage);
    void updateTemplateLink(storage);
    void reloadHistory();
  });
  // The service's list arrives after the pane opened (or a correction later): the choice is kept where it can be.
  onCampaignsChange(() => {
    const period = $<HTMLSelectElement>("period").value;
    fillPeriods(fillCampaigns(campaignSelect.value), period);
    void updateTemplateLink(storage);
  });
  await keepChoice(storage);
}

/** After a send, the selectors follow the workbook's campaign and period, so the history shows what was sent. */
export async function showSubmitted(sent: Submission): Promise<void> {
  await writeSettings(runtime().storage, { campaign: sent.campaign, period: sent.period });
  $<HTMLSelectElement>("campaign").value = sent.campaign;
  fillPeriods(sent.campaign, sent.period);
  await reloadHistory();
}
