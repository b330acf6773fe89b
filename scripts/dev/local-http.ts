import { request as httpRequest } from "node:http";
import { request as httpsRequest } from "node:https";

/**
 * One request to the service this machine runs (`npm start`, the journey test): over HTTPS it accepts the
 * development certificate, which the machine may not trust yet. Only for localhost, never for another host.
 */
export function localRequest(
  url: string,
  init: { method?: string; headers?: Record<string, string | number>; body?: Uint8Array; timeoutMs?: number } = {},
): Promise<{ status: number; text: string }> {
  const send = url.startsWith("https:") ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = send(
      url,
      // A timeout of its own: without one, Node's global agent ends a socket idle for 5 s, and a workbook's
      // answer can take longer than that to come while other uploads are read.
      {
        method: init.method ?? "GET",
        headers: init.headers,
        rejectUnauthorized: false,
        timeout: init.timeoutMs ?? 120_000,
      },
      (res) => {
        let text = "";
        res.setEncoding("utf8");
        res.on("data", (c) => (text += c));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, text }));
      },
    );
    req.on("error", reject);
    req.on("timeout", () => req.destroy(new Error(`no answer from ${url}`)));
    req.end(init.body);
  });
}
