import type { PrizeSet } from "../shared/campaigns/schema.ts";
import type { FinalListAnswer, FinalRow } from "../shared/schemas/decision.ts";
import { WORDS } from "../shared/words.ts";
import { esc, formatDateTime, formatVnd } from "../pages/format.ts";

/** The council tab's HTML: the fund, the state of the list and the decision, one row per unit to decide. */

/** The select's value for "keep the standing's tier": no decision sent for the row. */
export const NO_AWARD = "none";

const d = (iso: string) => iso.split("-").reverse().join("/");

export function councilStateHtml(a: FinalListAnswer): string {
  const { fund } = a.current;
  const over = fund.documentVnd > 0 && fund.usedVnd > fund.documentVnd;
  const fixed = a.fixed
    ? `Đã chốt <strong>phiên bản ${a.fixed.version}</strong> lúc ${esc(formatDateTime(a.fixed.fixedAt ?? ""))}: ${esc(a.fixed.reason ?? "")}`
    : "Danh sách <strong>chưa chốt</strong>: văn bản tải về là bản DỰ THẢO theo bảng xếp hạng hiện tại.";
  const decision = a.decision
    ? `Đã công bố Quyết định số <strong>${esc(a.decision.number)}</strong> ngày ${esc(d(a.decision.date))} (phiên bản ${a.decision.finalVersion}).`
    : "Chưa công bố quyết định.";
  return `<ul class="council-state">
    <li id="council-fund" class="${over ? "over" : ""}">${WORDS.prizeFund.vi} đã dùng <strong data-fund-used="${fund.usedVnd}">${formatVnd(fund.usedVnd)}</strong>
      / theo văn bản <strong>${fund.documentVnd > 0 ? formatVnd(fund.documentVnd) : "không nêu số tiền"}</strong>${over ? ` · vượt quỹ ${formatVnd(fund.usedVnd - fund.documentVnd)}` : ""}</li>
    <li>${a.current.undecidedTies ? `<strong>${a.current.undecidedTies}</strong> đơn vị đồng hạng vượt số giải chờ Hội đồng quyết định.` : "Không còn trường hợp đồng hạng nào chờ Hội đồng."}</li>
    <li id="council-fixed">${fixed}</li>
    <li id="council-decision">${decision}</li>
  </ul>`;
}

function tierSelect(r: FinalRow, set: PrizeSet): string {
  const chosen = r.decision ? (r.decision.tier ?? NO_AWARD) : "";
  const option = (value: string, label: string) =>
    `<option value="${esc(value)}"${value === chosen ? " selected" : ""}>${esc(label)}</option>`;
  return `<select data-tier="${esc(r.unit)}" aria-label="Quyết định của Hội đồng cho ${esc(r.unitName)}">
    ${option("", "— theo bảng xếp hạng —")}${set.tiers.map((t) => option(t.code, t.label.vi)).join("")}${option(NO_AWARD, WORDS.notAwarded.vi)}</select>`;
}

/**
 * Each unit of the list: flagged ties first to the eye (a mark and a class), the council's choice and note as a
 * small form of its own. `all` false: only the ties and the units the council already spoke of.
 */
export function councilRowsHtml(rows: readonly FinalRow[], set: PrizeSet, all: boolean): string {
  const shown = all ? rows : rows.filter((r) => r.council || r.decision);
  if (shown.length === 0)
    return `<tr><td colspan="6" class="empty">Không có trường hợp nào cần Hội đồng quyết định. Chọn “Hiện mọi đơn vị” để ghi quyết định cho đơn vị khác.</td></tr>`;
  return shown
    .map(
      (r) => `<tr data-unit="${esc(r.unit)}"${r.council && !r.decision ? ' class="pending"' : ""}>
    <td class="num">${r.rank ?? "—"}</td>
    <th scope="row"><span class="unit-name">${esc(r.unitName)}</span> <small class="code">${esc(r.unit)}</small>
      ${r.council ? `<span class="flag council">${WORDS.council.vi}</span>` : ""}</th>
    <td>${esc(r.tierLabel)}${r.amountVnd ? ` <small class="muted">${formatVnd(r.amountVnd)}</small>` : ""}</td>
    <td>${tierSelect(r, set)}</td>
    <td><input data-note="${esc(r.unit)}" value="${esc(r.decision?.note ?? "")}" maxlength="1000" autocomplete="off"
      aria-label="Ghi chú của Hội đồng cho ${esc(r.unitName)}" aria-describedby="council-note-${esc(r.unit)}">
      <div class="field-error" id="council-note-${esc(r.unit)}"></div></td>
    <td><button type="button" data-decide="${esc(r.unit)}">Ghi<span class="visually-hidden"> quyết định cho ${esc(r.unitName)}</span></button></td>
  </tr>`,
    )
    .join("");
}
