import type { DocumentInput } from "../../functions/decision/input.ts";
import { composeFinalList, type StoredNominee } from "../../functions/decision/final-list.ts";
import {
  leaderboard,
  periodOf,
  prizeSetOf,
  UNITS,
  type Campaign,
  type CouncilDecision,
  type LeaderboardAnswer,
  type Publication,
} from "../../shared/index.ts";

/** Twelve provinces of a campaign's final review, ranked by the rules themselves: two tie across a tier's last slot. */
export function sampleBoard(campaign: Campaign, values: number[]): LeaderboardAnswer {
  const units = UNITS.filter((u) => u.kind === "province" && u.registry === campaign.registry).slice(0, values.length);
  const set = prizeSetOf(campaign, periodOf(campaign, "final").prizeSet);
  const board = leaderboard(
    units.map((u, i) => ({ unit: u.code, value: values[i]! })),
    campaign,
    set.id,
  );
  const name = new Map(units.map((u) => [u.code, u.name]));
  return {
    ...board,
    period: "final",
    rows: board.rows.map((r) => ({ ...r, unitName: name.get(r.unit)!, submissionId: `s-${r.unit}`, version: 1 })),
  };
}

export function sampleInput(
  campaign: Campaign,
  values: number[],
  o: { decisions?: CouncilDecision[]; version?: number; publication?: Publication; nominees?: StoredNominee[] } = {},
): DocumentInput {
  const period = periodOf(campaign, "final");
  const list = composeFinalList(sampleBoard(campaign, values), campaign, o.decisions ?? [], o.nominees);
  return {
    campaign,
    period,
    prizeSet: prizeSetOf(campaign, period.prizeSet),
    list: o.version
      ? {
          ...list,
          version: o.version,
          reason: "Hội đồng họp ngày 12/01/2016",
          fixedBy: "HQ",
          fixedAt: "2016-01-12T03:00:00Z",
        }
      : list,
    publication: o.publication ?? null,
  };
}

/** A nominee of a sample unit (its submission `s-<unit>`), decided by the council or not. */
export function sampleNominee(
  unit: string,
  position: number,
  kind: "collective" | "individual",
  name: string,
  awarded: boolean | null,
): StoredNominee {
  return {
    submissionId: `s-${unit}`,
    position,
    nominee: {
      kind,
      name,
      title: kind === "individual" ? "Phó Giám đốc" : null,
      unitName: kind === "individual" ? "BHXH huyện Đông Anh" : null,
      summary: "Thành tích xuất sắc",
    },
    decision:
      awarded === null ? null : { awarded, note: "Hội đồng xét", decidedBy: "HQ", decidedAt: "2016-01-12T03:00:00Z" },
  };
}
