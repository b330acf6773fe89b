/**
 * `npm run bench:api`: the service under `wrangler dev` (local D1 and R2), driven by autocannon on 127.0.0.1.
 * Each endpoint runs beside GET /health on the same server in the same run: the ratio is the figure that
 * compares across machines. Then, for a real 1 MB and 25 MB workbook (test/support/big-workbook.ts), the time and
 * workerd's peak RSS to read and store it, beside the same bytes only carried (refused on their headers, read
 * to the end and dropped) and the same file again (read, found stored). Printed, never asserted.
 * BENCH_SECONDS (default 10) bounds each run. State lives in dist/bench and is removed at the end.
 */
import autocannon, { type Result } from "autocannon";
import { createHash, randomBytes } from "node:crypto";
import { rmSync, writeFileSync } from "node:fs";
import { IDEMPOTENCY_HEADER, XLSX_CONTENT_TYPE } from "../shared/index.ts";
import { BIG_WORKBOOK_CONTRACT, bigWorkbook } from "../test/support/big-workbook.ts";
import { withComment } from "../test/worker/xlsx/zip-surgery.ts";
import { seedSql } from "../scripts/sql/seed-sql.ts";
import { issueTokenSql } from "../scripts/sql/token-sql.ts";
import { d1Execute, migrate, type D1Target } from "../scripts/d1.ts";
import { localRequest } from "../scripts/dev/local-http.ts";
import { benchConfig } from "./bench-config.ts";
import { freePort, rssMb, startWranglerDev, workerdPids } from "../scripts/dev/wrangler-dev.ts";
import { isolateHeap } from "./isolate-heap.ts";

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 10;
const DIR = "dist/bench";

// The bench's own copy of wrangler.toml: paths from dist/bench, and rate limits far above what autocannon
// sends (with the real 300/min per token and 60/min per address, it would measure 429 answers, not the service).
rmSync(DIR, { recursive: true, force: true });
const config = benchConfig(DIR, (toml) => toml.replace(/simple = \{ limit = \d+/g, "simple = { limit = 1000000000"));
const target: D1Target = { remote: false, persistTo: `${DIR}/state`, config };
migrate(target);
writeFileSync(`${DIR}/seed.sql`, seedSql());
d1Execute(target, { file: `${DIR}/seed.sql` });
const token = randomBytes(32).toString("base64url");
d1Execute(target, {
  command: issueTokenSql(createHash("sha256").update(token).digest("hex"), "P63-01", "province", "bench"),
});

const inspectorPort = await freePort();
const server = await startWranglerDev({
  port: await freePort(),
  config,
  persistTo: `${DIR}/state`,
  output: "collect",
  inspectorPort,
});
const auth = { Authorization: `Bearer ${token}` };

// Real workbooks of the token's unit: the service opens every one. A zip comment makes each copy new bytes
// without touching a part, so every POST below is read, scored and stored.
if (BIG_WORKBOOK_CONTRACT.unit !== "P63-01") throw new Error("the bench's token is P63-01's");
const oneMb = bigWorkbook({ megabytes: 1 }).bytes;
const files = new Map([
  [1, oneMb],
  [25, bigWorkbook({ megabytes: 25 }).bytes],
]);
const renamed = (bytes: Uint8Array, tag: string) => Buffer.from(withComment(bytes, new TextEncoder().encode(tag)));
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
  const pids = workerdPids(server.process.pid!);
  // Issue 18: memory flat under concurrency, measured first, before the runs below leave their garbage in the
  // isolate. The 24 MB workbook sent alone, then by ten one after another, then by ten at once (each its own bytes):
  // the body goes to R2 as it arrives and is read from there by range, so ten at once should hold about what
  // ten in turn do. Sampled every 10 ms: workerd's RSS (with the local D1 and R2 simulators) and the Worker
  // isolate's heap through its inspector (isolate-heap.ts), which is what the 128 MB counts.
  const big = files.get(25)!;
  const heap = await isolateHeap(inspectorPort);
  let sent = 0;
  const send = (body: Buffer) => {
    const key = `concurrent-${++sent}`;
    return localRequest(`${server.url}/api/v1/submissions`, {
      method: "POST",
      headers: { ...postHeaders, [IDEMPOTENCY_HEADER]: key, "Content-Length": body.length, Connection: "close" },
      body,
    }).catch((e: Error) => ({ status: e.message, text: "" }));
  };
  const growth = async (label: string, count: number, together: boolean) => {
    const bodies = Array.from({ length: count }, (_, i) => renamed(big, `concurrent-${sent + i + 1}`));
    const idle = { rss: Math.max(...pids.map(rssMb)), heap: await heap.mb() };
    const peak = { ...idle };
    let sampling = true;
    const sampled = (async () => {
      while (sampling) {
        peak.rss = Math.max(peak.rss, ...pids.map(rssMb));
        peak.heap = Math.max(peak.heap, await heap.mb());
        await new Promise((r) => setTimeout(r, 10));
      }
    })();
    const started = Date.now();
    const answers = [];
    if (together) answers.push(...(await Promise.all(bodies.map(send))));
    else for (const body of bodies) answers.push(await send(body));
    const ms = Date.now() - started;
    await new Promise((r) => setTimeout(r, 200));
    sampling = false;
    await sampled;
    const statuses = [...new Set(answers.map((a) => a.status))].join(",");
    const grew = { rss: peak.rss - idle.rss, heap: peak.heap - idle.heap };
    console.log(
      `  ${label.padEnd(24)} HTTP ${statuses} in ${String(ms).padStart(6)} ms; isolate heap ${idle.heap.toFixed(0)} → ${peak.heap.toFixed(0)} MB (+${grew.heap.toFixed(0)}); workerd RSS ${idle.rss.toFixed(0)} → ${peak.rss.toFixed(0)} MB (+${grew.rss.toFixed(0)})`,
    );
    return grew;
  };
  console.log(
    `\nConcurrent ${(big.length / 1024 / 1024).toFixed(1)} MB uploads (each new bytes, read, scored, stored)`,
  );
  const one = await growth("1 alone", 1, false);
  const inTurn = await growth("10 one after another", 10, false);
  const together = await growth("10 at once", 10, true);
  heap.close();
  const ratio = (a: number, b: number) => `${(a / Math.max(b, 1)).toFixed(2)}×`;
  console.log(
    `  isolate heap growth, 10 at once ÷ 1 alone: ${ratio(together.heap, one.heap)} (goal ≤ 2×); ÷ 10 in turn: ${ratio(together.heap, inTurn.heap)}`,
  );
  console.log(
    `  workerd RSS growth, 10 at once ÷ 1 alone: ${ratio(together.rss, one.rss)}; ÷ 10 in turn: ${ratio(together.rss, inTurn.rss)}`,
  );
  pair(
    "GET /targets (every year, what the add-in loads)",
    CONNECTIONS,
    "GET /api/v1/targets",
    await run("/api/v1/targets", { headers: auth }),
    await run("/api/v1/health"),
  );
  pair(
    "GET /targets/2025",
    CONNECTIONS,
    "GET /api/v1/targets/2025",
    await run("/api/v1/targets/2025", { headers: auth }),
    await run("/api/v1/health"),
  );
  const etag = (await fetch(`${server.url}/api/v1/targets`, { headers: auth })).headers.get("ETag") ?? "";
  pair(
    "GET /targets with the ETag the add-in kept (each a 304: autocannon counts it non-2xx)",
    CONNECTIONS,
    "GET /api/v1/targets, If-None-Match → 304",
    await run("/api/v1/targets", { headers: { ...auth, "If-None-Match": etag } }),
    await run("/api/v1/health"),
  );

  // Each POST is a new 1 MB workbook (fresh bytes and key), so every request reads it and writes R2 and D1.
  let n = 0;
  // Fewer connections: 4 × 1 MB in flight is what a handful of provinces submitting at once looks like.
  const POST_CONNECTIONS = 4;
  const post = await run("/api/v1/submissions", {
    connections: POST_CONNECTIONS,
    requests: [
      {
        method: "POST",
        setupRequest: (req) => {
          const body = renamed(oneMb, `bench-${++n}`);
          return { ...req, body, headers: { ...postHeaders, [IDEMPOTENCY_HEADER]: `bench-${n}` } };
        },
      },
    ],
  });
  pair(
    "POST /submissions of a 1 MB workbook (each one new)",
    POST_CONNECTIONS,
    "POST /api/v1/submissions (1 MB)",
    post,
    await run("/api/v1/health", { connections: POST_CONNECTIONS }),
  );

  // Time and workerd's peak memory per real workbook: carried only (refused on its headers, drained), read and
  // stored, and the same file again (read, then answered as the stored one).
  const measure = async (
    label: string,
    body: Buffer,
    headers: Record<string, string>,
    path = "/api/v1/submissions",
  ) => {
    const idle = Math.max(...pids.map(rssMb));
    let peak = idle;
    const sampler = setInterval(() => (peak = Math.max(peak, ...pids.map(rssMb))), 10);
    const started = Date.now();
    // node's http, as an office's client sends: the whole body, whatever the service answers; a connection of its
    // own (a kept-alive one may have idled out while the 25 MB workbook was being built).
    const res = await localRequest(`${server.url}${path}`, {
      method: "POST",
      headers: { ...headers, "Content-Length": body.length, Connection: "close" },
      body,
    });
    const ms = Date.now() - started;
    await new Promise((r) => setTimeout(r, 200));
    clearInterval(sampler);
    console.log(
      `  ${label.padEnd(44)} HTTP ${res.status} in ${String(ms).padStart(5)} ms; workerd RSS idle ${idle.toFixed(0)} MB, peak ${peak.toFixed(0)} MB (+${(peak - idle).toFixed(0)} MB)`,
    );
  };
  console.log(`\nReal workbooks, one request each (workerd pids ${pids.join(",")})`);
  for (const mb of [1, 25]) {
    const file = files.get(mb)!;
    const size = `${(file.length / 1024 / 1024).toFixed(1)} MB`;
    const body = renamed(file, `bench-read-${mb}`);
    // Only carried: a province naming another unit (here none) is refused on its headers, and the body drained.
    await measure(
      `${size} carried only (refused on headers, drained)`,
      body,
      { ...auth, "Content-Type": XLSX_CONTENT_TYPE },
      "/api/v1/submissions?unit=",
    );
    await measure(`${size} read, scored and stored (201)`, body, {
      ...postHeaders,
      [IDEMPOTENCY_HEADER]: `bench-read-${mb}`,
    });
    await measure(`${size} again: read, found stored (200)`, body, postHeaders);
  }
} finally {
  await server.stop();
  await new Promise((r) => setTimeout(r, 500));
  rmSync(`${DIR}/state`, { recursive: true, force: true });
}
