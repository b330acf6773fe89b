import { describe, expect, it } from "vitest";
import { READS_AT_ONCE, ReadingTurns } from "../../functions/workbook/reading-turns.ts";

/** A read the test ends when it likes, and whether it has started. */
function controlled() {
  let end!: () => void;
  const state = { started: false };
  const ended = new Promise<void>((resolve) => (end = resolve));
  return {
    state,
    end: () => end(),
    read: async () => {
      state.started = true;
      await ended;
      return "read";
    },
  };
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("reading turns", () => {
  it("lets two reads go at once and starts a third only when one has ended", async () => {
    expect(READS_AT_ONCE).toBe(2);
    const turns = new ReadingTurns({ pollMs: 5 });
    const [a, b, c] = [controlled(), controlled(), controlled()];
    const runs = [turns.run(a.read), turns.run(b.read), turns.run(c.read)];
    await wait(30);
    expect([a.state.started, b.state.started, c.state.started]).toEqual([true, true, false]);
    expect(turns.reading).toBe(2);
    a.end();
    await wait(30);
    expect(c.state.started).toBe(true);
    b.end();
    c.end();
    expect(await Promise.all(runs)).toEqual(["read", "read", "read"]);
    expect(turns.reading).toBe(0);
  });

  it("gives the turn back when a read fails", async () => {
    const turns = new ReadingTurns({ atOnce: 1, pollMs: 5 });
    await expect(turns.run(() => Promise.reject(new Error("refused")))).rejects.toThrow("refused");
    expect(await turns.run(async () => "next")).toBe("next");
  });

  it("takes a turn held past staleMs for gone: a cancelled request never gives it back", async () => {
    let now = 0;
    const turns = new ReadingTurns({ atOnce: 1, pollMs: 5, staleMs: 1000, now: () => now });
    const lost = controlled();
    void turns.run(lost.read);
    const next = controlled();
    const waiting = turns.run(next.read);
    await wait(30);
    expect(next.state.started).toBe(false);
    now = 1001;
    await wait(30);
    expect(next.state.started).toBe(true);
    next.end();
    expect(await waiting).toBe("read");
  });
});
