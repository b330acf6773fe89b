import type { Page } from "playwright-core";
import { expect } from "vitest";
import type { CampaignInput } from "../../shared/campaigns/schema.ts";

/**
 * /hq's "Đợt thi đua" form driven as an officer without a mouse would: Tab (or Shift+Tab) to a field, type, arrow
 * keys in a select, Space on a box, Enter on a button. Shared by the page's test over the harness and the proof
 * over the real service (test/e2e/), so both write a campaign the same way. Dates are typed as an en-US date
 * field takes them (mm, dd, yyyy): open the page with that locale.
 */
export const active = (page: Page) => page.evaluate(() => document.activeElement?.id ?? "");

/** Moves the focus with Tab (or Shift+Tab, for a field above) until it is on `id`: the field is reached by keyboard. */
export async function tabTo(page: Page, id: string): Promise<void> {
  for (let i = 0; i < 400; i++) {
    if ((await active(page)) === id) return;
    const back = await page.evaluate((target) => {
      const t = document.getElementById(target);
      const a = document.activeElement;
      return !!t && !!a && a !== document.body && !!(t.compareDocumentPosition(a) & Node.DOCUMENT_POSITION_FOLLOWING);
    }, id);
    await page.keyboard.press(back ? "Shift+Tab" : "Tab");
  }
  throw new Error(`#${id} is not reached by Tab`);
}

/** The form field of a definition's path: "criteria.province.1.max" is #cf-criteria-province-1-max. */
export const f = (path: string) => `cf-${path.replace(/\./g, "-")}`;

export async function type(page: Page, path: string, text: string): Promise<void> {
  await tabTo(page, f(path));
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.type(text);
}

/** A date as the en-US date field takes it by keys: mm, dd, yyyy. */
export const date = (page: Page, path: string, iso: string) =>
  type(page, path, `${iso.slice(5, 7)}${iso.slice(8, 10)}${iso.slice(0, 4)}`);

/** A select moved by arrow keys to the option of this value. */
export async function choose(page: Page, path: string, value: string): Promise<void> {
  await tabTo(page, f(path));
  const at = () =>
    page.evaluate(
      ([id, want]) => {
        const s = document.getElementById(id!) as HTMLSelectElement;
        return [s.selectedIndex, [...s.options].findIndex((o) => o.value === want)] as [number, number];
      },
      [f(path), value],
    );
  for (let [now, want] = await at(); now !== want; [now, want] = await at()) {
    if (want < 0) throw new Error(`${path} has no option ${value}`);
    await page.keyboard.press(want > now ? "ArrowDown" : "ArrowUp");
  }
  await page.evaluate(() => new Promise((r) => setTimeout(r, 30)));
}

/** Tab to the element and press a key on it (Enter for a button, Space for a box). */
export async function press(page: Page, selector: string, key = "Enter"): Promise<void> {
  const id = await page.evaluate((s) => {
    const el = document.querySelector(s)!;
    el.id ||= `t-${Math.random().toString(36).slice(2)}`;
    return el.id;
  }, selector);
  await tabTo(page, id);
  await page.keyboard.press(key);
}

export const add = (page: Page, list: string) => press(page, `button[data-action=add][data-path="${list}"]`);

/** From the board, by arrow keys along the tabs to "Đợt thi đua", then Enter on "new": the empty form, focused. */
export async function openNewCampaign(page: Page): Promise<void> {
  await page.focus("#tab-board");
  // Along the tabs until "Đợt thi đua", however many other tabs come before it (each issue adds its own).
  const tabs = await page.locator("[role=tab]").count();
  for (let i = 0; i < tabs && (await active(page)) !== "tab-campaigns"; i++) await page.keyboard.press("ArrowRight");
  expect(await active(page)).toBe("tab-campaigns");
  await page.waitForSelector("#cf-list-body tr[data-campaign]");
  await press(page, "#cf-new");
  await page.waitForSelector("#cf-body input");
}

/**
 * Types a points campaign (its province criteria, one prize set, one period) into the open, empty form. `bandText`
 * may type a band's lower bound otherwise than the definition says (a test's deliberate fault).
 */
export async function typeCampaign(
  page: Page,
  c: CampaignInput,
  bandText?: (criterion: number, band: number, typed: string) => string,
): Promise<void> {
  await type(page, "id", c.id);
  await type(page, "document.number", c.document.number);
  await date(page, "document.date", c.document.date);
  await type(page, "document.title.vi", c.document.title.vi);
  await type(page, "document.title.en", c.document.title.en);
  await date(page, "period.from", c.period.from);
  await date(page, "period.to", c.period.to);
  if (c.total !== undefined) await type(page, "total", String(c.total));
  for (const [n, input] of c.inputs.entries()) {
    if (n > 0) await add(page, "inputs");
    await type(page, `inputs.${n}.key`, input.key);
    await type(page, `inputs.${n}.label.vi`, input.label.vi);
    await type(page, `inputs.${n}.label.en`, input.label.en);
    await choose(page, `inputs.${n}.type`, input.type);
  }
  for (const [n, cr] of (c.criteria?.province ?? []).entries()) {
    const at = `criteria.province.${n}`;
    if (n > 0) await add(page, "criteria.province");
    await type(page, `${at}.title.vi`, cr.title.vi);
    await type(page, `${at}.title.en`, cr.title.en);
    await type(page, `${at}.max`, String(cr.max));
    await choose(page, `${at}.scoring.kind`, cr.scoring.kind);
    const s = cr.scoring;
    if (s.kind === "banded" && s.ratio) {
      await press(page, `#${f(`${at}.scoring.ratio`)}`, "Space");
      await page.waitForSelector(`#${f(`${at}.scoring.ratio.numerator`)}`);
      await choose(page, `${at}.scoring.ratio.numerator`, s.ratio.numerator);
      await choose(page, `${at}.scoring.ratio.denominator`, s.ratio.denominator);
    } else await choose(page, `${at}.input`, cr.input!);
    if (s.kind === "banded") {
      for (const [j, b] of s.bands.entries()) {
        if (j > 0) await add(page, `${at}.scoring.bands`);
        const typed = String(b.from * 100);
        await type(page, `${at}.scoring.bands.${j}.from`, bandText ? bandText(n, j, typed) : typed);
        await type(page, `${at}.scoring.bands.${j}.points`, String(b.points));
      }
    }
  }
  const set = c.prizeSets[0]!;
  await type(page, "prizeSets.0.id", set.id);
  await type(page, "prizeSets.0.label.vi", set.label.vi);
  await type(page, "prizeSets.0.label.en", set.label.en);
  await type(page, "prizeSets.0.bar.value", String(set.bar.value));
  for (const [j, t] of set.tiers.entries()) {
    const at = `prizeSets.0.tiers.${j}`;
    if (j > 0) await add(page, "prizeSets.0.tiers");
    await type(page, `${at}.code`, t.code);
    await type(page, `${at}.label.vi`, t.label.vi);
    await type(page, `${at}.label.en`, t.label.en);
    await type(page, `${at}.slots`, String(t.slots));
    await type(page, `${at}.amountVnd`, String(t.amountVnd));
    if (t.certificate) await press(page, `#${f(`${at}.certificate`)}`, "Space");
  }
  const period = c.periods[0]!;
  await type(page, "periods.0.label.vi", period.label.vi);
  await type(page, "periods.0.label.en", period.label.en);
  await choose(page, "periods.0.prizeSet", period.prizeSet);
  if (period.dataUntil) await date(page, "periods.0.dataUntil", period.dataUntil);
  if (period.dossierDeadline) await date(page, "periods.0.dossierDeadline", period.dossierDeadline);
}
