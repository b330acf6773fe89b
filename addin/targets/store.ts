import * as z from "zod/mini";
import { BUILT_IN_TARGETS, mergeTargetTables, targetTableSchema, type TargetTable } from "../../shared/index.ts";
import type { KeyValueStore } from "../storage/device.ts";

/**
 * The national target tables the TARGET* functions read: built-in 2025 first, overridden year by year by the
 * tables the service sent last (kept on the device for offline use). Held in memory, so recalculating 10,000
 * TARGET_MET cells never touches the network.
 */
export const TARGETS_KEY = "bhxh.targets";
/** The service's ETag of the saved tables: sent back as If-None-Match, so unchanged tables cost a 304. */
export const TARGETS_ETAG_KEY = "bhxh.targets.etag";

let tables: TargetTable[] = mergeTargetTables(BUILT_IN_TARGETS);
let source: "built-in" | "device" | "service" = "built-in";

export const currentTargets = (): readonly TargetTable[] => tables;
export const targetsSource = () => source;

/** The streaming TARGET* cells listen here, so a change reaches them and nothing else (docs/rules.md §12). */
const listeners = new Set<() => void>();
export function onTargetsChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}

function replaceTables(next: TargetTable[], from: typeof source): boolean {
  const changed = JSON.stringify(next) !== JSON.stringify(tables);
  tables = next;
  source = from;
  if (changed) for (const listener of [...listeners]) listener();
  return changed;
}

/** Puts the tables in memory; answers whether what the functions read changed (the cells that read them are told). */
export function useTargetTables(fromService: readonly TargetTable[], from: "device" | "service"): boolean {
  return replaceTables(mergeTargetTables(BUILT_IN_TARGETS, fromService), from);
}

export function resetTargets(): void {
  replaceTables(mergeTargetTables(BUILT_IN_TARGETS), "built-in");
}

/**
 * On start: the tables saved last time, if they still parse; otherwise the built-in ones stay. Answers whether
 * the tables in memory changed (cells computed with the built-in ones before this load are told).
 */
export async function loadSavedTargets(storage: KeyValueStore): Promise<boolean> {
  const saved = await storage.getItem(TARGETS_KEY);
  if (!saved) return false;
  let list: TargetTable[];
  try {
    list = z.array(targetTableSchema).parse(JSON.parse(saved));
  } catch {
    // A table of an older shape: dropped with its ETag, so the next refresh asks for the tables in full.
    await storage.removeItem(TARGETS_KEY);
    await storage.removeItem(TARGETS_ETAG_KEY);
    return false;
  }
  return useTargetTables(list, "device");
}

/**
 * After GET /targets: in memory for the functions, on the device for the next offline start, with the ETag they
 * came with. Answers whether the tables in memory, the ones the functions read, changed (then the cells that read
 * them are told).
 */
export async function saveTargets(
  storage: KeyValueStore,
  list: readonly TargetTable[],
  etag: string | null = null,
): Promise<boolean> {
  const changed = useTargetTables(list, "service");
  await storage.setItem(TARGETS_KEY, JSON.stringify(list));
  if (etag) await storage.setItem(TARGETS_ETAG_KEY, etag);
  else await storage.removeItem(TARGETS_ETAG_KEY);
  return changed;
}

/** The ETag worth sending: only beside tables that are saved, or a 304 would leave the device with none. */
export async function savedTargetsEtag(storage: KeyValueStore): Promise<string | null> {
  const [tables, etag] = await Promise.all([storage.getItem(TARGETS_KEY), storage.getItem(TARGETS_ETAG_KEY)]);
  return tables && etag ? etag : null;
}
