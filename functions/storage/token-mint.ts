import { sha256Hex } from "./hash.ts";

/**
 * A new access code and the hash D1 keeps of it: 32 random bytes (256 bits), base64url so it travels in a header
 * as is. Web Crypto, so the Worker (POST /tokens) and `npm run token` (Node) make codes the same way.
 */
export async function mintToken(): Promise<{ token: string; hash: string }> {
  const raw = crypto.getRandomValues(new Uint8Array(32));
  const token = btoa(String.fromCharCode(...raw))
    .replace(/\+/g, "-")
    .replace(/\//g, "_")
    .replace(/=+$/, "");
  return { token, hash: await sha256Hex(token) };
}
