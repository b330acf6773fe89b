declare namespace Cloudflare {
  interface Env {
    /** Set by test/worker/vitest.config.ts: the D1 migrations, read in Node, applied in setup.ts. */
    TEST_MIGRATIONS: import("cloudflare:test").D1Migration[];
  }
}
