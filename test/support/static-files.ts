import { existsSync, readFileSync } from "node:fs";
import type { ServerResponse } from "node:http";
import { extname, join, normalize, resolve } from "node:path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".png": "image/png",
  ".map": "application/json",
};

/**
 * Answers a path with the file of that name under `root` (the built dist/addin), as the Worker's static assets
 * would; a path that leaves the root, or names no file, is a 404. For the test servers on 127.0.0.1.
 */
export function sendFile(root: string, pathname: string, res: ServerResponse): void {
  const base = resolve(root);
  const file = normalize(join(base, decodeURIComponent(pathname)));
  if (!file.startsWith(base) || !existsSync(file)) {
    res.writeHead(404).end("not found");
    return;
  }
  res.writeHead(200, { "Content-Type": TYPES[extname(file)] ?? "application/octet-stream" }).end(readFileSync(file));
}
