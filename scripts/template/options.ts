import {
  INDICATORS,
  RuleError,
  campaignById,
  periodOf,
  unitByCode,
  type Campaign,
  type Indicator,
  type Period,
  type Unit,
  type VssidStage,
} from "../../shared/index.ts";

/** The three business teams of a district or provincial VssID plan (Kế hoạch Chiêm Hóa 2021, mục III). */
export const VSSID_TEAMS = [
  "Tổ Thu - Cấp sổ thẻ - Kiểm tra",
  "Tổ Kế toán - Chi trả và giám định BHYT",
  "Tổ Chính sách BHXH và Tiếp nhận - QLHS",
] as const;

/** Months of the 1170 campaign (01/04/2021 – 31/12/2021), one row of monthly progress each. */
export const VSSID_MONTHS = [
  "2021-04",
  "2021-05",
  "2021-06",
  "2021-07",
  "2021-08",
  "2021-09",
  "2021-10",
  "2021-11",
  "2021-12",
] as const;

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

/**
 * 3096/BHXH-TĐKT: people taking part in each insurance, actual and the target BHXH Việt Nam assigned, under the
 * rules' own names (bb: compulsory BHXH, tn: voluntary BHXH, bhyt, bhtn), which are the contract's input keys.
 */
export interface ParticipantFigures {
  bbActual: number;
  bbTarget: number;
  tnActual: number;
  tnTarget: number;
  bhytActual: number;
  bhytTarget: number;
  bhtnActual: number;
  bhtnTarget: number;
}

export interface TemplateOptions {
  unit: string;
  campaign: string;
  /** One of the campaign's periods; when not given, its final review (finalReview). */
  period?: string;
  egov: EgovFigures;
  /** Actual 2025 figures as fractions (0.47 = 47 %), by indicator code. */
  targetYear: number;
  indicators: Record<Indicator, number>;
  vssid: VssidFigures;
  participants: ParticipantFigures;
}

/** A plausible provincial office: BHXH Hà Nội scoring the 3826 campaign's final review. */
export const DEFAULT_TEMPLATE_OPTIONS: TemplateOptions = {
  unit: "P63-01",
  campaign: "egov-3826-2015",
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
  // Hà Nội's 2019 scale (some 1.8 million compulsory, 7 million BHYT participants), each target just met or beaten.
  participants: {
    bbActual: 1_782_400,
    bbTarget: 1_750_000,
    tnActual: 61_250,
    tnTarget: 60_000,
    bhytActual: 7_205_300,
    bhytTarget: 7_180_000,
    bhtnActual: 1_598_700,
    bhtnTarget: 1_590_000,
  },
};

export interface ResolvedOptions extends TemplateOptions {
  /** The period's own id, as the campaign data spells it (whatever name it was given by). */
  period: string;
  unitInfo: Unit;
  campaignInfo: Campaign;
  periodLabel: string;
  /** The 3826 prize set the tier and prize formulas use: the period's, or the final review's in another campaign. */
  egovPrizeSet: string;
  /** The 1170 period the VssID sheet is judged at (the workbook's, or the final review in another campaign), and its stage. */
  vssidPeriod: Period;
  vssidStage: VssidStage;
  /** The 3096 period the participants sheet is judged at. */
  participantsPeriod: Period;
}

/**
 * A campaign's final review: its last period, as every campaign lists its periods in the order of the document
 * (months or the mid-term first). Read from the data, never named here: the final review's id is the campaign's.
 */
export const finalReview = (campaign: Campaign): Period => campaign.periods.at(-1)!;

/** The period a campaign's sheet is judged at: the workbook's own in its campaign, else that campaign's final review. */
const periodFor = (campaignId: string, own: Campaign, period: Period): Period =>
  own.id === campaignId ? period : finalReview(campaignById(campaignId));

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
    participants: { ...DEFAULT_TEMPLATE_OPTIONS.participants, ...partial.participants },
  };
  const unitInfo = unitByCode(o.unit);
  if (unitInfo.kind !== "province") {
    bad(
      "unit",
      `Mẫu này dành cho BHXH tỉnh, thành phố; ${unitInfo.name} không phải BHXH tỉnh.`,
      `This template is for provincial offices; ${unitInfo.code} is not one.`,
    );
  }
  const campaignInfo = campaignById(o.campaign);
  const periodInfo = periodOf(campaignInfo, o.period ?? finalReview(campaignInfo).id);
  if (o.vssid.monthly.length > VSSID_MONTHS.length) {
    bad(
      "vssid.monthly",
      `Tối đa ${VSSID_MONTHS.length} tháng (04–12/2021).`,
      `At most ${VSSID_MONTHS.length} months (04–12/2021).`,
    );
  }
  for (const code of INDICATORS)
    if (typeof o.indicators[code] !== "number") bad(`indicators.${code}`, "Thiếu số liệu.", "Missing figure.");
  const egovPrizeSet = periodFor("egov-3826-2015", campaignInfo, periodInfo).prizeSet;
  const vssidPeriod = periodFor("vssid-1170-2021", campaignInfo, periodInfo);
  // The stage VSSID_ELIGIBLE takes is the period's prize set (sơ kết's bar or the final review's).
  const vssidStage = vssidPeriod.prizeSet as VssidStage;
  const participantsPeriod = periodFor("participants-3096-2019", campaignInfo, periodInfo);
  return {
    ...o,
    period: periodInfo.id,
    unitInfo,
    campaignInfo,
    periodLabel: periodInfo.label.vi,
    egovPrizeSet,
    vssidPeriod,
    vssidStage,
    participantsPeriod,
  };
}
