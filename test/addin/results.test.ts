import { describe, expect, it } from "vitest";
import { apiClient } from "../../addin/api/client.ts";
import { resultLines } from "../../pages/results.ts";
import type { UnitResult } from "../../shared/index.ts";
import { useStandIn } from "./support/service-stand-in.ts";

/** The pane's "Kết quả khen thưởng": GET /me/results through the add-in's client, said in the pane's words. */
const service = useStandIn();

const awarded: UnitResult = {
  campaign: "egov-3826-2015",
  document: "3826/BHXH-TĐKT",
  title: "Thi đua đẩy mạnh giao dịch điện tử",
  period: "final",
  periodLabel: "Tổng kết đợt thi đua",
  tier: "nhat",
  tierLabel: "Giải nhất",
  amountVnd: 50_000_000,
  certificate: true,
  decision: { number: "15/QĐ-BHXH", date: "2016-01-15" },
};

describe("the pane's award results", () => {
  it("asks for the token's own unit and says tier, amount, certificate, decision number and date", async () => {
    service.results = {
      "P34-01": [
        awarded,
        {
          ...awarded,
          period: "2015-10",
          periodLabel: "Tháng 10/2015",
          tier: null,
          tierLabel: "Không đạt giải",
          amountVnd: 0,
          certificate: false,
        },
      ],
    };
    const results = await apiClient({ baseUrl: service.url, token: "tok-hn" }).myResults();
    expect(service.requests.at(-1)).toMatchObject({ method: "GET", url: "/api/v1/me/results" });
    expect(service.requests.at(-1)!.headers.authorization).toBe("Bearer tok-hn");
    const [first, second] = resultLines(results);
    expect(first!.vi).toBe(
      "3826/BHXH-TĐKT (Tổng kết đợt thi đua): Giải nhất, tiền thưởng 50.000.000 đ, kèm Bằng khen của Tổng Giám đốc. Quyết định số 15/QĐ-BHXH ngày 15/01/2016.",
    );
    expect(first!.en).toContain("decision 15/QĐ-BHXH of 2016-01-15");
    expect(second!.vi).toBe(
      "3826/BHXH-TĐKT (Tháng 10/2015): Không đạt giải. Quyết định số 15/QĐ-BHXH ngày 15/01/2016.",
    );
  });

  it("names the unit's nominees the decision awards, a person's amount beside their name", async () => {
    service.results = {
      "P34-01": [
        {
          ...awarded,
          nominees: [
            { kind: "collective", name: "Phòng Quản lý thu", amountVnd: null, certificate: true },
            { kind: "individual", name: "Nguyễn Văn An", amountVnd: 5_000_000, certificate: true },
          ],
        },
      ],
    };
    const [line] = resultLines(await apiClient({ baseUrl: service.url, token: "tok-hn" }).myResults());
    expect(line!.vi).toBe(
      "3826/BHXH-TĐKT (Tổng kết đợt thi đua): Giải nhất, tiền thưởng 50.000.000 đ, kèm Bằng khen của Tổng Giám đốc. Tập thể, cá nhân được khen thưởng: Phòng Quản lý thu, Nguyễn Văn An (5.000.000 đ). Quyết định số 15/QĐ-BHXH ngày 15/01/2016.",
    );
    expect(line!.en).toContain("nominees awarded: Phòng Quản lý thu, Nguyễn Văn An");
  });

  it("another unit's token sees none of it; no decision yet is said so", async () => {
    service.results = { "P34-01": [awarded] };
    const results = await apiClient({ baseUrl: service.url, token: "tok-hue" }).myResults();
    expect(results).toEqual([]);
    expect(resultLines(results)).toEqual([
      {
        vi: "Chưa có quyết định khen thưởng nào được công bố cho đơn vị.",
        en: "No award decision has been published for the unit yet.",
      },
    ]);
  });
});
