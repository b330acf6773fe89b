import type { BrowserContext, Route } from "playwright-core";

/** One stored submission of the province, as the service lists it. */
export interface StoredFigures {
  claimed: number;
  computed: number;
  mismatch: boolean;
}

/**
 * The service in a browser context, at `service`: a province's token (P34-01, Hà Nội), one stored submission with
 * the given figures, no targets; `state.down` drops every request, as an unreachable service does.
 */
export async function answerService(
  context: BrowserContext,
  service: string,
  state: { down: boolean } = { down: false },
  figures: StoredFigures = { claimed: 95, computed: 92, mismatch: true },
): Promise<void> {
  await context.route(`${service}/api/v1/**`, async (route: Route) => {
    if (state.down) return route.abort("connectionrefused");
    const req = route.request();
    const path = new URL(req.url()).pathname;
    const headers = {
      "Access-Control-Allow-Origin": "*",
      "Access-Control-Allow-Headers": "*",
      "Access-Control-Allow-Methods": "GET, POST",
    };
    if (req.method() === "OPTIONS") return route.fulfill({ status: 204, headers });
    const json = (body: unknown) =>
      route.fulfill({ status: 200, headers, contentType: "application/json", body: JSON.stringify(body) });
    if (path === "/api/v1/me") return json({ unit: "P34-01", unitName: "BHXH thành phố Hà Nội", role: "province" });
    if (path === "/api/v1/submissions") {
      return json({
        submissions: [
          {
            id: "s1",
            unit: "P34-01",
            unitName: "BHXH thành phố Hà Nội",
            campaign: "egov-3826-2015",
            period: "final",
            version: 1,
            sha256: "0".repeat(64),
            size: 1000,
            fileName: "Hà Nội.xlsx",
            inputs: {},
            claimed: { value: figures.claimed, label: null },
            sources: {},
            sentBy: "P34-01",
            computed: { value: figures.computed, label: "Giải nhất", vetoed: false, priority: false },
            mismatch: figures.mismatch,
            createdAt: new Date(0).toISOString(),
          },
        ],
      });
    }
    if (path.startsWith("/api/v1/targets")) return json({ tables: [] });
    return route.fulfill({
      status: 404,
      headers,
      contentType: "application/json",
      body: JSON.stringify({
        error: { code: "not_found", field: null, message_vi: "Không có", message_en: "Not found" },
      }),
    });
  });
}
