import { defineConfig } from "vitest/config";

/** One `npm test` over every part: each part is a project with its own environment. */
export default defineConfig({
  test: {
    projects: [
      { test: { name: "rules", include: ["test/rules/**/*.test.ts"], environment: "node" } },
      // The headquarters service, inside workerd (its own config: the Cloudflare pool and wrangler.toml).
      "test/worker/vitest.config.ts",
      { test: { name: "addin", include: ["test/addin/**/*.test.ts"], environment: "node", testTimeout: 60_000, hookTimeout: 120_000 } },
    ],
  },
});
