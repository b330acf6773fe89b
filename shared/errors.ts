/**
 * An error a person reads: Vietnamese first, English second, each a whole sentence, so each place that shows it
 * (Excel's #VALUE!, the API's 4xx JSON, a page, the pane) takes the two languages from the error itself. The one
 * base of the product's errors; `message` is for logs (the two joined, or what a subclass puts before them).
 */
export class BilingualError extends Error {
  constructor(
    readonly messageVi: string,
    readonly messageEn: string,
    options: { message?: string; cause?: unknown } = {},
  ) {
    super(
      options.message ?? `${messageVi} / ${messageEn}`,
      options.cause === undefined ? {} : { cause: options.cause },
    );
  }
}

/** The rules' refusal of one input: it names the argument (a parameter of a function, a field of a definition). */
export class RuleError extends BilingualError {
  readonly argument: string;

  constructor(argument: string, messageVi: string, messageEn: string) {
    super(messageVi, messageEn, { message: `${argument}: ${messageVi} / ${messageEn}` });
    this.name = "RuleError";
    this.argument = argument;
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
