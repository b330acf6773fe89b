import { BUILT_IN_TARGETS, mergeTargetTables, targetTableSchema, type TargetTable } from "../../shared/index.ts";
import type { KeyValueStore } from "../storage/device.ts";

/**
 * The national target tables the TARGET* functions read: built-in 2025 first, overridden year by year by the
 * tables the service sent last (kept on the device for offline use). Held in memory, so recalculating 10,000
 * TARGET_MET cells never touches the network.
 */
export const TARGETS_KEY = "bhxh.targets";

let tables: TargetTable[] = mergeTargetTables(BUILT_IN_TARGETS);
let source: "built-in" | "device" | "service" = "built-in";

export const currentTargets = (): readonly TargetTable[] => tables;
export const targetsSource = () => source;

export function useTargetTables(fromService: readonly TargetTable[], from: "device" | "service"): void {
  tables = mergeTargetTables(BUILT_IN_TARGETS, fromService);
  source = from;
}

export function resetTargets(): void {
  tables = mergeTargetTables(BUILT_IN_TARGETS);
  source = "built-in";
}

/** On start: the tables saved last time, if they still parse; otherwise the built-in ones stay. */
export async function loadSavedTargets(storage: KeyValueStore): Promise<void> {
  const saved = await storage.getItem(TARGETS_KEY);
  if (!saved) return;
  try {
    const list = targetTableSchema.array().parse(JSON.parse(saved));
    useTargetTables(list, "device");
  } catch {
    await storage.removeItem(TARGETS_KEY); // a table of an older shape: the service sends a new one on refresh
  }
}

/**
 * After GET /targets: in memory for the functions, on the device for the next offline start. Answers whether the
 * tables the functions read changed (then the cells that read them need a recalculation).
 */
export async function saveTargets(storage: KeyValueStore, list: readonly TargetTable[]): Promise<boolean> {
  const before = JSON.stringify(tables);
  useTargetTables(list, "service");
  await storage.setItem(TARGETS_KEY, JSON.stringify(list));
  return JSON.stringify(tables) !== before;
}
