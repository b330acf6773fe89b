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

/**
 * The argument's cell holds an Excel error (#DIV/0!, #N/A…), or a range holds one: a RuleError like any other for
 * the service, and for Excel the error to answer with (docs/rules.md §10).
 */
export class CellErrorValue extends RuleError {
  readonly code: string;

  constructor(argument: string, code: string, messageVi: string, messageEn: string) {
    super(argument, messageVi, messageEn);
    this.name = "CellErrorValue";
    this.code = code;
  }
}

export function isRuleError(e: unknown): e is RuleError {
  return e instanceof RuleError;
}
