import { Agent } from "node:http";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { errorBodySchema, submissionAnswerSchema } from "../../shared/index.ts";
import type { DevToken } from "../../scripts/dev/dev-tokens.ts";
import type { WranglerDev } from "../../scripts/dev/wrangler-dev.ts";
import { FORM_SHEET } from "../../functions/template/index.ts";
import { sampleWorkbook } from "../../scripts/template/sample-workbook.ts";
import { EGOV_3826 } from "../../shared/campaigns/seeds.ts";
import { NEXT_REQUEST_LIMIT_MS, send, type Answer } from "./http.ts";
import { startService } from "./service.ts";

/**
 * Refusals over real HTTP against `wrangler dev`, as an office's network would see them: `SELF.fetch` in the
 * workerd tests never shows what a refused, half-read body does to the connection it came on. Every refusal,
 * whatever its size, is the JSON error; the next request, on the same kept-alive connection and on a new one,
 * is answered at once (before: minutes on the same connection after a 2 MB refusal).
 */
const errorOf = (a: Answer) => errorBodySchema.parse(JSON.parse(a.text)).error;

describe("refusals over real HTTP (wrangler dev)", () => {
  // Its own wrangler.toml and pages (e2e/service.ts), so another test's build of dist/addin never reloads it.
  mkdirSync("dist", { recursive: true });
  const dir = mkdtempSync("dist/e2e-refusals-");
  let server: WranglerDev;
  let tokens: Record<string, DevToken>;
  const figures: string[] = [];

  beforeAll(async () => {
    ({ server, tokens } = await startService(dir, [
      { unit: "P63-01", role: "province", label: "refusals" },
      { unit: "P63-02", role: "province", label: "refusals" },
      { unit: "HQ", role: "hq", label: "refusals" },
    ]));
  }, 240_000);

  afterAll(async () => {
    console.log(
      `refusals over HTTP (ms: refusal / next on the same connection / next on a new one):\n  ${figures.join("\n  ")}`,
    );
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  const post = (
    token: string,
    body: Uint8Array,
    agent: Agent,
    query = "",
    headers: Record<string, string | number> = {},
  ) =>
    send(`${server.url}/api/v1/submissions${query}`, {
      agent,
      method: "POST",
      headers: {
        Authorization: `Bearer ${token}`,
        "Content-Type": "application/octet-stream",
        "Content-Length": body.byteLength,
        ...headers,
      },
      body,
    });

  /** A refusal, then /health on the same connection and on a new one: both answered at once. */
  async function refusedThenAnswered(
    label: string,
    refuse: (agent: Agent) => Promise<Answer>,
    status: number,
    code: string,
  ) {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    try {
      const refused = await refuse(agent);
      expect(refused.status, refused.text.slice(0, 300)).toBe(status);
      expect(errorOf(refused).code).toBe(code);
      const same = await send(`${server.url}/api/v1/health`, { agent, timeoutMs: NEXT_REQUEST_LIMIT_MS });
      const fresh = await send(`${server.url}/api/v1/health`, { agent: false, timeoutMs: NEXT_REQUEST_LIMIT_MS });
      expect([same.status, fresh.status]).toEqual([200, 200]);
      figures.push(`${label}: ${refused.ms} / ${same.ms} / ${fresh.ms}`);
    } finally {
      agent.destroy();
    }
  }

  const SIZES = [1024, 100 * 1024, 2 * 1024 * 1024, 10 * 1024 * 1024, 25 * 1024 * 1024];
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(n < 1024 * 1024 ? 3 : 0)} MB`;
  const zipLike = (n: number) => {
    const b = new Uint8Array(n).fill(7);
    b.set([0x50, 0x4b, 0x03, 0x04]);
    return b;
  };

  it.each(SIZES)("refused on its headers (%i bytes): JSON, and the next request is answered", async (size) => {
    // Headquarters must name the unit it uploads for: refused before the body is read.
    await refusedThenAnswered(
      `headers, ${mb(size)}`,
      (agent) => post(tokens.HQ!.token, zipLike(size), agent),
      400,
      "invalid",
    );
  });

  it.each(SIZES)("refused on its content (%i bytes): JSON, and the next request is answered", async (size) => {
    await refusedThenAnswered(
      `content, ${mb(size)}`,
      (agent) => post(tokens["P63-01"]!.token, zipLike(size), agent),
      422,
      "corrupt_file",
    );
  });

  it("over the limit (26 MB declared and sent): 413 JSON, and the next request is answered", async () => {
    await refusedThenAnswered(
      "over the limit, 26 MB",
      (agent) => post(tokens["P63-01"]!.token, zipLike(26 * 1024 * 1024), agent),
      413,
      "too_large",
    );
  });

  it("another province's workbook: 403 naming both units; headquarters uploads it on that unit's behalf", async () => {
    const haNoi = sampleWorkbook("P63-01", { campaign: EGOV_3826, period: "2015-10" });
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    try {
      const refused = await post(tokens["P63-02"]!.token, haNoi, agent);
      expect(refused.status).toBe(403);
      const e = errorOf(refused);
      expect(e.code).toBe("unit_mismatch");
      expect(e.message_vi).toContain("P63-01");
      expect(e.message_vi).toContain("P63-02");
      const onBehalf = await post(tokens.HQ!.token, haNoi, agent, "?unit=P63-01");
      expect(onBehalf.status, onBehalf.text.slice(0, 300)).toBe(201);
      const s = submissionAnswerSchema.parse(JSON.parse(onBehalf.text)).submission;
      expect(s).toMatchObject({ unit: "P63-01", sentBy: "HQ", campaign: "egov-3826-2015", period: "2015-10" });
      expect(s.sources["inputs.c3"]?.sheet).toBe(FORM_SHEET);
    } finally {
      agent.destroy();
    }
  });
});
