import { describe, expect, it } from "vitest";
import { ApiError, apiClient } from "../../addin/api/client.ts";
import { memoryStore } from "../../addin/storage/device.ts";
import {
  TARGET_YEARS_KEY,
  currentTargetYears,
  loadSavedTargetYears,
  resetTargetYears,
  saveTargetYears,
  targetYearsSource,
} from "../../addin/targets/store.ts";
import { useStandIn } from "./support/service-stand-in.ts";

/** The JSON side of the API client against the node:http stand-in; answers checked with the shared schemas. */
const service = useStandIn();

describe("API client", () => {
  it("reads /me, /targets and /submissions with the bearer token", async () => {
    const client = apiClient({ baseUrl: `${service.url}/`, token: "tok-hn" });
    expect(await client.me()).toEqual({ unit: "P34-01", unitName: "BHXH thành phố Hà Nội", role: "province" });
    expect((await client.targetYears())[0]).toMatchObject({ year: 2026 });
    expect(await client.submissions("egov-3826-2015", "final")).toEqual([]);
    const get = service.requests.find((r) => r.url.startsWith("/api/v1/submissions?"))!;
    expect(get.url).toBe("/api/v1/submissions?campaign=egov-3826-2015&period=final&latest=1");
    expect(get.headers.authorization).toBe("Bearer tok-hn");
  });

  it("maps the service's error body to its own Vietnamese and English message", async () => {
    service.meScript = [403];
    const err = await apiClient({ baseUrl: service.url, token: "x" })
      .me()
      .catch((e) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect(err).toMatchObject({
      status: 403,
      code: "e403",
      messageVi: "Lỗi thử 403",
      messageEn: "Test error 403",
      retryable: false,
    });
  });

  it("an answer of the wrong shape is an error, not data", async () => {
    const fake = (async () => new Response(JSON.stringify({ unit: 1 }), { status: 200 })) as unknown as typeof fetch;
    const err = await apiClient({ baseUrl: "https://x", token: "t", fetch: fake })
      .me()
      .catch((e) => e);
    expect(err).toMatchObject({ code: "bad_answer", retryable: false });
  });

  it("no answer at all is a retryable network error", async () => {
    const err = await apiClient({ baseUrl: "http://127.0.0.1:9", token: "t" })
      .me()
      .catch((e) => e);
    expect(err).toMatchObject({ status: 0, offline: true, retryable: true });
    expect(err.messageVi).toMatch(/^Không kết nối được máy chủ BHXH/);
  });
});

describe("target tables on the device", () => {
  it("the service's tables are kept for the next offline start; an unreadable copy falls back to built-in", async () => {
    const storage = memoryStore();
    const tables = await apiClient({ baseUrl: service.url, token: "t" }).targetYears();
    expect(await saveTargetYears(storage, tables)).toBe(true); // new: the cells that read them must recalculate
    expect(await saveTargetYears(storage, tables)).toBe(false); // the same again: no recalculation
    resetTargetYears();
    expect(currentTargetYears().map((t) => t.year)).toEqual([2025]);
    await loadSavedTargetYears(storage);
    expect(targetYearsSource()).toBe("device");
    expect(currentTargetYears().map((t) => t.year)).toEqual([2025, 2026]);

    resetTargetYears();
    await storage.setItem(TARGET_YEARS_KEY, JSON.stringify([{ year: 2026, rows: "old shape" }]));
    await loadSavedTargetYears(storage);
    expect(targetYearsSource()).toBe("built-in");
    expect(await storage.getItem(TARGET_YEARS_KEY)).toBeNull();
  });
});
