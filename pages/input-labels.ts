import { campaignById } from "../shared/campaigns/index.ts";

export interface InputLabel {
  vi: string;
  en: string;
  /** A fraction the rules read as a share (0,9 = 90 %): shown with its percentage too. */
  share: boolean;
}

type Text = { vi: string; en: string };

/** Keyed by the rules' own input names, so a key the rules add is a compile error here, not a bare code on screen. */
const NAMED: Record<string, Text> = {
  unitKind: { vi: "Loại đơn vị", en: "unit kind" },
  installed: { vi: "Số người đã cài đặt, sử dụng VssID", en: "VssID users" },
  assignedTarget: { vi: "Chỉ tiêu được giao", en: "assigned target" },
  qualityOk: { vi: "Bảo đảm chất lượng", en: "quality assured" },
  pilot: { vi: "Tỉnh thí điểm thẻ BHYT trên VssID", en: "BHYT-card pilot province" },
  bbActual: { vi: "BHXH bắt buộc: số người tham gia", en: "compulsory BHXH: participants" },
  bbTarget: { vi: "BHXH bắt buộc: chỉ tiêu", en: "compulsory BHXH: target" },
  tnActual: { vi: "BHXH tự nguyện: số người tham gia", en: "voluntary BHXH: participants" },
  tnTarget: { vi: "BHXH tự nguyện: chỉ tiêu", en: "voluntary BHXH: target" },
  bhytActual: { vi: "BHYT: số người tham gia", en: "health insurance: participants" },
  bhytTarget: { vi: "BHYT: chỉ tiêu", en: "health insurance: target" },
  bhtnActual: { vi: "BHTN: số người tham gia", en: "unemployment insurance: participants" },
  bhtnTarget: { vi: "BHTN: chỉ tiêu", en: "unemployment insurance: target" },
};

/**
 * What an input of the contract table BHXH_DAU_VAO means, in words. The 3826 criteria (c1…c5) take their titles
 * from the campaign's own data, for the unit's kind (a department's criteria are not a province's).
 */
export function inputLabel(campaignId: string, key: string, unitKind: unknown): InputLabel {
  const criterion = /^c(\d+)$/.exec(key);
  if (criterion) {
    try {
      const kind = unitKind === "department" ? "department" : "province";
      const c = campaignById(campaignId).criteria?.[kind]?.find((x) => x.no === Number(criterion[1]));
      if (c) return { vi: `Tiêu chí ${c.no}: ${c.title.vi}`, en: `criterion ${c.no}: ${c.title.en}`, share: c.scoring.kind === "banded" };
    } catch {
      /* an unknown campaign: the key alone */
    }
  }
  const named = (NAMED as Record<string, Text | undefined>)[key];
  return named ? { ...named, share: false } : { vi: key, en: key, share: false };
}
