import { verdictWord } from "../shared/measure.ts";

/** Display helpers of the browser pages (/hq, /gui): Vietnamese conventions (40.000.000 đ, 90,5 %, dd/mm/yyyy). */

const vnd = new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 0 });
const dec = new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 2 });

export const formatVnd = (n: number): string => `${vnd.format(n)} đ`;
export const formatNumber = (n: number): string => dec.format(n);
export const formatPercent = (fraction: number): string => `${dec.format(fraction * 100)} %`;

export type MeasureKind = "points" | "progress" | "qualified";

/** A leaderboard value as its campaign measures it: points, progress against a target, or qualified. */
export function formatMeasure(value: number, measure: MeasureKind): string {
  if (measure === "progress") return formatPercent(value);
  if (measure === "qualified") return verdictWord(value).vi;
  return formatNumber(value);
}

/** dd/mm/yyyy hh:mm in Vietnam's time, from an ISO timestamp of the service. */
export function formatDateTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const parts = new Intl.DateTimeFormat("vi-VN", {
    timeZone: "Asia/Ho_Chi_Minh",
    day: "2-digit",
    month: "2-digit",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    hour12: false,
  }).formatToParts(d);
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? "";
  return `${get("day")}/${get("month")}/${get("year")} ${get("hour")}:${get("minute")}`;
}

/** A file's size as a person reads it: 18 KB, 2,4 MB. */
export const formatBytes = (n: number): string =>
  n < 1024 * 1024 ? `${formatNumber(Math.ceil(n / 1024))} KB` : `${formatNumber(Math.round(n / 104857.6) / 10)} MB`;

/** A cell as Excel writes a reference to it (and as the service names it), so it can be pasted into the Name Box. */
export { sheetCellName } from "../shared/contract-reading/model.ts";

/**
 * A percentage typed by a person ("45,10", "45.1", "45,1 %") as the fraction the service stores (0.451).
 * Rounded to 1e-10 so 45.1 / 100 does not travel as 0.45100000000000007. null when it is not a number.
 */
export function percentToFraction(text: string): number | null {
  const t = text.trim().replace(/\s|%/g, "").replace(",", ".");
  if (!/^-?\d+(\.\d+)?$/.test(t)) return null;
  return Number((Number(t) / 100).toFixed(10));
}

/** The fraction shown back as a percentage for the editor ("45,1"). */
export const fractionToPercentText = (fraction: number): string =>
  String(Number((fraction * 100).toFixed(8))).replace(".", ",");
