import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { finalListAnswerSchema } from "../../shared/index.ts";
import { seedSql } from "../../scripts/sql/seed-sql.ts";
import { d1Execute, migrate, type D1Target } from "../../scripts/d1.ts";
import { DEMO_UNITS, demoWorkbook, postWorkbook } from "../../scripts/dev/demo.ts";
import { devTokens, type DevToken } from "../../scripts/dev/dev-tokens.ts";
import { freePort, startWranglerDev, type WranglerDev } from "../../scripts/dev/wrangler-dev.ts";
import { HAS_TOOLS, TOOLS_HOW, TOOLS_WHAT, textsOf } from "../docx/libreoffice.ts";
import { missingTool } from "../support/tools.ts";

/**
 * The issue's "done when" on `npm start`'s demo: the demonstration workbooks sent through the real service
 * (`wrangler dev`, its own local D1), then headquarters downloads the decision draft and LibreOffice reads in it
 * the quốc hiệu, "QUYẾT ĐỊNH", every awarded unit's name and its amount.
 */
describe.skipIf(missingTool(!HAS_TOOLS, TOOLS_WHAT, TOOLS_HOW))(
  "the decision draft of the demo, over real HTTP",
  () => {
    const state = mkdtempSync(join(tmpdir(), "bhxh-decision-"));
    const target: D1Target = { remote: false, persistTo: state };
    let server: WranglerDev;
    let tokens: Record<string, DevToken>;
    let sent: { campaign: string; period: string };

    beforeAll(async () => {
      migrate(target);
      writeFileSync(join(state, "seed.sql"), seedSql());
      d1Execute(target, { file: join(state, "seed.sql") });
      const issued = devTokens(target, join(state, "tokens.json"), [
        ...DEMO_UNITS.map((d) => ({ unit: d.unit, role: "province", label: "decision" })),
        { unit: "HQ", role: "hq", label: "decision" },
      ]);
      tokens = Object.fromEntries(issued.map((t) => [t.unit, t]));
      server = await startWranglerDev({ port: await freePort(), persistTo: state, output: "collect" });
      for (const d of DEMO_UNITS) {
        const { bytes, meta } = await demoWorkbook(d);
        const answer = await postWorkbook(server.url, tokens[d.unit]!.token, bytes, meta, `decision-${d.unit}`);
        expect(answer.status, answer.body.slice(0, 300)).toBe(201);
        sent = { campaign: meta.campaign, period: meta.period };
        // HQ accepts each (the final list ranks what it accepted, docs/rules.md §18).
        const { submission } = JSON.parse(answer.body) as { submission: { id: string } };
        const review = await fetch(`${server.url}/api/v1/submissions/${submission.id}/review`, {
          method: "PUT",
          headers: { Authorization: `Bearer ${tokens.HQ!.token}`, "Content-Type": "application/json" },
          body: JSON.stringify({ state: "accepted" }),
        });
        expect(review.status).toBe(200);
      }
    }, 240_000);
    afterAll(async () => {
      await server?.stop();
      rmSync(state, { recursive: true, force: true });
    });

    it("downloads the draft, and LibreOffice reads the quốc hiệu, QUYẾT ĐỊNH, each awarded unit and its amount", async () => {
      const hq = { Authorization: `Bearer ${tokens.HQ!.token}` };
      const base = `${server.url}/api/v1/campaigns/${sent.campaign}/periods/${sent.period}`;
      const list = finalListAnswerSchema.parse(await (await fetch(`${base}/final-list`, { headers: hq })).json());
      const awarded = list.current.rows.filter((r) => r.tier !== null);
      expect(awarded.length).toBeGreaterThan(0);

      const res = await fetch(`${base}/decision.docx`, { headers: hq });
      expect(res.status).toBe(200);
      expect(res.headers.get("Content-Disposition")).toMatch(/^attachment; .*_du-thao\.docx/);
      const text = textsOf({ draft: new Uint8Array(await res.arrayBuffer()) }).draft!.text.replace(/[ \t]+/g, " ");
      expect(text).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
      expect(text).toContain("QUYẾT ĐỊNH");
      expect(text).toContain("DỰ THẢO");
      for (const r of awarded) {
        const line = text.split("\n").find((l) => l.includes(r.unitName) && /\d\.\d{3}\.\d{3}/.test(l));
        expect(line, r.unitName).toBeDefined();
        expect(line).toContain(r.amountVnd!.toLocaleString("de-DE"));
      }
      // A province's token may not download it.
      const province = await fetch(`${base}/decision.docx`, {
        headers: { Authorization: `Bearer ${tokens[DEMO_UNITS[0]!.unit]!.token}` },
      });
      expect(province.status).toBe(403);
    });
  },
);
