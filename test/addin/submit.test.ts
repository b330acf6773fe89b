import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { decodeMeta, XLSX_CONTENT_TYPE } from "../../shared/index.ts";
import { SubmissionQueue } from "../../addin/queue/queue.ts";
import type { RetryPolicy } from "../../addin/queue/send.ts";
import { memoryStore, writeSettings, type KeyValueStore } from "../../addin/storage/device.ts";
import { tokenIdOf } from "../../addin/identity.ts";
import { describeOutcome, senderOf, submitWorkbook } from "../../addin/submit/submit.ts";
import { SLICE_SIZE } from "../../addin/workbook/file.ts";
import { TABLES } from "../../shared/contract.ts";
import { EGOV_TABLES, excelWithTables, officeWithFile } from "./support/office-mock.ts";
import { useStandIn } from "./support/service-stand-in.ts";

/**
 * The submit command against office-addin-mock (Office's object model) and a real HTTP stand-in for the service
 * on 127.0.0.1 (the client's real fetch path; XMLHttpRequest is the browser's and runs in the Chromium test).
 */
const pattern = (n: number) => Uint8Array.from({ length: n }, (_, i) => (i * 31 + 7) % 251);

let storage: KeyValueStore;
let delays: number[];
let queue: SubmissionQueue;
/** Claims settle in a millisecond here: one process, one window. */
const FAST = { timing: { leaseMs: 60_000, settleMs: 1 } };
const retry = (): RetryPolicy => ({ attempts: 4, baseMs: 1000, sleep: async (ms) => void delays.push(ms) });

const service = useStandIn();

beforeEach(async () => {
  storage = memoryStore();
  delays = [];
  queue = new SubmissionQueue(storage, retry(), FAST);
  await writeSettings(storage, { serviceUrl: service.url, token: "tok-hn" });
  (globalThis as any).Excel = excelWithTables(EGOV_TABLES);
});
afterEach(() => {
  delete (globalThis as any).Excel;
});

const posts = () => service.requests.filter((r) => r.method === "POST");

describe("reading the workbook", () => {
  it("assembles the slices in order, asks for at most 4 MB each, and closes the file", async () => {
    const bytes = pattern(3 * 1000 + 17);
    const { office, calls } = officeWithFile(bytes, { slices: 3 });
    const result = await submitWorkbook({ storage, queue, office });
    expect(result.kind).toBe("sent");
    expect(calls.fileType).toBe("compressed");
    expect(calls.sliceSize).toBeLessThanOrEqual(4 * 1024 * 1024);
    expect(calls.sliceSize).toBe(SLICE_SIZE);
    expect(calls.slicesRead).toEqual([0, 1, 2]);
    expect(calls.closeAsync).toBe(1);
    const [post] = posts();
    expect(new Uint8Array(post!.body)).toEqual(bytes);
    expect(post!.headers["content-type"]).toBe(XLSX_CONTENT_TYPE);
    expect(post!.headers["content-length"]).toBe(String(bytes.length));
    expect(post!.headers.authorization).toBe("Bearer tok-hn");
    expect(decodeMeta(String(post!.headers["x-submission-meta"]))).toMatchObject({
      campaign: "egov-3826-2015",
      period: "final",
      inputs: { unitKind: "province", c1: 5, c2: 4, c3: 0.85, c4: 0.92, c5: 8 },
      claimed: { value: 92, label: "Giải nhì" },
    });
    expect(result.message.vi).toMatch(/^Đã gửi: BHXH thành phố Hà Nội, lần 1, điểm hệ thống tính 92/);
    expect(await queue.list()).toEqual([]);
  });

  it("closes the file when a slice cannot be read, and sends nothing", async () => {
    const { office, calls } = officeWithFile(pattern(3000), { failSlice: 1 });
    const result = await submitWorkbook({ storage, queue, office });
    expect(result).toMatchObject({ kind: "error" });
    expect(result.message.vi).toContain("slice read failed");
    expect(calls.closeAsync).toBe(1);
    expect(posts()).toHaveLength(0);
  });

  it("refuses a broken contract before the file is opened, names the table, and sends nothing", async () => {
    const { [TABLES.claimed]: _, ...withoutClaimed } = EGOV_TABLES;
    (globalThis as any).Excel = excelWithTables(withoutClaimed);
    const { office, calls } = officeWithFile(pattern(3000));
    const result = await submitWorkbook({ storage, queue, office });
    expect(result.kind).toBe("error");
    expect(result.message.vi).toMatch(/^Tệp thiếu bảng BHXH_KET_QUA\. Bấm "Gắn vào bảng tính này"/);
    expect(result.message.en).toContain("BHXH_KET_QUA");
    // The tables are read first: not a slice of the file was copied.
    expect(calls.fileType).toBeUndefined();
    expect(calls.slicesRead).toEqual([]);
    expect(calls.closeAsync).toBe(0);
    expect(posts()).toHaveLength(0);
  });

  it("names a missing input key and its table, and says what to press", async () => {
    (globalThis as any).Excel = excelWithTables({
      ...EGOV_TABLES,
      [TABLES.inputs]: EGOV_TABLES[TABLES.inputs]!.filter((r) => r[0] !== "c4"),
    });
    const { office, calls } = officeWithFile(pattern(300));
    const result = await submitWorkbook({ storage, queue, office });
    expect(result.message.vi).toBe(
      'Bảng BHXH_DAU_VAO thiếu dòng có Mã "c4" (Tiêu chí 4: tỷ lệ đơn vị thực hiện TTHC qua giao dịch điện tử). Bấm "Gắn vào bảng tính này" trong Bảng điều khiển (tab BHXH) để thêm các bảng và chọn ô cho từng số liệu.',
    );
    expect(calls.slicesRead).toEqual([]);
  });

  it("closes the file when the upload is refused (4xx: no retry, the service's message)", async () => {
    service.script = [422];
    const { office, calls } = officeWithFile(pattern(3000));
    const result = await submitWorkbook({ storage, queue, office });
    expect(result).toMatchObject({ kind: "rejected" });
    expect(result.message.vi).toContain("Lỗi thử 422");
    expect(result.message.en).toContain("Test error 422");
    expect(posts()).toHaveLength(1);
    expect(calls.closeAsync).toBe(1);
    expect(await queue.list()).toEqual([]);
  });

  it("tells the user when this Office cannot hand over the file, before anything else", async () => {
    const { office } = officeWithFile(pattern(10));
    (office.context.document as any).getFileAsync = undefined;
    const result = await submitWorkbook({ storage, queue, office });
    expect(result.message.vi).toMatch(/^Phiên bản Excel này không cho phép/);
  });
});

describe("the service's answer", () => {
  it("a workbook whose own score differs from the service's is flagged to the user", async () => {
    (globalThis as any).Excel = excelWithTables({
      ...EGOV_TABLES,
      [TABLES.claimed]: [
        ["value", "Điểm", 95],
        ["label", "Hạng", "Giải nhất"],
      ],
    });
    const { office } = officeWithFile(pattern(300));
    const result = await submitWorkbook({ storage, queue, office });
    expect(result.kind).toBe("sent");
    expect(result.message.vi).toMatch(
      /điểm hệ thống tính 92\. Điểm tự chấm trong tệp chênh lệch với điểm hệ thống tính\.$/,
    );
    expect(result.message.en).toMatch(/DIFFERS/);
  });
});

describe("retries without a duplicate", () => {
  it("5xx and 429 are retried with backoff and the same Idempotency-Key", async () => {
    service.script = [503, 429];
    const { office, calls } = officeWithFile(pattern(5000));
    const result = await submitWorkbook({ storage, queue, office });
    expect(result.kind).toBe("sent");
    const keys = posts().map((p) => p.headers["idempotency-key"]);
    expect(keys).toHaveLength(3);
    expect(new Set(keys).size).toBe(1);
    expect(delays).toEqual([1000, 2000]);
    expect(service.stored.size).toBe(1);
    expect(calls.closeAsync).toBe(1);
  });

  it("an answer lost after the service stored it: the retry gets the first answer back, stored once", async () => {
    service.script = ["store-then-drop"];
    const { office } = officeWithFile(pattern(5000));
    const result = await submitWorkbook({ storage, queue, office });
    expect(result.kind).toBe("sent");
    if (result.kind === "sent") expect(result.answer.duplicate).toBe(true);
    expect(posts()).toHaveLength(2);
    expect(new Set(posts().map((p) => p.headers["idempotency-key"])).size).toBe(1);
    expect(service.stored.size).toBe(1);
    expect(await queue.list()).toEqual([]);
  });
});

describe("the offline queue", () => {
  it("network down → held on the device and the user told → network back → sent once", async () => {
    service.script = ["down", "down", "down", "down"];
    const bytes = pattern(7000);
    const { office, calls } = officeWithFile(bytes);
    const result = await submitWorkbook({ storage, queue, office });
    expect(result.kind).toBe("waiting");
    expect(result.message.vi).toMatch(/bản gửi được giữ trên máy và sẽ tự gửi lại/);
    expect(result.message.en).toMatch(/held on this device and will be retried/);
    expect(calls.closeAsync).toBe(1);

    // Excel closes; the next start reads the same storage.
    const later = new SubmissionQueue(storage, retry(), FAST);
    const [waiting] = await later.list();
    expect(waiting).toMatchObject({ size: bytes.length, attempts: 4, blocked: false });
    expect(await later.bytesOf(waiting!)).toEqual(bytes);

    // Back online: two triggers at once (the interval and the button) still send it once.
    const client = (await senderOf({ storage }))!;
    const [a, b] = await Promise.all([later.flush(client), later.flush(client)]);
    expect([...a!, ...b!].filter((o) => o.kind === "sent")).toHaveLength(1);
    expect(await later.list()).toEqual([]);
    const keys = posts().map((p) => p.headers["idempotency-key"]);
    expect(new Set(keys)).toEqual(new Set([waiting!.idempotencyKey]));
    expect(service.stored.size).toBe(1);
    expect(new Uint8Array(posts().at(-1)!.body)).toEqual(bytes);
  });

  it("an upload refused for its token (401) keeps the submission, blocked until the user presses Retry", async () => {
    service.script = [401];
    const { office } = officeWithFile(pattern(100));
    const result = await submitWorkbook({ storage, queue, office });
    expect(result.kind).toBe("waiting");
    expect(result.message.vi).toMatch(/Mã truy cập bị từ chối/);
    const [item] = await queue.list();
    expect(item!.blocked).toBe(true);
    const client = (await senderOf({ storage }))!;
    expect(await queue.flush(client)).toEqual([]); // the interval leaves it alone
    expect((await queue.flush(client, true))[0]!.kind).toBe("sent"); // the button sends it
  });

  it("a workbook too large for the device's 10 MB is not held, and the user is told so", async () => {
    service.script = ["down", "down", "down", "down"];
    const { office, calls } = officeWithFile(pattern(7 * 1024 * 1024), { slices: 2 });
    const result = await submitWorkbook({ storage, queue, office, retry: retry() });
    expect(result.kind).toBe("error");
    expect(result.message.vi).toMatch(/quá lớn để lưu chờ gửi trên máy/);
    expect(result.message.en).toMatch(/too large to hold on this device/);
    expect(await queue.list()).toEqual([]);
    expect(calls.closeAsync).toBe(1);
  });
});

describe("a device storage that refuses the queue's write", () => {
  const quotaStore = (): KeyValueStore => {
    const inner = memoryStore();
    return {
      ...inner,
      setItem: async (k, v) => {
        if (k.startsWith("bhxh.queue")) throw new Error("QuotaExceededError: OfficeRuntime.storage is full");
        return inner.setItem(k, v);
      },
    };
  };

  it("sends from memory at once, once, and says it could not be held on the device", async () => {
    const store = quotaStore();
    await writeSettings(store, { serviceUrl: service.url, token: "tok-hn" });
    const { office } = officeWithFile(pattern(3000));
    const result = await submitWorkbook({
      storage: store,
      queue: new SubmissionQueue(store, retry(), FAST),
      office,
      retry: retry(),
    });
    expect(result.kind).toBe("sent");
    expect(posts()).toHaveLength(1);
    expect(service.stored.size).toBe(1);
    expect(result.message.vi).toMatch(/^Đã gửi: .*Không lưu được bản gửi trên máy/);
    expect(result.message.en).toMatch(/could not be held on this device/);
  });

  it("offline as well: the user is told it was neither held nor sent", async () => {
    service.script = ["down", "down", "down", "down"];
    const store = quotaStore();
    await writeSettings(store, { serviceUrl: service.url, token: "tok-hn" });
    const { office } = officeWithFile(pattern(3000));
    const result = await submitWorkbook({
      storage: store,
      queue: new SubmissionQueue(store, retry(), FAST),
      office,
      retry: retry(),
    });
    expect(result.kind).toBe("error");
    expect(result.message.vi).toMatch(/^Không lưu được bản gửi trên máy/);
    expect(result.message.vi).not.toMatch(/Add-in gặp lỗi/);
  });
});

describe("whose submission it is", () => {
  const egovOf = (unit: string) => ({
    ...EGOV_TABLES,
    [TABLES.info]: EGOV_TABLES[TABLES.info]!.map((r) => (r[0] === "unit" ? ["unit", "Đơn vị", unit] : r)),
  });

  it("a workbook of another unit is refused before its file is read, both units named, Vietnamese first", async () => {
    await writeSettings(storage, { token: "tok-hue" });
    const { office, calls } = officeWithFile(pattern(300));
    const result = await submitWorkbook({ storage, queue, office });
    expect(result.kind).toBe("error");
    expect(result.message.vi).toMatch(
      /^Tệp này là của đơn vị P34-01 \(bảng BHXH_THONG_TIN, dòng unit\), còn mã truy cập đang dùng là của BHXH thành phố Huế \(P34-11\): chưa gửi\./,
    );
    expect(result.message.en).toMatch(
      /^This workbook belongs to unit P34-01 .* the token in use is P34-11's: nothing was sent\./,
    );
    expect(calls.slicesRead).toEqual([]);
    expect(posts()).toHaveLength(0);
    expect(await queue.list()).toEqual([]);
  });

  it("a token the service does not know: nothing is read or held, and the user is told to correct it", async () => {
    await writeSettings(storage, { token: "tok-revoked" });
    const { office, calls } = officeWithFile(pattern(300));
    const result = await submitWorkbook({ storage, queue, office });
    expect(result.message.vi).toMatch(/^Hệ thống không nhận mã truy cập này: chưa gửi/);
    expect(calls.slicesRead).toEqual([]);
    expect(await queue.list()).toEqual([]);
  });

  it("offline: held with its unit and token; under another token it waits untouched; under its own it is sent", async () => {
    service.offline = true;
    const { office } = officeWithFile(pattern(700));
    expect((await submitWorkbook({ storage, queue, office })).kind).toBe("waiting");
    const [held] = await queue.list();
    expect(held).toMatchObject({ unit: "P34-01", tokenId: await tokenIdOf("tok-hn") });
    expect(JSON.stringify(held)).not.toContain("tok-hn"); // the token itself is not copied into the item

    service.offline = false;
    await writeSettings(storage, { token: "tok-hue" });
    expect(await queue.flush((await senderOf({ storage }))!, true)).toEqual([]);
    expect(posts()).toHaveLength(0);
    expect(await queue.list()).toEqual([held]);

    await writeSettings(storage, { token: "tok-hn" });
    const [sent] = await queue.flush((await senderOf({ storage }))!);
    expect(sent!.kind).toBe("sent");
    expect(posts().map((p) => p.headers.authorization)).toEqual(["Bearer tok-hn"]);
  });

  it("held offline for a workbook of another unit: never sent, blocked with both units named, and deleted from the queue", async () => {
    service.offline = true;
    (globalThis as any).Excel = excelWithTables(egovOf("P34-11"));
    const { office } = officeWithFile(pattern(700));
    expect((await submitWorkbook({ storage, queue, office })).kind).toBe("waiting");
    service.offline = false;
    const [outcome] = await queue.flush((await senderOf({ storage }))!);
    expect(outcome).toMatchObject({
      kind: "waiting",
      item: { blocked: true },
      error: { code: "unit_mismatch", status: 403 },
    });
    expect(posts()).toHaveLength(0);
    const told = describeOutcome(outcome!);
    expect(told.message.vi).toMatch(
      /^Tệp này là của đơn vị P34-11 .* của BHXH thành phố Hà Nội \(P34-01\): chưa gửi\..*xoá nó trong Hàng chờ gửi/,
    );
    expect(await queue.flush((await senderOf({ storage }))!, true)).toMatchObject([{ kind: "waiting" }]); // the button: still not sent
    expect(posts()).toHaveLength(0);

    expect(await queue.delete(outcome!.item.id)).toBe("deleted");
    expect(await queue.list()).toEqual([]);
    expect((await storage.getKeys()).filter((k) => k.startsWith("bhxh.queue"))).toEqual([]);
  });

  it("the first send goes from the bytes in memory, not read back from the device", async () => {
    const chunkReads: string[] = [];
    const spy: KeyValueStore = {
      ...storage,
      getItem: (k) => (/^bhxh\.queue\.[0-9a-f-]{36}\.\d+$/.test(k) && chunkReads.push(k), storage.getItem(k)),
    };
    const { office } = officeWithFile(pattern(2000));
    const result = await submitWorkbook({ storage: spy, queue: new SubmissionQueue(spy, retry(), FAST), office });
    expect(result.kind).toBe("sent");
    expect(chunkReads).toEqual([]);
  });
});

describe("the ribbon command", () => {
  it("always calls event.completed(), and reports through the runtime's status (no dialog)", async () => {
    const completed: number[] = [];
    const statuses: string[] = [];
    (globalThis as any).Office = { addin: { showAsTaskpane: async () => undefined } };
    try {
      const { submitWorkbookCommand } = await import("../../addin/commands/commands.ts");
      const { runtime } = await import("../../addin/runtime.ts");
      runtime().listeners.add((s) => statuses.push(s.phase === "done" ? `done:${s.result.kind}` : s.phase));
      await submitWorkbookCommand({ completed: () => completed.push(1) } as unknown as Office.AddinCommands.Event);
      expect(completed).toEqual([1]);
      expect(statuses).toEqual(["done:error"]); // no settings on this fresh device: told where to enter them
    } finally {
      delete (globalThis as any).Office;
    }
  });

  it("completes as soon as the send has started, before the service answers; the answer reaches the pane's status", async () => {
    const { office } = officeWithFile(pattern(900));
    (globalThis as any).Office = Object.assign(office, { addin: { showAsTaskpane: async () => undefined } });
    service.script = ["hang"];
    try {
      const { submitWorkbookCommand } = await import("../../addin/commands/commands.ts");
      const { runtime } = await import("../../addin/runtime.ts");
      const rt = runtime();
      await writeSettings(rt.storage, { serviceUrl: service.url, token: "tok-hn" });
      const statuses: string[] = [];
      rt.listeners.add((s) => statuses.push(s.phase === "done" ? `done:${s.result.kind}` : s.phase));
      let completedIn: string | null = null;
      await submitWorkbookCommand({
        completed: () => (completedIn = rt.status.phase),
      } as unknown as Office.AddinCommands.Event);
      expect(completedIn).toBe("uploading"); // the button is free again while the upload runs
      await vi.waitFor(() => expect(posts()).toHaveLength(1));
      expect(statuses).not.toContain("done:sent");
      service.release();
      await vi.waitFor(() => expect(statuses.at(-1)).toBe("done:sent"));
    } finally {
      delete (globalThis as any).Office;
    }
  });
});

describe("settings", () => {
  it("without a service address or token, says where to enter them and reads nothing", async () => {
    const { office, calls } = officeWithFile(pattern(10));
    const result = await submitWorkbook({ storage: memoryStore(), queue, office });
    expect(result.message.vi).toMatch(/Chưa nhập địa chỉ máy chủ và mã truy cập/);
    expect(calls.closeAsync).toBe(0);
    expect(calls.slicesRead).toEqual([]);
  });
});
