import {
  CAMPAIGN_IDS, INDICATORS, RuleError, campaignById, periodOf, prizeSetForPeriod, unitByCode,
  type Campaign, type Indicator, type Unit, type VssidStage,
} from "../../shared/index.ts";

/** The three business teams of a district or provincial VssID plan (Kế hoạch Chiêm Hóa 2021, mục III). */
export const VSSID_TEAMS = [
  "Tổ Thu - Cấp sổ thẻ - Kiểm tra",
  "Tổ Kế toán - Chi trả và giám định BHYT",
  "Tổ Chính sách BHXH và Tiếp nhận - QLHS",
] as const;

/** Months of the 1170 campaign (01/04/2021 – 31/12/2021), one row of monthly progress each. */
export const VSSID_MONTHS = ["2021-04", "2021-05", "2021-06", "2021-07", "2021-08", "2021-09", "2021-10", "2021-11", "2021-12"] as const;

export interface EgovFigures {
  /** Assessed points of criteria 1, 2 and 5 (0–5, 0–5, 0–10). */
  c1: number;
  c2: number;
  c5: number;
  /** Counts behind criteria 3 and 4: the shares are formulas over these. */
  employersManaged: number;
  employersTrained: number;
  employersFilingOnline: number;
  /** Scores of other units, for the AWARD_TIER range (the unit's own score is added by the workbook). */
  otherScores: number[];
}

export interface VssidFigures {
  assignedTarget: number;
  /** Installs per month (VSSID_MONTHS order), one number per team (VSSID_TEAMS order); missing months stay blank. */
  monthly: Array<readonly [number, number, number]>;
  qualityOk: boolean;
  pilot: boolean;
}

export interface TemplateOptions {
  unit: string;
  campaign: string;
  period: string;
  egov: EgovFigures;
  /** Actual 2025 figures as fractions (0.47 = 47 %), by indicator code. */
  targetYear: number;
  indicators: Record<Indicator, number>;
  vssid: VssidFigures;
}

/** A plausible provincial office: BHXH Hà Nội scoring the 3826 campaign's final review. */
export const DEFAULT_TEMPLATE_OPTIONS: TemplateOptions = {
  unit: "P63-01",
  campaign: "egov-3826-2015",
  period: "final",
  egov: {
    c1: 5,
    c2: 5,
    c5: 8,
    employersManaged: 58_240,
    employersTrained: 53_100,
    employersFilingOnline: 50_870,
    otherScores: [93, 86, 84, 80, 78, 75, 71, 65, 60],
  },
  targetYear: 2025,
  indicators: {
    BHXH: 0.47,
    // exactly the target of "trên 2,5 %": shows that equal does not meet a "trên" target
    BHXH_TU_NGUYEN: 0.025,
    BHTN: 0.362,
    BHYT: 0.9431,
    BHYT_DTTS: 0.985,
    HAI_LONG_TTHC: 0.92,
    HAI_LONG_NGUOI_THAM_GIA: 0.87,
    KHONG_TIEN_MAT: 0.83,
    DVC_TOAN_TRINH: 1,
    HO_SO_TRUC_TUYEN: 0.96,
    VSSID: 0.93,
    CCCD_BHYT: 0.97,
  },
  vssid: {
    assignedTarget: 2_400_000,
    monthly: [
      [120_000, 45_000, 30_000],
      [210_000, 80_000, 55_000],
      [260_000, 110_000, 70_000],
      [230_000, 95_000, 60_000],
      [190_000, 85_000, 50_000],
      [150_000, 70_000, 45_000],
      [120_000, 60_000, 35_000],
      [100_000, 50_000, 30_000],
      [90_000, 40_000, 25_000],
    ],
    qualityOk: true,
    pilot: false,
  },
};

export interface ResolvedOptions extends TemplateOptions {
  unitInfo: Unit;
  campaignInfo: Campaign;
  periodLabel: string;
  /** The 3826 prize set the tier and prize formulas use (monthly for 2015-10…12, final otherwise). */
  egovPrizeSet: string;
  vssidStage: VssidStage;
}

const bad = (field: string, vi: string, en: string): never => {
  throw new RuleError(field, vi, en);
};

/** Options merged over the defaults and checked against the rules' registries, so a wrong code fails here. */
export function resolveOptions(partial: Partial<TemplateOptions> = {}): ResolvedOptions {
  const o: TemplateOptions = {
    ...DEFAULT_TEMPLATE_OPTIONS,
    ...partial,
    egov: { ...DEFAULT_TEMPLATE_OPTIONS.egov, ...partial.egov },
    indicators: { ...DEFAULT_TEMPLATE_OPTIONS.indicators, ...partial.indicators },
    vssid: { ...DEFAULT_TEMPLATE_OPTIONS.vssid, ...partial.vssid },
  };
  const unitInfo = unitByCode(o.unit);
  if (unitInfo.kind !== "province") {
    bad("unit", `Mẫu này dành cho BHXH tỉnh, thành phố; ${unitInfo.name} không phải BHXH tỉnh.`, `This template is for provincial offices; ${unitInfo.code} is not one.`);
  }
  const campaignInfo = campaignById(o.campaign);
  if (campaignInfo.id === "participants-3096-2019") {
    bad("campaign", "Mẫu này chưa có trang cho đợt 3096/BHXH-TĐKT. Chọn egov-3826-2015 hoặc vssid-1170-2021.",
      `This template has no sheet for 3096/BHXH-TĐKT yet. Use one of ${CAMPAIGN_IDS.filter((c) => c !== campaignInfo.id).join(", ")}.`);
  }
  const period = periodOf(campaignInfo, o.period);
  if (o.vssid.monthly.length > VSSID_MONTHS.length) {
    bad("vssid.monthly", `Tối đa ${VSSID_MONTHS.length} tháng (04–12/2021).`, `At most ${VSSID_MONTHS.length} months (04–12/2021).`);
  }
  for (const code of INDICATORS) if (typeof o.indicators[code] !== "number") bad(`indicators.${code}`, "Thiếu số liệu.", "Missing figure.");
  const egovPrizeSet = o.campaign === "egov-3826-2015" ? prizeSetForPeriod(campaignInfo, o.period).id : "final";
  const vssidStage: VssidStage = o.campaign === "vssid-1170-2021" ? (period.prizeSet as VssidStage) : "final";
  return { ...o, unitInfo, campaignInfo, periodLabel: period.label.vi, egovPrizeSet, vssidStage };
}
