// npm run template [-- --out path] [-- --unit P63-01 --campaign egov-3826-2015 --period final] : writes a template
// made by the service's own generator (functions/template/) from a seed definition, filled with sample figures
// (samples.ts), and, by default, every seed's empty template for the default unit of its registry.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { buildTemplate, templateFileName } from "../../functions/template/index.ts";
import { SEEDS } from "../../shared/campaigns/seeds.ts";
import { campaignIn } from "../../shared/campaigns/lookup.ts";
import { unitByCode } from "../../shared/units/index.ts";
import { SAMPLE_VALUES, TEMPLATE_FILE_NAME } from "./samples.ts";

const arg = (name: string): string | undefined => {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? process.argv[at + 1] : undefined;
};
const campaign = campaignIn(SEEDS, arg("campaign") ?? "egov-3826-2015");
const unit = unitByCode(arg("unit") ?? "P63-01");
const write = (path: string, bytes: Uint8Array) => {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, bytes);
};

const out = resolve(arg("out") ?? `dist/templates/${TEMPLATE_FILE_NAME}`);
const bytes = buildTemplate({ campaign, unit, period: arg("period"), values: { ...SAMPLE_VALUES } });
write(out, bytes);
console.log(`Đã tạo mẫu / template written: ${out} (${bytes.length} bytes)`);
if (!arg("out")) {
  // The Worker serves dist/addin: a copy there is what `npm start` names; each seed's empty template beside it
  // (GET /api/v1/campaigns/:id/template.xlsx makes the same file for any unit).
  write(resolve(`dist/addin/templates/${TEMPLATE_FILE_NAME}`), bytes);
  for (const seed of SEEDS) {
    const seedUnit = unitByCode(seed.registry === "provinces34" ? "P34-01" : "P63-01");
    write(
      resolve(`dist/templates/${templateFileName(seedUnit, seed)}`),
      buildTemplate({ campaign: seed, unit: seedUnit }),
    );
  }
}
