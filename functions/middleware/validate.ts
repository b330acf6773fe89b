import { zValidator } from "@hono/zod-validator";
import type { ValidationTargets } from "hono";
import type { ZodMiniType as ZodType } from "zod/mini";
import { firstIssue } from "../../shared/index.ts";
import { validationError } from "./errors.ts";

/**
 * zod validation in the API's error shape: the first issue's path is the field (`rows.3.value`), so the add-in
 * and the HQ page can point at it. The types still flow to the handler and to the typed client. `status`: 400 by
 * default; 422 for a well-formed body whose content does not hold together (a campaign's definition).
 */
export const validate = <T extends ZodType, Target extends keyof ValidationTargets>(
  target: Target,
  schema: T,
  status: 400 | 422 = 400,
) =>
  zValidator(target, schema, (result) => {
    if (!result.success) {
      const first = firstIssue(result.error.issues, result.data, target);
      if (!first) throw validationError(target, "không hợp lệ", "invalid", status);
      throw validationError(first.field, first.vi, first.en, status);
    }
  });
