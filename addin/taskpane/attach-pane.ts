/*
 * The pane's "Gắn vào bảng tính này" section: attach the contract to the open workbook for the campaign and period
 * chosen above and the token's unit, then show each row's target and let the user point it at the selected cell.
 */
import { ROLE_NAMES } from "../../shared/index.ts";
import { currentCampaigns, loadedCampaign } from "../campaigns/store.ts";
import { messageOf, senderOf, type Message } from "../submit/submit.ts";
import { sayIn } from "./say.ts";
import type { KeyValueStore } from "../storage/device.ts";
import { attachWorkbook } from "../workbook/attach.ts";
import { pointAtSelection, readMapping, type MappingRow } from "../workbook/mapping.ts";
import { $ } from "./element.ts";

const say = (m: Message, cls = "") => sayIn($("attach-status"), m, cls);

function targetText(row: MappingRow): { text: string; bad: boolean } {
  const t = row.target;
  if (t.kind === "cell") return { text: t.address, bad: false };
  if (t.kind === "broken") return { text: `ô đích đã bị xoá (${row.error ?? "#REF!"}): chọn lại`, bad: true };
  if (t.kind === "formula") return { text: `công thức ${t.formula}`, bad: false };
  if (t.kind === "constant") return { text: "nhập tay", bad: false };
  if (t.kind === "missing") return { text: "chưa có dòng: bấm Gắn vào bảng tính này", bad: true };
  if (t.kind === "repeated")
    return { text: `có ${t.cells.length} dòng cùng Mã (${t.cells.join(", ")}): xóa bớt, chỉ giữ một`, bad: true };
  return { text: row.optional ? "để trống: dùng giá trị mặc định" : "chưa chọn ô", bad: !row.optional };
}

/** A figure as a Vietnamese accountant writes it: 0,85 and 1.200, every decimal the cell holds. */
const FIGURE = new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 10 });

const valueText = (row: MappingRow): string =>
  row.error ??
  (row.value === undefined || row.value === null || row.value === ""
    ? "—"
    : row.value === "province" || row.value === "department"
      ? ROLE_NAMES[row.value].vi
      : typeof row.value === "number"
        ? FIGURE.format(row.value)
        : String(row.value));

/** One row a line: what the figure is, where it is read from, what it reads now, and the button to point it. */
function rowItem(row: MappingRow, campaign: string, storage: KeyValueStore): HTMLLIElement {
  const li = document.createElement("li");
  li.dataset.key = row.key;
  const target = targetText(row);
  li.dataset.state = target.bad ? "bad" : "ok";
  const label = Object.assign(document.createElement("span"), { className: "label", textContent: row.label });
  const where = Object.assign(document.createElement("span"), { className: "where" });
  where.append(
    "Lấy từ: ",
    Object.assign(document.createElement("span"), { className: "target", textContent: target.text }),
    " · Giá trị: ",
    Object.assign(document.createElement("span"), { className: "value", textContent: valueText(row) }),
  );
  li.append(label, where);
  if (row.pointable) {
    const button = Object.assign(document.createElement("button"), { type: "button", className: "use-selection" });
    button.append(
      "Dùng ô đang chọn ",
      Object.assign(document.createElement("span"), { className: "en", lang: "en", textContent: "Use selected cell" }),
    );
    button.addEventListener("click", () => void point(row, campaign, storage));
    li.append(button);
  }
  return li;
}

/** What the tables say the file is, in the documents' words: the unit's code, the campaign's number, the period's name. */
function infoText(info: readonly MappingRow[]): string {
  const value = (key: string) => valueText(info.find((r) => r.key === key) ?? ({ key } as MappingRow));
  const campaignId = value("campaign");
  const campaign = currentCampaigns().find((c) => c.id === campaignId);
  const period = campaign?.periods.find((p) => p.id === value("period"));
  return `Đơn vị ${value("unit")} · văn bản ${campaign?.document.number ?? campaignId} · ${period?.label.vi ?? value("period")}`;
}

function render(rows: MappingRow[], campaign: string, storage: KeyValueStore): void {
  const info = rows.filter((r) => r.table === "BHXH_THONG_TIN");
  $("mapping-info").textContent = infoText(info);
  $("mapping").replaceChildren(
    ...rows.filter((r) => r.table !== "BHXH_THONG_TIN").map((row) => rowItem(row, campaign, storage)),
  );
  $("mapping").hidden = false;
  $("mapping-hint").hidden = false;
}

async function point(row: MappingRow, campaign: string, storage: KeyValueStore): Promise<void> {
  try {
    const now = await pointAtSelection(row.table, row.key, campaign);
    const target = now.target.kind === "cell" ? now.target.address : "";
    say(
      {
        vi: `${row.label} lấy số liệu từ ô ${target}: ${valueText(now)}.`,
        en: `Row ${row.key} now reads cell ${target}: ${valueText(now)}.`,
      },
      "ok",
    );
    await showMapping(campaign, storage);
  } catch (e) {
    say(messageOf(e), "bad");
  }
}

/** The workbook's mapping as it stands (at start, after each change); nothing shown before anything is attached. */
export async function showMapping(campaign: string, storage: KeyValueStore): Promise<boolean> {
  try {
    const found = await readMapping(campaign);
    if (found) render(found.rows, found.campaign, storage);
    return found !== null;
  } catch {
    return false; // no workbook (the runtime without a document): nothing to show
  }
}

async function attach(storage: KeyValueStore): Promise<void> {
  const campaign = $<HTMLSelectElement>("campaign").value;
  const period = $<HTMLSelectElement>("period").value;
  const sender = await senderOf({ storage });
  if (!sender)
    return say(
      {
        // prettier-ignore
        vi: "Nhập địa chỉ máy chủ và mã truy cập ở phần Kết nối trước: " +
          "đơn vị ghi vào tệp lấy theo mã truy cập.",
        en: "Enter the service address and unit token under Connection first: the unit written into the workbook is the token's.",
      },
      "bad",
    );
  try {
    const me = await sender.who();
    if (me.role === "hq") {
      return say(
        {
          // prettier-ignore
          vi: "Mã truy cập của Vụ Thi đua - Khen thưởng không gắn được tệp của đơn vị: " +
            "hãy dùng mã truy cập của đơn vị.",
          en: "The headquarters token cannot attach a unit's workbook: use the unit's token.",
        },
        "bad",
      );
    }
    const chosen = loadedCampaign(campaign);
    const result = await attachWorkbook({
      campaign: chosen,
      period,
      unit: me.unit,
      unitKind: me.role === "department" ? "department" : "province",
    });
    const broken = result.rows.filter((r) => r.target.kind === "broken").length;
    const changed = result.changed.map((c) => `${c.key}: ${String(c.from ?? "—")} → ${c.to}`).join(", ");
    const vi = [
      result.created.length
        ? `Đã thêm ${result.created.join(", ")} trên trang '${result.sheet}'.`
        : "Tệp đã có các bảng.",
      result.rowsAdded.length ? `Đã thêm dòng ${result.rowsAdded.join(", ")}.` : "",
      changed ? `Đã đổi ${changed}.` : "",
      // prettier-ignore
      broken
        ? `${broken} dòng trỏ tới ô đã bị xoá: chọn lại ô cho chúng.`
        : "Chọn ô cho từng số liệu bên dưới.",
    ];
    const en = [
      result.created.length
        ? `Added ${result.created.join(", ")} on sheet '${result.sheet}'.`
        : "The workbook already has the tables.",
      result.rowsAdded.length ? `Added rows ${result.rowsAdded.join(", ")}.` : "",
      changed ? `Changed ${changed}.` : "",
      broken ? `${broken} row(s) point at deleted cells: point them again.` : "Point each figure at its cell below.",
    ];
    say({ vi: vi.filter(Boolean).join(" "), en: en.filter(Boolean).join(" ") }, "ok");
    render(result.rows, campaign, storage);
  } catch (e) {
    say(messageOf(e), "bad");
  }
}

export function initAttachPane(storage: KeyValueStore): void {
  $("attach").addEventListener("click", () => void attach(storage));
  // A workbook already attached: the section folds away, the first screen is the send.
  void showMapping($<HTMLSelectElement>("campaign").value, storage).then((attached) => {
    if (attached) $<HTMLDetailsElement>("attach-box").open = false;
  });
}
