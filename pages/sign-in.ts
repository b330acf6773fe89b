/**
 * Signing in to /hq and /gui with a token: the same form (#signin-form with #token and #signin-msg, #signin-title),
 * the same sign-out button (#signout), the same place the signed-in unit is named (#who), and the token kept in this
 * browser for the next visit. What a page checks of the token (its role) is the page's own `signIn`.
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

export function showSignIn(): void {
  $("signin").hidden = false;
  $("app").hidden = true;
  $("signout").hidden = true;
  $("who").textContent = "";
}

export function showApp(): void {
  $("signin").hidden = true;
  $("signin-msg").hidden = true;
  $("app").hidden = false;
  $("signout").hidden = false;
}

/** The token field marked as the thing to fix, with the focus on it. */
export function refuseToken(): void {
  $("token").setAttribute("aria-invalid", "true");
  $("token").focus();
}

/**
 * Wires the form and the sign-out: a token typed is kept and `signIn(true)` runs (the focus then goes to the page);
 * an empty one is refused on its field with `empty` said in the form's message box.
 */
export function mountSignIn(o: {
  store: TokenStore;
  signIn: (focusAfter: boolean) => void;
  empty: (box: HTMLElement) => void;
}): void {
  $("signin-form").addEventListener("submit", (ev) => {
    ev.preventDefault();
    const token = $<HTMLInputElement>("token").value.trim();
    if (!token) {
      o.empty($("signin-msg"));
      return refuseToken();
    }
    $("token").removeAttribute("aria-invalid");
    o.store.set(token);
    o.signIn(true);
  });
  $("signout").addEventListener("click", () => {
    o.store.clear();
    $<HTMLInputElement>("token").value = "";
    $("signin-msg").hidden = true;
    showSignIn();
    $("signin-title").focus();
  });
}
