/**
 * A stand-in for Excel's `CustomFunctions` global in Node: the Office.js boundary, nothing of the add-in.
 * Same shape as @types/custom-functions-runtime (Error(code, message), ErrorCode strings, associate).
 */
export class StandInError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}

export const associated = new Map<string, (...args: any[]) => unknown>();

export function installCustomFunctions(): void {
  (globalThis as any).CustomFunctions = {
    Error: StandInError,
    ErrorCode: {
      invalidValue: "#VALUE!",
      notAvailable: "#N/A",
      divisionByZero: "#DIV/0!",
      invalidNumber: "#NUM!",
      nullReference: "#NULL!",
      invalidName: "#NAME?",
      invalidReference: "#REF!",
    },
    associate: (id: string, fn: (...args: any[]) => unknown) => associated.set(id, fn),
  };
}
