/**
 * Every error the add-in raises for a user (the service's answer, the file, the template's tables, the device's
 * queue) is a BilingualError, so `messageOf` reads the two languages from the error instead of splitting a joined
 * string. One class with the pages' client (client/errors.ts): the service's ApiError is one too.
 */
export { BilingualError } from "../client/errors.ts";

/** Words a person reads, in the two languages the add-in speaks. */
export interface Message {
  vi: string;
  en: string;
}

/** What an error says of itself, for a message that quotes it. */
export const errorText = (e: unknown): string => (e instanceof Error ? e.message : String(e));
