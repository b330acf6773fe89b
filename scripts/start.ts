/**
 * `npm start`: the whole product on this machine. Builds the add-in and the headquarters page; applies the local
 * D1 migrations and seeds units, the 2025 targets and the three campaigns; issues development tokens; starts
 * `wrangler dev` over HTTPS on https://localhost:3000; sends a few demonstration workbooks through the real API;
 * prints where everything is (templates are the service's, made per campaign and unit on request). Every step is
 * idempotent, so a second start adds nothing twice.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { seedSql } from "./sql/seed-sql.ts";
import { devCertificate } from "./dev/certs.ts";
import { DEMO_CAMPAIGN, DEMO_PERIOD, DEMO_UNITS, demoWorkbook, getJson, postWorkbook } from "./dev/demo.ts";
import { devTokens } from "./dev/dev-tokens.ts";
import { startWranglerDev } from "./dev/wrangler-dev.ts";
import { d1Execute, migrate, type D1Target } from "./d1.ts";

const PORT = 3000;
const BASE = `https://localhost:${PORT}`;
const local: D1Target = { remote: false };
const step = (vi: string, en: string) => console.log(`\n▶ ${vi} / ${en}`);

function npmRun(script: string): void {
  const run = spawnSync("npm", ["run", "--silent", script], { stdio: "inherit" });
  if (run.status !== 0) {
    console.error(`✗ "npm run ${script}" thất bại / failed (${run.status}).`);
    process.exit(run.status ?? 1);
  }
}

function portFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = createServer().once("error", () => resolve(false));
    s.listen(port, "127.0.0.1", () => s.close(() => resolve(true)));
  });
}

step("Dựng add-in và trang Vụ TĐKT", "Building the add-in and the headquarters page");
npmRun("build:addin");
npmRun("build:hq");

step(
  "Cơ sở dữ liệu cục bộ: migrations, đơn vị, chỉ tiêu 2025, ba đợt thi đua",
  "Local database: migrations, units, 2025 targets, 3 campaigns",
);
migrate(local);
mkdirSync("dist", { recursive: true });
writeFileSync("dist/seed.sql", seedSql());
d1Execute(local, { file: "dist/seed.sql" });

step("Mã truy cập phát triển", "Development tokens");
const demoProvinces = DEMO_UNITS.map((d) => ({ unit: d.unit, role: "province", label: "demo (npm start)" }));
const tokens = devTokens(local, ".wrangler/dev-tokens.json", [
  { unit: "P63-01", role: "province", label: "dev (npm start)" },
  { unit: "HQ", role: "hq", label: "dev (npm start)" },
  ...demoProvinces,
]);
const provinceToken = tokens[0]!;
const hqToken = tokens[1]!;

step("Chứng chỉ HTTPS", "HTTPS certificate");
const cert = await devCertificate();
console.log(`  ${cert.note}`);

if (!(await portFree(PORT))) {
  console.error(
    `✗ Cổng ${PORT} đang bận: hãy dừng chương trình đang dùng nó. / Port ${PORT} is in use: stop whatever holds it.`,
  );
  process.exit(1);
}
step(`Khởi động dịch vụ trên ${BASE}`, `Starting the service on ${BASE}`);
const server = await startWranglerDev({ port: PORT, https: cert, output: "collect" });
let stopping = false;
const stop = async (code: number) => {
  if (stopping) return;
  stopping = true;
  console.log("\nĐang dừng… / Stopping…");
  await server.stop();
  process.exit(code);
};
process.on("SIGINT", () => void stop(0));
process.on("SIGTERM", () => void stop(0));
server.process.once("exit", (code) => {
  if (!stopping) {
    console.error(`✗ wrangler dev đã dừng (${code}). / wrangler dev exited (${code}).\n${server.log().slice(-3000)}`);
    process.exit(1);
  }
});

step("Gửi các bảng tính minh hoạ qua API", "Sending demonstration workbooks through the API");
for (const [i, d] of DEMO_UNITS.entries()) {
  const token = tokens[i + 2]!.token;
  const { bytes, meta } = await demoWorkbook(d);
  // Generated workbooks differ byte for byte (zip timestamps): ask first, so a second start sends nothing.
  const prior = await getJson(
    server.url,
    token,
    `/api/v1/submissions?campaign=${DEMO_CAMPAIGN.id}&period=${DEMO_PERIOD.id}&latest=1`,
  );
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the demo reads a few fields of whatever the service answered
  const existing = (prior.body as { submissions?: Array<Record<string, any>> } | null)?.submissions?.[0];
  let s = existing;
  if (!s) {
    const answer = await postWorkbook(
      server.url,
      token,
      bytes,
      meta,
      `demo-${d.unit}-${DEMO_CAMPAIGN.id}-${DEMO_PERIOD.id}`,
    );
    const body = JSON.parse(answer.body);
    if (answer.status >= 300) {
      console.error(`  ✗ ${d.unit}: ${answer.status} ${body.error?.message_vi ?? answer.body}`);
      continue;
    }
    s = body.submission;
  }
  const state = existing ? "đã có, không gửi lại / already there, not resent" : "mới / new";
  const claimed = s!.claimed.value;
  const mismatch = s!.mismatch ? ` (điểm tự chấm ${claimed}: CHÊNH LỆCH / self-assessed ${claimed}: DIFFERENCE)` : "";
  console.log(`  ${s!.unit} ${s!.unitName}: ${s!.computed.value} điểm/points${mismatch} — ${state}`);
}

const RULE = "═".repeat(72);
console.log(`
${RULE}
 BHXH thi đua đang chạy / is running — Ctrl-C để dừng / to stop

 Dịch vụ / service          ${BASE}/api/v1/health
 Trang Vụ TĐKT / HQ page    ${BASE}/hq
 Task pane                  ${BASE}/taskpane.html
 Biểu mẫu / template        Tải mẫu trong task pane, /gui, /hq (${BASE}/api/v1/campaigns/<đợt>/template.xlsx)

 Mã truy cập / tokens (chỉ dùng khi phát triển / development only):
   ${provinceToken.unit} (province)  ${provinceToken.token}
   ${hqToken.unit} (hq)              ${hqToken.token}

 Nạp add-in / load the add-in:
   • Excel trên máy tính / Excel desktop (Windows, macOS):  npm run sideload
     (npm stop gỡ add-in / unregisters it)
   • Excel trên web / Excel on the web: Trang chủ › Bổ trợ › Thêm bổ trợ › Tải lên bổ trợ của tôi,
     chọn / choose manifest.xml  (Home › Add-ins › More Add-ins › Upload My Add-in)
   Rồi mở tab BHXH › Bảng điều khiển và nhập mã truy cập của tỉnh (máy chủ ${BASE}: add-in tự dùng
   nơi nó được tải; chỉ đổi trong "Cài đặt nâng cao"). Then open the BHXH tab › Bảng điều khiển and enter
   the province token (the add-in uses the service it came from, ${BASE}; change it only under
   "Cài đặt nâng cao").

 ${cert.trusted ? "Chứng chỉ đã được tin cậy. / The certificate is trusted." : "⚠ " + cert.note}
${RULE}`);
