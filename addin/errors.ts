/**
 * An error the add-in shows a person: Vietnamese first, English second, each a whole sentence. Every error the
 * add-in raises for a user (the service's answer, the file, the template's tables, the device's queue) is one,
 * so `messageOf` reads the two languages from the error instead of splitting a joined string.
 */
export class BilingualError extends Error {
  constructor(
    readonly messageVi: string,
    readonly messageEn: string,
  ) {
    super(`${messageVi} / ${messageEn}`);
  }
}

/** Words a person reads, in the two languages the add-in speaks. */
export interface Message {
  vi: string;
  en: string;
}
