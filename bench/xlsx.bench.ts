/**
 * `node scripts/run-ts.mjs bench/xlsx.bench.ts`: reading the contract tables out of a 1 MB and a 25 MB workbook
 * (test/support/big-workbook.ts: a participants list plus the contract sheet, its strings last in the shared
 * strings), and out of issue 18's hostile shapes (test/support/hostile-workbook.ts). Each read runs in a child
 * node with a capped heap, beside a child that only loads the bytes, so the memory figure is the reader's own,
 * and a child that only inflates (fflate) the parts the reader needs, all but the data sheet: the floor, whose
 * CPU time the reader's is printed beside as `floor ratio: N×` (issue 18's goal: ≤ 3). Figures are printed,
 * never asserted.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { unzipSync } from "fflate";
import { fileURLToPath } from "node:url";
import { readWorkbook } from "../functions/xlsx/index.ts";
import { tablesNamed } from "../test/support/xlsx-read.ts";
import { TABLES } from "../shared/contract.ts";
import { bigWorkbook } from "../test/support/big-workbook.ts";
import { hostileWorkbook, type HostileOptions } from "../test/support/hostile-workbook.ts";

const DIR = "dist/bench-xlsx";
const self = fileURLToPath(import.meta.url);
const mb = (n: number) => (n / 1024 / 1024).toFixed(1);

interface ChildFigures {
  ok: boolean;
  ms: number;
  cpuMs: number;
  heapUsedMb: number;
  arrayBuffersMb: number;
  maxRssMb: number;
  error?: string;
  tables?: number;
}

type Mode = "load" | "read" | "floor";

/** The data sheet of every bench workbook: the one part the reader never inflates. */
const DATA_PART = "xl/worksheets/sheet1.xml";

async function child(mode: Mode, file: string): Promise<void> {
  const bytes = readFileSync(file);
  globalThis.gc?.();
  const start = performance.now();
  const cpu = process.cpuUsage();
  let out: Partial<ChildFigures> = { ok: true };
  if (mode === "read") {
    try {
      const wb = await readWorkbook(bytes, { wantTable: tablesNamed(...Object.values(TABLES)) });
      out.tables = wb.tables.filter((t) => t.rows).length;
    } catch (e) {
      out = { ok: false, error: String(e).slice(0, 160) };
    }
  } else if (mode === "floor") {
    unzipSync(bytes, { filter: (f) => f.name !== DATA_PART });
  }
  const ms = performance.now() - start;
  const used = process.cpuUsage(cpu);
  // CPU time beside wall time: on a shared machine the wall clock also counts other people's work.
  const cpuMs = (used.user + used.system) / 1000;
  const m = process.memoryUsage();
  const figures: ChildFigures = {
    ...out,
    ok: out.ok ?? false,
    ms,
    cpuMs,
    heapUsedMb: m.heapUsed / 1048576,
    arrayBuffersMb: m.arrayBuffers / 1048576,
    maxRssMb: peakRssMb(),
  };
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

function run(mode: Mode, file: string, heapMb: number): ChildFigures {
  const r = spawnSync(process.execPath, [`--max-old-space-size=${heapMb}`, "--expose-gc", self, `--${mode}`, file], {
    encoding: "utf8",
  });
  const line = r.stdout.trim().split("\n").at(-1) ?? "";
  try {
    return JSON.parse(line) as ChildFigures;
  } catch {
    return {
      ok: false,
      ms: 0,
      cpuMs: 0,
      heapUsedMb: 0,
      arrayBuffersMb: 0,
      maxRssMb: 0,
      error: (r.stderr || line).split("\n").find((l) => /heap|Error/.test(l)) ?? `exit ${r.status}`,
    };
  }
}

const ratio = (read: ChildFigures, floor: ChildFigures) =>
  `floor ratio: ${(read.cpuMs / Math.max(1, floor.cpuMs)).toFixed(1)}×`;

/** The reader beside the floor, both as CPU time of a child, best of `tries` (the machine is shared). */
function versusFloor(file: string, tries = 3): { read: ChildFigures; floor: ChildFigures } {
  const best = (mode: Mode) =>
    Array.from({ length: tries }, () => run(mode, file, 256)).sort((a, b) => a.cpuMs - b.cpuMs)[0]!;
  return { floor: best("floor"), read: best("read") };
}

const HOSTILE: Array<[string, HostileOptions]> = [
  ["3,000,000 tiny cells above the tables, 3,000,000 tiny runs in the first shared string", {}],
  ["the same cells in a row a contract table crosses", { cellRow: 6 }],
  ["a contract cell pointing at the many-run string", { pointAtRuns: true }],
];

const modeAt = process.argv.findIndex((a) => a === "--read" || a === "--load" || a === "--floor");
if (modeAt > 0) {
  await child(process.argv[modeAt]!.slice(2) as Mode, process.argv[modeAt + 1]!);
} else {
  mkdirSync(DIR, { recursive: true });
  console.log(`Reading the contract tables (node ${process.version}, ${DIR}/)`);
  for (const megabytes of [1, 25]) {
    const t0 = performance.now();
    const big = bigWorkbook({ megabytes });
    const built = performance.now() - t0;
    const file = `${DIR}/big-${megabytes}mb.xlsx`;
    writeFileSync(file, big.bytes);
    console.log(
      `\n${mb(big.bytes.length)} MB workbook, ${big.rows.toLocaleString("en-US")} data rows (built in ${(built / 1000).toFixed(1)} s)`,
    );
    const load = run("load", file, 128);
    for (const heap of [128, 32, 16]) {
      const read = run("read", file, heap);
      const figures = read.ok
        ? `${read.ms.toFixed(0).padStart(6)} ms (CPU ${read.cpuMs.toFixed(0)} ms)  heap after ${read.heapUsedMb.toFixed(1)} MB  max RSS ${read.maxRssMb.toFixed(0)} MB (load only: ${load.maxRssMb.toFixed(0)} MB, +${(read.maxRssMb - load.maxRssMb).toFixed(0)} MB)  tables read ${read.tables}`
        : `failed: ${read.error}`;
      console.log(`  --max-old-space-size=${String(heap).padEnd(4)} ${figures}`);
    }
    const { read, floor } = versusFloor(file);
    console.log(
      `  reader CPU ${read.cpuMs.toFixed(0)} ms, fflate inflating the parts it needs ${floor.cpuMs.toFixed(0)} ms: ${ratio(read, floor)}`,
    );
  }
  for (const [what, options] of HOSTILE) {
    const file = `${DIR}/hostile-${HOSTILE.findIndex(([w]) => w === what)}.xlsx`;
    const bytes = hostileWorkbook(options);
    writeFileSync(file, bytes);
    const { read, floor } = versusFloor(file);
    const answer = read.ok ? `read (${read.tables} tables)` : `refused: ${read.error}`;
    console.log(
      `\nHostile, ${mb(bytes.length)} MB: ${what}\n  ${answer}\n  in ${read.ms.toFixed(0)} ms (CPU ${read.cpuMs.toFixed(0)} ms), fflate inflating the same parts ${floor.cpuMs.toFixed(0)} ms: ${ratio(read, floor)}`,
    );
  }
}
