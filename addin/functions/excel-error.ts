import { CellErrorValue, isRuleError } from "../../shared/index.ts";

/** The errors a custom function may answer with (#NAME?, #REF! and the newer ones can come in, not go out). */
const ANSWERABLE: Record<string, keyof typeof CustomFunctions.ErrorCode> = {
  "#VALUE!": "invalidValue",
  "#N/A": "notAvailable",
  "#DIV/0!": "divisionByZero",
  "#NUM!": "invalidNumber",
  "#NULL!": "nullReference",
};

/**
 * The one place a rules error becomes an Excel error (docs/rules.md §10): bad input is #VALUE! with the rules'
 * message (Vietnamese, then English), shown in the cell's error tooltip; an argument whose cell holds an error
 * answers that same error, or #N/A with the message where Excel cannot answer with it (#REF!, #SPILL!…); an error
 * in a ranked range is #N/A saying which and where. Any other error is a bug and is thrown as is.
 */
export function excelErrorOf(e: unknown): CustomFunctions.Error {
  if (e instanceof CellErrorValue) {
    const code = CustomFunctions.ErrorCode[ANSWERABLE[e.code] ?? "notAvailable"];
    return new CustomFunctions.Error(code, e.message);
  }
  if (isRuleError(e)) return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, e.message);
  throw e;
}

export function toExcel<T>(call: () => T): T {
  try {
    return call();
  } catch (e) {
    throw excelErrorOf(e);
  }
}
