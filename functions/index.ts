import { Hono, type Context } from "hono";
import type { AppEnv } from "./env.ts";
import { requireToken } from "./middleware/auth.ts";
import { onError, routeNotFound } from "./middleware/errors.ts";
import { rateLimit } from "./middleware/rate-limit.ts";
import { addinHeaders, apiHeaders, OFFICE_LOADED, pageHeaders } from "./middleware/security.ts";
import { guardBindings } from "./middleware/storage-guard.ts";
import { campaigns } from "./routes/campaigns.ts";
import { campaignTemplate } from "./routes/campaign-template.ts";
import { closing } from "./routes/closing.ts";
import { judgements } from "./routes/judgements.ts";
import { health } from "./routes/health.ts";
import { help } from "./routes/help.ts";
import { leaderboard } from "./routes/leaderboard.ts";
import { me } from "./routes/me.ts";
import { missing } from "./routes/missing.ts";
import { reviews } from "./routes/reviews.ts";
import { submissions } from "./routes/submissions.ts";
import { targets } from "./routes/targets.ts";
import { tokens } from "./routes/tokens.ts";
import { exports } from "./routes/exports.ts";
import { units } from "./routes/units.ts";
import { sweepOrphanWorkbooks } from "./storage/sweep.ts";

/**
 * The headquarters service: `/api/v1` (JSON, token per unit) and, for every other path, the add-in's files, the
 * /hq page and the upload page /gui from the assets binding. The Worker runs first for files too
 * (`run_worker_first`), so every answer carries security headers: strict for the API, framable by Office for the
 * add-in's files only.
 */
const app = new Hono<AppEnv>();
app.onError(onError);
app.use(async (c, next) => {
  const api = c.req.path.startsWith("/api/");
  await (api ? apiHeaders : OFFICE_LOADED.test(c.req.path) ? addinHeaders : pageHeaders)(c, next);
  // API answers are per token: never cached by a shared proxy.
  if (api) c.header("Cache-Control", "no-store");
});

/**
 * A file from dist/addin, copied so its (immutable) headers can take ours. Never a source map: the build keeps
 * them out of dist/addin, and should one land there it is still not served (issue 18: the whole source was public).
 */
async function asset(c: Context<AppEnv>, path: string): Promise<Response> {
  if (/\.map$/i.test(path)) return routeNotFound(c);
  const res = await c.env.ASSETS.fetch(new Request(new URL(path, c.req.url), c.req.raw));
  return new Response(res.body, res);
}

// eslint-disable-next-line @typescript-eslint/no-unused-vars -- only its type is used: the typed client checks its calls against it
const routes = app
  .route("/api/v1/health", health)
  // Everything else under /api/v1 needs a token (limited per client address until one is verified), and each
  // token has its own rate limit.
  .use("/api/v1/*", requireToken, rateLimit)
  .route("/api/v1/me", me)
  .route("/api/v1/units", units)
  .route("/api/v1/targets", targets)
  .route("/api/v1/submissions", submissions)
  .route("/api/v1/submissions", reviews)
  .route("/api/v1/leaderboard", leaderboard)
  .route("/api/v1/tokens", tokens)
  // /leaderboard.xlsx and /submissions.xlsx (hq): beside the JSON routes of the same names.
  .route("/api/v1", exports)
  // The list and /:id; /:id/template.xlsx and /:id/periods/… mount their own routers on this base, one line each.
  .route("/api/v1/campaigns", campaigns)
  .route("/api/v1/campaigns", campaignTemplate)
  .route("/api/v1/campaigns", judgements)
  .route("/api/v1/campaigns", closing)
  .route("/api/v1/campaigns", missing)
  .all("/api/*", routeNotFound)
  // The headquarters page and the upload page (for an Excel without the add-in), built into dist/addin.
  .get("/hq", (c) => asset(c, "/hq.html"))
  .get("/gui", (c) => asset(c, "/gui.html"))
  .route("/help", help)
  .all("*", (c) => asset(c, c.req.path));

/** The routes' types, which the typed client (`functions/client.ts`) checks its calls against. */
export type AppType = typeof routes;

export default {
  // Every storage or limiter failure answers 503 JSON with Retry-After (middleware/storage-guard.ts).
  fetch: (request: Request, env: Env, ctx: ExecutionContext) => app.fetch(request, guardBindings(env), ctx),
  // The cron trigger: remove workbook files a failed submission left with no record (after a grace period).
  // scheduledTime, not the clock: the sweep judges age from when the trigger was due.
  async scheduled(controller, env, ctx) {
    ctx.waitUntil(
      sweepOrphanWorkbooks(env, controller.scheduledTime).then((r) =>
        console.log(`sweep: ${r.scanned} scanned, ${r.deleted.length} deleted`),
      ),
    );
  },
} satisfies ExportedHandler<Env>;
