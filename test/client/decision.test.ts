import { describe, expect, it } from "vitest";
import { serviceApi } from "../../client/service.ts";
import { dispositionFileName } from "../../client/requests.ts";
import { ApiError } from "../../client/index.ts";
import { attachment } from "../../functions/http/disposition.ts";

/** The council, final-list, publish, documents and results calls: their paths, methods and bodies, and their answers read. */
interface Seen {
  method: string;
  url: string;
  body: string | null;
  accept: string | null;
}

function fakeService(answer: (url: string) => Response) {
  const seen: Seen[] = [];
  const fetch = (async (input: string, init: RequestInit = {}) => {
    const headers = new Headers(init.headers);
    seen.push({
      method: init.method ?? "GET",
      url: input,
      body: (init.body as string | undefined) ?? null,
      accept: headers.get("Accept"),
    });
    return answer(input);
  }) as unknown as typeof globalThis.fetch;
  return { api: serviceApi({ baseUrl: "https://thidua.example/", token: "tok", fetch }), seen };
}

const decision = {
  unit: "P63-01",
  tier: "nhat",
  note: "Hội đồng chọn",
  decidedBy: "HQ",
  decidedAt: "2016-01-12T00:00:00Z",
};
const publication = {
  number: "15",
  date: "2016-01-15",
  finalVersion: 2,
  publishedBy: "HQ",
  publishedAt: "2016-01-15T00:00:00Z",
};

describe("the decision calls of the one client", () => {
  it("PUT the council's choice, POST the list's reason and the publication, each under the period's path", async () => {
    const { api, seen } = fakeService((url) =>
      Response.json(url.endsWith("/publish") ? { decision: publication } : { decision }),
    );
    expect(
      await api.putCouncil("egov-3826-2015", "tổng kết", "P63-01", { tier: "nhat", note: "Hội đồng chọn" }),
    ).toEqual(decision);
    expect(await api.publishDecision("egov-3826-2015", "final", { number: "15", date: "2016-01-15" })).toEqual(
      publication,
    );
    expect(seen.map((s) => [s.method, s.url, s.body])).toEqual([
      [
        "PUT",
        "https://thidua.example/api/v1/campaigns/egov-3826-2015/periods/t%E1%BB%95ng%20k%E1%BA%BFt/council/P63-01",
        JSON.stringify({ tier: "nhat", note: "Hội đồng chọn" }),
      ],
      [
        "POST",
        "https://thidua.example/api/v1/campaigns/egov-3826-2015/periods/final/decision/publish",
        JSON.stringify({ number: "15", date: "2016-01-15" }),
      ],
    ]);
  });

  it("a document comes with the name the service gave it; a refusal is the service's error", async () => {
    const name = "Quyet-dinh-khen-thuong_egov-3826-2015_final_du-thao.docx";
    const { api, seen } = fakeService(
      () => new Response("PK", { headers: { "Content-Disposition": attachment(name) } }),
    );
    const doc = await api.decisionDocument("egov-3826-2015", "final", "decision");
    expect(doc.fileName).toBe(name);
    expect(await doc.blob.text()).toBe("PK");
    expect(seen[0]).toMatchObject({
      url: "https://thidua.example/api/v1/campaigns/egov-3826-2015/periods/final/decision.docx",
      accept: expect.stringContaining("wordprocessingml"),
    });
    expect(dispositionFileName(attachment("Danh sách Bằng khen.docx"))).toBe("Danh sách Bằng khen.docx");
    expect(dispositionFileName(null)).toBeNull();

    const refused = fakeService(() =>
      Response.json(
        {
          error: {
            code: "forbidden",
            field: null,
            message_vi: "Chỉ Vụ được làm việc này.",
            message_en: "Only headquarters.",
          },
        },
        { status: 403 },
      ),
    );
    const err = await refused.api.decisionDocument("egov-3826-2015", "final", "proposal").catch((e) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect(err).toMatchObject({ status: 403, code: "forbidden", messageVi: "Chỉ Vụ được làm việc này." });
  });

  it("an answer of the wrong shape is an error, not data", async () => {
    const { api } = fakeService(() => Response.json({ results: [{ campaign: 1 }] }));
    await expect(api.myResults()).rejects.toBeInstanceOf(ApiError);
  });
});
