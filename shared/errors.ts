/**
 * The one error type of the rules module. Every bad input names the argument and says why, in
 * Vietnamese first and English second, so Excel (#VALUE!) and the API (4xx JSON) can show it as is.
 */
export class RuleError extends Error {
  readonly argument: string;
  readonly messageVi: string;
  readonly messageEn: string;

  constructor(argument: string, messageVi: string, messageEn: string) {
    super(`${argument}: ${messageVi} / ${messageEn}`);
    this.name = "RuleError";
    this.argument = argument;
    this.messageVi = messageVi;
    this.messageEn = messageEn;
  }
}

export function isRuleError(e: unknown): e is RuleError {
  return e instanceof RuleError;
}
