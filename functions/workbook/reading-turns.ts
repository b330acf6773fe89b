/**
 * Workbook reads at once in one isolate. A read rests between slices of its work (xlsx/work.ts), so reads go on
 * side by side, and each holds the parts it reads (a 25 MB workbook's shared strings: 3.7 MB compressed, plus what
 * it inflates): ten at once took the isolate's heap to 144 MB (bench:api, 8/12/2026), past the 128 MB an isolate
 * has. Two at once keep one reading while the other waits on R2; the rest wait their turn holding nothing but
 * their request (their bodies are in R2 already).
 */
export const READS_AT_ONCE = 2;

export interface TurnOptions {
  atOnce: number;
  /** how often a waiting read looks again for a free turn */
  pollMs: number;
  /**
   * A turn held this long is taken for gone: a request the runtime cancels (its client went away, or it ran past
   * its CPU limit) never runs its `finally`, and a turn it kept would otherwise be lost for the isolate's life.
   * A read takes seconds at most (the budget, xlsx/limits.ts); the Worker's CPU limit is 15 s.
   */
  staleMs: number;
  now: () => number;
}

const DEFAULTS: TurnOptions = { atOnce: READS_AT_ONCE, pollMs: 25, staleMs: 60_000, now: () => Date.now() };

export class ReadingTurns {
  private readonly held = new Map<symbol, number>();
  private readonly o: TurnOptions;

  constructor(options: Partial<TurnOptions> = {}) {
    this.o = { ...DEFAULTS, ...options };
  }

  get reading(): number {
    return this.held.size;
  }

  /**
   * Runs `read` once a turn is free. A waiting read polls on a timer of its own rather than awaiting a promise
   * another request resolves: workerd cancels a request left waiting on another request's I/O.
   */
  async run<T>(read: () => Promise<T>): Promise<T> {
    for (;;) {
      this.dropStale();
      if (this.held.size < this.o.atOnce) break;
      await new Promise((resolve) => setTimeout(resolve, this.o.pollMs));
    }
    const turn = Symbol("turn");
    this.held.set(turn, this.o.now());
    try {
      return await read();
    } finally {
      this.held.delete(turn);
    }
  }

  private dropStale(): void {
    const oldest = this.o.now() - this.o.staleMs;
    for (const [turn, since] of this.held) if (since < oldest) this.held.delete(turn);
  }
}

/** The isolate's own: module state lives as long as the isolate, shared by the requests it serves. */
export const readingTurns = new ReadingTurns();
