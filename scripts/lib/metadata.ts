import { generateCustomFunctionsMetadata } from "custom-functions-metadata";

/**
 * functions.json from the wrappers' JSDoc (custom-functions-metadata), never by hand. Every description is
 * written "Vietnamese / English"; the default file keeps both (Vietnamese first), and the per-locale files the
 * manifest points at keep one language each, split at the first " / ".
 */
export const FUNCTIONS_SOURCE = "addin/functions/functions.ts";
export const LOCALES = { "vi-VN": 0, "en-US": 1 } as const;
export type Locale = keyof typeof LOCALES;

interface Described {
  description?: string;
  [key: string]: unknown;
}
export interface Metadata {
  functions: Array<Described & { id: string; name: string; parameters: Described[]; result: Described }>;
}

export async function generateMetadata(source = FUNCTIONS_SOURCE): Promise<Metadata> {
  const result = await generateCustomFunctionsMetadata([source]);
  if (result.errors.length > 0) {
    throw new Error(`custom-functions-metadata: ${result.errors.join("; ")}`);
  }
  return JSON.parse(result.metadataJson) as Metadata;
}

export function half(text: string | undefined, which: 0 | 1, where: string): string | undefined {
  if (text === undefined) return undefined;
  const at = text.indexOf(" / ");
  if (at < 0) throw new Error(`${where}: the description must read "Tiếng Việt / English": ${text}`);
  return (which === 0 ? text.slice(0, at) : text.slice(at + 3)).trim();
}

export function localize(metadata: Metadata, locale: Locale): Metadata {
  const which = LOCALES[locale];
  const pick = <T extends Described>(d: T, where: string): T =>
    d.description === undefined ? d : { ...d, description: half(d.description, which, where) };
  return {
    ...metadata,
    functions: metadata.functions.map((f) => ({
      ...pick(f, f.id),
      parameters: f.parameters.map((p) => pick(p, `${f.id}.${String(p.name)}`)),
      result: pick(f.result, `${f.id} result`),
    })),
  };
}
