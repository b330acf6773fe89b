import * as z from "zod/mini";
import { UNIT_ROLES } from "../units/index.ts";
import { trimmed, unitFields } from "./fields.ts";

/**
 * Access codes headquarters issues from /hq (`/api/v1/tokens`). The code itself appears once, in the answer to
 * POST; the service keeps only its SHA-256, so no list, log or later answer can show it again.
 */
export const TOKEN_LABEL_MAX = 100;
export const TOKEN_REASON_MAX = 500;
/** Codes in use at once for one unit: a few machines per office, and a bound no sender can grow past. */
export const TOKEN_ACTIVE_PER_UNIT = 20;

export const tokenIssueSchema = z.strictObject({
  unit: trimmed(20),
  /** Which machine or person the code is for ("máy chị Lan, phòng KHTC"), so a list can tell two codes apart. */
  label: z.optional(z.nullable(trimmed(TOKEN_LABEL_MAX))),
});
export type TokenIssue = z.infer<typeof tokenIssueSchema>;

export const tokenRevokeSchema = z.strictObject({ reason: trimmed(TOKEN_REASON_MAX) });

/** What a code is, whichever answer shows it: its unit, the role it carries, its label, when it was made. */
const tokenFields = {
  ...unitFields,
  role: z.enum(UNIT_ROLES),
  label: z.nullable(z.string()),
  created: z.string(),
};

/** 201 to POST /tokens: the code, shown once. */
export const tokenIssuedSchema = z.object({ id: z.int(), token: z.string(), ...tokenFields });
export type TokenIssued = z.infer<typeof tokenIssuedSchema>;

/** A code as GET /tokens lists it: never its value. `lastUsed` is when D1 last verified it (see revocationDelaySeconds). */
export const tokenRowSchema = z.object({
  id: z.int(),
  ...tokenFields,
  lastUsed: z.nullable(z.string()),
  revoked: z.nullable(z.string()),
  revokedReason: z.nullable(z.string()),
});
export type TokenRow = z.infer<typeof tokenRowSchema>;

export const tokensListSchema = z.object({
  tokens: z.array(tokenRowSchema),
  /** More codes than one answer lists (the newest are listed): narrow with `?unit=`. */
  truncated: z.boolean(),
  /** How long a revoked code may still work on a server that verified it just before (the token cache). */
  revocationDelaySeconds: z.int(),
});
export type TokensList = z.infer<typeof tokensListSchema>;

export const tokenRevokedSchema = z.object({ token: tokenRowSchema, revocationDelaySeconds: z.int() });
