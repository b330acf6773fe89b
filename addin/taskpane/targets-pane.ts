/*
 * The national targets section: the year's table beside the workbook's own figures (chart.ts), where the tables
 * came from, and the buttons that refresh them and read the figures again.
 */
import { currentTargetYears, targetYearsSource } from "../targets/store.ts";
import { runtime } from "../runtime.ts";
import { messageOf } from "../submit/submit.ts";
import { actualsFrom, readContractTables } from "../workbook/read.ts";
import { targetsChart } from "./chart.ts";
import { $ } from "./element.ts";
import { say } from "./say.ts";

let actuals = new Map<string, number>();

function showTargets(): void {
  const tables = currentTargetYears();
  const table = tables[tables.length - 1]!;
  const source = {
    "built-in": "có sẵn trong add-in",
    device: "đã lưu trên máy này",
    service: "nhận từ Vụ Thi đua - Khen thưởng",
  }[targetYearsSource()];
  $("targets-source").textContent =
    `Năm ${table.year}, văn bản ${table.document} (${source}). ` +
    "Số liệu của đơn vị lấy từ bảng BHXH_CHI_TIEU trong tệp.";
  $("chart").innerHTML = targetsChart(table, actuals, tables);
}

export async function readFigures(): Promise<void> {
  try {
    actuals = actualsFrom(await readContractTables());
  } catch (e) {
    actuals = new Map();
    say("targets-status", messageOf(e), "bad");
  }
  showTargets();
}

/** The buttons wired; the tables shown at once. */
export function initTargetsPane(): void {
  const rt = runtime();
  $("refresh-targets").addEventListener("click", async () => {
    say("targets-status", await rt.refreshTargetYears());
    showTargets();
    say("campaigns-source", await rt.refreshCampaigns());
  });
  $("read-figures").addEventListener("click", () => void readFigures());
  showTargets();
}
