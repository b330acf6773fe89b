import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { expect } from "vitest";

/**
 * axe-core run inside the page as it stands (the same engine as the browsers' accessibility checkers): the rules of
 * WCAG 2.1 A and AA and axe's best practices. A page state passes when nothing is reported; each violation is
 * returned as one line that names the rule, its impact and the first elements, so a failing test says what to fix.
 */
const source = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

export interface AxeOptions {
  /** Limit the check to this part of the page (a CSS selector). */
  include?: string;
}

export async function axeViolations(page: Page, options: AxeOptions = {}): Promise<string[]> {
  if (!(await page.evaluate(() => "axe" in window))) await page.addScriptTag({ content: source });
  return page.evaluate(
    async ({ include }) => {
      const axe = (
        window as unknown as {
          axe: {
            run(
              context: unknown,
              options: unknown,
            ): Promise<{
              violations: Array<{
                id: string;
                impact: string;
                help: string;
                nodes: Array<{ target: unknown[]; failureSummary?: string }>;
              }>;
            }>;
          };
        }
      ).axe;
      const result = await axe.run(include ? { include: [include] } : document, {
        runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] },
        resultTypes: ["violations"],
      });
      return result.violations.map(
        (v) =>
          `${v.id} (${v.impact}): ${v.help} — ${v.nodes
            .slice(0, 3)
            .map((n) => `${JSON.stringify(n.target)}: ${(n.failureSummary ?? "").replace(/\s+/g, " ").slice(0, 200)}`)
            .join(" | ")}${v.nodes.length > 3 ? ` (+${v.nodes.length - 3})` : ""}`,
      );
    },
    { include: options.include },
  );
}

/** The page's width beyond the viewport: 0 when nothing makes the page scroll sideways. */
export const horizontalOverflow = (page: Page): Promise<number> =>
  page.evaluate(() => Math.max(document.documentElement.scrollWidth, document.body.scrollWidth) - window.innerWidth);

/** A page state passes: no axe violation, and up to `fits` px wide (a phone, Excel's pane) no sideways scroll. */
export async function expectAccessible(page: Page, state: string, width: number, fits = 390): Promise<void> {
  expect(await axeViolations(page), `${state} at ${width} px`).toEqual([]);
  if (width <= fits) expect(await horizontalOverflow(page), `${state} at ${width} px scrolls sideways`).toBe(0);
}
