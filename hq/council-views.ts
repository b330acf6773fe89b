import type { PrizeSet } from "../shared/campaigns/schema.ts";
import type { FinalListAnswer, FinalNominee, FinalRow } from "../shared/schemas/decision.ts";
import { NOMINEE_KIND_WORDS } from "../shared/dossier/nominees.ts";
import { WORDS } from "../shared/words.ts";
import { formatDateTime, formatVnd } from "../pages/format.ts";
import { escapeMarkup } from "../shared/markup.ts";

/** The council tab's HTML: the fund, the state of the list and the decision, one row per unit to decide. */

/** The select's value for "keep the standing's tier": no decision sent for the row. */
export const NO_AWARD = "none";

const d = (iso: string) => iso.split("-").reverse().join("/");

export function councilStateHtml(a: FinalListAnswer): string {
  const { fund } = a.current;
  const over = fund.documentVnd > 0 && fund.usedVnd > fund.documentVnd;
  const ties = a.current.undecidedTies
    ? `<strong>${a.current.undecidedTies}</strong> đơn vị đồng hạng vượt số giải chờ Hội đồng quyết định.`
    : "Không còn trường hợp đồng hạng nào chờ Hội đồng.";
  const fixed = a.fixed
    ? `Đã chốt ` +
      `<strong>phiên bản ${a.fixed.version}</strong> lúc ` +
      `${escapeMarkup(formatDateTime(a.fixed.fixedAt ?? ""))}: ${escapeMarkup(a.fixed.reason ?? "")}`
    : "Danh sách <strong>chưa chốt</strong>: văn bản tải về là bản DỰ THẢO theo bảng xếp hạng hiện tại.";
  const decision = a.decision
    ? `Đã công bố Quyết định số <strong>${escapeMarkup(a.decision.number)}</strong> ngày ` +
      `${escapeMarkup(d(a.decision.date))} (phiên bản ${a.decision.finalVersion}).`
    : "Chưa công bố quyết định.";
  return (
    `<ul class="council-state">
    <li id="council-fund" class="${over ? "over" : ""}">${WORDS.prizeFund.vi} đã dùng <strong ` +
    `data-fund-used="${fund.usedVnd}">${formatVnd(fund.usedVnd)}</strong>
      / theo văn bản ` +
    `<strong>${fund.documentVnd > 0 ? formatVnd(fund.documentVnd) : "không nêu số tiền"}</strong>` +
    `${over ? ` · vượt quỹ ${formatVnd(fund.usedVnd - fund.documentVnd)}` : ""}</li>
    <li>` +
    `${ties}</li>
    <li id="council-nominees-state">${nomineesState(a)}</li>
    <li id="council-fixed">${fixed}</li>
    <li id="council-decision">${decision}</li>
  </ul>`
  );
}

function nomineesState(a: FinalListAnswer): string {
  const all = a.current.nominees ?? [];
  const waiting = a.current.undecidedNominees ?? 0;
  if (all.length === 0) return "Các đơn vị trong danh sách không đề nghị khen thưởng tập thể, cá nhân nào.";
  const awarded = all.filter((n) => n.awarded).length;
  return waiting
    ? `<strong>${waiting}</strong>/${all.length} tập thể, cá nhân được đề nghị chờ Hội đồng quyết định.`
    : `Hội đồng đã xét cả ${all.length} tập thể, cá nhân được đề nghị: khen thưởng ${awarded}.`;
}

function tierSelect(r: FinalRow, set: PrizeSet): string {
  const chosen = r.decision ? (r.decision.tier ?? NO_AWARD) : "";
  const option = (value: string, label: string) =>
    `<option value="${escapeMarkup(value)}"${value === chosen ? " selected" : ""}>${escapeMarkup(label)}</option>`;
  const options = [
    option("", "— theo bảng xếp hạng —"),
    ...set.tiers.map((t) => option(t.code, t.label.vi)),
    option(NO_AWARD, WORDS.notAwarded.vi),
  ];
  return `<select data-tier="${escapeMarkup(r.unit)}" aria-label="Quyết định của Hội đồng cho ${escapeMarkup(r.unitName)}">
    ${options.join("")}</select>`;
}

/**
 * Each unit of the list: flagged ties first to the eye (a mark and a class), the council's choice and note as a
 * small form of its own. `all` false: only the ties and the units the council already spoke of.
 */
export function councilRowsHtml(rows: readonly FinalRow[], set: PrizeSet, all: boolean): string {
  const shown = all ? rows : rows.filter((r) => r.council || r.decision);
  if (shown.length === 0)
    return (
      `<tr><td colspan="6" class="empty">Không có trường hợp nào cần Hội đồng quyết định. Chọn “Hiện ` +
      `mọi đơn vị” để ghi quyết định cho đơn vị khác.</td></tr>`
    );
  return shown
    .map(
      (r) =>
        `<tr data-unit="${escapeMarkup(r.unit)}"${r.council && !r.decision ? ' class="pending"' : ""}>
    <td class="num">${r.rank ?? "—"}</td>
    <th scope="row"><span class="unit-name">${escapeMarkup(r.unitName)}</span> <small class="code">${escapeMarkup(r.unit)}</small>
      ${r.council ? `<span class="flag council">${WORDS.council.vi}</span>` : ""}</th>
    <td>${escapeMarkup(r.tierLabel)}${r.amountVnd ? ` <small class="muted">${formatVnd(r.amountVnd)}</small>` : ""}</td>
    <td>${tierSelect(r, set)}</td>
    <td><input data-note="${escapeMarkup(r.unit)}" value="${escapeMarkup(r.decision?.note ?? "")}" maxlength="1000" autocomplete="off"
      aria-label="Ghi chú của Hội đồng cho ${escapeMarkup(r.unitName)}" aria-describedby="council-note-${escapeMarkup(r.unit)}">
      <div class="field-error" id="council-note-${escapeMarkup(r.unit)}"></div></td>
    <td><button type="button" data-decide="${escapeMarkup(r.unit)}">Ghi<span class="visually-hidden"> ` +
        `quyết định cho ${escapeMarkup(r.unitName)}</span></button></td>
  </tr>`,
    )
    .join("");
}

/** The select's values for a nominee: undecided (nothing sent), awarded, not awarded. */
export const NOMINEE_CHOICES = { awarded: "awarded", notAwarded: "not_awarded" } as const;

/** Each nominee the standing's units proposed, with the council's decision on it as a small form of its own. */
export function nomineesRowsHtml(nominees: readonly FinalNominee[]): string {
  if (nominees.length === 0)
    return (
      `<tr><td colspan="6" class="empty">Không có tập thể, cá nhân nào được đề nghị ` +
      `trong các hồ sơ đang xét.</td></tr>`
    );
  return nominees
    .map((n) => {
      const id = `${n.unit}-${n.position}`;
      const who = [n.nominee.title, n.nominee.unitName].filter(Boolean).join(", ");
      const chosen = n.decision ? (n.decision.awarded ? NOMINEE_CHOICES.awarded : NOMINEE_CHOICES.notAwarded) : "";
      const option = (value: string, label: string) =>
        `<option value="${value}"${value === chosen ? " selected" : ""}>${escapeMarkup(label)}</option>`;
      const amount = n.awarded && n.amountVnd ? ` <small class="muted">${formatVnd(n.amountVnd)}</small>` : "";
      const choices =
        option("", "— chưa xét —") +
        option(NOMINEE_CHOICES.awarded, "Khen thưởng") +
        option(NOMINEE_CHOICES.notAwarded, "Không khen thưởng");
      return (
        `<tr data-nominee="${escapeMarkup(id)}" data-unit="${escapeMarkup(n.unit)}" data-position="` +
        `${n.position}" data-submission="${escapeMarkup(n.submissionId)}"` +
        `${n.decision ? "" : ' class="pending"'}>
    <td>${escapeMarkup(n.unitName)} <small class="code">${escapeMarkup(n.unit)}</small></td>
    <td>${escapeMarkup(NOMINEE_KIND_WORDS[n.nominee.kind].vi)}</td>
    <th scope="row"><span class="unit-name">${escapeMarkup(n.nominee.name)}</span>` +
        `${who ? ` <small class="muted">${escapeMarkup(who)}</small>` : ""}${amount}</th>
    <td><select data-nominee-choice aria-label="Quyết định của Hội đồng cho ${escapeMarkup(n.nominee.name)}">
      ${choices}</select></td>
    <td><input data-nominee-note value="${escapeMarkup(n.decision?.note ?? "")}" maxlength="1000" autocomplete="off"
      aria-label="Ghi chú của Hội đồng cho ${escapeMarkup(n.nominee.name)}" aria-describedby="nominee-note-${escapeMarkup(id)}">
      <div class="field-error" id="nominee-note-${escapeMarkup(id)}"></div></td>
    <td><button type="button" data-decide-nominee="${escapeMarkup(id)}">Ghi<span ` +
        `class="visually-hidden"> quyết định cho ${escapeMarkup(n.nominee.name)}</span></button></td>
  </tr>`
      );
    })
    .join("");
}
