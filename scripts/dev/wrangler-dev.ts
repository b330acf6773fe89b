/**
 * Runs `wrangler dev` (local D1, R2, assets, rate limit) as a child process and waits until the service
 * answers /api/v1/health. Shared by `npm start` and the end-to-end test, so both run the product the same way.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { createServer } from "node:net";
import { localRequest } from "./local-http.ts";

export interface WranglerDevOptions {
  port: number;
  /** Another wrangler.toml (the bench raises the rate limit in a copy). */
  config?: string;
  https?: { keyPath: string | null; certPath: string | null } | null;
  persistTo?: string;
  /** Where wrangler's own output goes: inherited (npm start) or collected (tests). */
  output?: "inherit" | "collect";
  timeoutMs?: number;
  /** A port for the Worker's DevTools inspector (the API bench reads the isolate's heap through it). */
  inspectorPort?: number;
}

export interface WranglerDev {
  url: string;
  process: ChildProcess;
  log: () => string;
  stop: () => Promise<void>;
}

/** Whether the service answers its health check (the development certificate is accepted: see localRequest). */
export const healthy = (url: string): Promise<boolean> =>
  localRequest(`${url}/api/v1/health`, { timeoutMs: 2000 }).then(
    (r) => r.status === 200,
    () => false,
  );

export async function startWranglerDev(opts: WranglerDevOptions): Promise<WranglerDev> {
  const protocol = opts.https ? "https" : "http";
  const args = [
    "wrangler",
    "dev",
    "--port",
    String(opts.port),
    "--ip",
    "127.0.0.1",
    "--local-protocol",
    protocol,
    "--show-interactive-dev-session=false",
  ];
  if (opts.https?.keyPath && opts.https.certPath)
    args.push("--https-key-path", opts.https.keyPath, "--https-cert-path", opts.https.certPath);
  if (opts.persistTo) args.push("--persist-to", opts.persistTo);
  if (opts.config) args.push("--config", opts.config);
  if (opts.inspectorPort) args.push("--inspector-port", String(opts.inspectorPort));
  const collect = opts.output === "collect";
  const child = spawn("npx", args, {
    stdio: collect ? ["ignore", "pipe", "pipe"] : ["ignore", "inherit", "inherit"],
    env: { ...process.env, WRANGLER_SEND_METRICS: "false", CI: process.env.CI ?? "" },
    detached: process.platform !== "win32",
  });
  let output = "";
  child.stdout?.on("data", (d) => (output += d));
  child.stderr?.on("data", (d) => (output += d));

  // Office and the certificate know "localhost"; plain HTTP (the bench) names the loopback address itself.
  const url = `${protocol}://${opts.https ? "localhost" : "127.0.0.1"}:${opts.port}`;
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
    try {
      if (child.pid && process.platform !== "win32") process.kill(-child.pid, "SIGTERM");
      else child.kill("SIGTERM");
    } catch {
      child.kill("SIGTERM");
    }
    await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
    if (child.exitCode === null && child.pid) {
      try {
        process.kill(-child.pid, "SIGKILL");
      } catch {
        /* already gone */
      }
    }
  };

  const deadline = Date.now() + (opts.timeoutMs ?? 90_000);
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`wrangler dev exited with ${child.exitCode}:\n${output.slice(-4000)}`);
    if (await healthy(url)) return { url, process: child, log: () => output, stop };
    await new Promise((r) => setTimeout(r, 500));
  }
  await stop();
  throw new Error(`wrangler dev did not answer ${url}/api/v1/health within the time limit:\n${output.slice(-4000)}`);
}

/** A free loopback port: nothing here listens beyond 127.0.0.1. */
export const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const s = createServer().listen(0, "127.0.0.1", () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
    s.on("error", reject);
  });

/** The workerd processes under a pid (npx → wrangler → workerd), from /proc, to measure the server's memory. */
export function workerdPids(root: number): number[] {
  const parent = new Map<number, number>();
  for (const d of readdirSync("/proc").filter((n) => /^\d+$/.test(n))) {
    try {
      const stat = readFileSync(`/proc/${d}/stat`, "utf8");
      parent.set(Number(d), Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]));
    } catch {
      /* exited */
    }
  }
  const under = (pid: number): boolean => pid === root || (parent.has(pid) && pid > 1 && under(parent.get(pid)!));
  return [...parent.keys()].filter(
    (pid) => pid !== root && under(pid) && readFileSync(`/proc/${pid}/cmdline`, "utf8").includes("workerd"),
  );
}

/** Resident memory of a process in MB (VmRSS), 0 once it has gone. */
export function rssMb(pid: number): number {
  try {
    const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1];
    return kb ? Number(kb) / 1024 : 0;
  } catch {
    return 0;
  }
}
