/**
 * The name a stored workbook downloads under, the service's own (issue 18: a sender's `bao-cao-quy-4.html`
 * downloaded as an HTML page whose script ran when opened): `<unit>-<campaign>-<period>-v<n>.xlsx`, always .xlsx,
 * from ids the service keeps; anything outside [A-Za-z0-9._-] in them becomes "_". The Worker's Content-Disposition
 * and /hq's save both use it; the sender's name stays a display field.
 */
export function downloadName(s: { unit: string; campaign: string; period: string; version: number }): string {
  const safe = (part: string) => part.replace(/[^A-Za-z0-9._-]/g, "_");
  return `${safe(s.unit)}-${safe(s.campaign)}-${safe(s.period)}-v${s.version}.xlsx`;
}
