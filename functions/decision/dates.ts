/** Dates as Vietnamese documents write them; a blank for the office to fill where the document has none yet. */

const BLANK = "…";
const pad = (n: number) => String(n).padStart(2, "0");

/** "Hà Nội, ngày 15 tháng 01 năm 2016", or with dots to fill in by hand. */
export function placeAndDate(place: string, iso: string | null): string {
  if (!iso) return `${place}, ngày ${BLANK} tháng ${BLANK} năm ${BLANK}`;
  const [y, m, d] = iso.split("-").map(Number);
  return `${place}, ngày ${pad(d!)} tháng ${pad(m!)} năm ${y}`;
}

/** "ngày 06/10/2015". */
export function shortDate(iso: string | null): string {
  if (!iso) return `ngày ${BLANK}/${BLANK}/${BLANK}`;
  const [y, m, d] = iso.split("-");
  return `ngày ${d}/${m}/${y}`;
}

/** "Số: 123/QĐ-BHXH": the number as typed (a whole "123/QĐ-BHXH" kept as it is), or left to fill. */
export const numberLine = (number: string | null, symbol: string): string =>
  `Số: ${number ? (number.includes("/") ? number : `${number}/${symbol}`) : `${BLANK}/${symbol}`}`;

/** "1.000.000 đồng": whole đồng, dots between thousands (Vietnamese notation), not the host's locale. */
export const vndNumber = (n: number): string => String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ".");
export const vndText = (n: number): string => `${vndNumber(n)} đồng`;
