import { secureHeaders } from "hono/secure-headers";

/**
 * Where Excel on the web and the desktop hosts frame the add-in's pages from (Office add-in hosts). Excel on the
 * web also frames add-ins from the cloud.microsoft domain Microsoft 365 moved its apps to: without it the pane
 * may be refused there.
 */
export const OFFICE_FRAME_ANCESTORS = [
  "'self'",
  "https://*.officeapps.live.com",
  "https://*.office.com",
  "https://*.office365.com",
  "https://*.sharepoint.com",
  "https://*.microsoft.com",
  "https://*.cloud.microsoft",
];
/** Office.js is loaded from Microsoft's CDN (it may not be bundled), and loads its own pieces from there. */
export const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com";

const common = {
  strictTransportSecurity: "max-age=31536000; includeSubDomains",
  xContentTypeOptions: true,
  referrerPolicy: "strict-origin-when-cross-origin",
} as const;

/** JSON and workbooks: nothing to render or frame, so the strictest policy. */
export const apiHeaders = secureHeaders({
  ...common,
  referrerPolicy: "no-referrer",
  contentSecurityPolicy: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] },
  xFrameOptions: "DENY",
  crossOriginResourcePolicy: "same-origin",
});

const pageCsp = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'", OFFICE_JS_CDN],
  connectSrc: ["'self'", OFFICE_JS_CDN],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", "data:"],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
};

/**
 * What Office itself loads: from the manifest the one shared-runtime page (taskpane.html, with its script and
 * style), functions.json (and its locales) and the icons; from functions.json each function's helpUrl, which Excel
 * opens in a pane beside the formula (/help, /help/<ID>). Only these may be framed, and only by the Office hosts;
 * none of them holds a token of its own but the pane.
 */
export const OFFICE_LOADED =
  /^\/(taskpane\.(html|js|css)|functions(\.[A-Za-z-]+)?\.json|assets\/[\w.-]+|help(\/[\w.-]*)?)$/;

/**
 * The add-in's files. No X-Frame-Options (it cannot list several hosts) and frame-ancestors names the Office
 * hosts; no Cross-Origin-Opener-Policy, which would cut the Office dialog API's window link; resources
 * `cross-origin` because Office loads the manifest's icons and functions.json from its own origins.
 */
export const addinHeaders = secureHeaders({
  ...common,
  contentSecurityPolicy: { ...pageCsp, frameAncestors: OFFICE_FRAME_ANCESTORS },
  xFrameOptions: false,
  crossOriginOpenerPolicy: false,
  crossOriginResourcePolicy: "cross-origin",
});

/**
 * Every other page and file: /hq keeps the headquarters token, the upload page (/gui) a province's, so no page may
 * frame them (clickjacking), not even an Office host; only the add-in's pane lives in Office's frame.
 */
export const pageHeaders = secureHeaders({
  ...common,
  contentSecurityPolicy: { ...pageCsp, frameAncestors: ["'none'"] },
  xFrameOptions: "DENY",
  crossOriginResourcePolicy: "same-origin",
});
