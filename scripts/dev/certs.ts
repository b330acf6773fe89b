/**
 * HTTPS for development. Excel only loads add-ins over HTTPS it trusts, so the first choice is
 * office-addin-dev-certs, which makes a local CA and installs it in the system's trust store. Where that
 * cannot be done (no sudo, a container, CI), the same tool's certificate is still used, but untrusted, and
 * the user is told so plainly; failing that, wrangler's own self-signed certificate.
 */
import { existsSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

export interface DevCertificate {
  keyPath: string | null;
  certPath: string | null;
  caPath: string | null;
  trusted: boolean;
  note: string;
}

export async function devCertificate(): Promise<DevCertificate> {
  const defaults = require("office-addin-dev-certs/lib/defaults.js");
  const { keyPath, certPath, caPath } = {
    keyPath: defaults.localhostKeyPath as string,
    certPath: defaults.localhostCertificatePath as string,
    caPath: defaults.caCertificatePath as string,
  };
  const found = (trusted: boolean, note: string): DevCertificate => ({ keyPath, certPath, caPath, trusted, note });
  try {
    const { verifyCertificates } = require("office-addin-dev-certs/lib/verify.js");
    if (verifyCertificates()) {
      return found(
        true,
        "Chứng chỉ office-addin-dev-certs đã được tin cậy. / Trusted office-addin-dev-certs certificate.",
      );
    }
    const { ensureCertificatesAreInstalled } = require("office-addin-dev-certs/lib/install.js");
    await quietly(() => ensureCertificatesAreInstalled());
    if (verifyCertificates()) {
      return found(
        true,
        "Đã cài chứng chỉ phát triển vào kho tin cậy. / Installed the development CA in the trust store.",
      );
    }
  } catch {
    // Installing needs sudo/admin rights; fall through to an untrusted certificate below.
  }
  try {
    if (!existsSync(certPath) || !existsSync(keyPath)) {
      const { generateCertificates } = require("office-addin-dev-certs/lib/generate.js");
      await quietly(() => generateCertificates());
    }
    if (existsSync(certPath) && existsSync(keyPath)) {
      const install = '"npx office-addin-dev-certs install"';
      return found(
        false,
        `Chứng chỉ TỰ KÝ, CHƯA được tin cậy: hãy nhập ${caPath} vào kho chứng chỉ gốc ` +
          `(hoặc chạy ${install} với quyền quản trị) trước khi nạp add-in.\n` +
          `   SELF-SIGNED certificate, NOT trusted: import ${caPath} as a trusted root ` +
          `(or run ${install} as an administrator) before sideloading.`,
      );
    }
  } catch {
    // Fall back to wrangler's own certificate.
  }
  return {
    keyPath: null,
    certPath: null,
    caPath: null,
    trusted: false,
    note:
      "Dùng chứng chỉ tự ký của wrangler, KHÔNG được tin cậy. / " +
      "Using wrangler's own self-signed certificate, NOT trusted.",
  };
}

/** The tool prints its own progress and prompts; keep the start banner readable. */
async function quietly<T>(fn: () => Promise<T> | T): Promise<T> {
  const log = console.log;
  console.log = () => {};
  try {
    return await fn();
  } finally {
    console.log = log;
  }
}
