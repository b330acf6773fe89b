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

  /** The worker over an assets binding that answers every path with a page, recording what it was asked. */
  const withPages = () => {
    const asked: string[] = [];
    const ASSETS = {
      fetch: async (req: Request) => (
        asked.push(new URL(req.url).pathname),
        new Response("<!doctype html><title>page</title>", { headers: { "Content-Type": "text/html" } })
      ),
    };
    return {
      asked,
      fetch: (path: string) => worker.fetch(new Request(`${BASE}${path}`), { ...env, ASSETS } as never, {} as never),
    };
  };

  it("let Office frame only what it loads of the add-in: the pane, its script and style, functions.json, the icons, the help", async () => {
    const pages = withPages();
    for (const path of [
      "/taskpane.html",
      "/taskpane.js",
      "/taskpane.css",
      "/functions.json",
      "/functions.vi-VN.json",
      "/assets/icon-32.png",
      "/help",
      "/help/SCORE_EGOV",
    ]) {
      const res = await pages.fetch(path);
      expect(res.status, path).toBe(200);
      const csp = res.headers.get("Content-Security-Policy")!;
      expect(csp, path).toContain("frame-ancestors 'self' https://*.officeapps.live.com https://*.office.com");
      expect(csp, path).toMatch(/script-src 'self' https:\/\/appsforoffice\.microsoft\.com/);
      expect(res.headers.get("X-Frame-Options"), path).toBeNull();
      expect(res.headers.get("Cross-Origin-Resource-Policy"), path).toBe("cross-origin");
      expect(res.headers.get("X-Content-Type-Options"), path).toBe("nosniff");
      expect(res.headers.get("Strict-Transport-Security"), path).toMatch(/max-age=\d+/);
    }
  });

  it("frame no page that holds a token: /hq (its token in localStorage), the upload page /gui, and every other path", async () => {
    const pages = withPages();
    const hq = await pages.fetch("/hq");
    expect(pages.asked).toEqual(["/hq.html"]);
    expect(await hq.text()).toContain("<title>page</title>");
    for (const path of [
      "/hq",
      "/hq.html",
      "/hq.js",
      "/gui",
      "/gui.html",
      "/",
      "/taskpane.html/x",
      "/assets/../hq.html",
      "/helpx",
      "/help/a/b",
      "/templates/BHXH-thi-dua-mau.xlsx",
    ]) {
      const res = await pages.fetch(path);
      const csp = res.headers.get("Content-Security-Policy")!;
      expect(csp, path).toContain("frame-ancestors 'none'");
      expect(csp, path).not.toContain("office.com");
      expect(res.headers.get("X-Frame-Options"), path).toBe("DENY");
      expect(res.headers.get("Cross-Origin-Resource-Policy"), path).toBe("same-origin");
    }
    expect(hq.headers.get("Content-Security-Policy")).toContain("default-src 'self'");
  });

  it("the upload page: /gui is /gui.html from the assets, with the pages' headers", async () => {
    const asked: string[] = [];
    const ASSETS = {
      fetch: async (req: Request) => (
        asked.push(new URL(req.url).pathname),
        new Response("<!doctype html><title>GUI</title>", { headers: { "Content-Type": "text/html" } })
      ),
    };
    const res = await worker.fetch(new Request(`${BASE}/gui`), { ...env, ASSETS } as never, {} as never);
    expect(asked).toEqual(["/gui.html"]);
    expect(await res.text()).toContain("<title>GUI</title>");
    expect(res.headers.get("Content-Security-Policy")).toContain("connect-src 'self'");
    expect(res.headers.get("X-Content-Type-Options")).toBe("nosniff");
  });

  it("are on the real assets binding's answers too (run_worker_first)", async () => {
    const pane = await SELF.fetch(`${BASE}/taskpane.html`);
    expect(pane.headers.get("Content-Security-Policy")).toContain("frame-ancestors 'self'");
    expect(pane.headers.get("X-Content-Type-Options")).toBe("nosniff");
    const hq = await SELF.fetch(`${BASE}/hq`);
    expect(hq.headers.get("X-Frame-Options")).toBe("DENY");
  });
});

describe("unknown routes and tokens", () => {
  it("an unknown API route is a JSON 404", async () => {
    const token = await issueToken("P34-01", "province");
    await expectError(await call("/api/v1/nothing-here", token), 404, "not_found");
    await expectError(await call("/api/v2/targets", null), 404, "not_found");
  });
});
