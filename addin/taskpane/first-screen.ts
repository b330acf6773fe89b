/*
 * What the pane's first screen shows once it has been set up: the unit the access code belongs to (kept on the
 * device from the last check, then asked of the service), with the connection folded away once it is set and the
 * service address left under the advanced settings unless it is missing.
 */
import type { MeAnswer } from "../../shared/index.ts";
import type { KeyValueStore } from "../storage/device.ts";
import { clientFor } from "../submit/submit.ts";
import { say } from "./say.ts";

const UNIT_KEY = "bhxh.unitLabel";

/** An address the pane can reach a service at (https, or http for a service on this machine). */
export const validUrl = (s: string): boolean => {
  try {
    return ["https:", "http:"].includes(new URL(s.trim()).protocol);
  } catch {
    return false;
  }
};

/** Folds what is set: the connection once it has a code and an address, the address unless it is missing. */
export function foldSettings(s: { serviceUrl: string; token: string }): void {
  (document.getElementById("connection-box") as HTMLDetailsElement).open = !(s.token.trim() && validUrl(s.serviceUrl));
  (document.getElementById("advanced") as HTMLDetailsElement).open = !validUrl(s.serviceUrl);
}

const unitLine = (label: string) => ({ vi: `Đơn vị: ${label}`, en: `Unit: ${label}` });

/**
 * Asks the service whose the saved code is, and keeps the unit's words for the next start (said on the first
 * screen); null without a saved connection. A refusal or an outage is thrown for the caller to say or not.
 */
export async function checkUnit(deps: Parameters<typeof clientFor>[0]): Promise<MeAnswer | null> {
  const client = await clientFor(deps);
  if (!client) return null;
  const me = await client.me();
  const label = `${me.unitName} (${me.unit})`;
  await deps.storage.setItem(UNIT_KEY, label);
  say("unit", unitLine(label), "unit ok");
  return me;
}

/** A new code or address: the unit kept is no longer known to be this one's. */
export const forgetUnit = (storage: KeyValueStore): Promise<void> => storage.removeItem(UNIT_KEY);

export async function showUnit(storage: KeyValueStore): Promise<void> {
  const kept = await storage.getItem(UNIT_KEY);
  if (kept) say("unit", unitLine(kept), "unit");
  // Offline or refused: the unit last checked stays; the connection's Check says why.
  const me = await checkUnit({ storage }).catch(() => undefined);
  if (me === null) {
    const m = {
      vi: "Chưa kết nối: nhập mã truy cập ở phần Kết nối bên dưới.",
      en: "Not connected: enter the access code under Connection below.",
    };
    say("unit", m, "unit bad");
  }
}
