import { describe, expect, it } from "vitest";
import type { SubmissionMeta } from "../../shared/index.ts";
import { apiClient } from "../../addin/api/client.ts";
import { QUEUE_KEY, SubmissionQueue, type RetryPolicy } from "../../addin/queue/queue.ts";
import type { KeyValueStore } from "../../addin/storage/device.ts";
import { describeOutcome, describeOutcomes } from "../../addin/submit/submit.ts";
import { useStandIn } from "./support/service-stand-in.ts";

/** The device queue on its own: a broken item never blocks the others, a failed write leaves nothing behind. */
const pattern = (n: number) => Uint8Array.from({ length: n }, (_, i) => (i * 31 + 7) % 251);
const meta: SubmissionMeta = {
  campaign: "egov-3826-2015",
  period: "final",
  fileName: "a.xlsx",
  inputs: { unitKind: "province", c1: 5, c2: 4, c3: 0.85, c4: 0.92, c5: 8 },
  claimed: { value: 92, label: "Giải nhì" },
} as SubmissionMeta;
const retry: RetryPolicy = { attempts: 4, baseMs: 1, sleep: async () => undefined };

/** A store that can be looked into, and told to fail a write. */
function inspectableStore(failWrite: (key: string, n: number) => boolean = () => false) {
  const map = new Map<string, string>();
  let writes = 0;
  const store: KeyValueStore = {
    getItem: async (k) => map.get(k) ?? null,
    setItem: async (k, v) => {
      if (failWrite(k, writes++)) throw new Error("QuotaExceededError: storage full");
      map.set(k, v);
    },
    removeItem: async (k) => void map.delete(k),
  };
  return { store, map };
}

const service = useStandIn();
const posts = () => service.requests.filter((r) => r.method === "POST");

describe("a broken item in the queue", () => {
  it("a missing chunk sets that item aside, keeps what remains, and the items behind it are still sent", async () => {
    const { store, map } = inspectableStore();
    const queue = new SubmissionQueue(store, retry);
    const broken = await queue.enqueue(pattern(3 * 1024 * 1024), meta); // 4 MB of base64: 4 chunks
    const good = await queue.enqueue(pattern(500), meta);
    expect(broken.chunks).toBeGreaterThan(1);
    map.delete(`${QUEUE_KEY}.${broken.id}.1`);

    const client = apiClient({ baseUrl: service.url, token: "tok-hn" });
    const outcomes = await queue.flush(client);
    expect(outcomes.map((o) => o.kind)).toEqual(["broken", "sent"]);
    expect(posts()).toHaveLength(1);
    expect(posts()[0]!.headers["idempotency-key"]).toBe(good.idempotencyKey);

    const left = await queue.list();
    expect(left.map((i) => i.id)).toEqual([broken.id]);
    expect(left[0]!.broken).toBe(true);
    expect(map.has(`${QUEUE_KEY}.${broken.id}.0`)).toBe(true); // what remains is kept
    const told = describeOutcome(outcomes[0]!);
    expect(told.kind).toBe("error");
    expect(told.message.vi).toMatch(/^Bản gửi .* bị hỏng trên máy/);
    expect(told.message.en).toMatch(/damaged on this device/);
    // The user hears of it even though the last item was sent.
    expect(describeOutcomes(outcomes)!.message.vi).toMatch(/bị hỏng trên máy.* Đã gửi:/);

    // Set aside: the next flush, and the button, do not try it again.
    expect(await queue.flush(client, true)).toEqual([]);
    expect(posts()).toHaveLength(1);
  });

  it("a corrupt chunk is set aside too", async () => {
    const { store, map } = inspectableStore();
    const queue = new SubmissionQueue(store, retry);
    const broken = await queue.enqueue(pattern(300), meta);
    await queue.enqueue(pattern(200), meta);
    map.set(`${QUEUE_KEY}.${broken.id}.0`, "@@not base64@@");
    const outcomes = await queue.flush(apiClient({ baseUrl: service.url, token: "tok-hn" }));
    expect(outcomes.map((o) => o.kind)).toEqual(["broken", "sent"]);
    expect((await queue.list())[0]).toMatchObject({ id: broken.id, broken: true });
  });

  it("an item with nothing left to send is removed, and the user is told in Vietnamese first", async () => {
    const { store, map } = inspectableStore();
    const queue = new SubmissionQueue(store, retry);
    const gone = await queue.enqueue(pattern(300), meta);
    map.delete(`${QUEUE_KEY}.${gone.id}.0`);
    const outcomes = await queue.flush(apiClient({ baseUrl: service.url, token: "tok-hn" }));
    expect(outcomes).toHaveLength(1);
    expect(outcomes[0]).toMatchObject({ kind: "broken", removed: true });
    expect(await queue.list()).toEqual([]);
    const told = describeOutcome(outcomes[0]!);
    expect(told.message.vi).toMatch(/đã bị xoá khỏi hàng chờ/);
    expect(told.message.en).toMatch(/removed from the queue/);
    expect(posts()).toHaveLength(0);
  });
});

describe("a write that fails while queueing", () => {
  it("removes the chunks already written, so nothing is left outside the budget", async () => {
    const { store, map } = inspectableStore((key, n) => key.startsWith(`${QUEUE_KEY}.`) && n === 2);
    const queue = new SubmissionQueue(store, retry);
    await expect(queue.enqueue(pattern(3 * 1024 * 1024), meta)).rejects.toThrow();
    expect([...map.keys()].filter((k) => k.startsWith(QUEUE_KEY))).toEqual([]);
    expect(await queue.list()).toEqual([]);
  });

  it("removes the chunks when the index cannot be written", async () => {
    const { store, map } = inspectableStore((key) => key === QUEUE_KEY);
    const queue = new SubmissionQueue(store, retry);
    await expect(queue.enqueue(pattern(300), meta)).rejects.toThrow();
    expect([...map.keys()]).toEqual([]);
  });
});

describe("a 2xx answer that cannot be read", () => {
  it.each([
    ["not the submission's shape", JSON.stringify({ ok: true })],
    ["not JSON", "<html>proxy</html>"],
  ])("%s: removed from the queue (the service stored it), and the user is told it was sent, not refused", async (_, body) => {
    const { store } = inspectableStore();
    const queue = new SubmissionQueue(store, retry);
    const uploads: string[] = [];
    const client = apiClient({ baseUrl: "https://bhxh.example", token: "t", upload: async (req) => (uploads.push(req.headers["Idempotency-Key"]!), { status: 201, body }) });
    const outcome = await queue.submit(client, pattern(100), meta);
    expect(uploads).toHaveLength(1); // no retry: a resend would be a second copy
    expect(await queue.list()).toEqual([]);
    const told = describeOutcome(outcome);
    expect(told.kind).not.toBe("rejected");
    expect(told.message.vi).toMatch(/^Đã gửi đến máy chủ nhưng không đọc được câu trả lời/);
    expect(told.message.vi).not.toMatch(/từ chối/);
    expect(told.message.en).toMatch(/^Sent, but the service's answer could not be read/);
  });
});
