import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import {
  EGOV_3826,
  finalListAnswerSchema,
  finalListSchema,
  NOMINEES_TABLE,
  unitResultsSchema,
} from "../../shared/index.ts";
import { call, documentXml, expectError, issueToken, json, submit } from "./helpers.ts";
import { contractWorkbook } from "./support/contract-workbook.ts";
import { copy, publish } from "./support/campaigns.ts";

/**
 * The council's decision on each nominee (issue 17): a campaign published as data (3826's definition with one
 * individual prize at the final review), two provinces proposing people with their workbooks, and HQ deciding each
 * one before the list is fixed; the decision documents then name the people awarded.
 */
const ID = "nominees-2015";
const BASE = `/api/v1/campaigns/${ID}/periods/final`;
const SHEET = "Đề nghị khen thưởng";
const HEADERS = ["Loại", "Họ tên", "Chức vụ", "Đơn vị", "Thành tích tóm tắt"];
type Row = Array<string | null>;

const person = (name: string): Row => ["Cá nhân", name, "Trưởng phòng", "Phòng Quản lý thu", "Thu vượt 12 %"];
const team: Row = ["Tập thể", "Phòng Khai thác và Thu nợ", null, "BHXH thành phố Hà Nội", "Giảm nợ đọng 30 %"];
const scores = {
  95: { unitKind: "province", c1: 5, c2: 5, c3: 0.95, c4: 0.92, c5: 5 },
  85: { unitKind: "province", c1: 5, c2: 5, c3: 0.85, c4: 0.85, c5: 10 },
};

function workbook(unit: string, score: keyof typeof scores, rows: Row[]) {
  const cells = Object.fromEntries([HEADERS, ...rows].flatMap((r, i) => r.map((v, c) => [`${"ABCDE"[c]}${i + 1}`, v])));
  return contractWorkbook({
    unit,
    campaign: ID,
    period: "final",
    inputs: scores[score],
    claimed: { value: score, label: null },
    otherSheets: [
      { name: SHEET, cells, tables: [{ name: NOMINEES_TABLE, ref: `A1:E${rows.length + 1}`, headers: HEADERS }] },
    ],
  });
}

describe("the council decides each nominee, and the decision names those it awarded", async () => {
  const hq = await issueToken("HQ", "hq");
  const definition = copy(EGOV_3826);
  definition.id = ID;
  definition.prizeSets.find((s) => s.id === "final")!.individuals = {
    slots: 1,
    amountVnd: 5_000_000,
    certificate: true,
  };
  await publish(hq, definition);

  async function send(unit: string, score: keyof typeof scores, rows: Row[]): Promise<string> {
    const res = await submit(await issueToken(unit, "province"), {
      bytes: workbook(unit, score, rows),
      withMeta: false,
    });
    expect(res.status, await res.clone().text()).toBe(201);
    const { submission } = (await res.json()) as { submission: { id: string } };
    const review = await call(`/api/v1/submissions/${submission.id}/review`, hq, json("PUT", { state: "accepted" }));
    expect(review.status).toBe(200);
    return submission.id;
  }
  const hanoi = await send("P63-01", 95, [team, person("Nguyễn Văn An")]);
  const hagiang = await send("P63-02", 85, [person("Trần Thị Bình")]);
  const current = async () => finalListAnswerSchema.parse(await (await call(`${BASE}/final-list`, hq)).json()).current;
  const decide = (unit: string, position: number, body: Record<string, unknown>) =>
    call(`${BASE}/council/${unit}/nominees/${position}`, hq, json("PUT", body));

  it("lists every nominee of the standing undecided, and the list cannot be fixed before each is decided", async () => {
    const list = await current();
    expect(
      list.nominees!.map((n) => [n.unit, n.position, n.nominee.kind, n.nominee.name, n.decision, n.awarded]),
    ).toEqual([
      ["P63-01", 1, "collective", "Phòng Khai thác và Thu nợ", null, false],
      ["P63-01", 2, "individual", "Nguyễn Văn An", null, false],
      ["P63-02", 1, "individual", "Trần Thị Bình", null, false],
    ]);
    expect(list.undecidedNominees).toBe(3);
    const refused = await expectError(
      await call(`${BASE}/final-list`, hq, json("POST", { reason: "Họp Hội đồng" })),
      409,
      "nominees_pending",
      "nominees",
    );
    expect(refused.message_vi).toMatch(/^Còn 3 người được đề nghị khen thưởng chưa có quyết định/);
  });

  it("refuses a row the unit did not fill, a unit not ranked, a stale version, a missing note, a province's token", async () => {
    await expectError(await decide("P63-01", 3, { awarded: true, note: "x" }), 404, "not_found", "position");
    await expectError(await decide("P63-09", 1, { awarded: true, note: "x" }), 404, "not_found", "unit");
    await expectError(
      await decide("P63-01", 2, { awarded: true, note: "x", submissionId: hagiang }),
      409,
      "stale",
      "submissionId",
    );
    await expectError(await decide("P63-01", 2, { awarded: true, note: " " }), 422, "invalid", "note");
    await expectError(await decide("P63-01", 2, { note: "x" }), 422, "invalid", "awarded");
    const province = await issueToken("P63-01", "province");
    await expectError(
      await call(`${BASE}/council/P63-01/nominees/2`, province, json("PUT", { awarded: true, note: "x" })),
      403,
      "forbidden",
    );
    expect((await current()).undecidedNominees).toBe(3);
  });

  it("awards no more individuals than the prize set's individual prizes; each decision audited", async () => {
    const first = await decide("P63-01", 2, { awarded: true, note: "Thành tích xuất sắc", submissionId: hanoi });
    expect(first.status).toBe(200);
    expect(((await first.json()) as { decision: unknown }).decision).toMatchObject({
      awarded: true,
      note: "Thành tích xuất sắc",
      decidedBy: "HQ",
    });
    const full = await expectError(
      await decide("P63-02", 1, { awarded: true, note: "Đề nghị", submissionId: hagiang }),
      409,
      "slots_full",
      "awarded",
    );
    expect(full.message_vi).toMatch(/^Đã đủ 1 cá nhân được khen thưởng/);
    expect((await decide("P63-02", 1, { awarded: false, note: "Hết suất khen thưởng cá nhân" })).status).toBe(200);
    expect((await decide("P63-01", 1, { awarded: true, note: "Tập thể tiêu biểu" })).status).toBe(200);

    const list = await current();
    expect(list.undecidedNominees).toBe(0);
    expect(list.nominees!.map((n) => [n.nominee.name, n.awarded, n.amountVnd, n.certificate])).toEqual([
      ["Phòng Khai thác và Thu nợ", true, null, true],
      ["Nguyễn Văn An", true, 5_000_000, true],
      ["Trần Thị Bình", false, null, false],
    ]);
    expect(list.fund).toMatchObject({ individualsVnd: 5_000_000 }); // the one individual prize's fund, all used
    const audit = await env.DB.prepare(
      "SELECT action, subject, detail FROM audit_log WHERE action = 'council.nominee' ORDER BY id",
    ).all<{ action: string; subject: string; detail: string }>();
    expect(audit.results.map((r) => [r.subject, JSON.parse(r.detail).name, JSON.parse(r.detail).awarded])).toEqual([
      [`campaign:${ID}/period:final/unit:P63-01/nominee:2`, "Nguyễn Văn An", true],
      [`campaign:${ID}/period:final/unit:P63-02/nominee:1`, "Trần Thị Bình", false],
      [`campaign:${ID}/period:final/unit:P63-01/nominee:1`, "Phòng Khai thác và Thu nợ", true],
    ]);
  });

  it("fixes the list with its nominees; the decision and the certificates name those awarded, not the others", async () => {
    const fixed = await call(`${BASE}/final-list`, hq, json("POST", { reason: "Hội đồng TĐKT họp ngày 12/01/2016" }));
    expect(fixed.status).toBe(201);
    const { list } = (await fixed.json()) as { list: unknown };
    expect(
      finalListSchema
        .parse(list)
        .nominees!.filter((n) => n.awarded)
        .map((n) => n.nominee.name),
    ).toEqual(["Phòng Khai thác và Thu nợ", "Nguyễn Văn An"]);
    const decision = await documentXml(await call(`${BASE}/decision.docx`, hq));
    expect(decision).toContain("II. CÁ NHÂN");
    expect(decision).toContain("Nguyễn Văn An");
    expect(decision).toContain("Phòng Khai thác và Thu nợ");
    expect(decision).toContain("Tổng cộng: 1 cá nhân");
    expect(decision).not.toContain("Trần Thị Bình");
    expect(decision).toMatch(/Điều 1\. Khen thưởng \d+ đơn vị, 1 tập thể và 1 cá nhân có thành tích xuất sắc/);
    const certificates = await documentXml(await call(`${BASE}/certificates.docx`, hq));
    expect(certificates).toContain("Nguyễn Văn An, Trưởng phòng, Phòng Quản lý thu");
    expect(certificates).toContain("Cá nhân do BHXH Hà Nội đề nghị");
    expect(certificates).not.toContain("Trần Thị Bình");
  });

  it("published, each unit's result names its nominees the decision awards", async () => {
    const published = await call(`${BASE}/decision/publish`, hq, json("POST", { number: "16", date: "2016-01-15" }));
    expect(published.status).toBe(201);
    const results = async (unit: string) =>
      unitResultsSchema.parse(await (await call("/api/v1/me/results", await issueToken(unit, "province"))).json())
        .results;
    expect((await results("P63-01"))[0]!.nominees).toEqual([
      { kind: "collective", name: "Phòng Khai thác và Thu nợ", amountVnd: null, certificate: true },
      { kind: "individual", name: "Nguyễn Văn An", amountVnd: 5_000_000, certificate: true },
    ]);
    expect((await results("P63-02"))[0]).not.toHaveProperty("nominees"); // its one person was not awarded
  });

  it("a unit's next version proposes anew: the council's decisions on the last one do not carry over", async () => {
    await send("P63-01", 85, [team, person("Nguyễn Văn An")]); // corrected figures, the same people
    const list = await current();
    expect(
      list.nominees!.filter((n) => n.unit === "P63-01").map((n) => [n.nominee.name, n.decision, n.awarded]),
    ).toEqual([
      ["Phòng Khai thác và Thu nợ", null, false],
      ["Nguyễn Văn An", null, false],
    ]);
    expect(list.undecidedNominees).toBe(2);
  });
});
