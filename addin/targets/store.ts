import { BUILT_IN_TARGETS, mergeTargetTables, targetTableSchema, type TargetTable } from "../../shared/index.ts";
import { changeSignal } from "../change-signal.ts";
import type { KeyValueStore } from "../storage/device.ts";
import { SavedList, type ListSource, type Since } from "../storage/saved-list.ts";

/**
 * The national target tables of every year the TARGET* functions read: built-in 2025 first, overridden year by
 * year by the tables the service sent last (kept on the device for offline use). Held in memory, so
 * recalculating 10,000 TARGET_MET cells never touches the network.
 */
export const TARGET_YEARS_KEY = "bhxh.targets";
/** The service's ETag of the saved tables: sent back as If-None-Match, so unchanged tables cost a 304. */
export const TARGET_YEARS_ETAG_KEY = "bhxh.targets.etag";

let tables: TargetTable[] = mergeTargetTables(BUILT_IN_TARGETS);
let source: ListSource = "built-in";

export const currentTargetYears = (): readonly TargetTable[] => tables;
export const targetYearsSource = () => source;

/** The streaming TARGET* cells listen here, so a change reaches them and nothing else (docs/rules.md §12). */
const changes = changeSignal();
export const onTargetYearsChange = changes.on;

function replaceTables(next: TargetTable[], from: ListSource): boolean {
  const changed = JSON.stringify(next) !== JSON.stringify(tables);
  tables = next;
  source = from;
  if (changed) changes.tell();
  return changed;
}

/** Puts the tables in memory; answers whether what the functions read changed (the cells that read them are told). */
export function useTargetYears(fromService: readonly TargetTable[], from: "device" | "service"): boolean {
  return replaceTables(mergeTargetTables(BUILT_IN_TARGETS, fromService), from);
}

export function resetTargetYears(): void {
  replaceTables(mergeTargetTables(BUILT_IN_TARGETS), "built-in");
}

const saved = new SavedList(TARGET_YEARS_KEY, TARGET_YEARS_ETAG_KEY, targetTableSchema, useTargetYears);

/**
 * On start: the tables saved last time, if they still parse; otherwise the built-in ones stay. Answers whether
 * the tables in memory changed (cells computed with the built-in ones before this load are told).
 */
export const loadSavedTargetYears = (storage: KeyValueStore): Promise<boolean> => saved.load(storage);

/**
 * After GET /targets: in memory for the functions, on the device for the next offline start, with the ETag they
 * came with. Answers whether the tables in memory, the ones the functions read, changed (then the cells that read
 * them are told).
 */
export const saveTargetYears = (storage: KeyValueStore, list: readonly TargetTable[], etag: string | null = null) =>
  saved.save(storage, list, etag);

/** GET /targets with the saved tables' ETag, what came saved as saveTargetYears does. */
export const refreshSavedTargetYears = (storage: KeyValueStore, since: Since<TargetTable>) =>
  saved.refresh(storage, since);
