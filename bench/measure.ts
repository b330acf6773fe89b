/** Small timing helpers for the benchmark scripts: figures are printed, never asserted. */
export interface Timing {
  label: string;
  count: number;
  seconds: number;
  perSecond: number;
}

export function time(label: string, count: number, body: (i: number) => unknown): Timing {
  let sink = 0;
  for (let i = 0; i < Math.min(count, 10_000); i++) sink += Number(Boolean(body(i))); // warm the JIT
  const start = process.hrtime.bigint();
  for (let i = 0; i < count; i++) sink += Number(Boolean(body(i)));
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (sink < 0) console.log(sink); // keeps the loop observable
  return { label, count, seconds, perSecond: count / seconds };
}

const fmt = (n: number) => Math.round(n).toLocaleString("en-US");

export function report(title: string, subject: Timing, baseline: Timing): void {
  console.log(`\n${title}`);
  for (const t of [subject, baseline]) {
    console.log(
      `  ${t.label.padEnd(48)} ${fmt(t.count).padStart(11)} calls  ${t.seconds.toFixed(3).padStart(8)} s  ${fmt(t.perSecond).padStart(14)} /s`,
    );
  }
  console.log(`  ratio (baseline ÷ subject time per call): ${(baseline.perSecond / subject.perSecond).toFixed(1)}×`);
}

/** The same, for calls that answer a promise (the custom functions that ask for their arguments' addresses). */
export async function timeAsync(label: string, count: number, body: (i: number) => unknown): Promise<Timing> {
  let sink = 0;
  for (let i = 0; i < Math.min(count, 1_000); i++) sink += Number(Boolean(await body(i))); // warm the JIT
  const start = process.hrtime.bigint();
  for (let i = 0; i < count; i++) sink += Number(Boolean(await body(i)));
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (sink < 0) console.log(sink);
  return { label, count, seconds, perSecond: count / seconds };
}

/** Milliseconds a call, for figures with a budget (AWARD_TIER over a whole column: ≤ 10 ms). */
export const msPerCall = (t: Timing): string => `${((t.seconds * 1000) / t.count).toFixed(2)} ms a call`;
