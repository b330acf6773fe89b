import type { Clock } from "../../../addin/queue/claim.ts";

/**
 * Time that passes only when nothing else can run: `sleep` schedules, `run` drains every pending callback and
 * then jumps to the next wake-up. Thousands of interleavings of storage latency, backoffs and leases then take
 * milliseconds of real time, and a seed replays the same schedule.
 */
export class VirtualTime implements Clock {
  private t = 0;
  private seq = 0;
  private timers: Array<{ at: number; seq: number; wake: () => void }> = [];

  now(): number {
    return this.t;
  }

  sleep(ms: number): Promise<void> {
    return new Promise((wake) => {
      // Kept in order (time, then scheduling order): a binary search, not a sort at every step.
      const timer = { at: this.t + Math.max(0, ms), seq: this.seq++, wake };
      let lo = 0;
      let hi = this.timers.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (this.timers[mid]!.at <= timer.at) lo = mid + 1;
        else hi = mid;
      }
      this.timers.splice(lo, 0, timer);
    });
  }

  /** Runs until `done` settles (or nothing is left to wake: a deadlock, said so). */
  async run<T>(done: Promise<T>): Promise<T> {
    let settled = false;
    done.then(
      () => void (settled = true),
      () => void (settled = true),
    );
    for (;;) {
      await new Promise((r) => setImmediate(r));
      if (settled) return done;
      if (this.timers.length === 0)
        throw new Error(`nothing left to run at t=${this.t} ms, and the work has not ended`);
      // Everything due at the next moment wakes together (in the order it was scheduled), then runs.
      this.t = this.timers[0]!.at;
      let due = 0;
      while (due < this.timers.length && this.timers[due]!.at === this.t) due++;
      for (const x of this.timers.splice(0, due)) x.wake();
    }
  }
}

/** A small seeded generator (mulberry32): a failing run is replayed from its seed. */
export function seeded(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1)),
    chance: (p: number) => next() < p,
  };
}
