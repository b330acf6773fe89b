import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { apiClient } from "../../addin/api/client.ts";
import { refreshCampaigns } from "../../addin/campaigns/refresh.ts";
import {
  CAMPAIGNS_ETAG_KEY,
  CAMPAIGNS_KEY,
  campaignVersion,
  loadSavedCampaigns,
  resetCampaigns,
} from "../../addin/campaigns/store.ts";
import { registerFunctions } from "../../addin/functions/functions.ts";
import { memoryStore } from "../../addin/storage/device.ts";
import { campaign2026 } from "../support/campaign-2026.ts";
import { cellError, cellValue } from "./support/call-function.ts";
import { StandInError, associated, installCustomFunctions } from "./support/custom-functions.ts";
import { fakeExcel } from "./support/excel-cells.ts";
import { useStandIn } from "./support/service-stand-in.ts";

/**
 * The five functions that take a campaign, with a campaign nobody coded (2026) loaded from the service as the
 * add-in loads it (GET /campaigns, its ETag, the device's copy offline), called as Excel calls them: the data
 * range as rows with text numbers, empty cells as the web (null) and desktop (0) pass them, whole columns,
 * error values.
 */
const service = useStandIn();
beforeAll(() => {
  installCustomFunctions();
  registerFunctions();
});
beforeEach(() => resetCampaigns());
let excel: ReturnType<typeof fakeExcel> | null = null;
afterEach(() => {
  excel?.uninstall();
  excel = null;
});

const campaignGets = () => service.requests.filter((r) => r.url === "/api/v1/campaigns");
const ROWS = [
  ["Mã", "Nội dung", "Giá trị"],
  ["plan", "Kế hoạch", 8],
  ["share", "Tỷ lệ", "80%"],
  ["checked", "Lượt", "900"],
  ["visits", "Tổng", "1.000,0"],
];
async function load(storage = memoryStore()) {
  await refreshCampaigns(apiClient({ baseUrl: service.url, token: "tok-hn" }), storage);
  return storage;
}

describe("the published definitions, loaded as the targets are", () => {
  it("before the first load a campaign nobody coded is #VALUE! naming the known ones; once loaded it scores by its numbers", async () => {
    const before = await cellError("CHAM_DIEM", ["cccd-2026", "tổng kết", ROWS, null]);
    expect(before.code).toBe("#VALUE!");
    expect(before.message).toMatch(/^campaign: Không có đợt thi đua "cccd-2026".*egov-3826-2015/);
    await load();
    expect(campaignVersion("cccd-2026")).toBe(2);
    expect(await cellValue("CHAM_DIEM", ["cccd-2026", "tổng kết", ROWS, null])).toBe(48);
    expect(await cellValue("CHAM_DIEM", ["999/BHXH-TĐKT", "final", ROWS, ""])).toBe(48);
    expect(await Promise.all([1, 2, 3].map((n) => cellValue("DIEM_TIEU_CHI", ["cccd-2026", n, ROWS, null])))).toEqual([
      8, 20, 20,
    ]);
    expect(await cellValue("KET_LUAN", ["cccd-2026", "final", ROWS, null])).toBe("Đủ điều kiện");
    const scores = [[48], [45], [44], [40], [39], [31], [29]];
    expect(await cellValue("XEP_GIAI", ["cccd-2026", "final", 48, scores])).toBe("Giải nhất");
    expect(await cellValue("XEP_GIAI", ["cccd-2026", "final", 31, scores])).toBe("Đủ điều kiện");
    expect(await cellValue("TIEN_THUONG", ["cccd-2026", "final", "Giải khuyến khích"])).toBe(5_000_000);
  });

  it("keeps the list and its ETag on the device: unchanged is a 304, and the saved copy scores offline at the next start", async () => {
    const storage = await load();
    expect(campaignGets()[0]!.headers["if-none-match"]).toBeUndefined();
    const etag = await storage.getItem(CAMPAIGNS_ETAG_KEY);
    expect(etag).toMatch(/^"c-/);
    expect(await refreshCampaigns(apiClient({ baseUrl: service.url, token: "tok-hn" }), storage)).toMatchObject({
      unchanged: true,
      changed: false,
    });
    expect(campaignGets()[1]!.headers["if-none-match"]).toBe(etag);

    resetCampaigns(); // Excel closed and opened again, with no network
    service.offline = true;
    expect(await loadSavedCampaigns(storage)).toBe(true);
    expect(await cellValue("CHAM_DIEM", ["cccd-2026", "final", ROWS, null])).toBe(48);
  });

  it("an open cell follows: #VALUE! before the load, the score after, the corrected score after a new version, once each", async () => {
    const shown: unknown[] = [];
    const inv = { setResult: (v: unknown) => void shown.push(v), onCanceled: undefined as undefined | (() => void) };
    associated.get("CHAM_DIEM")!("cccd-2026", "final", ROWS, null, inv);
    await new Promise((r) => setTimeout(r, 0));
    expect(shown).toHaveLength(1);
    expect(shown[0]).toBeInstanceOf(StandInError);
    const storage = await load();
    expect(shown.slice(1)).toEqual([[[48]]]);
    const corrected = structuredClone(campaign2026) as any;
    corrected.criteria.province[0].max = 20;
    corrected.total = 60;
    corrected.criteria.province[1].scoring.bands = [
      { from: 0.5, points: 5 },
      { from: 0.9, points: 20 },
    ];
    service.campaigns = service.campaigns.map((r) =>
      r.id === "cccd-2026" ? { ...r, version: 3, definition: corrected } : r,
    );
    await refreshCampaigns(apiClient({ baseUrl: service.url, token: "tok-hn" }), storage);
    await refreshCampaigns(apiClient({ baseUrl: service.url, token: "tok-hn" }), storage); // a 304: nothing more
    expect(shown.slice(1)).toEqual([[[48]], [[33]]]);
    inv.onCanceled?.();
  });

  it("a draft is #VALUE! saying it is not published; a definition this add-in cannot read is left out and said", async () => {
    service.campaigns = [
      ...service.campaigns,
      {
        id: "nhap-2026",
        version: 1,
        status: "draft",
        updatedAt: "2026-02-01T00:00:00Z",
        updatedBy: "HQ",
        definition: { ...campaign2026, id: "nhap-2026" },
      },
      {
        id: "moi-2027",
        version: 1,
        status: "published",
        updatedAt: "2026-02-01T00:00:00Z",
        updatedBy: "HQ",
        definition: { id: "moi-2027", measure: "stars" },
      },
    ];
    const storage = memoryStore();
    expect(await refreshCampaigns(apiClient({ baseUrl: service.url, token: "tok-hn" }), storage)).toMatchObject({
      unreadable: ["moi-2027"],
    });
    expect((await cellError("CHAM_DIEM", ["nhap-2026", "final", ROWS, null])).message).toMatch(
      /^campaign: Đợt thi đua "nhap-2026" \(999\/BHXH-TĐKT\) chưa được công bố/,
    );
    expect((await cellError("KET_LUAN", ["moi-2027", "final", ROWS, null])).code).toBe("#VALUE!");
    expect(JSON.parse((await storage.getItem(CAMPAIGNS_KEY))!)).toHaveLength(6); // kept as sent, for a newer add-in
  });
});

describe("what Excel passes for the data range", () => {
  beforeEach(async () => void (await load()));

  it('an empty Giá trị cell is missing on the web (null, "") and on desktop (0, asked of Excel); a typed 0 is 0', async () => {
    const withEmpty = (v: unknown) => ROWS.map((r) => (r[0] === "share" ? [r[0], r[1], v] : r));
    for (const blank of [null, "", " "]) {
      expect((await cellError("CHAM_DIEM", ["cccd-2026", "final", withEmpty(blank), null])).message).toMatch(
        /^share: .*Thiếu giá trị/,
      );
    }
    const sheet: Record<string, unknown> = {};
    ROWS.forEach((r, i) =>
      r.forEach((v, c) => (sheet[`${"ABC"[c]}${i + 1}`] = r[0] === "share" && c === 2 ? undefined : v)),
    );
    sheet.C2 = 0; // a typed 0 for the plan: 0 points
    excel = fakeExcel({ Sheet1: sheet });
    excel.install();
    const desktop = ROWS.map((r) => (r[0] === "share" ? [r[0], r[1], 0] : r[0] === "plan" ? [r[0], r[1], 0] : r));
    const inv = { parameterAddresses: ["Sheet1!E1", "Sheet1!E2", "Sheet1!A1:C5", "Sheet1!E3"] };
    expect((await cellError("CHAM_DIEM", ["cccd-2026", "final", desktop, null], inv)).message).toMatch(
      /^share: .*Thiếu giá trị/,
    );
    expect(excel.runs).toBe(1);
    sheet.C3 = 0.8;
    const typed = ROWS.map((r) => (r[0] === "plan" ? [r[0], r[1], 0] : r));
    expect(await cellValue("CHAM_DIEM", ["cccd-2026", "final", typed, null], inv)).toBe(40);
  });

  it("numbers as text in either notation, a 2-column range, any key spelling; one column is refused", async () => {
    const twoColumns = [
      ["PLAN", "8,0"],
      ["Share", 0.8],
      ["checked", 900],
      ["visits", "1,000.0"],
    ];
    expect(await cellValue("CHAM_DIEM", ["cccd-2026", "final", twoColumns, null])).toBe(48);
    expect((await cellError("CHAM_DIEM", ["cccd-2026", "final", [["plan"], ["share"]], null])).message).toMatch(
      /^inputs: Vùng dữ liệu phải có cột Mã và cột Giá trị/,
    );
  });

  it("an error value in a Giá trị cell answers that error naming the row; in an argument, that argument's", async () => {
    const broken = ROWS.map((r) => (r[0] === "visits" ? [r[0], r[1], new StandInError("#DIV/0!")] : r));
    expect(await cellError("CHAM_DIEM", ["cccd-2026", "final", broken, null])).toMatchObject({
      code: "#DIV/0!",
      message: expect.stringMatching(/^visits: Ô Giá trị của dòng "visits"/),
    });
    expect(await cellError("TIEN_THUONG", ["cccd-2026", new StandInError("#N/A"), "Giải nhất"])).toMatchObject({
      code: "#N/A",
    });
    expect(await cellError("KET_LUAN", [{ type: "Error", basicValue: "#REF!" }, "final", ROWS, null])).toMatchObject({
      code: "#N/A",
      message: expect.stringContaining("#REF!"),
    });
  });

  it("XEP_GIAI over a whole column: the web's nulls and the desktop's zeros (asked of Excel) give one tier", async () => {
    const column = (empty: unknown) => {
      const r: unknown[][] = Array.from({ length: 1_048_576 }, () => [empty]);
      r[0] = ["Điểm"];
      [48, 45, 44, 40, 39, 31, 29].forEach((v, i) => (r[i + 1] = [v]));
      return r;
    };
    const sheet: Record<string, unknown> = { A1: "Điểm" };
    [48, 45, 44, 40, 39, 31, 29].forEach((v, i) => (sheet[`A${i + 2}`] = v));
    excel = fakeExcel({ Sheet1: sheet });
    excel.install();
    const inv = { parameterAddresses: ["Sheet1!C1", "Sheet1!C2", "Sheet1!A3", "Sheet1!A:A"] };
    expect(await cellValue("XEP_GIAI", ["cccd-2026", "final", 44, column(null)], inv)).toBe("Giải khuyến khích");
    expect(await cellValue("XEP_GIAI", ["cccd-2026", "final", 44, column(0)], inv)).toBe("Giải khuyến khích");
    expect(
      await cellError("XEP_GIAI", ["cccd-2026", "final", 44, [[48], [new StandInError("#DIV/0!")]]]),
    ).toMatchObject({ code: "#N/A" });
  });

  it("the period, the criterion and the tier each named when wrong; an empty campaign is missing", async () => {
    expect((await cellError("CHAM_DIEM", ["cccd-2026", "so_ket", ROWS, null])).message).toMatch(
      /^period: Kỳ "so_ket" không thuộc đợt 999\/BHXH-TĐKT/,
    );
    expect((await cellError("DIEM_TIEU_CHI", ["cccd-2026", 7, ROWS, null])).message).toMatch(/^criterion: /);
    expect((await cellError("TIEN_THUONG", ["cccd-2026", "final", "Giải nhì"])).message).toMatch(
      /^tier: Không có giải "Giải nhì"/,
    );
    expect((await cellError("CHAM_DIEM", [null, "final", ROWS, null])).message).toMatch(/^campaign: Thiếu giá trị/);
    expect((await cellError("CHAM_DIEM", ["cccd-2026", "final", ROWS, "quận"])).message).toMatch(/^unitKind: /);
  });
});
