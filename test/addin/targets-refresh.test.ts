import { beforeEach, describe, expect, it } from "vitest";
import { apiClient } from "../../addin/api/client.ts";
import { memoryStore } from "../../addin/storage/device.ts";
import { refreshTargetYears } from "../../addin/targets/refresh.ts";
import {
  TARGET_YEARS_ETAG_KEY,
  TARGET_YEARS_KEY,
  currentTargetYears,
  loadSavedTargetYears,
  resetTargetYears,
} from "../../addin/targets/store.ts";
import { TARGETS_ETAG, useStandIn } from "./support/service-stand-in.ts";

/** The add-in's refresh of the target tables against the stand-in, which answers ETag and 304 as the Worker does. */
const service = useStandIn();
const targetGets = () => service.requests.filter((r) => r.url === "/api/v1/targets");
beforeEach(() => resetTargetYears());

describe("refreshing the target tables with their ETag", () => {
  it("keeps the ETag beside the saved tables and sends it back: an unchanged table is a 304, nothing rewritten", async () => {
    const storage = memoryStore();
    const client = apiClient({ baseUrl: service.url, token: "t" });
    expect(await refreshTargetYears(client, storage)).toEqual({ unchanged: false, changed: true, years: [2026] });
    expect(targetGets()[0]!.headers["if-none-match"]).toBeUndefined();
    expect(await storage.getItem(TARGET_YEARS_ETAG_KEY)).toBe(TARGETS_ETAG);

    const saved = await storage.getItem(TARGET_YEARS_KEY);
    expect(await refreshTargetYears(client, storage)).toEqual({ unchanged: true, changed: false, years: [2025, 2026] });
    expect(targetGets()[1]!.headers["if-none-match"]).toBe(TARGETS_ETAG);
    expect(await storage.getItem(TARGET_YEARS_KEY)).toBe(saved);
    expect(currentTargetYears().map((t) => t.year)).toEqual([2025, 2026]);
  });

  it("an ETag without its tables (a saved copy that no longer parses) is not sent: the tables come in full", async () => {
    const storage = memoryStore();
    await storage.setItem(TARGET_YEARS_KEY, JSON.stringify([{ year: 2026, rows: "old shape" }]));
    await storage.setItem(TARGET_YEARS_ETAG_KEY, TARGETS_ETAG);
    await loadSavedTargetYears(storage);
    expect(await storage.getItem(TARGET_YEARS_ETAG_KEY)).toBeNull();
    await storage.setItem(TARGET_YEARS_ETAG_KEY, TARGETS_ETAG); // and even if one were left alone
    expect(await refreshTargetYears(apiClient({ baseUrl: service.url, token: "t" }), storage)).toMatchObject({
      unchanged: false,
      changed: true,
    });
    expect(targetGets()[0]!.headers["if-none-match"]).toBeUndefined();
  });
});
