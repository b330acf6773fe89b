/** Lower-case hex SHA-256, the form tokens are stored in and workbooks are keyed by (Web Crypto: Workers and Node). */
export async function sha256Hex(data: string | ArrayBuffer | Uint8Array): Promise<string> {
  const bytes = typeof data === "string" ? new TextEncoder().encode(data) : data;
  return hexOf(await crypto.subtle.digest("SHA-256", bytes as BufferSource));
}

/** A digest (Web Crypto's, or a DigestStream's) as lower-case hex. */
export const hexOf = (digest: ArrayBuffer): string =>
  [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
