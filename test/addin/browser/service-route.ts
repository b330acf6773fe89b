import type { BrowserContext, Route } from "playwright-core";

/**
 * A service answered inside the browser context, for pane tests that need only a few reads: CORS as the Worker
 * sends it, a province's GET /me, empty targets, the test's own list of submissions, 404 JSON for the rest;
 * `down` drops every request.
 */
export async function routeService(
  context: BrowserContext,
  base: string,
  submissions: () => unknown[],
  state: { down: boolean } = { down: false },
): Promise<void> {
  await context.route(`${base}/api/v1/**`, async (route: Route) => {
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
    if (path === "/api/v1/submissions") return json({ submissions: submissions() });
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
