import type { MeAnswer } from "../shared/index.ts";
import type { ApiClient } from "./api/client.ts";
import { BilingualError } from "./errors.ts";
import type { KeyValueStore } from "./storage/device.ts";

/**
 * Whose a submission is. A token belongs to one unit for its whole life (npm run token --unit), so the answer of
 * GET /me is kept on the device under the token's fingerprint and asked once: a workbook can then be checked
 * against the token offline, and a queued item sent only under the token (and so the unit) it was made for.
 * The fingerprint, not the token, is what a queued item carries.
 */
export async function tokenIdOf(token: string): Promise<string> {
  const text = `bhxh-queue:${token}`;
  if (globalThis.crypto?.subtle) {
    const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
    return Array.from(new Uint8Array(digest).subarray(0, 16), (b) => b.toString(16).padStart(2, "0")).join("");
  }
  // No subtle crypto (a page outside a secure context): a fingerprint, not a secret, so FNV-1a is enough.
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (const ch of text) {
    h1 = Math.imul(h1 ^ ch.charCodeAt(0), 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ ch.charCodeAt(0), 0x811c9dc5) >>> 0;
  }
  return `fnv${h1.toString(16).padStart(8, "0")}${h2.toString(16).padStart(8, "0")}`;
}

const meKey = (tokenId: string) => `bhxh.me.${tokenId}`;

/** The token's unit: from the device when it was asked before, else GET /me (then kept). Throws ApiError. */
export async function tokenUnit(
  storage: KeyValueStore,
  client: Pick<ApiClient, "me">,
  tokenId: string,
): Promise<MeAnswer> {
  const saved = await storage.getItem(meKey(tokenId)).catch(() => null);
  if (saved) {
    try {
      return JSON.parse(saved) as MeAnswer;
    } catch {
      /* unreadable: ask again */
    }
  }
  const me = await client.me();
  await storage.setItem(meKey(tokenId), JSON.stringify(me)).catch(() => undefined);
  return me;
}

/** Unit codes as the registry reads them (unitByCode): case and surrounding spaces aside. */
export const sameUnit = (a: string, b: string): boolean => a.trim().toUpperCase() === b.trim().toUpperCase();

export class UnitMismatchError extends BilingualError {
  override name = "UnitMismatchError";
  constructor(
    readonly workbookUnit: string,
    readonly tokenUnit: string,
    tokenUnitName: string,
  ) {
    super(
      `Tệp này là của đơn vị ${workbookUnit} (bảng BHXH_THONG_TIN, dòng unit), ` +
        `còn mã truy cập đang dùng là của ${tokenUnitName} (${tokenUnit}): chưa gửi. ` +
        "Hãy mở đúng tệp của đơn vị mình, " +
        `hoặc nhập mã truy cập của đơn vị ${workbookUnit} trong phần Kết nối.`,
      `This workbook belongs to unit ${workbookUnit} (table BHXH_THONG_TIN, row unit), ` +
        `but the token in use is ${tokenUnit}'s: nothing was sent. ` +
        `Open your own unit's workbook, or enter unit ${workbookUnit}'s token under Connection.`,
    );
  }
}

/** Who sends: a client with the pane's token, that token's fingerprint, and its unit when asked. */
export interface Sender {
  tokenId: string;
  client: Pick<ApiClient, "submit" | "me">;
  /** Who the token is (ApiError when it cannot be known now: offline, or the token refused). */
  who(): Promise<MeAnswer>;
}

export function senderFor(storage: KeyValueStore, client: Pick<ApiClient, "submit" | "me">, tokenId: string): Sender {
  let known: MeAnswer | null = null;
  return {
    tokenId,
    client,
    async who() {
      known ??= await tokenUnit(storage, client, tokenId);
      return known;
    },
  };
}
