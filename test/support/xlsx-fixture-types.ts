/** What test/support/xlsx-fixtures.ts hands the workerd tests (a JSON binding): types only, no node APIs. */
export interface ExpectedRow {
  key: string;
  label: string;
  cell: string;
  value: string | number | boolean | null;
  formula: string | null;
}
export interface ExpectedTable {
  sheet: string;
  ref: string;
  rows: ExpectedRow[];
}

export interface TemplateFixture {
  name: string;
  campaign: string;
  period: string;
  unit: string;
  /** base64 of the template as buildTemplate writes it (exceljs) */
  excel: string;
  /** base64 of the same re-saved by `soffice --convert-to xlsx`, or null when LibreOffice is missing */
  libreoffice: string | null;
  /** the contract tables as exceljs reads them from `excel` */
  expected: Record<string, ExpectedTable>;
}

export interface XlsxFixtures {
  templates: TemplateFixture[];
  /** the campaigns whose templates were made: every one (functions/template makes any definition's) */
  built: string[];
  libreoffice: "converted" | "missing";
}
