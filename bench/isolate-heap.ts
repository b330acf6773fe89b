import WebSocket from "ws";

/**
 * The Worker isolate's own memory under `wrangler dev`, read through its DevTools inspector (`--inspector-port`):
 * V8's used heap plus the ArrayBuffers' backing stores, where a workbook's bytes live. This is what Cloudflare's
 * 128 MB per isolate counts; workerd's RSS also holds the local D1 and R2 simulators and the proxy's buffers.
 * Garbage not yet collected is counted too: a peak is an upper bound of what the isolate held.
 */
export interface IsolateHeap {
  /** used heap + backing stores, in MB */
  mb(): Promise<number>;
  close(): void;
}

export async function isolateHeap(inspectorPort: number): Promise<IsolateHeap> {
  const targets = (await (await fetch(`http://127.0.0.1:${inspectorPort}/json`)).json()) as Array<{
    webSocketDebuggerUrl: string;
  }>;
  const ws = new WebSocket(targets[0]!.webSocketDebuggerUrl);
  await new Promise((resolve, reject) => ws.once("open", resolve).once("error", reject));
  let id = 0;
  const pending = new Map<number, (result: Record<string, number>) => void>();
  ws.on("message", (m) => {
    const d = JSON.parse(String(m)) as { id?: number; result?: Record<string, number> };
    if (d.id !== undefined) pending.get(d.id)?.(d.result ?? {});
    pending.delete(d.id ?? -1);
  });
  const call = (method: string) =>
    new Promise<Record<string, number>>((resolve) => {
      pending.set(++id, resolve);
      ws.send(JSON.stringify({ id, method }));
    });
  return {
    async mb() {
      const u = await call("Runtime.getHeapUsage");
      return ((u.usedSize ?? 0) + (u.backingStorageSize ?? 0)) / 1024 / 1024;
    },
    close: () => ws.close(),
  };
}
