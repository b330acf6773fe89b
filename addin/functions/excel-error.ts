import { isRuleError } from "../../shared/index.ts";

/**
 * The one place a rules error becomes an Excel error: #VALUE! with the rules' message (Vietnamese, then
 * English), which Excel shows in the cell's error tooltip. Any other error is a bug and is thrown as is.
 */
export function toExcel<T>(call: () => T): T {
  try {
    return call();
  } catch (e) {
    if (isRuleError(e)) throw new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, e.message);
    throw e;
  }
}
