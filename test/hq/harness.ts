import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { resolve } from "node:path";
import {
  BUILT_IN_TARGETS,
  XLSX_CONTENT_TYPE,
  leaderboardAnswerSchema,
  meAnswerSchema,
  targetTableSchema,
  targetsAnswerSchema,
  targetsPutSchema,
  unitByCode,
  type ErrorBody,
  type Submission,
  type TargetChange,
  type TargetTable,
} from "../../shared/index.ts";
import { harnessSubmit, readBody as readBytes, type HarnessAnswer } from "./harness-submit.ts";
import { campaignStore, campaignsRoute, type CampaignStore } from "./harness-campaigns.ts";
import { tokenStore, tokensRoute, type TokenStore } from "./harness-tokens.ts";
import { councilRoute, councilStore, resultsOf } from "./harness-council.ts";
import { leaderboardXlsx } from "../../functions/xlsx-export/leaderboard.ts";
import { submissionsXlsx } from "../../functions/xlsx-export/submissions.ts";
import { dossierRoute, dossierStore } from "./harness-dossier.ts";
import { judgingStore, type JudgingStore } from "./harness-judging.ts";
import { sampleData, type SampleData } from "./sample.ts";
import { sendFile } from "../support/static-files.ts";

/**
 * A development harness for the headquarters page and the upload page: serves dist/addin as the Worker does
 * (`/hq` → hq.html, `/gui` → gui.html) and answers /api/v1/* with sample data made by the rules (see sample.ts),
 * uploads read by the service's own reader (harness-submit.ts). For eyes and page tests, not the test of record:
 * the Worker's own tests own the API.
 */
export const HQ_TOKEN = "hq-dev-token";
export const PROVINCE_TOKEN = "province-dev-token";
/** BHXH Hà Nội of the 63 provinces: the template's default unit (3826 ran over the 63). */
export const HANOI63_TOKEN = "p63-01-dev-token";
const TOKENS: Record<string, string> = { [HQ_TOKEN]: "HQ", [PROVINCE_TOKEN]: "P34-01", [HANOI63_TOKEN]: "P63-01" };

/** One POST /submissions as the harness received it. */
export interface Upload {
  query: string;
  headers: IncomingMessage["headers"];
  size: number;
  status: number;
}

export interface Harness {
  url: string;
  /** Every PUT /targets body the page sent, for the tests. */
  puts: unknown[];
  /** The next PUT /targets answers this error instead (to see how the page shows the service's errors). */
  failNextPut: { status: number; body: ErrorBody } | null;
  /** Every POST /submissions, in order. */
  uploads: Upload[];
  /** The next POST /submissions answers this instead: an error body, or a page that is not the service's. */
  failNextSubmit: { status: number; body: ErrorBody | string } | null;
  /** Read upload bodies slowly, so the browser's progress bar has steps between 0 and 100 %. */
  slowUploads: boolean;
  /** The service is unreachable: every API request's connection is dropped unanswered, as when the network is down. */
  down: boolean;
  /** No unit has sent anything yet: empty boards and submission lists. */
  empty: boolean;
  /** Each API request as "METHOD /path?query", in order. */
  requests: string[];
  /** The campaigns the harness keeps (the seeds, then what the page published), and every PUT it took. */
  campaigns: CampaignStore;
  /** The access codes the page issued and revoked (Mã truy cập). */
  tokens: TokenStore;
  /** HQ's judgements, reviews and closings the page made (harness-judging.ts). */
  judging: JudgingStore;
  close(): Promise<void>;
}

const error = (
  res: ServerResponse,
  status: number,
  code: string,
  vi: string,
  en: string,
  field: string | null = null,
) => {
  const body: ErrorBody = { error: { code, field, message_vi: vi, message_en: en } };
  res.writeHead(status, { "Content-Type": "application/json; charset=utf-8" }).end(JSON.stringify(body));
};
const json = (res: ServerResponse, body: unknown) =>
  res.writeHead(200, { "Content-Type": "application/json; charset=utf-8" }).end(JSON.stringify(body));
/** GET /submissions as the service answers it: lean (no `sources`), one page (the harness's lists are small). */
const listed = (list: readonly Submission[]) => ({
  submissions: list.map(({ sources: _, ...s }) => s),
  nextCursor: null,
});

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

export async function startHarness(opts: { units?: number; root?: string; port?: number } = {}): Promise<Harness> {
  const units = opts.units ?? 63;
  const root = resolve(opts.root ?? "dist/addin");
  const cache = new Map<string, SampleData>();
  const campaigns = campaignStore();
  const tokens = tokenStore();
  const judging = judgingStore();
  // Keyed by the version too: a corrected definition scores its sample units again.
  const data = (campaign: string, period: string) => {
    const c = campaigns.published(campaign);
    const key = `${campaign}|${campaigns.records.get(campaign)?.version}|${period}`;
    if (!cache.has(key)) cache.set(key, sampleData(c, period, units));
    return cache.get(key)!;
  };
  const tables = new Map<number, TargetTable>(BUILT_IN_TARGETS.map((t) => [t.year, structuredClone(t)]));
  const history: TargetChange[] = [];
  const puts: unknown[] = [];
  const control = {
    failNextPut: null as Harness["failNextPut"],
    failNextSubmit: null as Harness["failNextSubmit"],
    slowUploads: false,
    down: false,
    empty: false,
  };
  const requests: string[] = [];
  const uploads: Upload[] = [];
  const stored: Submission[] = [];
  const council = councilStore();
  const dossier = dossierStore();
  const submissionOwner = (id: string) =>
    stored.find((s) => s.id === id) ?? [...cache.values()].flatMap((d) => d.submissions).find((s) => s.id === id);

  const api = async (req: IncomingMessage, res: ServerResponse, url: URL) => {
    const auth = req.headers.authorization ?? "";
    const token = auth.startsWith("Bearer ") ? auth.slice(7) : "";
    const caller = TOKENS[token];
    if (!caller)
      return error(
        res,
        401,
        "unauthorized",
        "Mã truy cập không hợp lệ hoặc đã hết hạn.",
        "The token is invalid or expired.",
      );
    const path = url.pathname.replace(/^\/api\/v1/, "");
    if (path === "/me") {
      const unit = unitByCode(caller);
      return json(res, meAnswerSchema.parse({ unit: unit.code, unitName: unit.name, role: unit.kind }));
    }
    if (path === "/me/results")
      return json(res, { results: resultsOf(council, caller, (id) => campaigns.published(id)) });
    if (path === "/submissions" && req.method === "POST") {
      const bytes = await readBytes(req, control.slowUploads);
      const fail = control.failNextSubmit;
      control.failNextSubmit = null;
      const answer: { status: number; body: HarnessAnswer["body"] | string } =
        fail ?? (await harnessSubmit(bytes, req, caller, url.searchParams.get("unit"), stored));
      uploads.push({ query: url.search, headers: req.headers, size: bytes.byteLength, status: answer.status });
      const text = typeof answer.body === "string" ? answer.body : JSON.stringify(answer.body);
      return res
        .writeHead(answer.status, {
          "Content-Type": typeof answer.body === "string" ? "text/html" : "application/json; charset=utf-8",
        })
        .end(text);
    }
    if (await campaignsRoute(campaigns, req, res, path, token === HQ_TOKEN, () => readBody(req), error)) return;
    if (await dossierRoute(dossier, req, res, url, path, caller, submissionOwner, error)) return;
    // A unit lists its own submissions (the upload page's list), as the service answers it.
    if (token !== HQ_TOKEN && path === "/submissions" && req.method === "GET")
      return json(res, listed(stored.filter((s) => s.unit === caller).map(judging.reviewed)));
    if (token !== HQ_TOKEN)
      return error(res, 403, "forbidden", "Chỉ Vụ Thi đua - Khen thưởng được xem.", "Headquarters only.");
    if (await tokensRoute(tokens, req, res, path, () => readBody(req), error)) return;
    if (path === "/submissions" && req.method === "GET" && url.searchParams.get("latest") === "1")
      return json(res, listed(stored.map(judging.reviewed)));
    if (await judging.route(req, res, path, () => readBody(req), data, error)) return;
    const campaign = url.searchParams.get("campaign") ?? "";
    const period = url.searchParams.get("period") ?? "";
    const boardOf = (c: string, p: string) => ({ board: data(c, p).leaderboard, campaign: campaigns.published(c) });
    try {
      if (await councilRoute(council, req, res, path, boardOf, () => readBody(req), error)) return;
      if (path === "/leaderboard") {
        const board = judging.board(data(campaign, period), period);
        const none = {
          ...board,
          rows: [],
          totals: {
            ...board.totals,
            units: 0,
            eligible: 0,
            awarded: 0,
            councilTies: 0,
            mismatches: 0,
            prizeFundUsedVnd: 0,
            individualsFundVnd: 0,
          },
        };
        return json(res, leaderboardAnswerSchema.parse(control.empty ? none : board));
      }
      // The exports, written by the Worker's own code from the same sample answers.
      if (path === "/leaderboard.xlsx" || path === "/submissions.xlsx") {
        const d = data(campaign, period);
        const def = campaigns.published(campaign);
        const latest = d.submissions.filter((s) => d.leaderboard.rows.some((r) => r.submissionId === s.id));
        const bytes =
          path === "/leaderboard.xlsx"
            ? leaderboardXlsx(d.leaderboard, def, latest, new Date())
            : submissionsXlsx(d.submissions, def, period, new Date());
        return res.writeHead(200, { "Content-Type": XLSX_CONTENT_TYPE }).end(bytes);
      }
      if (path === "/submissions") {
        const uploaded = stored.filter((s) => s.campaign === campaign && s.period === period).reverse();
        return json(res, listed(control.empty ? uploaded : [...uploaded, ...data(campaign, period).submissions]));
      }
    } catch (e) {
      const r = e as { argument?: string; messageVi?: string; messageEn?: string };
      return error(res, 400, "bad_request", r.messageVi ?? String(e), r.messageEn ?? String(e), r.argument ?? null);
    }
    // The whole record by its id (the list has no `sources`), as the service answers it.
    const one = path.match(/^\/submissions\/([^/]+)$/);
    const found = one && req.method === "GET" ? submissionOwner(decodeURIComponent(one[1]!)) : undefined;
    if (found) return json(res, { submission: judging.reviewed(found) });
    const wb = path.match(/^\/submissions\/([^/]+)\/workbook$/);
    if (wb) {
      const id = decodeURIComponent(wb[1]!);
      for (const d of cache.values()) {
        const bytes = d.workbooks.get(id);
        if (bytes) return res.writeHead(200, { "Content-Type": XLSX_CONTENT_TYPE }).end(bytes);
      }
      return error(res, 404, "not_found", "Không có hồ sơ này.", "No such submission.");
    }
    const tg = path.match(/^\/targets\/(\d{4})$/);
    if (tg) {
      const year = Number(tg[1]);
      if (req.method === "PUT") {
        const raw = await readBody(req);
        let body: unknown;
        try {
          body = JSON.parse(raw);
        } catch {
          return error(res, 400, "bad_json", "Nội dung không phải JSON.", "The body is not JSON.");
        }
        puts.push(body);
        const fail = control.failNextPut;
        if (fail) {
          control.failNextPut = null;
          return res
            .writeHead(fail.status, { "Content-Type": "application/json; charset=utf-8" })
            .end(JSON.stringify(fail.body));
        }
        const parsed = targetsPutSchema.safeParse(body);
        if (!parsed.success) {
          const i = parsed.error.issues[0]!;
          return error(
            res,
            400,
            "invalid",
            `Chỉ tiêu không hợp lệ: ${i.message}.`,
            `Invalid targets: ${i.message}.`,
            i.path.join("."),
          );
        }
        const old = tables.get(year);
        const table = targetTableSchema.parse({ year, document: parsed.data.document, rows: parsed.data.rows });
        for (const r of table.rows) {
          const before = old?.rows.find((o) => o.indicator === r.indicator);
          if (before && before.value === r.value && before.comparison === r.comparison) continue;
          history.push({
            year,
            indicator: r.indicator,
            oldValue: before?.value ?? null,
            newValue: r.value,
            comparison: r.comparison,
            document: table.document,
            changedBy: "HQ",
            changedAt: new Date().toISOString(),
          });
        }
        tables.set(year, table);
        return json(res, targetsAnswerSchema.parse({ table, history: history.filter((h) => h.year === year) }));
      }
      const table = tables.get(year);
      if (!table) return error(res, 404, "not_found", `Chưa có chỉ tiêu năm ${year}.`, `No targets for ${year}.`);
      return json(res, targetsAnswerSchema.parse({ table, history: history.filter((h) => h.year === year) }));
    }
    return error(res, 404, "not_found", "Không có đường dẫn này.", "No such path.");
  };

  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    if (url.pathname.startsWith("/api/v1/")) {
      requests.push(`${req.method} ${url.pathname}${url.search}`);
      if (control.down) return void req.socket.destroy();
      api(req, res, url).catch((e) => error(res, 500, "internal", "Lỗi máy chủ thử.", String(e)));
      return;
    }
    const page =
      url.pathname === "/hq" || url.pathname === "/"
        ? "/hq.html"
        : url.pathname === "/gui"
          ? "/gui.html"
          : url.pathname;
    sendFile(root, page, res);
  });
  await new Promise<void>((ok) => server.listen(opts.port ?? 0, "127.0.0.1", ok));
  const port = (server.address() as { port: number }).port;
  return {
    url: `http://127.0.0.1:${port}`,
    puts,
    uploads,
    get failNextPut() {
      return control.failNextPut;
    },
    set failNextPut(v) {
      control.failNextPut = v;
    },
    get failNextSubmit() {
      return control.failNextSubmit;
    },
    set failNextSubmit(v) {
      control.failNextSubmit = v;
    },
    get slowUploads() {
      return control.slowUploads;
    },
    set slowUploads(v) {
      control.slowUploads = v;
    },
    get down() {
      return control.down;
    },
    set down(v) {
      control.down = v;
    },
    get empty() {
      return control.empty;
    },
    set empty(v) {
      control.empty = v;
    },
    requests,
    campaigns,
    tokens,
    judging,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}
