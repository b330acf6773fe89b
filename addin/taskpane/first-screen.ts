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

/** After a successful check: the unit's words, kept for the next start. */
export async function rememberUnit(storage: KeyValueStore, me: MeAnswer): Promise<void> {
  const label = `${me.unitName} (${me.unit})`;
  await storage.setItem(UNIT_KEY, label);
  say("unit", unitLine(label), "unit ok");
}

/** A new code or address: the unit kept is no longer known to be this one's. */
export const forgetUnit = (storage: KeyValueStore): Promise<void> => storage.removeItem(UNIT_KEY);

export async function showUnit(storage: KeyValueStore): Promise<void> {
  const kept = await storage.getItem(UNIT_KEY);
  if (kept) say("unit", unitLine(kept), "unit");
  const client = await clientFor({ storage });
  if (!client) {
    const m = {
      vi: "Chưa kết nối: nhập mã truy cập ở phần Kết nối bên dưới.",
      en: "Not connected: enter the access code under Connection below.",
    };
    return say("unit", m, "unit bad");
  }
  try {
    await rememberUnit(storage, await client.me());
  } catch {
    /* offline or refused: the unit last checked stays; the connection's Check says why */
  }
}
