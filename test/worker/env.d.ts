declare namespace Cloudflare {
  interface Env {
    /** Set by test/worker/vitest.config.ts: the D1 migrations, read in Node, applied in setup.ts. */
    TEST_MIGRATIONS: import("cloudflare:test").D1Migration[];
    /** Set by test/worker/vitest.config.ts: the templates and their LibreOffice re-saves (test/support/xlsx-fixtures.ts). */
    XLSX_FIXTURES: import("../support/xlsx-fixture-types.ts").XlsxFixtures;
    /** Set by test/worker/vitest.config.ts: answers any request with the 25 MB workbook of test/support/big-workbook.ts. */
    XLSX_BIG: Fetcher;
  }
}
