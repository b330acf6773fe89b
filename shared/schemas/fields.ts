import * as z from "zod/mini";

/**
 * Field groups the API's answers and bodies share, each where it means one thing: which unit, of which campaign
 * and period, what an award brings, who decided and when. An answer spreads them (`...unitFields`) among its own.
 */

/** What a person writes (a reason, a note, a number): trimmed, not empty, bounded. */
export const trimmed = (max: number) => z.string().check(z.trim(), z.minLength(1), z.maxLength(max));

/** A reason or a note someone must give (a decision, a return, a fixed list). */
export const writtenReason = trimmed(1000);

export const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, "yyyy-mm-dd"));

/** Which unit: its code and its name. */
export const unitFields = { unit: z.string(), unitName: z.string() };

/** Of which campaign and which of its periods (ids). */
export const periodFields = { campaign: z.string(), period: z.string() };

/** What an award brings: the amount (null where none is named) and whether a certificate. */
export const awardFields = { amountVnd: z.nullable(z.int()), certificate: z.boolean() };

/** A unit's awarded tier, as an answer shows it: its code (null: none), its words, and what it brings. */
export const tierFields = { tier: z.nullable(z.string()), tierLabel: z.string(), ...awardFields };

/** Who took the council's decision, and when. */
export const decidedFields = { decidedBy: z.string(), decidedAt: z.string() };

/** Who changed a value (a target, a period's cut-off), and when. */
export const changedFields = { changedBy: z.string(), changedAt: z.string() };

type NullUntilSet<T> = { [K in keyof T]: z.ZodMiniNullable<T[K] & z.ZodMiniType> };

/** The same fields, every one null until what they record has happened (a list not fixed yet, a period never closed). */
export const nullUntilSet = <T extends Record<string, z.ZodMiniType>>(fields: T): NullUntilSet<T> =>
  Object.fromEntries(Object.entries(fields).map(([name, field]) => [name, z.nullable(field)])) as NullUntilSet<T>;
