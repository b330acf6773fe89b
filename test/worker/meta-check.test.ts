import { describe, expect, it } from "vitest";
import { refusal } from "./support/refusal.ts";
import { campaignById, parseInputs, submissionMetaSchema } from "../../shared/index.ts";
import type { FileReading } from "../../functions/workbook/contract.ts";
import { checkMeta } from "../../functions/workbook/meta-check.ts";

/** The add-in's own reading, sent beside the file, against what the service read in the file. */
const reading: FileReading = {
  unit: "P63-01",
  campaign: "egov-3826-2015",
  period: "2015-10",
  inputs: { unitKind: "province", c1: 5, c2: 5, c3: 0.95, c4: 0.92, c5: 5 },
  claimed: { value: 95, label: null },
  sources: {
    "inputs.c3": { sheet: "Dữ liệu gửi", cell: "C15", formula: "'Chấm điểm GDĐT'!D14" },
    "claimed.value": { sheet: "Dữ liệu gửi", cell: "C21", formula: null },
  },
};
const facts = {
  reading,
  campaign: campaignById(reading.campaign),
  period: reading.period,
  unitKind: "province" as const,
  inputs: parseInputs(reading.campaign, reading.inputs) as Record<string, unknown>,
};
const meta = (over: Record<string, unknown> = {}) =>
  submissionMetaSchema.parse({
    campaign: "egov-3826-2015",
    period: "2015-10",
    fileName: "a.xlsx",
    inputs: { ...reading.inputs },
    claimed: { value: 95, label: null },
    ...over,
  });

describe("checkMeta: the header must agree with the file", () => {
  it("agreeing metadata passes, float noise and omitted defaults included", () => {
    expect(() => checkMeta(meta(), facts)).not.toThrow();
    expect(() => checkMeta(meta({ inputs: { c1: 5, c2: 5, c3: 0.1 + 0.85, c4: 0.92, c5: 5 } }), facts)).not.toThrow();
  });

  it("the first field that differs: 422 with its cell and both values", () => {
    const e = refusal(() => checkMeta(meta({ inputs: { ...reading.inputs, c3: 0.9 } }), facts));
    expect([e.status, e.code, e.field]).toEqual([422, "meta_mismatch", "inputs.c3"]);
    expect(e.where?.cell).toBe("C15");
    expect(e.messageVi).toContain("0,95");
    expect(e.messageVi).toContain("0,9");
    expect(e.messageEn).toContain("'Dữ liệu gửi'!C15");
    expect(refusal(() => checkMeta(meta({ period: "2015-11" }), facts)).field).toBe("period");
    expect(refusal(() => checkMeta(meta({ claimed: { value: 100, label: null } }), facts)).field).toBe("claimed.value");
    expect(refusal(() => checkMeta(meta({ claimed: { value: null, label: null } }), facts)).field).toBe(
      "claimed.value",
    );
  });

  it("a key the campaign does not have: 400 naming it", () => {
    const e = refusal(() => checkMeta(meta({ inputs: { ...reading.inputs, bonus: 10 } }), facts));
    expect([e.status, e.code, e.field]).toEqual([400, "invalid", "inputs.bonus"]);
  });

  it("unknown top-level keys are refused by the header's schema itself", () => {
    expect(submissionMetaSchema.safeParse({ ...meta(), extra: "x".repeat(5000) }).success).toBe(false);
  });
});
