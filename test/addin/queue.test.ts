import { describe, expect, it } from "vitest";
import type { SubmissionMeta } from "../../shared/index.ts";
import { apiClient } from "../../addin/api/client.ts";
import { senderFor } from "../../addin/identity.ts";
import { migrateLegacyQueue } from "../../addin/queue/legacy.ts";
import { chunkKey } from "../../addin/queue/keys.ts";
import { SubmissionQueue } from "../../addin/queue/queue.ts";
import type { RetryPolicy } from "../../addin/queue/send.ts";
import { memoryStore, type KeyValueStore } from "../../addin/storage/device.ts";
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
/** The token an item is made for, and the unit its workbook names. */
const owner = { unit: "P34-01", tokenId: "tok-hn-id" };
const fast = { timing: { leaseMs: 60_000, settleMs: 1 } };

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
    getKeys: async () => [...map.keys()],
  };
  return { store, map };
}

const service = useStandIn();
const posts = () => service.requests.filter((r) => r.method === "POST");
const sender = (token = "tok-hn") =>
  senderFor(memoryStore(), apiClient({ baseUrl: service.url, token }), `${token}-id`);

describe("a broken item in the queue", () => {
  it("a missing chunk sets that item aside, keeps what remains, and the items behind it are still sent", async () => {
    const { store, map } = inspectableStore();
    const queue = new SubmissionQueue(store, retry, fast);
    const broken = await queue.enqueue(pattern(3 * 1024 * 1024), meta, owner); // 4 MB of base64: 4 chunks
    const good = await queue.enqueue(pattern(500), meta, owner);
    expect(broken.chunks).toBeGreaterThan(1);
    map.delete(chunkKey(broken.id, 1));

    const client = sender();
    const outcomes = await queue.flush(client);
    expect(outcomes.map((o) => o.kind)).toEqual(["broken", "sent"]);
    expect(posts()).toHaveLength(1);
    expect(posts()[0]!.headers["idempotency-key"]).toBe(good.idempotencyKey);

    const left = await queue.list();
    expect(left.map((i) => i.id)).toEqual([broken.id]);
    expect(left[0]!.broken).toBe(true);
    expect(map.has(chunkKey(broken.id, 0))).toBe(true); // what remains is kept
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
    const queue = new SubmissionQueue(store, retry, fast);
    const broken = await queue.enqueue(pattern(300), meta, owner);
    await queue.enqueue(pattern(200), meta, owner);
    map.set(chunkKey(broken.id, 0), "@@not base64@@");
    const outcomes = await queue.flush(sender());
    expect(outcomes.map((o) => o.kind)).toEqual(["broken", "sent"]);
    expect((await queue.list())[0]).toMatchObject({ id: broken.id, broken: true });
  });

  it("an item with nothing left to send is removed, and the user is told in Vietnamese first", async () => {
    const { store, map } = inspectableStore();
    const queue = new SubmissionQueue(store, retry, fast);
    const gone = await queue.enqueue(pattern(300), meta, owner);
    map.delete(chunkKey(gone.id, 0));
    const outcomes = await queue.flush(sender());
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
    const { store, map } = inspectableStore((key, n) => key.startsWith("bhxh.queue.") && n === 2);
    const queue = new SubmissionQueue(store, retry, fast);
    await expect(queue.enqueue(pattern(3 * 1024 * 1024), meta, owner)).rejects.toThrow();
    expect([...map.keys()].filter((k) => k.startsWith("bhxh.queue"))).toEqual([]);
    expect(await queue.list()).toEqual([]);
  });

  it("removes the chunks when the item itself cannot be written", async () => {
    const { store, map } = inspectableStore((key) => key.startsWith("bhxh.queue.item."));
    const queue = new SubmissionQueue(store, retry, fast);
    await expect(queue.enqueue(pattern(300), meta, owner)).rejects.toThrow();
    expect([...map.keys()]).toEqual([]);
  });
});

describe("a 2xx answer that cannot be read", () => {
  it.each([
    ["not the submission's shape", JSON.stringify({ ok: true })],
    ["not JSON", "<html>proxy</html>"],
  ])(
    "%s: removed from the queue (the service stored it), and the user is told it was sent, not refused",
    async (_, body) => {
      const { store } = inspectableStore();
      const queue = new SubmissionQueue(store, retry, fast);
      const uploads: string[] = [];
      const client = apiClient({
        baseUrl: "https://bhxh.example",
        token: "t",
        upload: async (req) => (uploads.push(req.headers["Idempotency-Key"]!), { status: 201, body }),
      });
      const outcome = await queue.submit(
        {
          tokenId: owner.tokenId,
          client,
          who: async () => ({ unit: "P34-01", unitName: "BHXH thành phố Hà Nội", role: "province" as const }),
        },
        pattern(100),
        meta,
        "P34-01",
      );
      expect(uploads).toHaveLength(1); // no retry: a resend would be a second copy
      expect(await queue.list()).toEqual([]);
      const told = describeOutcome(outcome);
      expect(told.kind).not.toBe("rejected");
      expect(told.message.vi).toMatch(/^Đã gửi đến máy chủ nhưng không đọc được câu trả lời/);
      expect(told.message.vi).not.toMatch(/từ chối/);
      expect(told.message.en).toMatch(/^Sent, but the service's answer could not be read/);
    },
  );
});

describe("items on the device, one key each", () => {
  it("an item another window is sending cannot be deleted from this one; set aside, it can", async () => {
    const { store, map } = inspectableStore();
    const mine = new SubmissionQueue(store, retry, fast);
    const other = new SubmissionQueue(store, retry, fast);
    const item = await mine.enqueue(pattern(300), meta, owner);
    // The other window holds it (its claim, live): this window's delete waits its turn.
    map.set(`bhxh.queue.claim.${item.id}`, JSON.stringify({ owner: "other", nonce: "n", until: Date.now() + 60_000 }));
    expect(await mine.delete(item.id)).toBe("busy");
    expect(await mine.list()).toHaveLength(1);
    map.delete(`bhxh.queue.claim.${item.id}`);
    expect(await other.delete(item.id)).toBe("deleted");
    expect(await mine.delete(item.id)).toBe("gone");
    expect([...map.keys()]).toEqual([]);
  });

  it("a lapsed claim (its window died) holds nothing: the item is sent by another window", async () => {
    const { store, map } = inspectableStore();
    const queue = new SubmissionQueue(store, retry, fast);
    const item = await queue.enqueue(pattern(300), meta, owner);
    map.set(`bhxh.queue.claim.${item.id}`, JSON.stringify({ owner: "dead", nonce: "n", until: Date.now() - 1 }));
    const outcomes = await queue.flush(sender());
    expect(outcomes.map((o) => o.kind)).toEqual(["sent"]);
    expect([...map.keys()]).toEqual([]);
  });

  it("chunks a dead window left half-written are swept once its claim has lapsed, not before", async () => {
    const { store, map } = inspectableStore();
    const queue = new SubmissionQueue(store, retry, fast);
    const id = "0b7c2a4e-1111-4222-8333-444455556666";
    map.set(chunkKey(id, 0), "AAAA");
    map.set(`bhxh.queue.claim.${id}`, JSON.stringify({ owner: "writing", nonce: "n", until: Date.now() + 60_000 }));
    await queue.flush(sender());
    expect(map.has(chunkKey(id, 0))).toBe(true); // a live window may still be writing it
    map.set(`bhxh.queue.claim.${id}`, JSON.stringify({ owner: "writing", nonce: "n", until: Date.now() - 1 }));
    await queue.flush(sender());
    expect([...map.keys()]).toEqual([]);
  });

  it("the first version's shared index moves to one key per item, bound to the token held now, and is sent", async () => {
    const { store, map } = inspectableStore();
    const bytes = pattern(400);
    const old = {
      id: "5f0e1a2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b",
      idempotencyKey: "old-key",
      meta,
      size: bytes.length,
      chunks: 1,
      queuedAt: "2025-01-02T03:04:05.000Z",
      attempts: 2,
      lastError: null,
      blocked: false,
    };
    map.set("bhxh.queue", JSON.stringify([old]));
    map.set(chunkKey(old.id, 0), Buffer.from(bytes).toString("base64"));
    const queue = new SubmissionQueue(store, retry, fast);
    await queue.flush(sender()); // before the move, the old chunks are not taken for orphans
    expect(map.has(chunkKey(old.id, 0))).toBe(true);

    expect(await migrateLegacyQueue(store, "tok-hn-id")).toBe(1);
    expect(map.has("bhxh.queue")).toBe(false);
    expect(await queue.list()).toMatchObject([{ id: old.id, tokenId: "tok-hn-id", unit: null, attempts: 2 }]);
    const [sent] = await queue.flush(sender());
    expect(sent!.kind).toBe("sent");
    expect(posts().map((p) => p.headers["idempotency-key"])).toEqual(["old-key"]);
    expect([...map.keys()]).toEqual([]);
  });
});
