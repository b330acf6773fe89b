import { FORM_SHEET } from "../../functions/template/index.ts";
import { SAMPLE_VALUES } from "../../scripts/template/samples.ts";
import { scoreEgov } from "../../shared/index.ts";

const figure = (key: string): number => SAMPLE_VALUES[key] as number;

/**
 * The score the 3826 rules give the sample figures (BHXH Hà Nội's) that `sampleWorkbook` types into the seeds'
 * first campaign: what a test expects the service, the pane and /hq to show for that workbook.
 */
export const SAMPLE_SCORE = scoreEgov(figure("c1"), figure("c2"), figure("c3"), figure("c4"), figure("c5"));

/** A Giá trị cell on the form of the service's template, as the service names where it read a value. */
export const FORM_CELL = new RegExp(`'${FORM_SHEET}'!C\\d+`);
