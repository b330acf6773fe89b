import { defineConfig } from "vitest/config";

/** One `npm test` over every part: each part is a project with its own environment. */
export default defineConfig({
  test: {
    projects: [
      { test: { name: "rules", include: ["test/rules/**/*.test.ts"], environment: "node" } },
      // The one HTTP client of the add-in, /hq and /gui (client/): endpoints and the reading of every failure.
      { test: { name: "client", include: ["test/client/**/*.test.ts"], environment: "node" } },
      // The headquarters service, inside workerd (its own config: the Cloudflare pool and wrangler.toml).
      "test/worker/vitest.config.ts",
      {
        test: {
          name: "addin",
          include: ["test/addin/**/*.test.ts"],
          environment: "node",
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      // The headquarters page: its pure modules in node, its behaviour in headless Chromium over the harness.
      { test: { name: "hq", include: ["test/hq/**/*.test.ts"], environment: "node", testTimeout: 60_000 } },
      // LibreOffice opens the generated workbook in one of these: give it time on a cold start.
      { test: { name: "template", include: ["test/template/**/*.test.ts"], environment: "node", testTimeout: 90_000 } },
      // The decision documents (.docx), read back through LibreOffice as a person would print them.
      { test: { name: "docx", include: ["test/docx/**/*.test.ts"], environment: "node", testTimeout: 120_000 } },
      // The journey on the real product: wrangler dev over HTTPS, the add-in and /hq in headless Chromium.
      {
        test: {
          name: "e2e",
          include: ["test/e2e/**/*.test.ts"],
          environment: "node",
          testTimeout: 180_000,
          hookTimeout: 240_000,
        },
      },
    ],
  },
});
