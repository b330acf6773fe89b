import { it } from "vitest";

/** CI=true (set by .ci/run, and by most CI services): a run that skipped what it could not run must not pass. */
export const IN_CI = /^(1|true)$/i.test(process.env.CI ?? "");

const message = (what: string, how: string) => `${what} is missing (${how})`;

/**
 * Whether the tests that need `what` are to be skipped. Locally they are, and the run says so; under CI a test
 * named for the missing tool fails instead, so a CI run that could not run them cannot pass.
 */
export function missingTool(missing: boolean, what: string, how: string): boolean {
  if (!missing) return false;
  if (IN_CI) {
    it(`needs ${what}`, () => {
      throw new Error(`CI: ${message(what, how)}.`);
    });
  } else {
    console.log(`Bỏ qua / skipped: ${message(what, how)}.`);
  }
  return true;
}

/** Inside a test: true when the rest of it is to be skipped (and said so); under CI the missing tool fails it. */
export function skipRestFor(missing: boolean, what: string, how: string): boolean {
  if (!missing) return false;
  if (IN_CI) throw new Error(`CI: ${message(what, how)}.`);
  console.log(`Bỏ qua / skipped: ${message(what, how)}; the rest of this test is not run.`);
  return true;
}
