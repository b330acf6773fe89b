import { ApiError, serviceApi } from "../client/index.ts";
import { escapeMarkup } from "../shared/markup.ts";
import { mountGlossSwitch } from "../pages/gloss.ts";
import { knowCampaigns } from "../pages/campaigns.ts";
import { resultLines } from "../pages/results.ts";
import { mountDossier } from "../pages/dossier.ts";
import { mountUpload } from "../pages/upload.ts";
import { showMySubmissions } from "../pages/my-submissions.ts";
import { mountTemplateDownload } from "../pages/template-download.ts";
import { say } from "../pages/say.ts";
import { browserToken, mountSignIn, type NotHere } from "../pages/sign-in.ts";
import type { MeAnswer } from "../shared/schemas/api.ts";

/**
 * The upload page (/gui), for offices whose Excel cannot run the add-in: the unit's token, one workbook chosen or
 * dropped, and what the service read from it. The same POST /submissions as the add-in, without its metadata:
 * the service reads everything from the file.
 */
const tokenStore = browserToken("bhxh.gui.token");
const api = serviceApi({ baseUrl: "", token: tokenStore.get });

const $ = <T extends HTMLElement = HTMLElement>(id: string): T => document.getElementById(id) as T;

/** What the published decisions say of the unit: tier, amount, certificate, the decision's number and date. */
async function showResults(): Promise<void> {
  try {
    $("results").innerHTML = resultLines(await api.myResults())
      .map((m) => `<li>${escapeMarkup(m.vi)} <small class="en" lang="en">${escapeMarkup(m.en)}</small></li>`)
      .join("");
    $("results-status").hidden = true;
  } catch (e) {
    if (e instanceof ApiError) say($("results-status"), "error", e.messageVi, e.messageEn);
  }
}

/** A unit's token opens /gui; headquarters' is sent to /hq, where it uploads on a unit's behalf. */
const notUnit = (me: MeAnswer): NotHere | null =>
  me.role !== "hq"
    ? null
    : {
        kind: "info",
        viHtml:
          "Đây là mã của Vụ Thi đua - Khen thưởng: gửi thay đơn vị ở " +
          `<a href="/hq">trang /hq</a>, thẻ “Gửi thay đơn vị”.`,
        en: "This is the headquarters token: upload on a unit's behalf from /hq.",
        markToken: true,
      };

mountGlossSwitch();
const signIn = mountSignIn({
  store: tokenStore,
  api,
  notHere: notUnit,
  // The reading names the campaign and its inputs by the published definitions; without them it shows the codes.
  before: async (me) => {
    const { kept } = knowCampaigns((await api.listCampaigns().catch(() => null))?.campaigns ?? []);
    mountTemplateDownload($("template-download"), { api, unit: me.unit }).show(kept);
  },
  who: (me) => `${me.unitName} (${me.unit})`,
  after: async () => {
    void showMine();
    void showResults();
  },
  retryFocus: true,
  fault: {
    vi: "Trang gặp lỗi khi đăng nhập. Tải lại trang (F5) rồi thử lại.",
    en: "The page failed while signing in; reload it and try again.",
  },
  empty: { vi: "Nhập mã truy cập của đơn vị.", en: "Enter the unit's token." },
});
/** The unit's latest submissions with HQ's review: read at sign-in and after each send. */
const showMine = () => showMySubmissions(api, $("mine"), $("mine-msg"));
// Once a workbook is stored, its dossier's files (tờ trình, báo cáo thành tích, biên bản) are attached to it.
mountUpload($("upload"), {
  api,
  onSent: (answer) => {
    void mountDossier($("dossier"), { api, submissionId: answer.submission.id, canAttach: true });
    void showMine();
  },
});
void signIn(false);
