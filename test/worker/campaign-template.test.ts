import { describe, expect, it } from "vitest";
import { readContract } from "../../functions/workbook/contract.ts";
import { readWorkbook } from "../../functions/xlsx/index.ts";
import {
  EGOV_3826,
  NOMINEES_TABLE,
  TABLES,
  XLSX_CONTENT_TYPE,
  campaignSchema,
  isContractTable,
  measureOf,
  submissionAnswerSchema,
  type Campaign,
} from "../../shared/index.ts";
import { campaign2026 } from "../support/campaign-2026.ts";
import { fillNominees, fillTemplate } from "../support/fill-template.ts";
import { call, expectError, issueToken, submit } from "./helpers.ts";
import { publish } from "./support/campaigns.ts";

const get = (id: string, token: string, query = "") => call(`/api/v1/campaigns/${id}/template.xlsx${query}`, token);
const bytesOf = async (res: Response) => new Uint8Array(await res.arrayBuffer());

const fill = fillTemplate;

describe("GET /api/v1/campaigns/:id/template.xlsx", () => {
  it("gives the token's unit its template, named by the service, which the service's own reader reads", async () => {
    const token = await issueToken("P63-01", "province");
    const res = await get(EGOV_3826.id, token);
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Type")).toBe(XLSX_CONTENT_TYPE);
    expect(res.headers.get("Content-Disposition")).toContain('filename="P63-01-egov-3826-2015-mau.xlsx"');
    expect(res.headers.get("X-Content-Type-Options")).toBe("nosniff");
    const wb = await readWorkbook(await bytesOf(res), { wantTable: isContractTable });
    // its final review awards 20 individuals: the template carries their slots (issue 17)
    expect(wb.tables.map((t) => t.name)).toEqual([TABLES.info, TABLES.inputs, TABLES.claimed, NOMINEES_TABLE]);
    // empty figures: the reading names the first one the office has to type
    expect(() => readContract(wb, () => EGOV_3826)).toThrow(/BHXH_DAU_VAO, key "c1"/);
  });

  it("is filled and sent as it came, and the service scores it by the definition", async () => {
    const token = await issueToken("P63-02", "province");
    const blank = await bytesOf(await get(EGOV_3826.id, token, "?period=2015-11"));
    const inputs = { c1: 5, c2: 4, c3: 0.85, c4: 0.92, c5: 7 };
    const res = await submit(token, { bytes: await fill(blank, inputs), withMeta: false });
    expect(res.status, await res.clone().text()).toBe(201);
    const { submission } = submissionAnswerSchema.parse(await res.json());
    expect([submission.unit, submission.campaign, submission.period]).toEqual(["P63-02", EGOV_3826.id, "2015-11"]);
    expect(submission.computed.value).toBe(measureOf(EGOV_3826, "2015-11", { ...inputs, unitKind: "province" }).value);
    expect(submission.computed.value).toBe(5 + 4 + 15 + 60 + 7);
  });

  it("3096: its 1 + 3 nominee slots, filled with names and sent, are stored with the submission; 3826's October has none", async () => {
    const token = await issueToken("P63-01", "province");
    const res = await get("participants-3096-2019", token);
    expect(res.status, await res.clone().text()).toBe(200);
    const blank = await bytesOf(res);
    const table = (await readWorkbook(blank, { wantTable: isContractTable })).tables.find(
      (t) => t.name === NOMINEES_TABLE,
    )!;
    const kinds = table.rows!.map((r) => r[0]!.value.kind === "text" && r[0]!.value.value);
    expect(kinds).toEqual(["Tập thể", "Cá nhân", "Cá nhân", "Cá nhân"]);
    const inputs = {
      bbActual: 110,
      bbTarget: 100,
      tnActual: 100,
      tnTarget: 100,
      bhytActual: 100,
      bhytTarget: 100,
      bhtnActual: 100,
      bhtnTarget: 100,
    };
    const filled = await fillNominees(await fill(blank, inputs), [
      { name: "Phòng Quản lý thu", unitName: "BHXH tỉnh Hà Giang", summary: "Vượt chỉ tiêu phát triển người tham gia" },
      { name: "Nguyễn Văn A", title: "Trưởng phòng", unitName: "Phòng Quản lý thu" },
      {},
      { name: "Trần Thị B", title: "Chuyên viên" },
    ]);
    const sent = await submit(token, { bytes: filled, withMeta: false });
    expect(sent.status, await sent.clone().text()).toBe(201);
    const { submission } = submissionAnswerSchema.parse(await sent.json());
    const expected = [
      {
        kind: "collective",
        name: "Phòng Quản lý thu",
        title: null,
        unitName: "BHXH tỉnh Hà Giang",
        summary: "Vượt chỉ tiêu phát triển người tham gia",
      },
      { kind: "individual", name: "Nguyễn Văn A", title: "Trưởng phòng", unitName: "Phòng Quản lý thu", summary: null },
      { kind: "individual", name: "Trần Thị B", title: "Chuyên viên", unitName: null, summary: null },
    ];
    expect(submission.nominees).toEqual(expected);
    const stored = (await (await call(`/api/v1/submissions/${submission.id}`, token)).json()) as {
      submission: { nominees: unknown };
    };
    expect(stored.submission.nominees).toEqual(expected);

    const october = await readWorkbook(await bytesOf(await get(EGOV_3826.id, token, "?period=2015-10")), {
      wantTable: isContractTable,
    });
    expect(october.tables.map((t) => t.name)).toEqual([TABLES.info, TABLES.inputs, TABLES.claimed]);
  });

  it("is made for a campaign published as data, for another unit named by ?unit=", async () => {
    const hq = await issueToken("HQ", "hq");
    await publish(hq, campaign2026);
    const campaign: Campaign = campaignSchema.parse(campaign2026);
    const res = await get(campaign.id, hq, "?unit=P34-08");
    expect(res.status, await res.clone().text()).toBe(200);
    expect(res.headers.get("Content-Disposition")).toContain(`P34-08-${campaign.id}-mau.xlsx`);
    const token = await issueToken("P34-08", "province");
    const sent = await submit(token, {
      bytes: await fill(await bytesOf(res), { plan: 9, share: 0.82, checked: 950, visits: 1000 }),
      withMeta: false,
    });
    expect(sent.status, await sent.clone().text()).toBe(201);
    expect(submissionAnswerSchema.parse(await sent.json()).submission.computed.value).toBe(49);
  });

  it("answers 404 JSON for an unknown campaign, 422 naming unit for an unknown or unfit unit, and period for a bad period", async () => {
    const token = await issueToken("P63-01", "province");
    await expectError(await get("khong-co-2099", token), 404, "not_found");
    await expectError(await get(EGOV_3826.id, token, "?unit=P99-99"), 422, "invalid", "unit");
    await expectError(await get(EGOV_3826.id, token, `?unit=${"P".repeat(200)}`), 422, "invalid", "unit");
    // 3826 runs over the 63 provinces: a province of the 34 is not one of its units
    await expectError(await get(EGOV_3826.id, token, "?unit=P34-01"), 422, "invalid", "unit");
    await expectError(await get(EGOV_3826.id, token, "?period=2099-01"), 422, "invalid", "period");
    // headquarters' own token names no unit that sends a self-assessment
    await expectError(await get(EGOV_3826.id, await issueToken("HQ", "hq")), 422, "invalid", "unit");
    await expectError(await call(`/api/v1/campaigns/${EGOV_3826.id}/template.xlsx`, null), 401);
  });
});
