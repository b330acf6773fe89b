import { ApiError } from "../client/errors.ts";
import type { ServiceApi } from "../client/service.ts";
import type { MeAnswer } from "../shared/schemas/api.ts";
import { connectionLost, say, sayError, sayMarkup, unreachable, type MessageKind } from "./say.ts";

/**
 * Signing in to /hq and /gui with a token: the same form (pages/sign-in.html: #signin-form with #token and
 * #signin-msg, #signin-title), the same sign-out button (#signout), the same place the signed-in unit is named
 * (#who), the token kept in this browser for the next visit, and the same steps once the service answers
 * (`mountSignIn`). What a page checks of the token (its role) and what it shows then are the page's own.
 */
const $ = <T extends HTMLElement = HTMLElement>(id: string): T => document.getElementById(id) as T;

export interface TokenStore {
  get(): string | null;
  set(token: string): void;
  clear(): void;
}

/** Read at each call, so signing out takes effect at once for every request after it. */
export const browserToken = (key: string): TokenStore => ({
  get: () => localStorage.getItem(key),
  set: (token) => localStorage.setItem(key, token),
  clear: () => localStorage.removeItem(key),
});

function showSignIn(): void {
  $("signin").hidden = false;
  $("app").hidden = true;
  $("signout").hidden = true;
  $("who").textContent = "";
}

function showApp(): void {
  $("signin").hidden = true;
  $("signin-msg").hidden = true;
  $("app").hidden = false;
  $("signout").hidden = false;
}

/** The token field marked as the thing to fix, with the focus on it. */
function refuseToken(): void {
  $("token").setAttribute("aria-invalid", "true");
  $("token").focus();
}

/** A good token this page does not serve (the other page's): said in the form, `viHtml` may hold a link. */
export interface NotHere {
  kind: MessageKind;
  viHtml: string;
  en: string;
  /** the token field marked as the thing to fix */
  markToken: boolean;
}

/** What a page does with the answer of GET /me; every failure in it is the sign-in's too. */
export interface SignInSteps {
  store: TokenStore;
  api: Pick<ServiceApi, "me">;
  /** the page's refusal of a good token it does not serve, or null */
  notHere: (me: MeAnswer) => NotHere | null;
  /** read before the page shows itself (what its first view needs) */
  before?: (me: MeAnswer) => Promise<void>;
  /** the unit as the header names it */
  who: (me: MeAnswer) => string;
  /** read once the page shows */
  after: (me: MeAnswer) => Promise<void>;
  /** whether "Thử lại" after a lost connection focuses the page */
  retryFocus: boolean;
  /** what is still shown, for the connection's message */
  since?: () => Date | null;
  /** said when this page itself failed (pages/say.ts sayError's words when not given) */
  fault?: { vi: string; en: string };
  /** said when the form is sent without a token */
  empty: { vi: string; en: string };
}

/**
 * Signs in with the kept token (none: the form). Unreachable is not refused: a token that may well be good stays,
 * and the page offers to try again; a refused one is forgotten (401) and its field marked. The name in the header
 * and the connection's state change together: the name never shows beside "cannot reach the service".
 */
function signInFlow(o: SignInSteps): (focusAfter: boolean) => Promise<void> {
  const signIn = async (focusAfter: boolean): Promise<void> => {
    if (!o.store.get()) return showSignIn();
    try {
      const me = await o.api.me();
      const refusal = o.notHere(me);
      if (refusal) {
        o.store.clear();
        showSignIn();
        sayMarkup($("signin-msg"), refusal.kind, refusal.viHtml, refusal.en);
        if (refusal.markToken) refuseToken();
        return;
      }
      await o.before?.(me);
      $("who").textContent = o.who(me);
      $("conn").hidden = true;
      $("token").removeAttribute("aria-invalid");
      showApp();
      if (focusAfter) $("app-title").focus();
      await o.after(me);
    } catch (e) {
      if (unreachable(e)) {
        showApp();
        connectionLost($("conn"), e, () => void signIn(o.retryFocus), o.since?.() ?? null);
        return;
      }
      if (e instanceof ApiError && e.status === 401) o.store.clear();
      showSignIn();
      if (e instanceof ApiError || !o.fault) sayError($("signin-msg"), e);
      else say($("signin-msg"), "error", o.fault.vi, o.fault.en);
      refuseToken();
    }
  };
  return signIn;
}

/**
 * Wires the form and the sign-out, and answers the page's `signIn`: a token typed is kept and `signIn(true)` runs
 * (the focus then goes to the page); an empty one is refused on its field, `empty` said in the form's message box.
 */
export function mountSignIn(o: SignInSteps): (focusAfter: boolean) => Promise<void> {
  const signIn = signInFlow(o);
  $("signin-form").addEventListener("submit", (ev) => {
    ev.preventDefault();
    const token = $<HTMLInputElement>("token").value.trim();
    if (!token) {
      say($("signin-msg"), "error", o.empty.vi, o.empty.en);
      return refuseToken();
    }
    $("token").removeAttribute("aria-invalid");
    o.store.set(token);
    void signIn(true);
  });
  $("signout").addEventListener("click", () => {
    o.store.clear();
    $<HTMLInputElement>("token").value = "";
    $("signin-msg").hidden = true;
    showSignIn();
    $("signin-title").focus();
  });
  return signIn;
}
