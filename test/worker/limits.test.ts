import { describe, expect, it } from "vitest";
import { addressKey, LOCAL_ADDRESS_KEY } from "../../functions/middleware/rate-limit.ts";
import { call, expectError, issueToken, withEnv } from "./helpers.ts";
import { countedWorker } from "./round-trips.ts";

/** ANON_LIMITER's limit in wrangler.toml: fixed one-minute windows, so a test may span two of them. */
const PER_ADDRESS = 60;

const randomToken = () =>
  [...crypto.getRandomValues(new Uint8Array(24))].map((b) => b.toString(16).padStart(2, "0")).join("");

async function inBatches<T>(n: number, one: (i: number) => Promise<T>): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < n; i += 50)
    out.push(...(await Promise.all(Array.from({ length: Math.min(50, n - i) }, (_, j) => one(i + j)))));
  return out;
}

describe("limits before auth, per client address", () => {
  it("1,000 unknown tokens from one address cost at most the address's limit in D1 lookups; the rest are 429", async () => {
    const flooder = { "CF-Connecting-IP": "203.0.113.7" };
    const trusted = await issueToken("P63-08", "province");
    expect((await call("/api/v1/me", trusted, { headers: flooder })).status).toBe(200);
    const worker = countedWorker();
    const answers = await inBatches(1000, () => call("/api/v1/me", randomToken(), { headers: flooder }, worker));
    const statuses = answers.map((r) => r.status);
    expect(statuses.filter((s) => s !== 401 && s !== 429)).toEqual([]);
    // Each 401 is one D1 lookup; a window boundary inside the test lets through at most two windows' worth.
    expect(worker.calls.length).toBe(statuses.filter((s) => s === 401).length);
    expect(worker.calls.length).toBeLessThanOrEqual(2 * PER_ADDRESS);
    const limited = answers.find((r) => r.status === 429)!;
    expect(limited.headers.get("Retry-After")).toBe("60");
    await expectError(limited, 429, "rate_limited");
    // A token this isolate already verified is not held up by its address's flood; another address is not either.
    expect((await call("/api/v1/me", trusted, { headers: flooder })).status).toBe(200);
    expect(
      (
        await call("/api/v1/me", await issueToken("P63-08", "province"), {
          headers: { "CF-Connecting-IP": "203.0.113.8" },
        })
      ).status,
    ).toBe(200);
  }, 60_000);

  it("requests with no token count against their address too, and never reach D1", async () => {
    const worker = countedWorker();
    const answers = await inBatches(3 * PER_ADDRESS, () =>
      call("/api/v1/units", null, { headers: { "CF-Connecting-IP": "203.0.113.9" } }, worker),
    );
    expect(answers.filter((r) => r.status === 429).length).toBeGreaterThanOrEqual(PER_ADDRESS);
    expect(answers.filter((r) => r.status !== 429).every((r) => r.status === 401)).toBe(true);
    expect(worker.calls).toEqual([]);
  });

  it("keys an IPv6 client by its /64, an IPv4 client by its address, and a request with no address by one local key", () => {
    expect(addressKey("2001:db8:aa:bb:1:2:3:4")).toBe("2001:db8:aa:bb::/64");
    expect(addressKey("2001:DB8:AA:BB::9")).toBe("2001:db8:aa:bb::/64");
    expect(addressKey("2001:db8::1")).toBe("2001:db8:0:0::/64");
    expect(addressKey("::ffff:203.0.113.5")).toBe("::ffff:203.0.113.5");
    expect(addressKey("203.0.113.5")).toBe("203.0.113.5");
    expect(addressKey(undefined)).toBe(LOCAL_ADDRESS_KEY);
    expect(addressKey("")).toBe(LOCAL_ADDRESS_KEY);
  });
});

describe("a rate limiter that throws", () => {
  const throwing = {
    limit: async () => {
      throw new Error("injected: rate limiter down");
    },
  } as RateLimit;

  it("before auth or per token, answers 503 JSON with Retry-After", async () => {
    const token = await issueToken("P63-10", "province");
    const anonDown = await call("/api/v1/me", token, {}, withEnv({ ANON_LIMITER: throwing }));
    expect(anonDown.headers.get("Retry-After")).toBe("5");
    await expectError(anonDown, 503, "limiter_unavailable");
    expect((await call("/api/v1/me", token)).status).toBe(200);
    const tokenDown = await call("/api/v1/me", token, {}, withEnv({ RATE_LIMITER: throwing }));
    expect(tokenDown.headers.get("Retry-After")).toBe("5");
    await expectError(tokenDown, 503, "limiter_unavailable");
    // /health uses no limiter.
    expect(
      (await call("/api/v1/health", null, {}, withEnv({ ANON_LIMITER: throwing, RATE_LIMITER: throwing }))).status,
    ).toBe(200);
  });
});
