import type { Workbook } from "exceljs";
import { campaignById, prizeSetOf, vssidAssessment } from "../../../shared/index.ts";
import { bhxh, formula } from "../formulas.ts";
import { VSSID_MONTHS, VSSID_TEAMS, type ResolvedOptions } from "../options.ts";
import {
  FMT,
  body,
  freezeBelow,
  headerRow,
  listValidation,
  markInput,
  markResult,
  section,
  setUpSheet,
  title,
} from "../styles.ts";

export const VSSID_SHEET = "Triển khai VssID";

export interface VssidCells {
  installed: { address: string; value: number };
  assignedTarget: { address: string; value: number };
  qualityOk: { address: string; value: boolean };
  pilot: { address: string; value: boolean };
  progress: { address: string; value: number };
  label: { address: string; value: string };
}

/** Phases by target group, as the Chiêm Hóa plan (03/2021, mục II.3) lays them out. */
const PHASES: Array<[from: string, to: string, group: string, team: number]> = [
  ["2021-03-18", "2021-04-15", "Cấp ủy, chính quyền, khối cơ quan, đoàn thể, phòng ban", 0],
  ["2021-04-16", "2021-05-15", "Khối UBND cấp xã, giáo dục, y tế", 0],
  ["2021-05-16", "2021-05-31", "Đơn vị ngoài quốc doanh (doanh nghiệp, hợp tác xã, hộ kinh doanh)", 0],
  ["2021-06-01", "2021-06-30", "Người tham gia BHXH tự nguyện, BHYT hộ gia đình", 1],
  ["2021-07-01", "2021-12-31", "Triển khai rộng rãi đến các nhóm đối tượng khác trên địa bàn", 2],
];

const TEAM_TASKS = [
  "Văn bản hướng dẫn, truyền thông; chuyên quản thu hướng dẫn tại đơn vị sử dụng lao động kết hợp đối chiếu hồ sơ; phối hợp đại lý thu",
  "Hướng dẫn tại điểm chi trả lương hưu, trợ cấp và cơ sở khám chữa bệnh BHYT",
  "Duyệt tài khoản giao dịch điện tử; hướng dẫn người đến giao dịch tại bộ phận tiếp nhận hồ sơ và trả kết quả",
];

/** Excel's serial-free date: a UTC midnight, which exceljs writes as the day's serial number. */
const day = (iso: string): Date => new Date(`${iso}T00:00:00Z`);

const campaign = () => campaignById("vssid-1170-2021");

/** "so_ket (sơ kết) / final (tổng kết)": each stage code with the period's name, both from the campaign data. */
const stageChoices = (): string =>
  campaign()
    .periods.map((p) => `${p.prizeSet} (${p.label.vi.replace(/ \(.*$/, "").toLowerCase()})`)
    .join(" / ");

/** "Sơ kết (đến 30/6/2021): ≥ 35%, Tổng kết (đến 31/12/2021): ≥ 100%", from the campaign's own periods and bars. */
function stageLine(): string {
  const c = campaign();
  return c.periods.map((p) => `${p.label.vi}: ≥ ${Math.round(prizeSetOf(c, p.prizeSet).bar.value * 100)}%`).join(", ");
}

/** The VssID rollout plan of 1170/BHXH-TĐKT: monthly installs by team against the assigned target. */
export function addVssidSheet(wb: Workbook, o: ResolvedOptions): VssidCells {
  const ws = wb.addWorksheet(VSSID_SHEET, { properties: { tabColor: { argb: "FFC55A11" } } });
  setUpSheet(ws, [14, 20, 20, 20, 16, 16, 16]);
  title(
    ws,
    1,
    "KẾ HOẠCH VÀ TIẾN ĐỘ TRIỂN KHAI ỨNG DỤNG VssID - BHXH SỐ",
    `Thi đua theo Công văn 1170/BHXH-TĐKT ngày 06/05/2021 · ${o.unitInfo.name} · ${stageLine()}`,
  );
  freezeBelow(ws, 2);

  const v = o.vssid;
  const dataUntil = o.vssidPeriod.dataUntil ?? campaign().period.to;
  const stages = campaign().periods.map((p) => p.prizeSet);
  section(ws, 4, "1. Chỉ tiêu và kỳ xét / Target and review");
  const info: Array<[string, unknown, string?]> = [
    ["Chỉ tiêu được giao (người)", v.assignedTarget, FMT.count],
    [`Kỳ xét: ${stageChoices()}`, o.vssidStage],
    ["Số liệu tính đến ngày", day(dataUntil), FMT.date],
    ["Bảo đảm chất lượng (TRUE/FALSE)", v.qualityOk],
    ["Tỉnh thí điểm thẻ BHYT trên VssID (TRUE/FALSE)", v.pilot],
  ];
  info.forEach(([label, value, fmt], i) => {
    const r = 5 + i;
    ws.mergeCells(r, 1, r, 3);
    ws.getCell(r, 1).value = label;
    ws.getCell(r, 4).value = value as never;
    if (fmt) ws.getCell(r, 4).numFmt = fmt;
    ws.getCell(r, 4).alignment = { horizontal: "right" };
    markInput(ws, `D${r}`);
  });
  body(ws, 5, 9, 1, 4);
  listValidation(ws, "D6", stages);
  listValidation(ws, "D8:D9", ["TRUE", "FALSE"]);

  section(ws, 11, "2. Lộ trình theo nhóm đối tượng / Phases by target group");
  headerRow(ws, 12, ["Giai đoạn", "Từ ngày", "Đến ngày", "Nhóm đối tượng", "", "", "Tổ chủ trì"]);
  ws.mergeCells(12, 4, 12, 6);
  PHASES.forEach(([from, to, group, team], i) => {
    const r = 13 + i;
    ws.getCell(r, 1).value = i + 1;
    ws.getCell(r, 2).value = day(from);
    ws.getCell(r, 3).value = day(to);
    ws.getCell(r, 2).numFmt = FMT.date;
    ws.getCell(r, 3).numFmt = FMT.date;
    ws.mergeCells(r, 4, r, 6);
    ws.getCell(r, 4).value = group;
    ws.getCell(r, 7).value = `Tổ ${team + 1}`;
  });
  body(ws, 13, 12 + PHASES.length, 1, 7);

  const teamsRow = 14 + PHASES.length;
  section(ws, teamsRow, "3. Các tổ nghiệp vụ / Business teams (báo cáo tiến độ hằng tháng)");
  headerRow(ws, teamsRow + 1, ["Tổ", "Tên tổ", "", "Nhiệm vụ chính", "", "", ""]);
  ws.mergeCells(teamsRow + 1, 2, teamsRow + 1, 3);
  ws.mergeCells(teamsRow + 1, 4, teamsRow + 1, 7);
  VSSID_TEAMS.forEach((name, i) => {
    const r = teamsRow + 2 + i;
    ws.getCell(r, 1).value = `Tổ ${i + 1}`;
    ws.mergeCells(r, 2, r, 3);
    ws.getCell(r, 2).value = name;
    ws.mergeCells(r, 4, r, 7);
    ws.getCell(r, 4).value = TEAM_TASKS[i]!;
    ws.getRow(r).height = 30;
  });
  body(ws, teamsRow + 2, teamsRow + 4, 1, 7);

  const progRow = teamsRow + 6;
  section(ws, progRow, "4. Tiến độ cài đặt hằng tháng / Monthly installs against the assigned target");
  const head = progRow + 1;
  headerRow(ws, head, ["Tháng", "Tổ 1", "Tổ 2", "Tổ 3", "Cộng tháng", "Lũy kế", "Tiến độ / chỉ tiêu"]);
  ws.getRow(head).height = 30;
  const first = head + 1;
  let cumulative = 0;
  let installed = 0;
  VSSID_MONTHS.forEach((month, i) => {
    const r = first + i;
    ws.getCell(r, 1).value = day(`${month}-01`);
    ws.getCell(r, 1).numFmt = FMT.month;
    const figures = v.monthly[i];
    figures?.forEach((n, t) => (ws.getCell(r, 2 + t).value = n));
    for (let c = 2; c <= 4; c++) markInput(ws, ws.getCell(r, c).address);
    const month_ = figures ? figures[0] + figures[1] + figures[2] : 0;
    cumulative += month_;
    if (`${month}-01` <= dataUntil) installed = cumulative;
    ws.getCell(r, 5).value = formula(`SUM(B${r}:D${r})`, month_);
    ws.getCell(r, 6).value = formula(i === 0 ? `E${r}` : `F${r - 1}+E${r}`, cumulative);
    ws.getCell(r, 7).value = formula(`F${r}/$D$5`, cumulative / v.assignedTarget);
    for (let c = 2; c <= 6; c++) ws.getCell(r, c).numFmt = FMT.count;
    ws.getCell(r, 7).numFmt = FMT.percent;
  });
  const last = first + VSSID_MONTHS.length - 1;
  body(ws, first, last, 1, 7);

  const sum = last + 2;
  const a = vssidAssessment(installed, v.assignedTarget, o.vssidStage, v.qualityOk, v.pilot);
  const rows: Array<[string, unknown, string]> = [
    [
      "Số người đã cài đặt, sử dụng đến ngày số liệu",
      formula(`SUMIFS(E${first}:E${last},A${first}:A${last},"<="&D7)`, installed),
      FMT.count,
    ],
    ["Tiến độ so với chỉ tiêu được giao", formula(`D${sum}/D5`, a.progress), FMT.percent],
    [
      "Kết quả xét thi đua (BHXH.VSSID_ELIGIBLE)",
      bhxh("VSSID_ELIGIBLE", [`D${sum}`, "D5", "D6", "D8", "D9"], a.label),
      "General",
    ],
  ];
  rows.forEach(([label, value, fmt], i) => {
    const r = sum + i;
    ws.mergeCells(r, 1, r, 3);
    ws.getCell(r, 1).value = label;
    ws.mergeCells(r, 4, r, 7);
    ws.getCell(r, 4).value = value as never;
    ws.getCell(r, 4).numFmt = fmt;
    markResult(ws, `D${r}`);
  });
  body(ws, sum, sum + 2, 1, 7);
  return {
    installed: { address: `D${sum}`, value: installed },
    assignedTarget: { address: "D5", value: v.assignedTarget },
    qualityOk: { address: "D8", value: v.qualityOk },
    pilot: { address: "D9", value: v.pilot },
    progress: { address: `D${sum + 1}`, value: a.progress },
    label: { address: `D${sum + 2}`, value: a.label },
  };
}
