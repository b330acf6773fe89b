import type { Campaign } from "../../shared/index.ts";
import { WORDS } from "../../shared/words.ts";
import type { Message } from "../errors.ts";

/**
 * What the Nội dung column says for each Mã when the add-in writes the tables itself (attach), and what a message
 * calls a row. An input's words are its campaign's definition's, where the label lives once; only the info and
 * result rows, which every campaign shares, are worded here. The keys are the contract's, never translated.
 */
const SHARED_ROWS: Record<string, Message> = {
  unit: { vi: WORDS.unitCode.vi, en: "Unit code" },
  campaign: { vi: WORDS.campaign.vi, en: "Campaign" },
  period: { vi: "Kỳ", en: "Period" },
  value: { vi: `${WORDS.selfScored.vi}: tổng điểm hoặc tiến độ`, en: "Self-assessed result: score or progress" },
  label: { vi: `${WORDS.selfScored.vi}: giải hoặc kết luận`, en: "Self-assessed result: tier or verdict" },
};

/** A row's words: the shared rows', else the campaign's input label, else the key itself. */
export function rowLabel(key: string, campaign?: Campaign): Message {
  const shared = SHARED_ROWS[key];
  if (shared) return shared;
  const input = campaign?.inputs.find((i) => i.key === key);
  return input ? { vi: input.label.vi, en: input.label.en } : { vi: key, en: key };
}

/** The pane's button that gives a workbook the contract's tables, as every message names it. */
export const ATTACH_BUTTON = '"Gắn vào bảng tính này"';

/** How to fix a workbook that lacks the contract: the same words in every refusal. */
export const ATTACH_HINT: Message = {
  vi: `Bấm ${ATTACH_BUTTON} trong Bảng điều khiển (tab BHXH) để thêm các bảng và chọn ô cho từng số liệu.`,
  en: 'Press "Attach to this workbook" in the task pane (BHXH tab) to add the tables and point each figure at its cell.',
};
