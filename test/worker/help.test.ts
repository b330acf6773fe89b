import { describe, expect, it } from "vitest";
import { help } from "../../functions/routes/help.ts";
import { EXCEL_FUNCTIONS } from "../../shared/index.ts";
import { call } from "./helpers.ts";

/** /help/<function>: the pages the add-in's build writes (test/addin/help-pages.test.ts), served by the Worker. */
describe("GET /help/<function> (the Worker's route, over a stand-in of its assets binding)", () => {
  const assets = {
    fetch: async (req: Request) =>
      new URL(req.url).pathname === "/help/SCORE_EGOV.html"
        ? new Response("<p>trang</p>")
        : new Response("no", { status: 404 }),
  };
  const get = (path: string) => help.request(path, {}, { ASSETS: assets } as never);

  it("serves the built page as HTML, and sends another spelling of a name to it", async () => {
    const res = await get("/SCORE_EGOV");
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Type")).toBe("text/html; charset=utf-8");
    expect(await res.text()).toBe("<p>trang</p>");
    for (const name of ["score_egov", "BHXH.SCORE_EGOV", "SCORE_EGOV.html"]) {
      const r = await get(`/${name}`);
      expect(r.status, name).toBe(301);
      expect(r.headers.get("Location")).toBe("/help/SCORE_EGOV");
    }
  });

  it("serves the guide 'Khi hàm BHXH không chạy' the build writes, which is no function's page", async () => {
    const built = "/help/khi-ham-khong-chay.html";
    const guide = {
      fetch: async (req: Request) =>
        new URL(req.url).pathname === built ? new Response("<p>sửa</p>") : new Response("no", { status: 404 }),
    };
    const res = await help.request("/khi-ham-khong-chay", {}, { ASSETS: guide } as never);
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Type")).toBe("text/html; charset=utf-8");
    expect(await res.text()).toBe("<p>sửa</p>");
    expect((await help.request("/khi-ham-khong-chay-nua", {}, { ASSETS: guide } as never)).status).toBe(404);
  });

  it("an unknown name gets the list of functions, its name escaped; a page not built says how to build it", async () => {
    const unknown = await get("/%3Cscript%3E");
    expect(unknown.status).toBe(404);
    const body = await unknown.text();
    expect(body).toContain("&#60;script&#62;");
    for (const id of EXCEL_FUNCTIONS) expect(body).toContain(`/help/${id}`);
    const unbuilt = await get("/TARGET");
    expect(unbuilt.status).toBe(404);
    expect(await unbuilt.text()).toContain("npm run build:addin");
  });
});

describe("/help through the whole Worker", () => {
  it("is a page (framable by Office, not an API answer): redirects and the list carry the page headers", async () => {
    const res = await call("/help/bhxh.xep_hang", null, { redirect: "manual" });
    expect(res.status).toBe(301);
    expect(res.headers.get("Location")).toBe("/help/XEP_HANG");
    const unknown = await call("/help/NOPE", null);
    expect(unknown.status).toBe(404);
    expect(unknown.headers.get("Content-Security-Policy")).toContain(
      "frame-ancestors 'self' https://*.officeapps.live.com",
    );
    expect(await unknown.text()).toContain('<html lang="vi">');
  });
});
