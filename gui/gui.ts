import { ApiError, serviceApi } from "../client/index.ts";
import { esc } from "../pages/format.ts";
import { mountGlossSwitch } from "../pages/gloss.ts";
import { knowCampaigns } from "../pages/campaigns.ts";
import { NO_RESULTS, resultText } from "../pages/results.ts";
import { mountDossier } from "../pages/dossier.ts";
import { mountUpload } from "../pages/upload.ts";
import { showMySubmissions } from "../pages/my-submissions.ts";
import { mountTemplateDownload } from "../pages/template-download.ts";
import { browserToken, mountSignIn, refuseToken, showApp, showSignIn } from "../pages/sign-in.ts";

/**
 * The upload page (/gui), for offices whose Excel cannot run the add-in: the unit's token, one workbook chosen or
 * dropped, and what the service read from it. The same POST /submissions as the add-in, without its metadata:
 * the service reads everything from the file.
 */
const tokenStore = browserToken("bhxh.gui.token");
const api = serviceApi({ baseUrl: "", token: tokenStore.get });

const $ = <T extends HTMLElement = HTMLElement>(id: string): T => document.getElementById(id) as T;

function say(box: HTMLElement, kind: "error" | "info", viHtml: string, en: string): void {
  box.className = `msg ${kind}`;
  box.innerHTML = `${viHtml} <small lang="en">${esc(en)}</small>`;
  box.hidden = false;
}

/** What the published decisions say of the unit: tier, amount, certificate, the decision's number and date. */
async function showResults(): Promise<void> {
  try {
    const results = await api.myResults();
    const lines = results.length ? results.map(resultText) : [NO_RESULTS];
    $("results").innerHTML = lines
      .map((m) => `<li>${esc(m.vi)} <small class="en" lang="en">${esc(m.en)}</small></li>`)
      .join("");
    $("results-status").hidden = true;
  } catch (e) {
    if (e instanceof ApiError) say($("results-status"), "error", esc(e.messageVi), e.messageEn);
  }
}

async function signIn(focusAfter: boolean): Promise<void> {
  if (!tokenStore.get()) return showSignIn();
  try {
    const me = await api.me();
    if (me.role === "hq") {
      tokenStore.clear();
      showSignIn();
      say(
        $("signin-msg"),
        "info",
        `Đây là mã của Vụ Thi đua - Khen thưởng: gửi thay đơn vị ở <a href="/hq">trang /hq</a>, thẻ “Gửi thay đơn vị”.`,
        "This is the headquarters token: upload on a unit's behalf from /hq.",
      );
      return refuseToken();
    }
    // The reading names the campaign and its inputs by the published definitions; without them it shows the codes.
    const { kept } = knowCampaigns((await api.listCampaigns().catch(() => null))?.campaigns ?? []);
    mountTemplateDownload($("template-download"), { api, unit: me.unit }).show(kept);
    // Who and the connection's state change together: the name never shows beside "cannot reach the service".
    $("who").textContent = `${me.unitName} (${me.unit})`;
    $("conn").hidden = true;
    $("token").removeAttribute("aria-invalid");
    showApp();
    void showMine();
    if (focusAfter) $("app-title").focus();
    void showResults();
  } catch (e) {
    // Unreachable is not refused: a token that may well be good stays, and the page offers to try again.
    if (e instanceof ApiError && (e.status === 0 || e.status >= 500)) {
      showApp();
      const conn = $("conn");
      say(conn, "error", `${esc(e.messageVi)} <button type="button" class="ghost retry">Thử lại</button>`, e.messageEn);
      conn.querySelector("button")!.addEventListener("click", () => void signIn(true), { once: true });
      return;
    }
    showSignIn();
    if (e instanceof ApiError && e.status === 401) tokenStore.clear();
    if (e instanceof ApiError) say($("signin-msg"), "error", esc(e.messageVi), e.messageEn);
    else
      say(
        $("signin-msg"),
        "error",
        "Trang gặp lỗi khi đăng nhập. Tải lại trang (F5) rồi thử lại.",
        "The page failed while signing in; reload it and try again.",
      );
    refuseToken();
  }
}

mountGlossSwitch();
mountSignIn({
  store: tokenStore,
  signIn: (focusAfter) => void signIn(focusAfter),
  empty: (box) => say(box, "error", "Nhập mã truy cập của đơn vị.", "Enter the unit's token."),
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
