import { describe, expect, it } from "vitest";
import { leaderboardAnswerSchema, submissionsListSchema, XLSX_CONTENT_TYPE } from "../../shared/index.ts";
import { readWorkbook, type Table } from "../../functions/xlsx/index.ts";
import { tablesNamed } from "../support/xlsx-read.ts";
import { call, egovMeta, expectError, issueToken, submit } from "./helpers.ts";

const QUERY = "campaign=egov-3826-2015&period=2015-10";
const UNITS = ["P63-01", "P63-31", "P63-48"] as const;

async function table(res: Response, name: string): Promise<Table> {
  expect(res.status).toBe(200);
  expect(res.headers.get("Content-Type")).toBe(XLSX_CONTENT_TYPE);
  expect(res.headers.get("Content-Disposition")).toMatch(/^attachment; filename=".+\.xlsx"; filename\*=UTF-8''/);
  const wb = await readWorkbook(new Uint8Array(await res.arrayBuffer()), { wantTable: tablesNamed(name) });
  return wb.tables.find((t) => t.name === name)!;
}
const column = (t: Table, head: string) => t.rows!.map((r) => r[t.headers.indexOf(head)]!.value);

describe("exports as Excel (GET /leaderboard.xlsx, /submissions.xlsx)", () => {
  it("the leaderboard: every unit of the JSON board, its figures as numbers, read back by the service's own reader", async () => {
    const hq = await issueToken("HQ", "hq");
    for (const [i, unit] of UNITS.entries()) {
      const c1 = 5 - i;
      const meta = egovMeta({
        inputs: { unitKind: "province", c1, c2: 5, c3: 0.95, c4: 0.92, c5: 5 },
        claimed: { value: 90 + c1, label: null },
      });
      expect((await submit(await issueToken(unit, "province"), { tag: `export-${unit}`, meta })).status).toBe(201);
    }
    const board = leaderboardAnswerSchema.parse(await (await call(`/api/v1/leaderboard?${QUERY}`, hq)).json());
    const t = await table(await call(`/api/v1/leaderboard.xlsx?${QUERY}`, hq), "BANG_XEP_HANG");
    expect(t.sheet).toBe("Bảng xếp hạng");
    expect(t.ref.startsWith("A4:")).toBe(true); // under the title and the line naming the document and period
    expect(column(t, "Mã đơn vị")).toEqual(board.rows.map((r) => ({ kind: "text", value: r.unit })));
    expect(new Set(board.rows.map((r) => r.unit))).toEqual(new Set(UNITS));
    expect(column(t, "Điểm hệ thống tính")).toEqual(board.rows.map((r) => ({ kind: "number", value: r.value })));
    expect(column(t, "Tiền thưởng (đồng)")).toEqual(board.rows.map((r) => ({ kind: "number", value: r.prizeVnd })));
    expect(column(t, "Hạng")).toEqual(
      board.rows.map((r) => (r.rank === null ? { kind: "empty" } : { kind: "number", value: r.rank })),
    );
    expect(column(t, "Điểm tự chấm").every((v) => v.kind === "number")).toBe(true);
  });

  it("the submissions: every version, newest first, the time an Excel date", async () => {
    const hq = await issueToken("HQ", "hq");
    const token = await issueToken("P63-02", "province");
    for (const tag of ["sub-export-1", "sub-export-2"]) expect((await submit(token, { tag })).status).toBe(201);
    const { submissions } = submissionsListSchema.parse(await (await call(`/api/v1/submissions?${QUERY}`, hq)).json());
    const t = await table(await call(`/api/v1/submissions.xlsx?${QUERY}`, hq), "HO_SO_DA_GUI");
    expect(column(t, "Mã kiểm tra (SHA-256)")).toEqual(
      [...submissions].reverse().map((s) => ({ kind: "text", value: s.sha256 })),
    );
    const sent = column(t, "Thời gian gửi")[0]!;
    expect(sent.kind).toBe("number");
    const newest = submissions.at(-1)!;
    expect((sent as { value: number }).value).toBeCloseTo(
      (Date.parse(newest.createdAt) + 7 * 3_600_000) / 86_400_000 + 25_569,
      6,
    );
    expect(column(t, "Lần gửi").every((v) => v.kind === "number")).toBe(true);
  });

  it("headquarters only, and a campaign and period named", async () => {
    const province = await issueToken("P63-04", "province");
    await expectError(await call(`/api/v1/leaderboard.xlsx?${QUERY}`, province), 403, "forbidden");
    await expectError(await call(`/api/v1/submissions.xlsx?${QUERY}`, province), 403, "forbidden");
    const hq = await issueToken("HQ", "hq");
    await expectError(await call("/api/v1/leaderboard.xlsx?period=2015-10", hq), 400, "invalid", "campaign");
    await expectError(
      await call("/api/v1/leaderboard.xlsx?campaign=nope-campaign&period=2015-10", hq),
      400,
      "invalid",
      "campaign",
    );
    // Mounted on /api/v1 itself: a province still reaches the routes after it.
    expect((await call("/api/v1/campaigns", province)).status).toBe(200);
  });
});
