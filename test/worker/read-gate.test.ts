import { describe, expect, it } from "vitest";
import { ApiError } from "../../functions/middleware/errors.ts";
import { readGate, type GateLimits } from "../../functions/workbook/read-gate.ts";

/** Inside workerd, whose clock moves only across I/O (a timer here): the gate's waits are real timers too. */
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const limits: GateLimits = { width: 1, leaseMs: 5_000, pollMs: 5, goneMs: 1_000, maxWaitMs: 5_000 };

describe("one workbook read at a time in an isolate (read-gate.ts)", () => {
  it("runs reads one after another, in the order they came, each answered its own value", async () => {
    const gated = readGate(limits);
    let running = 0;
    let most = 0;
    const started: number[] = [];
    const read = (i: number) =>
      gated(async () => {
        started.push(i);
        most = Math.max(most, ++running);
        await sleep(10);
        running--;
        return i * 10;
      });
    expect(await Promise.all([0, 1, 2, 3, 4].map(read))).toEqual([0, 10, 20, 30, 40]);
    expect(most).toBe(1);
    expect(started).toEqual([0, 1, 2, 3, 4]);
  });

  it("lets two at once when its width is two", async () => {
    const gated = readGate({ ...limits, width: 2 });
    let running = 0;
    let most = 0;
    await Promise.all(
      [0, 1, 2, 3].map(() =>
        gated(async () => {
          most = Math.max(most, ++running);
          await sleep(10);
          running--;
        }),
      ),
    );
    expect(most).toBe(2);
  });

  it("frees its place when a read throws, and the error reaches that read's caller", async () => {
    const gated = readGate(limits);
    const failed = gated(async () => {
      await sleep(5);
      throw new Error("unreadable");
    });
    const next = gated(async () => "read");
    await expect(failed).rejects.toThrow("unreadable");
    expect(await next).toBe("read");
  });

  it("stops counting a read whose request never ended it, once its lease is over", async () => {
    const gated = readGate({ ...limits, leaseMs: 50 });
    void gated(() => new Promise(() => undefined));
    const from = Date.now();
    expect(await gated(async () => "after the lease")).toBe("after the lease");
    expect(Date.now() - from).toBeGreaterThanOrEqual(50);
  });

  it("answers 503 busy with Retry-After, in Vietnamese and English, to a read that waited past its limit", async () => {
    const gated = readGate({ ...limits, maxWaitMs: 40 });
    void gated(() => sleep(300));
    const waited = await gated(async () => "never").catch((e: unknown) => e);
    expect(waited).toBeInstanceOf(ApiError);
    const e = waited as ApiError;
    expect([e.status, e.code, e.headers["Retry-After"]]).toEqual([503, "busy", "10"]);
    expect(e.messageVi).toMatch(/vui lòng gửi lại/);
    expect(e.messageEn).toMatch(/send again/);
  });
});
