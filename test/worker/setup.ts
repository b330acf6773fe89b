import { applyD1Migrations } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { forgetTargetTables } from "../../functions/storage/targets-memo.ts";
import { forgetCampaignBook } from "../../functions/storage/campaign-book.ts";
import { seedStatements } from "../../scripts/sql/seed-sql.ts";

// The real migrations, then the same seed `npm run seed` applies (units, the 148/BHXH-TĐKT table, the three
// documents' campaigns as published version 1).
// Both are idempotent, so running them before each test file is safe.
await applyD1Migrations(env.DB, env.TEST_MIGRATIONS);
await env.DB.batch(seedStatements().map((sql) => env.DB.prepare(sql)));
// Each test file has its own D1; the tables another file's D1 had must not be answered from memory here.
forgetTargetTables();
forgetCampaignBook();
