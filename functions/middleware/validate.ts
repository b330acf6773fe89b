import { zValidator } from "@hono/zod-validator";
import type { ValidationTargets } from "hono";
import type { ZodMiniType as ZodType } from "zod/mini";
import { issueText } from "../../shared/index.ts";
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
      const issue = result.error.issues[0];
      if (!issue) throw validationError(target, "không hợp lệ", "invalid", status);
      const text = issueText(issue, result.data);
      throw validationError(issue.path.join(".") || target, text.vi, text.en, status);
    }
  });
