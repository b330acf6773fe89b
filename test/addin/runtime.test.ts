import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { useStandIn } from "./support/service-stand-in.ts";

/**
 * The shared runtime's start: TARGET* cells stream (docs/rules.md §12), so whenever the tables the functions read
 * change (the saved ones loaded from the device, the service's after a refresh) those cells get their new value,
 * once, and never when the tables did not change; the application is never recalculated.
 */
const service = useStandIn();
let calculations: number;
beforeEach(() => {
  calculations = 0;
  vi.resetModules(); // a fresh runtime and a fresh in-memory store for each start
  vi.useFakeTimers({ toFake: ["setInterval"] });
  const context = { workbook: { application: { calculate: () => void calculations++ } }, sync: async () => undefined };
  (globalThis as any).Excel = {
    CalculationType: { full: "Full" },
    run: async (cb: (c: unknown) => Promise<unknown>) => cb(context),
  };
});
afterEach(() => {
  vi.useRealTimers();
  delete (globalThis as any).Excel;
});

const targetGets = () =>
  service.requests.filter((r) => r.method === "GET" && r.url.startsWith("/api/v1/targets")).length;

/** A TARGET("BHXH"; 2026) cell, open before the runtime starts: the values it was shown, in order. */
async function openTargetCell(): Promise<unknown[]> {
  const { installCustomFunctions, associated } = await import("./support/custom-functions.ts");
  const { registerFunctions } = await import("../../addin/functions/functions.ts");
  installCustomFunctions();
  registerFunctions();
  const shown: unknown[] = [];
  associated.get("TARGET")!("BHXH", 2026, { setResult: (v: unknown) => void shown.push(v) });
  return shown;
}

async function start(saved: boolean) {
  const { runtime, startRuntime } = await import("../../addin/runtime.ts");
  const { writeSettings } = await import("../../addin/storage/device.ts");
  const { TARGET_YEARS_KEY } = await import("../../addin/targets/store.ts");
  const rt = runtime();
  await writeSettings(rt.storage, { serviceUrl: service.url, token: "tok-hn" });
  if (saved) {
    // What the stand-in service serves, saved on the device by an earlier session.
    await rt.storage.setItem(
      TARGET_YEARS_KEY,
      JSON.stringify([
        { year: 2026, document: "stand-in", rows: [{ indicator: "BHXH", value: 0.5, comparison: "gte" }] },
      ]),
    );
  }
  await startRuntime(rt);
  await vi.waitFor(() => expect(targetGets()).toBe(1)); // the start's own refresh
  await rt.refreshTargetYears(); // and one more, after it: the same tables
  await new Promise((r) => setTimeout(r, 50)); // the start's refresh has finished too
  return rt;
}

describe("the cells that read the targets, when the target tables change", () => {
  it("tables loaded from the device reach the open TARGET cell once at start; the service sending the same ones does not", async () => {
    const shown = await openTargetCell();
    expect((shown[0] as { code?: string }).code).toBe("#VALUE!"); // no 2026 table built in
    await start(true);
    expect(shown.slice(1)).toEqual([0.5]);
    expect(calculations).toBe(0); // nothing else recalculated
  });

  it("nothing saved: only the service's new tables reach the cell, once", async () => {
    const shown = await openTargetCell();
    await start(false);
    expect(shown.slice(1)).toEqual([0.5]);
    expect(calculations).toBe(0);
  });

  it("a saved copy that does not parse changes nothing at load", async () => {
    const { loadSavedTargetYears, TARGET_YEARS_KEY } = await import("../../addin/targets/store.ts");
    const { memoryStore } = await import("../../addin/storage/device.ts");
    const storage = memoryStore();
    expect(await loadSavedTargetYears(storage)).toBe(false);
    await storage.setItem(TARGET_YEARS_KEY, JSON.stringify([{ year: 2026, rows: "old shape" }]));
    expect(await loadSavedTargetYears(storage)).toBe(false);
  });
});

describe("the status a surface attaches to", () => {
  it("a listener attached after a ribbon submit finished is shown that status at once", async () => {
    const { runtime, watchStatus } = await import("../../addin/runtime.ts");
    const rt = runtime();
    rt.report({ phase: "done", result: { kind: "error", message: { vi: "xong", en: "done" } } });
    const seen: string[] = [];
    watchStatus(rt, (s) => seen.push(s.phase));
    expect(seen).toEqual(["done"]);
    rt.report({ phase: "reading", progress: 0 });
    expect(seen).toEqual(["done", "reading"]);
  });
});
