import { ApiError, serviceApi } from "../client/index.ts";
import { esc } from "../pages/format.ts";
import { mountUpload } from "../pages/upload.ts";

/**
 * The upload page (/gui), for offices whose Excel cannot run the add-in: the unit's token, one workbook chosen or
 * dropped, and what the service read from it. The same POST /submissions as the add-in, without its metadata:
 * the service reads everything from the file.
 */
const TOKEN_KEY = "bhxh.gui.token";
const tokenStore = {
  get: (): string | null => localStorage.getItem(TOKEN_KEY),
  set: (token: string): void => localStorage.setItem(TOKEN_KEY, token),
  clear: (): void => localStorage.removeItem(TOKEN_KEY),
};
const api = serviceApi({ baseUrl: "", token: tokenStore.get });

const $ = <T extends HTMLElement = HTMLElement>(id: string): T => document.getElementById(id) as T;

function say(kind: "error" | "info", vi: string, en: string): void {
  const box = $("signin-msg");
  box.className = `msg ${kind}`;
  box.innerHTML = `${vi} <small>${esc(en)}</small>`;
  box.hidden = false;
}

function showSignIn(): void {
  $("signin").hidden = false;
  $("app").hidden = true;
  $("who").textContent = "";
}

async function signIn(): Promise<void> {
  if (!tokenStore.get()) return showSignIn();
  try {
    const me = await api.me();
    if (me.role === "hq") {
      tokenStore.clear();
      showSignIn();
      return say("info",
        `Đây là mã của Vụ Thi đua - Khen thưởng: gửi thay đơn vị ở <a href="/hq">trang /hq</a>, thẻ “Gửi thay đơn vị”.`,
        "This is the headquarters token: upload on a unit's behalf from /hq.");
    }
    $("who").textContent = `${me.unitName} (${me.unit})`;
    $("signin").hidden = true;
    $("signin-msg").hidden = true;
    $("app").hidden = false;
  } catch (e) {
    showSignIn();
    if (e instanceof ApiError && e.status === 401) tokenStore.clear();
    if (e instanceof ApiError) say("error", esc(e.messageVi), e.messageEn);
    else say("error", "Lỗi không mong đợi.", String(e));
  }
}

$("signin-form").addEventListener("submit", (ev) => {
  ev.preventDefault();
  const token = $<HTMLInputElement>("token").value.trim();
  if (!token) return say("error", "Nhập mã truy cập của đơn vị.", "Enter the unit's token.");
  tokenStore.set(token);
  void signIn();
});
$("signout").addEventListener("click", () => {
  tokenStore.clear();
  $<HTMLInputElement>("token").value = "";
  $("signin-msg").hidden = true;
  showSignIn();
});
mountUpload($("upload"), { api });
void signIn();
