/**
 * `npm run bench:template`: CPU time to make a campaign's template in the Worker's code (functions/template/ over
 * functions/xlsx-writer/), per seed, empty (what GET /api/v1/campaigns/:id/template.xlsx serves) and filled, beside
 * a floor measured in the same run: the writer's own one-cell workbook (its zip and fixed parts). Printed, never
 * asserted; node, not workerd, so a figure for the order of magnitude against the Worker's cpu_ms.
 */
import { buildTemplate } from "../functions/template/index.ts";
import { Workbook } from "../functions/xlsx-writer/index.ts";
import { SEEDS } from "../shared/campaigns/seeds.ts";
import { unitByCode } from "../shared/units/index.ts";
import { SAMPLE_VALUES } from "../scripts/template/samples.ts";

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 200);

function cpuMsPer(make: () => Uint8Array): { ms: number; bytes: number } {
  let bytes = 0;
  for (let i = 0; i < 20; i++) bytes = make().byteLength; // warm up the JIT first
  const start = process.cpuUsage();
  for (let i = 0; i < ROUNDS; i++) make();
  const used = process.cpuUsage(start);
  return { ms: (used.user + used.system) / 1000 / ROUNDS, bytes };
}

const floor = cpuMsPer(() => {
  const wb = new Workbook();
  wb.addSheet("A").set("A1", 1);
  return wb.toBytes();
});
console.log(`floor (one-cell workbook)                 ${floor.ms.toFixed(2)} ms CPU, ${floor.bytes} bytes`);
for (const campaign of SEEDS) {
  const unit = unitByCode(campaign.registry === "provinces34" ? "P34-01" : "P63-01");
  const empty = cpuMsPer(() => buildTemplate({ campaign, unit }));
  const filled = cpuMsPer(() => buildTemplate({ campaign, unit, values: { ...SAMPLE_VALUES } }));
  console.log(
    `${campaign.id.padEnd(24)} empty ${empty.ms.toFixed(2)} ms (${empty.bytes} B), filled ${filled.ms.toFixed(2)} ms (${filled.bytes} B)`,
  );
}
