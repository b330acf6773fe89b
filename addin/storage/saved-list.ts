import * as z from "zod/mini";
import type { KeyValueStore } from "./device.ts";

/** Where a list came from: the add-in's own, the device's copy, or the service. */
export type ListSource = "built-in" | "device" | "service";

/** What the service answers when asked with an ETag: the list and its new ETag, or null for a 304. */
export type Since<T> = (etag: string | null) => Promise<{ list: readonly T[]; etag: string | null } | null>;

/** What asking the service for a list came to. */
export interface Refreshed {
  /** The service answered 304: the saved list is its current one. */
  unchanged: boolean;
  /** What the functions read changed: the cells that read it are told. */
  changed: boolean;
}

/**
 * A list the service sends with an ETag (the target tables, the campaign definitions), held in memory for the
 * functions (`use`, which answers whether what they read changed) and kept on the device with that ETag beside
 * it: the last list known works offline, and sending the ETag back as If-None-Match makes an unchanged list
 * cost a 304.
 */
export class SavedList<T> {
  constructor(
    private readonly key: string,
    /** The service's ETag of the saved list. */
    private readonly etagKey: string,
    private readonly schema: z.ZodMiniType<T>,
    private readonly use: (list: readonly T[], from: Exclude<ListSource, "built-in">) => boolean,
  ) {}

  /** On start: the list saved last time, if it still parses. Answers whether what the functions read changed. */
  async load(storage: KeyValueStore): Promise<boolean> {
    const saved = await storage.getItem(this.key);
    if (!saved) return false;
    let list: T[];
    try {
      list = z.array(this.schema).parse(JSON.parse(saved));
    } catch {
      // A list of an older shape: dropped with its ETag, so the next refresh asks for it in full.
      await storage.removeItem(this.key);
      await storage.removeItem(this.etagKey);
      return false;
    }
    return this.use(list, "device");
  }

  /** The service's list: in memory, then on the device for the next offline start. Answers whether it changed. */
  async save(storage: KeyValueStore, list: readonly T[], etag: string | null): Promise<boolean> {
    const changed = this.use(list, "service");
    await storage.setItem(this.key, JSON.stringify(list));
    if (etag) await storage.setItem(this.etagKey, etag);
    else await storage.removeItem(this.etagKey);
    return changed;
  }

  /** The ETag worth sending: only beside a saved list, or a 304 would leave the device with none. */
  async etag(storage: KeyValueStore): Promise<string | null> {
    const [list, etag] = await Promise.all([storage.getItem(this.key), storage.getItem(this.etagKey)]);
    return list && etag ? etag : null;
  }

  /** Asks the service with the saved list's ETag and saves what it sends (`fresh`, null on a 304). */
  async refresh(storage: KeyValueStore, since: Since<T>): Promise<Refreshed & { fresh: readonly T[] | null }> {
    const answer = await since(await this.etag(storage));
    if (!answer) return { unchanged: true, changed: false, fresh: null };
    return { unchanged: false, changed: await this.save(storage, answer.list, answer.etag), fresh: answer.list };
  }
}
