/**
 * The review of a submission (docs/rules.md §18): received → accepted | returned → proposed → decided. A returned
 * submission is answered by the unit's next version, which starts again as received; nothing moves a returned one.
 */
export const REVIEW_STATES = ["received", "accepted", "returned", "proposed", "decided"] as const;
export type ReviewState = (typeof REVIEW_STATES)[number];

/** Where headquarters may move a submission from each state (the way back is HQ correcting its own step). */
export const REVIEW_MOVES: Readonly<Record<ReviewState, readonly ReviewState[]>> = {
  received: ["accepted", "returned"],
  accepted: ["returned", "proposed"],
  returned: [],
  proposed: ["accepted", "decided"],
  decided: [],
};

/** The states the final list ranks: accepted, and what came after it. */
export const ACCEPTED_STATES: readonly ReviewState[] = ["accepted", "proposed", "decided"];

export const REVIEW_WORDS: Readonly<Record<ReviewState, { vi: string; en: string }>> = {
  received: { vi: "Đã nhận", en: "received" },
  accepted: { vi: "Đã chấp nhận", en: "accepted" },
  returned: { vi: "Trả lại để sửa", en: "returned for correction" },
  proposed: { vi: "Đã đề nghị khen thưởng", en: "proposed" },
  decided: { vi: "Đã có quyết định", en: "decided" },
};

export interface Review {
  state: ReviewState;
  /** HQ's words: why it was returned (required then), or a note. */
  note: string | null;
  reviewedBy: string | null;
  reviewedAt: string | null;
}

export const RECEIVED: Review = { state: "received", note: null, reviewedBy: null, reviewedAt: null };
