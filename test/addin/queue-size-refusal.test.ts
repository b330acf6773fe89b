import { describe, expect, it } from "vitest";
import type { SubmissionMeta } from "../../shared/index.ts";
import { apiClient } from "../../addin/api/client.ts";
import { senderFor } from "../../addin/identity.ts";
import { SubmissionQueue } from "../../addin/queue/queue.ts";
import type { RetryPolicy } from "../../addin/queue/send.ts";
import { memoryStore } from "../../addin/storage/device.ts";
import { useStandIn } from "./support/service-stand-in.ts";

/**
 * Issue 18: past D1's limits the service answered 503 and the add-in retried for ever. A 4xx (the service now
 * answers a storage size error 413, a text over its limit 422) is sent once, not retried, and the user is told why.
 */
const meta = {
  campaign: "egov-3826-2015",
  period: "final",
  fileName: "a.xlsx",
  inputs: { unitKind: "province", c1: 5, c2: 4, c3: 0.85, c4: 0.92, c5: 8 },
  claimed: { value: 92, label: "Giải nhì" },
} as SubmissionMeta;
const retry: RetryPolicy = { attempts: 4, baseMs: 1, sleep: async () => undefined };
const service = useStandIn();

describe("the queue and a 4xx", () => {
  for (const status of [413, 422]) {
    it(`a ${status} is sent once, the item leaves the queue, and the answer's reason is what the user reads`, async () => {
      const queue = new SubmissionQueue(memoryStore(), retry, { timing: { leaseMs: 60_000, settleMs: 1 } });
      await queue.enqueue(new Uint8Array([1, 2, 3]), meta, { unit: "P34-01", tokenId: "tok-hn-id" });
      service.script.push(status);
      const client = senderFor(memoryStore(), apiClient({ baseUrl: service.url, token: "tok-hn" }), "tok-hn-id");
      const [outcome] = await queue.flush(client);
      expect(outcome!.kind).toBe("rejected");
      expect(service.requests.filter((r) => r.method === "POST")).toHaveLength(1);
      expect(await queue.list()).toEqual([]);
      expect(JSON.stringify(outcome)).toContain(`Lỗi thử ${status}`);
    });
  }
});
