import { Agent, request, type IncomingHttpHeaders } from "node:http";

/** A request over real HTTP (node:http), with the time its answer took: what the e2e tests send to `wrangler dev`. */
export interface Answer {
  status: number;
  text: string;
  ms: number;
  headers: IncomingHttpHeaders;
}

export const NEXT_REQUEST_LIMIT_MS = 5_000;

export function send(
  url: string,
  o: {
    agent?: Agent | false;
    method?: string;
    headers?: Record<string, string | number>;
    body?: Uint8Array;
    timeoutMs?: number;
  } = {},
): Promise<Answer> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const req = request(url, { method: o.method ?? "GET", headers: o.headers, agent: o.agent }, (res) => {
      let text = "";
      res.setEncoding("utf8");
      res.on("data", (c) => (text += c));
      res.on("end", () =>
        resolve({ status: res.statusCode ?? 0, text, ms: Date.now() - started, headers: res.headers }),
      );
    });
    req.setTimeout(o.timeoutMs ?? 60_000, () =>
      req.destroy(new Error(`no answer from ${url} within ${o.timeoutMs ?? 60_000} ms`)),
    );
    // The service may answer before it has read the whole body: the answer is what counts, not the write.
    req.on("error", reject);
    req.end(o.body);
  });
}

/** A workbook POSTed as /gui sends it (no metadata header: the service reads the file), with a unit's token. */
export const sendWorkbook = (base: string, token: string, bytes: Uint8Array): Promise<Answer> =>
  send(`${base}/api/v1/submissions`, {
    method: "POST",
    body: bytes,
    headers: {
      Authorization: `Bearer ${token}`,
      "Content-Type": "application/octet-stream",
      "Content-Length": bytes.byteLength,
    },
  });

/** A JSON body sent with a token. */
export function sendJson(url: string, token: string, method: string, body: unknown): Promise<Answer> {
  const bytes = new TextEncoder().encode(JSON.stringify(body));
  return send(url, {
    method,
    body: bytes,
    headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json", "Content-Length": bytes.length },
  });
}
