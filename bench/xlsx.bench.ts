/**
 * `node scripts/run-ts.mjs bench/xlsx.bench.ts`: reading the contract tables out of a 1 MB and a 25 MB workbook
 * (test/support/big-workbook.ts: a participants list plus the contract sheet, its strings last in the shared
 * strings). Each read runs in a child node with a capped heap, beside a child that only loads the bytes, so the
 * memory figure is the reader's own. Figures are printed, never asserted.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { readWorkbook, tablesNamed } from "../functions/xlsx/index.ts";
import { TABLES } from "../shared/contract.ts";
import { bigWorkbook } from "../test/support/big-workbook.ts";

const DIR = "dist/bench-xlsx";
const self = fileURLToPath(import.meta.url);
const mb = (n: number) => (n / 1024 / 1024).toFixed(1);

interface ChildFigures { ok: boolean; ms: number; heapUsedMb: number; arrayBuffersMb: number; maxRssMb: number; error?: string; tables?: number }

async function child(mode: "load" | "read", file: string): Promise<void> {
  const bytes = readFileSync(file);
  globalThis.gc?.();
  const start = performance.now();
  let out: Partial<ChildFigures> = { ok: true };
  if (mode === "read") {
    try {
      const wb = await readWorkbook(bytes, { wantTable: tablesNamed(...Object.values(TABLES)) });
      out.tables = wb.tables.filter((t) => t.rows).length;
    } catch (e) {
      out = { ok: false, error: String(e) };
    }
  }
  const ms = performance.now() - start;
  const m = process.memoryUsage();
  const figures: ChildFigures = { ...out, ok: out.ok ?? false, ms, heapUsedMb: m.heapUsed / 1048576, arrayBuffersMb: m.arrayBuffers / 1048576, maxRssMb: peakRssMb() };
  console.log(JSON.stringify(figures));
}

/**
 * The child's own peak RSS: /proc's VmHWM belongs to the address space exec gave it, whereas getrusage's maxRSS
 * keeps the parent's peak across spawn on Linux (and the parent has just built a 25 MB workbook).
 */
function peakRssMb(): number {
  try {
    const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync("/proc/self/status", "utf8"));
    if (hwm) return Number(hwm[1]) / 1024;
  } catch {
    // not Linux
  }
  return process.resourceUsage().maxRSS / 1024;
}

function run(mode: "load" | "read", file: string, heapMb: number): ChildFigures {
  const r = spawnSync(process.execPath, [`--max-old-space-size=${heapMb}`, "--expose-gc", self, `--${mode}`, file], { encoding: "utf8" });
  const line = r.stdout.trim().split("\n").at(-1) ?? "";
  try {
    return JSON.parse(line) as ChildFigures;
  } catch {
    return { ok: false, ms: 0, heapUsedMb: 0, arrayBuffersMb: 0, maxRssMb: 0, error: (r.stderr || line).split("\n").find((l) => /heap|Error/.test(l)) ?? `exit ${r.status}` };
  }
}

const modeAt = process.argv.findIndex((a) => a === "--read" || a === "--load");
if (modeAt > 0) {
  await child(process.argv[modeAt]!.slice(2) as "load" | "read", process.argv[modeAt + 1]!);
} else {
  mkdirSync(DIR, { recursive: true });
  console.log(`Reading the contract tables (node ${process.version}, ${DIR}/)`);
  for (const megabytes of [1, 25]) {
    const t0 = performance.now();
    const big = bigWorkbook({ megabytes });
    const built = performance.now() - t0;
    const file = `${DIR}/big-${megabytes}mb.xlsx`;
    writeFileSync(file, big.bytes);
    console.log(`\n${mb(big.bytes.length)} MB workbook, ${big.rows.toLocaleString("en-US")} data rows (built in ${(built / 1000).toFixed(1)} s)`);
    const load = run("load", file, 128);
    for (const heap of [128, 32, 16]) {
      const read = run("read", file, heap);
      const figures = read.ok
        ? `${read.ms.toFixed(0).padStart(6)} ms  heap after ${read.heapUsedMb.toFixed(1)} MB  max RSS ${read.maxRssMb.toFixed(0)} MB (load only: ${load.maxRssMb.toFixed(0)} MB, +${(read.maxRssMb - load.maxRssMb).toFixed(0)} MB)  tables read ${read.tables}`
        : `failed: ${read.error}`;
      console.log(`  --max-old-space-size=${String(heap).padEnd(4)} ${figures}`);
    }
  }
}
