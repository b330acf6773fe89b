import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { campaignById } from "../../shared/index.ts";
import { leaderboardXlsx } from "../../functions/xlsx-export/leaderboard.ts";
import { submissionsXlsx } from "../../functions/xlsx-export/submissions.ts";
import { sampleData } from "../hq/sample.ts";
import { missingTool } from "../support/tools.ts";

/**
 * The exports as another spreadsheet program opens them: LibreOffice converts each to CSV (its own reading of the
 * sheet, cell by cell). Every unit is there, under the title and the header, with its figures as numbers.
 */
const soffice = spawnSync("sh", ["-c", "command -v soffice"]).status === 0;

describe.skipIf(missingTool(!soffice, "LibreOffice (soffice)", "apt-get install libreoffice-calc"))(
  "exports opened by LibreOffice",
  () => {
    const work = mkdtempSync(join(tmpdir(), "bhxh-exports-"));
    afterAll(() => rmSync(work, { recursive: true, force: true }));
    const at = new Date("2026-12-03T07:00:00Z");

    /** Each file as LibreOffice reads it, as rows of fields (the CSV filter: comma-separated, UTF-8). */
    function asCsv(files: Record<string, Uint8Array>): Record<string, string[][]> {
      for (const [name, bytes] of Object.entries(files)) writeFileSync(join(work, `${name}.xlsx`), bytes);
      const run = spawnSync(
        "soffice",
        [
          `-env:UserInstallation=file://${join(work, "profile")}`,
          "--headless",
          "--convert-to",
          "csv:Text - txt - csv (StarCalc):44,34,76",
          "--outdir",
          join(work, "csv"),
          ...Object.keys(files).map((n) => join(work, `${n}.xlsx`)),
        ],
        { encoding: "utf8", timeout: 150_000 },
      );
      expect(run.status, run.stderr).toBe(0);
      return Object.fromEntries(
        Object.keys(files).map((n) => [
          n,
          readFileSync(join(work, "csv", `${n}.csv`), "utf8")
            .trimEnd()
            .split("\n")
            .map((line) =>
              [...line.matchAll(/("([^"]|"")*"|[^,]*)(,|$)/g)]
                .map((m) => m[1]!.replace(/^"|"$/g, "").replace(/""/g, '"'))
                .slice(0, -1),
            ),
        ]),
      );
    }

    it("the leaderboard and the submissions: the title, every unit, numbers typed", () => {
      const campaign = campaignById("egov-3826-2015");
      const data = sampleData(campaign, "2015-10", 63);
      const latest = data.submissions.filter((s) => data.leaderboard.rows.some((r) => r.submissionId === s.id));
      const csv = asCsv({
        board: leaderboardXlsx(data.leaderboard, campaign, latest, at),
        subs: submissionsXlsx(data.submissions, campaign, "2015-10", at),
      });
      const board = csv.board!;
      expect(board[0]![0]).toContain(campaign.document.title.vi);
      expect(board[1]![0]).toContain(campaign.document.number);
      expect(board[1]![0]).toContain("03/12/2026 14:00");
      const head = board[3]!;
      const rows = board.slice(4);
      expect(rows).toHaveLength(63);
      const at_ = (h: string) => head.indexOf(h);
      expect(rows.map((r) => r[at_("Mã đơn vị")]).sort()).toEqual(data.leaderboard.rows.map((r) => r.unit).sort());
      for (const r of data.leaderboard.rows) {
        const row = rows.find((x) => x[at_("Mã đơn vị")] === r.unit)!;
        // Formatted as the columns say (two decimals, whole đồng), and still the number it was.
        expect(Number(row[at_("Điểm hệ thống tính")])).toBeCloseTo(r.value, 2);
        expect(Number(row[at_("Tiền thưởng (đồng)")]!.replace(/[^\d]/g, ""))).toBe(r.prizeVnd);
      }
      const subs = csv.subs!;
      expect(subs.slice(4)).toHaveLength(data.submissions.length);
      expect(new Set(subs.slice(4).map((r) => r[subs[3]!.indexOf("Mã đơn vị")]))).toEqual(
        new Set(data.leaderboard.rows.map((r) => r.unit)),
      );
      expect(subs[4]![0]).toMatch(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/);
    });
  },
);
