import type { Style } from "../xlsx-writer/index.ts";

/** The house style of the printed form: Times New Roman, as Vietnamese administrative documents are set. */
export const FONT = { name: "Times New Roman", size: 12 } as const;

export const FMT = {
  percent: "0.00%",
  vnd: '#,##0 "₫"',
  count: "#,##0",
  // General, not 0.##: Excel shows an integer under 0.## with a trailing separator ("88,").
  points: "General",
} as const;

const thin = { top: "thin", bottom: "thin", left: "thin", right: "thin", color: "808080" } as const;

export const S = {
  agency: { font: { bold: false }, align: { horizontal: "center", vertical: "center", wrap: true } },
  agencyBold: { font: { bold: true }, align: { horizontal: "center", vertical: "center", wrap: true } },
  motto: { font: { bold: true, underline: true, size: 13 }, align: { horizontal: "center" } },
  dateLine: { font: { italic: true }, align: { horizontal: "center" }, locked: false },
  number: { align: { horizontal: "center" }, locked: false },
  title: { font: { bold: true, size: 14 }, align: { horizontal: "center", vertical: "center", wrap: true } },
  subtitle: { font: { italic: true }, align: { horizontal: "center", vertical: "center", wrap: true } },
  section: { font: { bold: true }, align: { vertical: "center" } },
  header: {
    font: { bold: true },
    fill: "DDE4EE",
    border: thin,
    align: { horizontal: "center", vertical: "center", wrap: true },
  },
  cell: { border: thin, align: { vertical: "top", wrap: true } },
  key: { border: thin, font: { name: "Courier New", size: 10 }, align: { vertical: "top" } },
  note: { border: thin, font: { italic: true, size: 10 }, align: { vertical: "top", wrap: true } },
  input: { border: thin, fill: "FFF2CC", locked: false, align: { vertical: "top", horizontal: "right" } },
  result: {
    border: thin,
    fill: "E2EFDA",
    font: { bold: true },
    align: { vertical: "top", horizontal: "right", wrap: true },
  },
  signTitle: { font: { bold: true }, align: { horizontal: "center" } },
  signNote: { font: { italic: true }, align: { horizontal: "center" } },
  plain: { align: { vertical: "top", wrap: true } },
  remark: { font: { italic: true, size: 11 }, align: { vertical: "top", wrap: true } },
} satisfies Record<string, Style>;

export const withFormat = (style: Style, numFmt: string): Style => ({ ...style, numFmt });
