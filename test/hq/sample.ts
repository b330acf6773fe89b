import { createHash } from "node:crypto";
import {
  UNITS,
  campaignById,
  criteriaFor,
  inputsFor as inputsOf,
  measureOf,
  type Campaign,
  type LeaderboardAnswer,
  type Submission,
} from "../../shared/index.ts";
import { leaderboardAnswer } from "../../functions/decision/leaderboard-answer.ts";

/**
 * Sample answers of the service for the development harness, made with the rules' `measureOf` and the service's
 * own `leaderboardAnswer` over plausible inputs: what the Worker would answer, not a second implementation of it.
 */

/** Deterministic numbers, so screenshots and tests see the same page every run. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

export interface SampleUnit {
  code: string;
  name: string;
}

/**
 * The provinces of the campaign's registry (the 34 of today when `count` is 34), then made-up units to reach
 * `count` (700 for the load test).
 */
export function sampleUnits(campaign: string | Campaign, count: number): SampleUnit[] {
  const registry = count === 34 ? "provinces34" : campaignById(campaign).registry;
  const real = UNITS.filter((u) => u.registry === registry).map((u) => ({ code: u.code, name: u.name }));
  const extra = Array.from({ length: Math.max(count - real.length, 0) }, (_, i) => ({
    code: `TEST-${String(i + 1).padStart(3, "0")}`,
    name: `BHXH đơn vị thử ${i + 1}`,
  }));
  return [...real, ...extra].slice(0, count);
}

/**
 * Plausible figures for a campaign nobody coded, from its definition alone: each criterion's input near the top of
 * its range (a share for a banded one, points for an assessed one), a ratio's counts, progress around its target.
 */
function definedInputs(c: Campaign, rnd: () => number): Record<string, unknown> {
  const pick = (lo: number, hi: number) => lo + rnd() * (hi - lo);
  const kind = c.unitKinds.includes("province") ? "province" : c.unitKinds[0]!;
  const out: Record<string, unknown> = {};
  const criteria = c.criteria?.[kind] ? criteriaFor(c, kind) : [];
  for (const i of inputsOf(c, kind)) {
    const reader = criteria.find((cr) => cr.input === i.key);
    if (i.type === "boolean") out[i.key] = rnd() > 0.1;
    else if (i.type === "unitKind") out[i.key] = kind;
    else if (i.type === "word") out[i.key] = i.words![0]!.code;
    else if (i.type === "share" || reader?.scoring.kind === "banded") out[i.key] = Number(pick(0.4, 1).toFixed(4));
    else if (reader) out[i.key] = Math.round(pick(reader.max * 0.3, reader.max));
    else out[i.key] = Math.round(pick(5_000, 80_000));
  }
  for (const cr of criteria) {
    if (cr.scoring.kind === "banded" && cr.scoring.ratio)
      out[cr.scoring.ratio.numerator] = Math.round((out[cr.scoring.ratio.denominator] as number) * pick(0.4, 1));
  }
  if (c.progress) out[c.progress.actual] = Math.round((out[c.progress.target] as number) * pick(0.5, 1.3));
  return out;
}

function inputsFor(c: Campaign, rnd: () => number): Record<string, unknown> {
  const pick = (lo: number, hi: number) => lo + rnd() * (hi - lo);
  switch (c.id) {
    case "egov-3826-2015":
      return {
        unitKind: "province",
        c1: Math.round(pick(2, 5)),
        c2: Math.round(pick(2, 5)),
        c3: Number(pick(0.6, 1).toFixed(4)),
        c4: Number(pick(0.6, 1).toFixed(4)),
        c5: Math.round(pick(0, 10)),
      };
    case "vssid-1170-2021": {
      const target = Math.round(pick(100_000, 3_000_000) / 1000) * 1000;
      return {
        installed: Math.round(target * pick(0.2, 1.3)),
        assignedTarget: target,
        qualityOk: rnd() > 0.05,
        pilot: rnd() > 0.85,
      };
    }
    case "participants-3096-2019": {
      const t = () => Math.round(pick(5_000, 80_000));
      const a = (target: number) => Math.round(target * pick(0.9, 1.15));
      const [bb, tn, bhyt, bhtn] = [t(), t(), t(), t()];
      return {
        bbActual: a(bb),
        bbTarget: bb,
        tnActual: a(tn),
        tnTarget: tn,
        bhytActual: a(bhyt),
        bhytTarget: bhyt,
        bhtnActual: a(bhtn),
        bhtnTarget: bhtn,
      };
    }
    default:
      return definedInputs(c, rnd);
  }
}

/** Where the template keeps each value (its contract sheet), so the page shows cells as it would for a real file. */
function sourcesFor(inputs: Record<string, unknown>): Submission["sources"] {
  const at = (row: number, formula: string | null) => ({ sheet: "Dữ liệu gửi", cell: `C${row}`, formula });
  const sources: Submission["sources"] = { unit: at(5, null), campaign: at(6, null), period: at(7, null) };
  Object.keys(inputs).forEach((key, i) => (sources[`inputs.${key}`] = at(11 + i, `'Số liệu'!D${8 + i}`)));
  sources["claimed.value"] = at(20, "'Số liệu'!D30");
  sources["claimed.label"] = at(21, "'Số liệu'!D31");
  return sources;
}

export interface SampleData {
  leaderboard: LeaderboardAnswer;
  submissions: Submission[];
  workbooks: Map<string, Uint8Array>;
  /** The latest version of each unit, and the definition: what HQ's judgements are applied to (harness-judging.ts). */
  latest: Submission[];
  campaign: Campaign;
}

/** One campaign and period: a submission or two per unit, the latest version ranked, a few claims that disagree. */
export function sampleData(campaignRef: string | Campaign, period: string, count: number, seed = 7): SampleData {
  const rnd = random(seed + count);
  const c = campaignById(campaignRef);
  const campaign = c.id;
  const units = sampleUnits(c, count);
  const submissions: Submission[] = [];
  const workbooks = new Map<string, Uint8Array>();
  const latest: Submission[] = [];
  units.forEach((u, i) => {
    const versions = rnd() > 0.8 ? 2 : 1;
    for (let v = 1; v <= versions; v++) {
      const inputs = inputsFor(c, rnd);
      const m = measureOf(c, period, inputs);
      const mismatch = rnd() > 0.93;
      const claimedValue = mismatch ? m.value + (campaign === "egov-3826-2015" ? 5 : 0.05) : m.value;
      const bytes = new TextEncoder().encode(`sample workbook ${u.code} v${v}`);
      const id = `sub-${campaign}-${period}-${u.code}-v${v}`;
      const s: Submission = {
        id,
        unit: u.code,
        unitName: u.name,
        campaign,
        period,
        version: v,
        sha256: createHash("sha256").update(bytes).digest("hex"),
        size: 18_000 + Math.round(rnd() * 9000),
        fileName: `BHXH-thi-dua_${u.code}_v${v}.xlsx`,
        inputs,
        claimed: { value: claimedValue, label: m.label },
        computed: { value: m.value, label: m.label, vetoed: m.vetoed, priority: m.priority },
        mismatch,
        sources: sourcesFor(inputs),
        sentBy: i % 17 === 5 ? "HQ" : u.code,
        createdAt: new Date(Date.UTC(2016, 0, 4, 8, 0) + (i * 37 + v * 600) * 60_000).toISOString(),
      };
      submissions.push(s);
      workbooks.set(id, bytes);
      if (v === versions) latest.push(s);
    }
  });
  // The service's own answer-building code, so the harness cannot drift from GET /leaderboard.
  // The definition itself: a campaign nobody coded has no seed to look up.
  const answer = leaderboardAnswer(latest, c, period);
  submissions.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return { leaderboard: answer, submissions, workbooks, latest, campaign: c };
}
