import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { api } from "../../hq/api.ts";
import { BUILT_IN_TARGETS } from "../../shared/index.ts";

/** What the targets editor sends: the ETag of the table it read, so the service can refuse a blind overwrite. */
const table = { table: BUILT_IN_TARGETS[0]!, history: [] };
let sent: Array<{ method: string; url: string; headers: Headers }>;

beforeEach(() => {
  sent = [];
  vi.stubGlobal("localStorage", { getItem: () => "hq-token", setItem: () => undefined, removeItem: () => undefined });
  vi.stubGlobal("fetch", async (url: string, init: RequestInit = {}) => {
    sent.push({ method: init.method ?? "GET", url, headers: new Headers(init.headers) });
    if (url.endsWith("/2025"))
      return new Response(JSON.stringify(table), {
        headers: { "Content-Type": "application/json", ETag: '"etag-2025"' },
      });
    return new Response(
      JSON.stringify({ error: { code: "not_found", field: null, message_vi: "Không có", message_en: "None" } }),
      { status: 404 },
    );
  });
});
afterEach(() => vi.unstubAllGlobals());

describe("the targets editor's save", () => {
  const body = {
    document: "1/BHXH-TĐKT",
    rows: [{ indicator: "BHYT" as const, value: 0.95, comparison: "gte" as const }],
  };

  it("sends back the ETag of the table it read as If-Match", async () => {
    await api.targets(2025);
    await api.putTargets(2025, body);
    const put = sent.find((r) => r.method === "PUT")!;
    expect(put.headers.get("If-Match")).toBe('"etag-2025"');
    expect(put.headers.get("If-None-Match")).toBeNull();
  });

  it("a year it read as 404 is created only if still nobody has (If-None-Match: *)", async () => {
    await expect(api.targets(2031)).rejects.toMatchObject({ status: 404 });
    await api.putTargets(2031, body).catch(() => undefined);
    const put = sent.find((r) => r.method === "PUT")!;
    expect(put.headers.get("If-None-Match")).toBe("*");
    expect(put.headers.get("If-Match")).toBeNull();
  });
});
