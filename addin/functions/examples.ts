import type { ExcelFunctionId } from "../../shared/index.ts";
import { CAMPAIGN_EXAMPLES } from "./campaign-examples.ts";
import { SCORE_EXAMPLES } from "./score-examples.ts";
import { TARGET_EXAMPLES } from "./target-examples.ts";
import type { Example } from "./example.ts";
import { VERDICT_EXAMPLES } from "./verdict-examples.ts";

export type { Example, ExampleArgument, ExampleRange } from "./example.ts";

/** Every function's examples, for its help page and for the test that runs them. */
export const EXAMPLES: Record<ExcelFunctionId, readonly Example[]> = {
  ...SCORE_EXAMPLES,
  ...TARGET_EXAMPLES,
  ...VERDICT_EXAMPLES,
  ...CAMPAIGN_EXAMPLES,
};
