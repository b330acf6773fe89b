/**
 * `npm run bench`: the rules module's throughput, each figure beside a plain arithmetic loop of the same count
 * in the same run, so the ratio (not the absolute number) is what compares across machines.
 */
import { leaderboard, scoreEgov } from "../shared/index.ts";
import { EGOV_3826 } from "../shared/campaigns/seeds.ts";
import { report, time } from "./measure.ts";

const N = 1_000_000;
const shares = Array.from({ length: 1024 }, (_, i) => (i % 101) / 100);

report(
  `scoreEgov × ${N.toLocaleString("en-US")}`,
  time("scoreEgov(c1..c5) (rules module)", N, (i) =>
    scoreEgov(i % 6, 5, shares[i & 1023], shares[(i * 7) & 1023], i % 11),
  ),
  time(
    "plain arithmetic (5 adds, 2 compares)",
    N,
    (i) => (i % 6) + 5 + (shares[i & 1023]! >= 0.7 ? 10 : 0) + (shares[(i * 7) & 1023]! >= 0.7 ? 40 : 0) + (i % 11),
  ),
);

const BOARDS = 10_000;
const units34 = Array.from({ length: 34 }, (_, i) => ({
  unit: `P34-${i}`,
  value: 60 + ((i * 37) % 41),
  claimed: i % 5 === 0 ? 99 : null,
}));
report(
  `leaderboard of 34 units × ${BOARDS.toLocaleString("en-US")}`,
  time("leaderboard(34 entries, 3826 final)", BOARDS, () => leaderboard(units34, EGOV_3826.id, "final").rows.length),
  time("plain sort of 34 numbers", BOARDS, () => units34.map((u) => u.value).sort((a, b) => b - a).length),
);

const BIG = 1_000;
const units700 = Array.from({ length: 700 }, (_, i) => ({
  unit: `U-${i}`,
  value: 50 + ((i * 37) % 51),
  claimed: null,
}));
report(
  `leaderboard of 700 units × ${BIG.toLocaleString("en-US")}`,
  time("leaderboard(700 entries, 3826 final)", BIG, () => leaderboard(units700, EGOV_3826.id, "final").rows.length),
  time("plain sort of 700 numbers", BIG, () => units700.map((u) => u.value).sort((a, b) => b - a).length),
);
