import type * as z from "zod/mini";
import type { Campaign, MeasureKind, UnitKind } from "./schema.ts";

type Ctx = z.core.ParsePayload<unknown> & { addIssue?: never };
type Path = Array<string | number>;
type Refine = { addIssue(issue: { code: "custom"; message: string; path: Path; input?: unknown }): void };

/** The measure a unit of this kind is scored by. */
export const measureFor = (c: Pick<Campaign, "measure" | "measures">, kind: UnitKind): MeasureKind =>
  c.measures?.[kind] ?? c.measure;

const TYPES_FOR = {
  assessed: ["points", "criterion"],
  share: ["share", "criterion"],
  ratio: ["count"],
  figure: ["count", "share", "points"],
  flag: ["boolean"],
} as const;

/**
 * A definition that does not hold together is refused before anyone scores with it, each fault on its field and
 * said in both languages (issueText splits "vi / en"): criteria that do not add up, bands that fall, a period
 * naming an unknown prize set, an input used but not declared, a kind nobody scores.
 */
export function checkCoherence(c: Campaign, ctx: Refine | Ctx): void {
  const say = (path: Path, vi: string, en: string) =>
    (ctx as Refine).addIssue({ code: "custom", message: `${vi} / ${en}`, path });
  const inputs = new Map(c.inputs.map((i) => [i.key, i]));
  const uses = (path: Path, k: string | undefined, types: readonly string[]) => {
    if (k === undefined) return;
    const found = inputs.get(k);
    if (!found)
      return say(
        path,
        `dùng dòng "${k}" chưa khai báo trong inputs`,
        `uses input "${k}", which inputs does not declare`,
      );
    if (!types.includes(found.type)) {
      say(
        path,
        `dòng "${k}" có kiểu ${found.type}, cần ${types.join(" hoặc ")}`,
        `input "${k}" is ${found.type}; needs ${types.join(" or ")}`,
      );
    }
  };
  const unique = (list: readonly string[], path: (i: number) => Path, what: { vi: string; en: string }) =>
    list.forEach(
      (v, i) => list.indexOf(v) !== i && say(path(i), `${what.vi} "${v}" bị trùng`, `${what.en} "${v}" appears twice`),
    );

  unique(
    c.inputs.map((i) => i.key),
    (i) => ["inputs", i, "key"],
    { vi: "mã dòng", en: "input key" },
  );
  unique(
    c.prizeSets.map((p) => p.id),
    (i) => ["prizeSets", i, "id"],
    { vi: "cơ cấu giải", en: "prize set" },
  );
  unique(
    c.periods.map((p) => p.id),
    (i) => ["periods", i, "id"],
    { vi: "kỳ", en: "period" },
  );
  unique(c.unitKinds, (i) => ["unitKinds", i], { vi: "loại đơn vị", en: "unit kind" });
  if (c.period.from > c.period.to)
    say(["period", "to"], "ngày kết thúc trước ngày bắt đầu", "the end is before the start");
  checkProposalCap(c, say);
  c.inputs.forEach((i, n) => {
    if (i.type === "word" && !i.words)
      say(["inputs", n, "words"], "dòng kiểu word cần danh sách words", "a word input needs its words");
  });

  const sets = new Set(c.prizeSets.map((p) => p.id));
  c.periods.forEach((p, i) => {
    if (!sets.has(p.prizeSet))
      say(
        ["periods", i, "prizeSet"],
        `kỳ ${p.id}: không có cơ cấu giải ${p.prizeSet}`,
        `period ${p.id}: unknown prize set ${p.prizeSet}`,
      );
    p.unitKinds?.forEach((k, j) => {
      if (!c.unitKinds.includes(k))
        say(
          ["periods", i, "unitKinds", j],
          `loại đơn vị ${k} không thuộc đợt`,
          `unit kind ${k} is not in the campaign`,
        );
    });
  });
  c.prizeSets.forEach((p, i) =>
    unique(
      p.tiers.map((t) => t.code),
      (j) => ["prizeSets", i, "tiers", j, "code"],
      { vi: "mã giải", en: "tier code" },
    ),
  );

  for (const kind of c.unitKinds) {
    const measure = measureFor(c, kind);
    if (measure === "points") checkCriteria(c, kind, say, uses);
    if (measure === "progress") {
      if (!c.progress)
        say(
          ["progress"],
          "đợt chấm tiến độ cần progress { actual, target }",
          "a progress campaign needs progress { actual, target }",
        );
      else {
        uses(["progress", "actual"], c.progress.actual, TYPES_FOR.figure);
        uses(["progress", "target"], c.progress.target, TYPES_FOR.figure);
      }
    }
    if (measure === "qualified") {
      const q = c.qualify?.[kind];
      if (!q) {
        say(
          ["qualify", kind],
          `đợt xét đạt/không đạt cần điều kiện cho ${kind}`,
          `a pass/fail campaign needs conditions for ${kind}`,
        );
        continue;
      }
      q.conditions.forEach((cond, i) => {
        const at: Path = ["qualify", kind, "conditions", i];
        if (cond.input !== undefined) uses([...at, "input"], cond.input, TYPES_FOR.flag);
        else if (cond.actual === undefined || cond.target === undefined) {
          say(
            at,
            "điều kiện cần input (có/không) hoặc actual và target",
            "a condition needs an input (yes/no) or an actual and a target",
          );
        } else {
          uses([...at, "actual"], cond.actual, TYPES_FOR.figure);
          uses([...at, "target"], cond.target, TYPES_FOR.figure);
        }
      });
      if (q.atLeast !== undefined && q.atLeast > q.conditions.length) {
        say(
          ["qualify", kind, "atLeast"],
          `cần ${q.atLeast} điều kiện nhưng chỉ có ${q.conditions.length}`,
          `asks ${q.atLeast} of ${q.conditions.length} conditions`,
        );
      }
    }
  }
  const veto = c.flags?.veto;
  if (veto) uses(["flags", "veto", "input"], veto.input, TYPES_FOR.flag);
  const priority = c.flags?.priority;
  if (priority) {
    uses(["flags", "priority", "input"], priority.input, TYPES_FOR.flag);
    priority.prizeSets.forEach(
      (p, i) =>
        !sets.has(p) &&
        say(["flags", "priority", "prizeSets", i], `không có cơ cấu giải ${p}`, `unknown prize set ${p}`),
    );
  }
}

/**
 * A unit may not be allowed to propose more individuals than any of the campaign's prize sets can award them: a
 * cap past every set's individual prizes is a typing mistake (3096 awards none nationally, so its cap of 3 stands).
 */
function checkProposalCap(c: Campaign, say: (path: Path, vi: string, en: string) => void): void {
  const cap = c.proposalCap?.individuals;
  const slots = c.prizeSets.flatMap((p) => (p.individuals ? [p.individuals.slots] : []));
  if (cap === undefined || slots.length === 0) return;
  const most = Math.max(...slots);
  if (cap > most) {
    say(
      ["proposalCap", "individuals"],
      `mỗi đơn vị đề nghị tối đa ${cap} cá nhân, nhiều hơn ${most} giải cá nhân của đợt`,
      `a unit may propose ${cap} individuals, more than the ${most} individual prizes of the campaign`,
    );
  }
}

function checkCriteria(
  c: Campaign,
  kind: UnitKind,
  say: (path: Path, vi: string, en: string) => void,
  uses: (path: Path, k: string | undefined, types: readonly string[]) => void,
): void {
  const list = c.criteria?.[kind];
  if (!list)
    return say(
      ["criteria", kind],
      `đợt chấm điểm cần bảng tiêu chí cho ${kind}`,
      `a points campaign needs criteria for ${kind}`,
    );
  const total = list.reduce((s, cr) => s + cr.max, 0);
  if (Math.abs(total - c.total) > 1e-9) {
    say(
      ["criteria", kind],
      `các tiêu chí cộng lại ${total}, không phải ${c.total}`,
      `criteria add up to ${total}, not ${c.total}`,
    );
  }
  list.forEach((cr, i) => {
    const at: Path = ["criteria", kind, i];
    if (list.findIndex((x) => x.no === cr.no) !== i)
      say([...at, "no"], `tiêu chí số ${cr.no} bị trùng`, `criterion ${cr.no} appears twice`);
    const s = cr.scoring;
    if (s.kind === "assessed") {
      if (cr.input === undefined)
        say([...at, "input"], "tiêu chí cần dòng dữ liệu (input)", "the criterion needs an input");
      return uses([...at, "input"], cr.input, TYPES_FOR.assessed);
    }
    if (s.ratio) {
      uses([...at, "scoring", "ratio", "numerator"], s.ratio.numerator, TYPES_FOR.ratio);
      uses([...at, "scoring", "ratio", "denominator"], s.ratio.denominator, TYPES_FOR.ratio);
    } else {
      if (cr.input === undefined)
        say([...at, "input"], "tiêu chí cần dòng dữ liệu (input)", "the criterion needs an input");
      uses([...at, "input"], cr.input, TYPES_FOR.share);
    }
    s.bands.forEach((b, j) => {
      const path = [...at, "scoring", "bands", j];
      if (b.points > cr.max)
        say(
          [...path, "points"],
          `mức ${b.points} điểm vượt tối đa ${cr.max}`,
          `${b.points} points exceed the maximum ${cr.max}`,
        );
      const prev = s.bands[j - 1];
      if (prev && !(b.from > prev.from)) say([...path, "from"], "các mức phải tăng dần", "bands must rise");
      if (prev && b.points < prev.points)
        say([...path, "points"], "mức cao hơn không được ít điểm hơn", "a higher band may not score fewer points");
    });
  });
}
