import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { cloudflareTest, readD1Migrations } from "@cloudflare/vitest-pool-workers";
import { defineConfig } from "vitest/config";
import { bigWorkbookFile, xlsxFixtures } from "../support/xlsx-fixtures.ts";

const root = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));

// wrangler.toml's [assets] directory is the add-in's build output; the service's tests must not need that build.
mkdirSync(root("dist/addin"), { recursive: true });

/** The service inside workerd, with the root wrangler.toml's bindings (local D1, R2, rate limiter, assets). */
export default defineConfig({
  plugins: [
    cloudflareTest(async () => ({
      main: root("functions/index.ts"),
      wrangler: { configPath: root("wrangler.toml") },
      miniflare: {
        bindings: {
          TEST_MIGRATIONS: await readD1Migrations(root("functions/migrations")),
          // The templates (exceljs) and their LibreOffice re-saves: made in node, where those run (cached).
          XLSX_FIXTURES: await xlsxFixtures(root(".")),
        },
        // The 25 MB workbook, served from node on request: built once (cached) and never carried as base64.
        serviceBindings: {
          XLSX_BIG: () => new Response(bigWorkbookFile(root("."), 25)),
        },
      },
    })),
  ],
  test: {
    name: "worker",
    root: root("."),
    include: ["test/worker/**/*.test.ts"],
    setupFiles: ["test/worker/setup.ts"],
  },
});
