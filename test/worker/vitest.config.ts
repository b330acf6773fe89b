import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { cloudflareTest, readD1Migrations } from "@cloudflare/vitest-pool-workers";
import { defineConfig } from "vitest/config";

const root = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));

// wrangler.toml's [assets] directory is the add-in's build output; the service's tests must not need that build.
mkdirSync(root("dist/addin"), { recursive: true });

/** The service inside workerd, with the root wrangler.toml's bindings (local D1, R2, rate limiter, assets). */
export default defineConfig({
  plugins: [
    cloudflareTest(async () => ({
      main: root("functions/index.ts"),
      wrangler: { configPath: root("wrangler.toml") },
      miniflare: { bindings: { TEST_MIGRATIONS: await readD1Migrations(root("functions/migrations")) } },
    })),
  ],
  test: {
    name: "worker",
    root: root("."),
    include: ["test/worker/**/*.test.ts"],
    setupFiles: ["test/worker/setup.ts"],
  },
});
