import { mountDossier } from "../../pages/dossier.ts";
import type { SubmissionListItem } from "../../shared/index.ts";
import { WORDS } from "../../shared/words.ts";
import type { ApiClient } from "../api/client.ts";

/**
 * The pane's "Hồ sơ khen thưởng": the dossier's files (tờ trình, báo cáo thành tích, biên bản họp Hội đồng) of the
 * unit's latest submission for the chosen campaign and period, attached from the pane as on /gui (pages/dossier.ts).
 * Nothing sent yet for the period: the section says to send the workbook first.
 */
export function showDossier(client: ApiClient, latest: SubmissionListItem | null): void {
  const root = document.getElementById("dossier");
  if (!root) return;
  if (!latest) {
    delete root.dataset.submission;
    root.innerHTML = `<section aria-labelledby="dossier-none">
      <h2 id="dossier-none">${WORDS.dossier.vi} <span class="en" lang="en">${WORDS.dossier.en}</span></h2>
      <p class="hint">Gửi tệp Excel của kỳ này trước,
      rồi đính kèm tờ trình, báo cáo thành tích và biên bản họp Hội đồng.
      <span class="en" lang="en">Send the workbook for this period first, then attach the dossier's files.</span></p></section>`;
    return;
  }
  if (root.dataset.submission === latest.id) return;
  root.dataset.submission = latest.id;
  mountDossier(root, { api: client, submissionId: latest.id, canAttach: true });
}
