import { ApiError } from "../../../functions/middleware/errors.ts";

/** The ApiError a call refuses with; a call that does not refuse fails the test. */
export function refusal(fn: () => unknown): ApiError {
  try {
    fn();
  } catch (e) {
    if (e instanceof ApiError) return e;
    throw e;
  }
  throw new Error("not refused");
}
