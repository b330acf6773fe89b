/** The D1 calls that each cross to the database and back: one round trip each (a batch is one, however long). */
export type D1Call = "first" | "all" | "run" | "raw" | "batch" | "exec";

/** Runs a round trip: may count it, time it, or turn its failure into another error. */
export type AroundD1 = <T>(call: D1Call, run: () => Promise<T>) => Promise<T>;

const CALLS = new Set<string | symbol>(["first", "all", "run", "raw"]);

/**
 * A D1 binding whose every round trip passes through `around`. Statements stay real D1 statements underneath
 * (unwrapped before `batch`, which accepts only its own), so interceptors stack: the service's storage guard
 * over a test's round-trip counter over the real binding.
 */
export function interceptD1(db: D1Database, around: AroundD1): D1Database {
  const real = new WeakMap<object, D1PreparedStatement>();
  const wrap = (statement: D1PreparedStatement): D1PreparedStatement => {
    const wrapped = new Proxy(statement, {
      get(target, prop) {
        if (prop === "bind") return (...values: unknown[]) => wrap(target.bind(...values));
        if (CALLS.has(prop)) {
          const method = Reflect.get(target, prop) as (...a: unknown[]) => Promise<unknown>;
          return (...args: unknown[]) => around(prop as D1Call, () => method.apply(target, args));
        }
        const value = Reflect.get(target, prop);
        return typeof value === "function" ? value.bind(target) : value;
      },
    });
    real.set(wrapped, statement);
    return wrapped;
  };
  return new Proxy(db, {
    get(target, prop) {
      if (prop === "prepare") return (sql: string) => wrap(target.prepare(sql));
      if (prop === "batch") {
        return (statements: D1PreparedStatement[]) =>
          around("batch", () => target.batch(statements.map((s) => real.get(s) ?? s)));
      }
      if (prop === "exec") return (sql: string) => around("exec", () => target.exec(sql));
      const value = Reflect.get(target, prop);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}
