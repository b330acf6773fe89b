import type { KeyValueStore } from "../storage/device.ts";
import { newId } from "./bytes.ts";
import { claimKey } from "./keys.ts";

/**
 * Which window sends an item. Device storage offers get, set, remove and getKeys, and no compare-and-set, so a
 * claim is a lease taken as in Fischer's mutual exclusion: read the claim; if it is free or lapsed, write one's
 * own; wait `settleMs`; read again, and the claim is one's own only if it still says so. Every rival that saw
 * the claim free has written within that wait (a storage write takes milliseconds; the wait is hundreds), so
 * at most one window reads its own claim back. A lease, not a flag: a window that crashed while sending holds
 * its items only until `until`, then any other window takes them over. The holder renews before each attempt.
 */
export interface Clock {
  now(): number;
  sleep(ms: number): Promise<void>;
}
const SYSTEM_CLOCK: Clock = { now: () => Date.now(), sleep: (ms) => new Promise((r) => setTimeout(r, ms)) };

export interface ClaimTiming {
  /** How long a claim holds without renewal: longer than one upload attempt of a large workbook. */
  leaseMs: number;
  /** Fischer's wait: longer than any single storage write takes. */
  settleMs: number;
}
const DEFAULT_TIMING: ClaimTiming = { leaseMs: 10 * 60_000, settleMs: 250 };

interface Claim {
  owner: string;
  nonce: string;
  until: number;
}

export class Claims {
  /** This window: a claim it wrote and reads back is its own. */
  readonly owner = newId();
  private readonly mine = new Map<string, string>();

  constructor(
    private readonly storage: KeyValueStore,
    private readonly clock: Clock = SYSTEM_CLOCK,
    private readonly timing: ClaimTiming = DEFAULT_TIMING,
  ) {}

  private async read(id: string): Promise<Claim | null> {
    const raw = await this.storage.getItem(claimKey(id));
    if (!raw) return null;
    try {
      return JSON.parse(raw) as Claim;
    } catch {
      return null; // unreadable: as good as lapsed
    }
  }

  private async write(id: string): Promise<string> {
    const nonce = newId();
    this.mine.set(id, nonce);
    await this.storage.setItem(
      claimKey(id),
      JSON.stringify({ owner: this.owner, nonce, until: this.clock.now() + this.timing.leaseMs } satisfies Claim),
    );
    return nonce;
  }

  /** Whether no window holds the item now (a lapsed claim holds nothing). */
  async isFree(id: string): Promise<boolean> {
    const c = await this.read(id);
    return !c || c.until <= this.clock.now();
  }

  /** An item this window has just made up: nobody else knows its id, so no wait is needed. */
  async fresh(id: string): Promise<void> {
    await this.write(id);
  }

  /** Takes the item if no other window holds it; true when this window alone now does. */
  async take(id: string): Promise<boolean> {
    const before = await this.read(id);
    if (before && before.until > this.clock.now()) return false; // held, by another window or by this one's other work
    const nonce = await this.write(id);
    await this.clock.sleep(this.timing.settleMs);
    return (await this.read(id))?.nonce === nonce;
  }

  /** Still this window's (and so safe to write the item or send it)? Extends the lease when it is. */
  async renew(id: string): Promise<boolean> {
    const c = await this.read(id);
    if (!c || c.nonce !== this.mine.get(id) || c.until <= this.clock.now()) return false;
    await this.storage.setItem(claimKey(id), JSON.stringify({ ...c, until: this.clock.now() + this.timing.leaseMs }));
    return true;
  }

  /** Lets go of an item, leaving another window's claim alone. */
  async release(id: string): Promise<void> {
    const nonce = this.mine.get(id);
    this.mine.delete(id);
    const c = await this.read(id).catch(() => null);
    if (c && c.nonce === nonce) await this.storage.removeItem(claimKey(id)).catch(() => undefined);
  }

  /** A lapsed claim's key, removed by whoever sweeps (the item it guarded is gone). */
  async dropLapsed(id: string): Promise<void> {
    if (await this.isFree(id)) await this.storage.removeItem(claimKey(id)).catch(() => undefined);
  }
}
