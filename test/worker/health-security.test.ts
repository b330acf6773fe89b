import { SELF } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import worker from "../../functions/index.ts";
import { BASE, call, expectError, issueToken } from "./helpers.ts";

describe("GET /api/v1/health", () => {
  it("answers without a token", async () => {
    const res = await SELF.fetch(`${BASE}/api/v1/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true, service: "bhxh-thidua", api: "v1" });
  });
});

describe("security headers", () => {
  it("are strict on API answers, errors included", async () => {
    for (const res of [await SELF.fetch(`${BASE}/api/v1/health`), await SELF.fetch(`${BASE}/api/v1/me`)]) {
      expect(res.headers.get("X-Content-Type-Options")).toBe("nosniff");
      expect(res.headers.get("X-Frame-Options")).toBe("DENY");
      expect(res.headers.get("Content-Security-Policy")).toContain("frame-ancestors 'none'");
      expect(res.headers.get("Strict-Transport-Security")).toMatch(/max-age=\d+/);
      expect(res.headers.get("Referrer-Policy")).toBe("no-referrer");
      expect(res.headers.get("Cross-Origin-Resource-Policy")).toBe("same-origin");
      expect(res.headers.get("Cache-Control")).toBe("no-store");
    }
  });

  it("let Office frame the pages: /hq is /hq.html from the assets, with Office hosts and the Office.js CDN allowed", async () => {
    const asked: string[] = [];
    const ASSETS = { fetch: async (req: Request) => (asked.push(new URL(req.url).pathname), new Response("<!doctype html><title>HQ</title>", { headers: { "Content-Type": "text/html" } })) };
    const res = await worker.fetch(new Request(`${BASE}/hq`), { ...env, ASSETS } as never, {} as never);
    expect(asked).toEqual(["/hq.html"]);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain("<title>HQ</title>");
    const csp = res.headers.get("Content-Security-Policy")!;
    expect(csp).toContain("frame-ancestors 'self' https://*.officeapps.live.com https://*.office.com");
    expect(csp).toMatch(/script-src 'self' https:\/\/appsforoffice\.microsoft\.com/);
    expect(csp).not.toContain("frame-ancestors 'none'");
    expect(res.headers.get("X-Frame-Options")).toBeNull();
    expect(res.headers.get("X-Content-Type-Options")).toBe("nosniff");
    expect(res.headers.get("Strict-Transport-Security")).toMatch(/max-age=\d+/);
  });

  it("the upload page: /gui is /gui.html from the assets, with the pages' headers", async () => {
    const asked: string[] = [];
    const ASSETS = { fetch: async (req: Request) => (asked.push(new URL(req.url).pathname), new Response("<!doctype html><title>GUI</title>", { headers: { "Content-Type": "text/html" } })) };
    const res = await worker.fetch(new Request(`${BASE}/gui`), { ...env, ASSETS } as never, {} as never);
    expect(asked).toEqual(["/gui.html"]);
    expect(await res.text()).toContain("<title>GUI</title>");
    expect(res.headers.get("Content-Security-Policy")).toContain("connect-src 'self'");
    expect(res.headers.get("X-Content-Type-Options")).toBe("nosniff");
  });

  it("are on the real assets binding's answers too (run_worker_first)", async () => {
    const res = await SELF.fetch(`${BASE}/taskpane.html`);
    expect(res.headers.get("Content-Security-Policy")).toContain("frame-ancestors 'self'");
    expect(res.headers.get("X-Content-Type-Options")).toBe("nosniff");
  });
});

describe("unknown routes and tokens", () => {
  it("an unknown API route is a JSON 404", async () => {
    const token = await issueToken("P34-01", "province");
    await expectError(await call("/api/v1/nothing-here", token), 404, "not_found");
    await expectError(await call("/api/v2/targets", null), 404, "not_found");
  });
});
