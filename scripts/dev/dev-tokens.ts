/**
 * Development tokens for `npm start`: issued once, kept in .wrangler/dev-tokens.json (git-ignored, beside the
 * local D1 they belong to), and reused while D1 still knows them, so a second start prints the same tokens and
 * the add-in's stored token keeps working.
 */
import { createHash, randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { checkRoleFits, issueTokenSql } from "../sql/token-sql.ts";
import { d1Execute, type D1Target } from "../d1.ts";

export interface DevToken {
  unit: string;
  role: string;
  token: string;
}

const sha256 = (s: string) => createHash("sha256").update(s).digest("hex");

function known(target: D1Target, token: string): boolean {
  const [result] = d1Execute(target, {
    command: `SELECT id FROM tokens WHERE hash = '${sha256(token)}' AND revoked_at IS NULL;`,
  });
  return (result?.results?.length ?? 0) > 0;
}

export function devTokens(
  target: D1Target,
  file: string,
  wanted: ReadonlyArray<{ unit: string; role: string; label: string }>,
): DevToken[] {
  const saved: DevToken[] = existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : [];
  const out: DevToken[] = [];
  for (const w of wanted) {
    const prior = saved.find((t) => t.unit === w.unit && t.role === w.role);
    if (prior && known(target, prior.token)) {
      out.push(prior);
      continue;
    }
    const fits = checkRoleFits(w.unit, w.role);
    const token = randomBytes(32).toString("base64url");
    d1Execute(target, { command: issueTokenSql(sha256(token), fits.unit, fits.role, w.label) });
    out.push({ unit: fits.unit, role: fits.role, token });
  }
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(out, null, 2), { mode: 0o600 });
  return out;
}
