import type { Period } from "../campaigns/schema.ts";

/**
 * "Gửi về trước ngày 10/01/2016" read as a decision (docs/rules.md §17): the file must be received by the service
 * before 00:00 of that day in Việt Nam (UTC+7). The day itself is late: "trước ngày" is "before the day".
 * The instant is the service's receipt time (`createdAt`), never the workbook's own date.
 */
export const deadlineInstant = (period: Pick<Period, "dossierDeadline">): string | null =>
  period.dossierDeadline ? new Date(`${period.dossierDeadline}T00:00:00+07:00`).toISOString() : null;

export const isLate = (period: Pick<Period, "dossierDeadline">, receivedAt: string): boolean => {
  const due = deadlineInstant(period);
  return due !== null && Date.parse(receivedAt) >= Date.parse(due);
};

/** "trước ngày 10/01/2016", as the documents write it. */
export function deadlineText(period: Pick<Period, "dossierDeadline">): { vi: string; en: string } | null {
  if (!period.dossierDeadline) return null;
  const [y, m, d] = period.dossierDeadline.split("-");
  return { vi: `Hạn gửi: trước ngày ${d}/${m}/${y}`, en: `Deadline: before ${d}/${m}/${y} (Việt Nam time)` };
}
