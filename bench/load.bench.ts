/**
 * `npm run bench:load`: 34 provinces each post a ~2 MB workbook at once while headquarters reads the leaderboard,
 * through `wrangler dev` (local D1, R2, rate limits as wrangler.toml sets them); a second after they start, the
 * same 34 again with the same Idempotency-Keys, as a client that gave up waiting would retry while its first
 * upload is still in flight. Printed, never asserted: errors, lost and doubled submissions, and the times. The workbooks are each province's real template (bench/load-workbooks.ts).
 */
import { createHash, randomBytes } from "node:crypto";
import { rmSync, writeFileSync } from "node:fs";
import { localRequest } from "../scripts/dev/local-http.ts";
import { freePort, rssMb, startWranglerDev, workerdPids } from "../scripts/dev/wrangler-dev.ts";
import { d1Execute, migrate, type D1Target } from "../scripts/d1.ts";
import { seedSql } from "../scripts/sql/seed-sql.ts";
import { issueTokenSql } from "../scripts/sql/token-sql.ts";
import { encodeMeta, IDEMPOTENCY_HEADER, SUBMISSION_META_HEADER, UNITS, XLSX_CONTENT_TYPE } from "../shared/index.ts";
import { benchConfig } from "./bench-config.ts";
import { CAMPAIGN, PERIOD, provinceWorkbook, type ProvinceWorkbook } from "./load-workbooks.ts";

const PROVINCES = 34;
const HQ_EVERY_MS = 500;
/** A read with no answer by then is counted as lost, and the page reads again, as /hq's reload would. */
const READ_TIMEOUT_MS = 10_000;
const DIR = "dist/bench-load";

const sha256 = (s: string) => createHash("sha256").update(s).digest("hex");
const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))] ?? NaN;
const times = (xs: number[]) => `p50 ${pct(xs, 50)} ms, p95 ${pct(xs, 95)} ms, max ${Math.max(...xs)} ms`;

const units = UNITS.filter((u) => u.registry === "provinces63")
  .slice(0, PROVINCES)
  .map((u) => u.code);
console.log(
  `Workbooks: ${PROVINCES} provinces of the 63-province registry, ${CAMPAIGN} ${PERIOD}, padded to ~2 MB (made once, kept in ${DIR}/workbooks)`,
);
const books: ProvinceWorkbook[] = [];
for (const unit of units) books.push(await provinceWorkbook(unit));
const sizes = books.map((b) => b.bytes.length);
const totalMb = sizes.reduce((a, b) => a + b, 0) / 1024 / 1024;
console.log(
  `  sizes ${(Math.min(...sizes) / 1024 / 1024).toFixed(2)}–${(Math.max(...sizes) / 1024 / 1024).toFixed(2)} MB, ${totalMb.toFixed(1)} MB in all`,
);

// The real wrangler.toml (limits included), with paths from dist/bench-load and state of its own.
const config = benchConfig(DIR);
const target: D1Target = { remote: false, persistTo: `${DIR}/state`, config };
migrate(target);
const tokens = new Map([...units, "HQ"].map((u) => [u, randomBytes(32).toString("base64url")]));
writeFileSync(
  `${DIR}/seed.sql`,
  `${seedSql()}\n${[...tokens].map(([u, t]) => issueTokenSql(sha256(t), u, u === "HQ" ? "hq" : "province", "load")).join("\n")}\n`,
);
d1Execute(target, { file: `${DIR}/seed.sql` });

const server = await startWranglerDev({ port: await freePort(), config, persistTo: `${DIR}/state`, output: "collect" });
// Each office posts from its own network, as on Cloudflare (CF-Connecting-IP); locally the header is the client's.
const from = (i: number) => ({ "CF-Connecting-IP": `10.${Math.floor(i / 250)}.${i % 250}.1` });
const hqHeaders = { Authorization: `Bearer ${tokens.get("HQ")}`, "CF-Connecting-IP": "10.255.0.1" };
const board = `${server.url}/api/v1/leaderboard?campaign=${CAMPAIGN}&period=${PERIOD}`;

/** One upload as the add-in sends it: the bytes, the metadata and the retry key in headers. */
const post = (b: ProvinceWorkbook, i: number) =>
  localRequest(`${server.url}/api/v1/submissions`, {
    method: "POST",
    headers: {
      Authorization: `Bearer ${tokens.get(b.unit)}`,
      "Content-Type": XLSX_CONTENT_TYPE,
      "Content-Length": b.bytes.length,
      [SUBMISSION_META_HEADER]: encodeMeta(b.meta),
      [IDEMPOTENCY_HEADER]: `load-${b.unit}`,
      ...from(i),
    },
    body: b.bytes,
    timeoutMs: 300_000,
  });

interface Posted {
  unit: string;
  status: number;
  ms: number;
  id?: string;
  duplicate?: boolean;
  error?: string;
}

async function wave(label: string): Promise<Posted[]> {
  const started = Date.now();
  const posted = await Promise.all(
    books.map(async (b, i): Promise<Posted> => {
      const t = Date.now();
      try {
        const { status, text: body } = await post(b, i);
        const answer = status < 300 ? (JSON.parse(body) as { submission: { id: string }; duplicate: boolean }) : null;
        return {
          unit: b.unit,
          status,
          ms: Date.now() - t,
          id: answer?.submission.id,
          duplicate: answer?.duplicate,
          error: answer ? undefined : body.slice(0, 200),
        };
      } catch (e) {
        return { unit: b.unit, status: 0, ms: Date.now() - t, error: String(e) };
      }
    }),
  );
  const wall = Date.now() - started;
  const byStatus = Object.entries(
    posted.reduce<Record<string, number>>((m, p) => ((m[p.status] = (m[p.status] ?? 0) + 1), m), {}),
  );
  console.log(
    `\n${label}: ${PROVINCES} POSTs at once, all answered in ${wall} ms (${(totalMb / (wall / 1000)).toFixed(1)} MB/s)`,
  );
  console.log(
    `  statuses ${byStatus.map(([s, n]) => `${s} × ${n}`).join(", ")}; each: ${times(posted.map((p) => p.ms))}`,
  );
  for (const p of posted.filter((x) => x.status >= 300 || x.status === 0).slice(0, 5))
    console.log(`  ${p.unit}: ${p.status} ${p.error}`);
  return posted;
}

const pids = workerdPids(server.process.pid!);
const idleRss = Math.max(...pids.map(rssMb));
let peakRss = idleRss;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, ...pids.map(rssMb))), 20);
const reads: Array<{ status: number; at: number; ms: number; error?: string }> = [];
const t0 = Date.now();
let reading = true;
const hq = (async () => {
  while (reading) {
    const t = Date.now();
    const { status, text } = await localRequest(board, { headers: hqHeaders, timeoutMs: READ_TIMEOUT_MS }).catch(
      (e: Error) => ({ status: 0, text: e.message }),
    );
    reads.push({ status, at: t - t0, ms: Date.now() - t, error: status === 200 ? undefined : text.slice(0, 200) });
    await new Promise((r) => setTimeout(r, HQ_EVERY_MS));
  }
})();

try {
  const firstWave = wave("Wave 1, every province's workbook");
  await new Promise((r) => setTimeout(r, 1000));
  const again = await wave(
    "Wave 2, started 1 s into wave 1: the same workbooks and Idempotency-Keys (retries racing the first uploads)",
  );
  const first = await firstWave;
  reading = false;
  await hq;
  clearInterval(sampler);

  const list = await localRequest(`${server.url}/api/v1/submissions?campaign=${CAMPAIGN}&period=${PERIOD}`, {
    headers: hqHeaders,
  });
  const stored = (JSON.parse(list.text) as { submissions: Array<{ unit: string; version: number; id: string }> })
    .submissions;
  const finalBoard = JSON.parse((await localRequest(board, { headers: hqHeaders })).text) as { rows: unknown[] };
  const perUnit = new Map<string, number>();
  for (const s of stored) perUnit.set(s.unit, (perUnit.get(s.unit) ?? 0) + 1);
  const errors =
    [...first, ...again].filter((p) => p.status === 0 || p.status >= 300).length +
    reads.filter((r) => r.status !== 200).length;
  const lost = units.filter((u) => !perUnit.has(u)).length;
  const doubled = [...perUnit.values()].filter((n) => n > 1).length;
  // Each unit's two uploads must name one submission, stored by one of them and answered as a duplicate to the other.
  const agreed = again.filter(
    (p, i) =>
      p.id !== undefined &&
      p.id === first[i]!.id &&
      [p.duplicate, first[i]!.duplicate].filter((d) => d === false).length === 1,
  ).length;

  console.log(
    `\nHeadquarters read the leaderboard ${reads.length} times meanwhile (every ${HQ_EVERY_MS} ms): ${times(reads.map((r) => r.ms))}, non-200 ${reads.filter((r) => r.status !== 200).length}`,
  );
  console.log(`\nErrors ${errors} (non-2xx or no answer, POSTs and reads), lost ${lost}, doubled ${doubled}`);
  console.log(
    `  stored: ${stored.length} submissions for ${perUnit.size} of ${PROVINCES} units; the final leaderboard has ${finalBoard.rows.length} rows`,
  );
  console.log(
    `  both waves: ${agreed} of ${PROVINCES} units were answered one submission, stored once and named as a duplicate once`,
  );
  for (const r of reads.filter((x) => x.status !== 200).slice(0, 3))
    console.log(`  a leaderboard read sent at +${r.at} ms: ${r.status} ${r.error}`);
  console.log(`  the reads (sent at +ms: took ms): ${reads.map((r) => `+${r.at}: ${r.ms}`).join(", ")}`);
  console.log(
    `  workerd RSS idle ${idleRss.toFixed(0)} MB, peak ${peakRss.toFixed(0)} MB (+${(peakRss - idleRss).toFixed(0)} MB), ${server.url}`,
  );
  if (errors > 0) {
    const said = server
      .log()
      .split("\n")
      .filter((l) => /error|exception|memory|restart|✘/i.test(l));
    console.log(`  what wrangler dev said about it:\n    ${said.slice(-12).join("\n    ") || "(nothing)"}`);
  }
} finally {
  reading = false;
  clearInterval(sampler);
  await server.stop();
  await new Promise((r) => setTimeout(r, 500));
  rmSync(`${DIR}/state`, { recursive: true, force: true });
}
