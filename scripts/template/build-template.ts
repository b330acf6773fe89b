// npm run template [-- --out path] [-- --unit P63-01 --campaign <id> --period final] : writes a template made by
// the service's own generator (functions/template/) from a seed definition (the seeds' first when not named),
// filled with sample figures (samples.ts), and, by default, every seed's empty template for the first unit of its
// registry.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { buildTemplate, templateFileName } from "../../functions/template/index.ts";
import { SEEDS } from "../../shared/campaigns/seeds.ts";
import type { Campaign } from "../../shared/campaigns/schema.ts";
import { campaignIn } from "../../shared/campaigns/lookup.ts";
import { UNITS } from "../../shared/units/index.ts";
import { sampleWorkbook } from "./sample-workbook.ts";
import { TEMPLATE_FILE_NAME } from "./samples.ts";

const arg = (name: string): string | undefined => {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? process.argv[at + 1] : undefined;
};
/** The first province of the registry a campaign is run over: the unit a template is made for by default. */
const firstUnitOf = (campaign: Campaign) =>
  UNITS.find((u) => u.kind === "province" && u.registry === campaign.registry)!;
const write = (path: string, bytes: Uint8Array) => {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, bytes);
};

const campaign = campaignIn(SEEDS, arg("campaign") ?? SEEDS[0]!.id);
const unit = arg("unit") ?? firstUnitOf(campaign).code;
const out = resolve(arg("out") ?? `dist/templates/${TEMPLATE_FILE_NAME}`);
const bytes = sampleWorkbook(unit, { campaign, period: arg("period") });
write(out, bytes);
console.log(`Đã tạo mẫu / template written: ${out} (${bytes.length} bytes)`);
if (!arg("out")) {
  // Each seed's empty template beside it (GET /api/v1/campaigns/:id/template.xlsx makes the same file for any unit).
  for (const seed of SEEDS) {
    const seedUnit = firstUnitOf(seed);
    write(
      resolve(`dist/templates/${templateFileName(seedUnit, seed)}`),
      buildTemplate({ campaign: seed, unit: seedUnit }),
    );
  }
}
