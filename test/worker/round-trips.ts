import { env } from "cloudflare:workers";
import { interceptD1, type D1Call } from "../../functions/storage/d1-intercept.ts";
import { withEnv, type Fetcher } from "./helpers.ts";

export interface CountedWorker extends Fetcher {
  /** Every D1 round trip the requests made since the last `reset`, in order: first, all, run, raw, batch, exec. */
  readonly calls: D1Call[];
  reset(): void;
}

/**
 * The worker over the real local D1 wrapped to count round trips (each call that crosses to the database, a whole
 * batch being one): what a user in Vietnam waits for when D1's primary is a network hop away. `over` replaces
 * other bindings as `withEnv` does.
 */
export function countedWorker(over: Partial<Env> = {}): CountedWorker {
  const calls: D1Call[] = [];
  const DB = interceptD1(over.DB ?? env.DB, (call, run) => (calls.push(call), run()));
  const worker = withEnv({ ...over, DB });
  return { calls, fetch: worker.fetch, reset: () => void (calls.length = 0) };
}
