import type { Campaign } from "../../shared/index.ts";

/**
 * What the campaigns table's `definition` column holds: the validated definition (defaults filled in) without
 * its status, which has a column of its own. Pure: the seed command (node) writes the same JSON the Worker does.
 */
export function definitionJson(campaign: Campaign | Record<string, unknown>): string {
  const { status: _, ...definition } = campaign as Record<string, unknown>;
  return JSON.stringify(definition);
}
