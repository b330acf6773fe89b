/*
 * The pane's "Tải mẫu": the chosen campaign's scoring workbook, made by the service for the token's unit and the
 * chosen period (GET /api/v1/campaigns/:id/template.xlsx?unit=&period=). The link names the real address; a click
 * fetches it with the token (a plain link cannot send one) and saves the file under the name the service gives it.
 */
import { campaignTemplatePath } from "../../client/index.ts";
import type { KeyValueStore } from "../storage/device.ts";
import { readSettings } from "../storage/device.ts";
import { clientFor, messageOf, type Message } from "../submit/submit.ts";
import { saveBlob as save } from "../../pages/save-file.ts";
import { sayIn } from "./say.ts";
import { $ } from "./element.ts";

const say = (m: Message, cls = "") => sayIn($("template-status"), m, cls);

/** The link's address for the current choice, so it can be read, copied, or opened where the token is not needed. */
export async function updateTemplateLink(storage: KeyValueStore, unit?: string): Promise<void> {
  const s = await readSettings(storage);
  const link = $<HTMLAnchorElement>("template-link");
  const campaign = $<HTMLSelectElement>("campaign").value;
  const period = $<HTMLSelectElement>("period").value;
  link.href = `${s.serviceUrl.replace(/\/+$/, "")}/api/v1${campaignTemplatePath(campaign, { unit, period })}`;
}

async function download(storage: KeyValueStore): Promise<void> {
  const client = await clientFor({ storage });
  if (!client) {
    return say(
      {
        // prettier-ignore
        vi: "Nhập địa chỉ máy chủ và mã truy cập ở phần Kết nối trước: " +
          "mẫu được làm cho đơn vị của mã truy cập.",
        en: "Enter the service address and token under Connection first: the template is made for the token's unit.",
      },
      "bad",
    );
  }
  const campaign = $<HTMLSelectElement>("campaign").value;
  const period = $<HTMLSelectElement>("period").value;
  say({ vi: "Đang tải mẫu…", en: "Downloading the template…" });
  try {
    const me = await client.me();
    const unit = me.role === "hq" ? undefined : me.unit;
    await updateTemplateLink(storage, unit);
    const { blob, fileName } = await client.campaignTemplate(campaign, { unit, period });
    save(blob, fileName);
    say(
      {
        vi: "Đã tải mẫu về máy: mở tệp, nhập số liệu rồi bấm Gửi.",
        en: "Template downloaded: open it, enter the figures, then Send.",
      },
      "ok",
    );
  } catch (e) {
    say(messageOf(e), "bad");
  }
}

export function initTemplateLink(storage: KeyValueStore): void {
  $("template-link").addEventListener("click", (e) => {
    e.preventDefault();
    void download(storage);
  });
  void updateTemplateLink(storage);
}
