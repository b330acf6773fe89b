import { serviceApi } from "../client/index.ts";

export { ApiError } from "../client/index.ts";

const TOKEN_KEY = "bhxh.hq.token";

/** Kept in the browser for the next visit; read at each call, so signing out takes effect at once. */
export const tokenStore = {
  get: (): string | null => localStorage.getItem(TOKEN_KEY),
  set: (token: string): void => localStorage.setItem(TOKEN_KEY, token),
  clear: (): void => localStorage.removeItem(TOKEN_KEY),
};

/** The service that serves the page: the one client (client/), same origin. */
export const api = serviceApi({ baseUrl: "", token: tokenStore.get });
