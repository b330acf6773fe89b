/*
 * The connection: the access code and the service address, checked where they are typed (each field marked where
 * it is wrong), saved on this device, and "Kiểm tra" asking the service whose code it is.
 */
import { runtime } from "../runtime.ts";
import { writeSettings } from "../storage/device.ts";
import { messageOf } from "../submit/submit.ts";
import { $ } from "./element.ts";
import { checkUnit, forgetUnit, showUnit, validUrl } from "./first-screen.ts";
import { showRuntimeQueue } from "./queue-list.ts";
import { say } from "./say.ts";
import { whoamiMessage } from "./words.ts";

/** The connection's two fields, each marked where it is wrong, the focus taken to the first; the message says why. */
function connectionValid(): boolean {
  const url = $<HTMLInputElement>("serviceUrl");
  const token = $<HTMLInputElement>("token");
  const urlOk = validUrl(url.value);
  const tokenOk = token.value.trim() !== "";
  for (const [field, ok] of [
    [url, urlOk],
    [token, tokenOk],
  ] as const) {
    if (ok) field.removeAttribute("aria-invalid");
    else field.setAttribute("aria-invalid", "true");
  }
  if (urlOk && tokenOk) return true;
  const m = !urlOk
    ? {
        vi: "Địa chỉ máy chủ phải có dạng https://… (Vụ Thi đua - Khen thưởng cung cấp).",
        en: "The service address must look like https://… (headquarters gives it).",
      }
    : {
        vi: "Nhập mã truy cập Vụ Thi đua - Khen thưởng cấp cho đơn vị.",
        en: "Enter the access token headquarters issued to your unit.",
      };
  say("me", m, "bad");
  (!urlOk ? url : token).focus();
  return false;
}

async function save(): Promise<void> {
  if (!connectionValid()) return;
  const rt = runtime();
  await writeSettings(rt.storage, {
    serviceUrl: $<HTMLInputElement>("serviceUrl").value,
    token: $<HTMLInputElement>("token").value,
  });
  say("me", { vi: "Đã lưu trên máy này.", en: "Saved on this device." }, "ok");
  await forgetUnit(rt.storage);
  void showUnit(rt.storage); // the unit of this code, on the first screen
  void rt.refreshCampaigns(); // the campaigns this service published, for the choice above
  void showRuntimeQueue(); // what waits for another token is said so
}

async function check(): Promise<void> {
  if (!connectionValid()) return;
  try {
    const me = await checkUnit(runtime());
    if (me) return say("me", whoamiMessage(me), "ok");
    const m = {
      vi: "Bấm Lưu trước khi Kiểm tra: địa chỉ máy chủ và mã truy cập chưa được lưu trên máy này.",
      en: "Save before checking: the address and token are not saved on this device yet.",
    };
    say("me", m, "bad");
  } catch (e) {
    say("me", messageOf(e), "bad");
  }
}

/** The fields as the settings left them, and the form's two buttons. */
export function initConnection(saved: { serviceUrl: string; token: string }): void {
  $<HTMLInputElement>("serviceUrl").value = saved.serviceUrl;
  $<HTMLInputElement>("token").value = saved.token;
  $<HTMLFormElement>("settings").addEventListener("submit", (e) => {
    e.preventDefault();
    void save();
  });
  $("whoami").addEventListener("click", () => void check());
}
