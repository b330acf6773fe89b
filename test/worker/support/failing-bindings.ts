import { env } from "cloudflare:workers";

/** Bindings that fail where a test says, the real ones underneath: what "nothing half-stored" is tested with. */
export const r2PutFails = {
  put: async () => {
    throw new Error("injected: R2 put failed");
  },
  get: (...a: Parameters<R2Bucket["get"]>) => env.WORKBOOKS.get(...a),
  head: (...a: Parameters<R2Bucket["head"]>) => env.WORKBOOKS.head(...a),
  list: (...a: Parameters<R2Bucket["list"]>) => env.WORKBOOKS.list(...a),
  delete: (...a: Parameters<R2Bucket["delete"]>) => env.WORKBOOKS.delete(...a),
} as unknown as R2Bucket;

/** Deleting fails (so what an upload that stored nothing leaves stays for the sweep); the rest is the real R2. */
export const r2DeleteFails = {
  put: (...a: Parameters<R2Bucket["put"]>) => env.WORKBOOKS.put(...a),
  get: (...a: Parameters<R2Bucket["get"]>) => env.WORKBOOKS.get(...a),
  head: (...a: Parameters<R2Bucket["head"]>) => env.WORKBOOKS.head(...a),
  list: (...a: Parameters<R2Bucket["list"]>) => env.WORKBOOKS.list(...a),
  delete: async () => {
    throw new Error("injected: R2 delete failed");
  },
} as unknown as R2Bucket;

/** The write batch fails (reads, batched or not, still answer): statements of INSERT/UPDATE/DELETE are marked. */
const writes = new WeakSet<object>();
const marked = (statement: D1PreparedStatement): D1PreparedStatement => {
  const bind = statement.bind.bind(statement);
  statement.bind = (...values: unknown[]) => marked(bind(...values));
  writes.add(statement);
  return statement;
};
export const d1BatchFails = {
  prepare: (sql: string) =>
    /^\s*(INSERT|UPDATE|DELETE)/i.test(sql) ? marked(env.DB.prepare(sql)) : env.DB.prepare(sql),
  batch: async (statements: D1PreparedStatement[]) => {
    if (statements.some((st) => writes.has(st))) throw new Error("injected: D1 batch failed");
    return env.DB.batch(statements);
  },
} as unknown as D1Database;
