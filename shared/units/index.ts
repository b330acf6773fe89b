import { UNIT_KINDS } from "../campaigns/schema.ts";
import { RuleError } from "../errors.ts";
import { DEPARTMENTS } from "./departments.ts";
import { PROVINCES_34 } from "./provinces34.ts";
import { PROVINCES_63 } from "./provinces63.ts";

/**
 * What a unit of the registry is, and so the role its access codes carry: one of the kinds a campaign scores
 * (`UnitKind`: a province, a headquarters department) or headquarters itself, which sends nothing and is scored by
 * no campaign. `Unit.kind` is a role: a `UnitKind` only once headquarters is ruled out.
 */
export const UNIT_ROLES = [...UNIT_KINDS, "hq"] as const;
export type UnitRole = (typeof UNIT_ROLES)[number];

/** What each role is called in a sentence a person reads. */
export const ROLE_NAMES: Record<UnitRole, { vi: string; en: string }> = {
  province: { vi: "BHXH tỉnh, thành phố", en: "provincial offices" },
  department: { vi: "đơn vị trực thuộc", en: "headquarters departments" },
  hq: { vi: "Vụ Thi đua - Khen thưởng (BHXH Việt Nam)", en: "headquarters (Emulation and Rewards)" },
};
export type Registry = "provinces63" | "provinces34";

export interface Unit {
  /** Stable key: P34-xx (from 01/07/2025), P63-xx (the 63 before), DV-… (departments), HQ. */
  code: string;
  name: string;
  /** Its role (province, department or hq), not a campaign's `UnitKind`. */
  kind: UnitRole;
  registry: Registry | null;
  gso: string | null;
  /** For a pre-2025 province: the P34 unit that took it in. */
  mergedInto: string | null;
}

export const HQ_CODE = "HQ";
const p34 = (gso: string) => `P34-${gso}`;
const p63 = (gso: string) => `P63-${gso}`;

export const UNITS: readonly Unit[] = [
  ...PROVINCES_34.map(([gso, name]): Unit => ({
    code: p34(gso),
    name: `BHXH ${name}`,
    kind: "province",
    registry: "provinces34",
    gso,
    mergedInto: null,
  })),
  ...PROVINCES_63.map(([gso, name, into]): Unit => ({
    code: p63(gso),
    name: `BHXH ${name}`,
    kind: "province",
    registry: "provinces63",
    gso,
    mergedInto: p34(into),
  })),
  ...DEPARTMENTS.map(([code, name]): Unit => ({
    code,
    name,
    kind: "department",
    registry: null,
    gso: null,
    mergedInto: null,
  })),
  {
    code: HQ_CODE,
    name: "BHXH Việt Nam (Vụ Thi đua - Khen thưởng)",
    kind: "hq",
    registry: null,
    gso: null,
    mergedInto: null,
  },
];

const BY_CODE = new Map(UNITS.map((u) => [u.code, u]));

export function unitByCode(code: unknown): Unit {
  const found = typeof code === "string" ? BY_CODE.get(code.trim().toUpperCase()) : undefined;
  if (!found) {
    throw new RuleError(
      "unit",
      `Không có đơn vị mã "${String(code)}" (ví dụ: P34-01, P63-02, DV-CNTT).`,
      `Unknown unit code "${String(code)}" (e.g. P34-01, P63-02, DV-CNTT).`,
    );
  }
  return found;
}

/** The unit that answers for this one today: a merged province's successor, or itself. */
export const successorOf = (code: unknown): Unit => {
  const unit = unitByCode(code);
  return unit.mergedInto ? unitByCode(unit.mergedInto) : unit;
};

/** Whether a unit may take part in a campaign run over the given province registry. */
export const unitFitsRegistry = (unit: Unit, registry: Registry): boolean =>
  unit.kind !== "province" || unit.registry === registry;
