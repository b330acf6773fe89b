import { existsSync } from "node:fs";

/** The Debian chromium the CI installs, started as the brief of the project asks (no network side traffic). */
export const CHROMIUM_PATH = "/usr/bin/chromium";
export const CHROMIUM_ARGS = [
  "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
  "--disable-component-update", "--disable-sync",
];
export const hasChromium = (): boolean => existsSync(CHROMIUM_PATH);
