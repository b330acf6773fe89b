/**
 * `npm run bench:api`: the service under `wrangler dev` (local D1 and R2), driven by autocannon on 127.0.0.1.
 * Each endpoint runs beside GET /health on the same server in the same run: the ratio is the figure that
 * compares across machines. Then the workerd's peak RSS while one 25 MB workbook is stored. Printed, never asserted.
 * BENCH_SECONDS (default 10) bounds each run. State lives in dist/bench and is removed at the end.
 */
import autocannon, { type Result } from "autocannon";
import { createHash, randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { IDEMPOTENCY_HEADER, XLSX_CONTENT_TYPE } from "../shared/index.ts";
import { bigWorkbook } from "../test/support/big-workbook.ts";
import { seedSql } from "../functions/storage/seed-sql.ts";
import { issueTokenSql } from "../functions/storage/token-sql.ts";
import { d1Execute, migrate, type D1Target } from "../scripts/d1.ts";
import { freePort, rssMb, startWranglerDev, workerdPids } from "../scripts/dev/wrangler-dev.ts";

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 10;
const DIR = "dist/bench";

// The bench's own copy of wrangler.toml: paths from dist/bench, and rate limits far above what autocannon
// sends (with the real 300/min per token and 60/min per address, it would measure 429 answers, not the service).
rmSync(DIR, { recursive: true, force: true });
mkdirSync(`${DIR}/state`, { recursive: true });
mkdirSync("dist/addin", { recursive: true });
const config = `${DIR}/wrangler.toml`;
writeFileSync(
  config,
  readFileSync("wrangler.toml", "utf8")
    .replace('main = "functions/index.ts"', 'main = "../../functions/index.ts"')
    .replace('migrations_dir = "functions/migrations"', 'migrations_dir = "../../functions/migrations"')
    .replace('directory = "./dist/addin"', 'directory = "../addin"')
    .replace(/simple = \{ limit = \d+/g, "simple = { limit = 1000000000"),
);
const target: D1Target = { remote: false, persistTo: `${DIR}/state`, config };
migrate(target);
writeFileSync(`${DIR}/seed.sql`, seedSql());
d1Execute(target, { file: `${DIR}/seed.sql` });
const token = randomBytes(32).toString("base64url");
d1Execute(target, { command: issueTokenSql(createHash("sha256").update(token).digest("hex"), "P63-01", "province", "bench") });

const server = await startWranglerDev({ port: await freePort(), config, persistTo: `${DIR}/state`, output: "collect" });
const auth = { Authorization: `Bearer ${token}` };

/**
 * A real workbook of P63-01 (a participants list beside the contract sheet, test/support/big-workbook.ts), which
 * the service opens and scores. `tag` goes into the zip's comment: other bytes, the same workbook, so each POST
 * is a new submission rather than a duplicate of the last.
 */
const workbook = (megabytes: number, level: 1 | 6 = 1) => {
  const bytes = Buffer.from(bigWorkbook({ megabytes, level }).bytes);
  return (tag: number) => {
    const comment = Buffer.alloc(8);
    comment.writeBigUInt64LE(BigInt(tag));
    const length = Buffer.alloc(2);
    length.writeUInt16LE(comment.length);
    return Buffer.concat([bytes.subarray(0, bytes.length - 2), length, comment]);
  };
};
const postHeaders = { ...auth, "Content-Type": XLSX_CONTENT_TYPE };

const run = (path: string, extra: Partial<Parameters<typeof autocannon>[0]> = {}) =>
  autocannon({ url: `${server.url}${path}`, connections: CONNECTIONS, duration: SECONDS, ...extra });

const row = (label: string, r: Result) =>
  `  ${label.padEnd(44)} ${r.requests.mean.toFixed(0).padStart(7)} req/s   p50 ${String(r.latency.p50).padStart(4)} ms   p99 ${String(r.latency.p99).padStart(5)} ms   non-2xx ${r.non2xx}, errors ${r.errors}`;

function pair(title: string, connections: number, label: string, subject: Result, health: Result) {
  console.log(`\n${title} (${connections} connections, ${SECONDS} s each, ${server.url})`);
  console.log(row("GET /api/v1/health (baseline)", health));
  console.log(row(label, subject));
  console.log(`  ratio (health req/s ÷ subject req/s): ${(health.requests.mean / subject.requests.mean).toFixed(2)}×`);
}

try {
  // A short warm-up, so neither side of the first pair pays for workerd's first compile.
  await run("/api/v1/health", { duration: 1 });
  pair("GET /targets (every year, what the add-in loads)", CONNECTIONS, "GET /api/v1/targets", await run("/api/v1/targets", { headers: auth }), await run("/api/v1/health"));
  pair("GET /targets/2025", CONNECTIONS, "GET /api/v1/targets/2025", await run("/api/v1/targets/2025", { headers: auth }), await run("/api/v1/health"));
  const etag = (await fetch(`${server.url}/api/v1/targets`, { headers: auth })).headers.get("ETag") ?? "";
  pair("GET /targets with the ETag the add-in kept (each a 304: autocannon counts it non-2xx)", CONNECTIONS, "GET /api/v1/targets, If-None-Match → 304", await run("/api/v1/targets", { headers: { ...auth, "If-None-Match": etag } }), await run("/api/v1/health"));

  // Each POST is a new 1 MB workbook (fresh bytes and key), so every request writes R2 and D1: no duplicates.
  const base = workbook(1);
  let n = 0;
  // Fewer connections: 4 × 1 MB in flight is what a handful of provinces submitting at once looks like.
  const POST_CONNECTIONS = 4;
  const post = await run("/api/v1/submissions", {
    connections: POST_CONNECTIONS,
    requests: [{
      method: "POST",
      setupRequest: (req) => {
        const body = base(++n);
        return { ...req, body, headers: { ...postHeaders, [IDEMPOTENCY_HEADER]: `bench-${n}` } };
      },
    }],
  });
  pair("POST /submissions of a 1 MB workbook (each one new)", POST_CONNECTIONS, "POST /api/v1/submissions (1 MB)", post, await run("/api/v1/health", { connections: POST_CONNECTIONS }));

  // Peak memory of workerd while it receives, hashes and stores one 25 MB workbook (the configured limit).
  const pids = workerdPids(server.process.pid!);
  const idle = Math.max(...pids.map(rssMb));
  let peak = idle;
  const sampler = setInterval(() => (peak = Math.max(peak, ...pids.map(rssMb))), 10);
  const big = workbook(25, 6)(0); // 25.7 MB, under the 25 MiB limit
  const started = Date.now();
  const res = await fetch(`${server.url}/api/v1/submissions`, { method: "POST", headers: { ...postHeaders, [IDEMPOTENCY_HEADER]: "bench-25mb", "Content-Length": String(big.length) }, body: big });
  const ms = Date.now() - started;
  await new Promise((r) => setTimeout(r, 200));
  clearInterval(sampler);
  console.log(`\n25 MB workbook: HTTP ${res.status} in ${ms} ms; workerd RSS idle ${idle.toFixed(0)} MB, peak ${peak.toFixed(0)} MB (+${(peak - idle).toFixed(0)} MB), pids ${pids.join(",")}`);
} finally {
  await server.stop();
  await new Promise((r) => setTimeout(r, 500));
  rmSync(`${DIR}/state`, { recursive: true, force: true });
}
