// npm run seed [-- --remote] [-- --persist-to dir]: applies the migrations, then the units of shared/units and the
// built-in target tables (148/BHXH-TĐKT for 2025), and the three documents' campaigns published as version 1.
// Idempotent: run it again after any deploy.
import { mkdirSync, writeFileSync } from "node:fs";
import { seedSql, seedStatements } from "./sql/seed-sql.ts";
import { d1Execute, migrate, targetFrom } from "./d1.ts";

const target = targetFrom(process.argv.slice(2));
migrate(target);
mkdirSync("dist", { recursive: true });
const file = "dist/seed.sql";
writeFileSync(file, seedSql());
d1Execute(target, { file });
// INSERT OR IGNORE: a second run writes nothing, so this counts statements run, not rows added.
const statements = seedStatements().length;
const where = target.remote ? "Cloudflare" : "local";
console.log(
  `Đã chạy ${statements} câu lệnh nạp dữ liệu (${where}) từ ${file}; dòng đã có được giữ nguyên. / ` +
    `Ran ${statements} seed statements; existing rows kept.`,
);
