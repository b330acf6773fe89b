import { Hono, type Context } from "hono";
import { EXCEL_FUNCTIONS, excelFunctionId } from "../../shared/index.ts";
import type { AppEnv } from "../env.ts";

/**
 * /help and /help/<function>: the pages the add-in's build writes into dist/addin/help (scripts/lib/help-pages.ts),
 * which each function's helpUrl in functions.json names and Excel opens beside the formula. A name typed another
 * way (score_egov, BHXH.SCORE_EGOV) is sent to its page; a name that is no BHXH function gets the list, in
 * Vietnamese first.
 */
const escape = (s: string) => s.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
const list = () => EXCEL_FUNCTIONS.map((id) => `<li><a href="/help/${id}"><code>BHXH.${id}</code></a></li>`).join("");

function notFound(c: Context<AppEnv>, vi: string, en: string): Response {
  return c.html(
    `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Không có trang hướng dẫn / No help page</title></head>` +
      `<body><h1>${vi}</h1><p lang="en">${en}</p><ul>${list()}</ul></body></html>`,
    404,
  );
}

async function page(c: Context<AppEnv>, file: string): Promise<Response> {
  const res = await c.env.ASSETS.fetch(new Request(new URL(`/help/${file}.html`, c.req.url)));
  if (!res.ok) {
    return notFound(
      c,
      "Trang hướng dẫn chưa được tạo: chạy npm run build:addin.",
      "The help pages are not built: run npm run build:addin.",
    );
  }
  return new Response(res.body, {
    headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "public, max-age=300" },
  });
}

/** The help pages that are not a function's (scripts/lib/help-repair.ts). */
const GUIDES = ["khi-ham-khong-chay"] as const;

export const help = new Hono<AppEnv>()
  .get("/", (c) => page(c, "index"))
  .get(`/:guide{${GUIDES.join("|")}}`, (c) => page(c, c.req.param("guide")))
  .get("/:name", (c) => {
    const name = c.req.param("name");
    const id = excelFunctionId(name.replace(/\.html$/i, ""));
    if (!id)
      return notFound(
        c,
        `Không có hàm BHXH tên "${escape(name)}". Các hàm:`,
        `There is no BHXH function "${escape(name)}". The functions:`,
      );
    return id === name ? page(c, id) : c.redirect(`/help/${id}`, 301);
  });
