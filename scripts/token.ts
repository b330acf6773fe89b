// npm run token -- --unit P63-01 --role province [--label "máy chị Lan"] [--remote] [--persist-to dir]
// npm run token -- --revoke <id | hash prefix> [--remote]
// Prints a new token once; D1 keeps only its SHA-256. Local by default, --remote for Cloudflare.
import { checkRoleFits, issueTokenSql, revokeTokenSql } from "./sql/token-sql.ts";
import { mintToken } from "../functions/storage/token-mint.ts";
import { d1Execute, targetFrom } from "./d1.ts";

const argv = process.argv.slice(2);
const opt = (name: string) => {
  const at = argv.indexOf(`--${name}`);
  return at >= 0 ? argv[at + 1] : undefined;
};
const target = targetFrom(argv);
const where = target.remote ? "Cloudflare" : "local";

const revoke = opt("revoke");
if (revoke) {
  let sql: string;
  try {
    sql = revokeTokenSql(revoke, new Date().toISOString());
  } catch (e) {
    console.error(e instanceof Error ? e.message : e);
    process.exit(2);
  }
  const [, , list] = d1Execute(target, { command: sql });
  const rows = (list?.results ?? []) as Array<{ id: number; unit: string; revoked_at: string | null }>;
  if (rows.length === 0) {
    console.error(`Không có mã nào khớp "${revoke}". / No token matches "${revoke}".`);
    process.exit(1);
  }
  for (const r of rows) console.log(`Đã thu hồi / revoked: id ${r.id} (${r.unit}) at ${r.revoked_at} [${where}]`);
} else {
  const unit = opt("unit");
  const role = opt("role");
  if (!unit || !role) {
    console.error(
      "Cách dùng / usage: npm run token -- --unit <code> --role <province|department|hq> [--label text] [--remote]",
    );
    process.exit(2);
  }
  let fits: ReturnType<typeof checkRoleFits>;
  try {
    fits = checkRoleFits(unit, role);
  } catch (e) {
    console.error(e instanceof Error ? e.message : e);
    process.exit(2);
  }
  const { token, hash } = await mintToken();
  const [, , list] = d1Execute(target, { command: issueTokenSql(hash, fits.unit, fits.role, opt("label") ?? null) });
  const id = (list?.results?.[0] as { id: number } | undefined)?.id;
  console.error(
    `Mã truy cập cho ${fits.unit} (${fits.role}), id ${id}, hash ${hash.slice(0, 12)}… [${where}]. ` +
      "Chỉ hiện một lần. / Shown once:",
  );
  console.log(token);
}
