import type { UnitRole } from "../shared/index.ts";

/** Who is calling, from the bearer token (middleware/auth.ts). */
export interface Caller {
  tokenId: number;
  /** The token's hash: the rate limiter's key, stable per token and never the token itself. */
  tokenHash: string;
  unit: string;
  unitName: string;
  role: UnitRole;
}

/** The hono environment of every sub-app: the bindings `wrangler types` generates, and the caller. */
export interface AppEnv {
  Bindings: Env;
  Variables: { caller: Caller };
}
