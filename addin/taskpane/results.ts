import { resultLines } from "../../pages/results.ts";
import type { ApiClient } from "../api/client.ts";
import { messageOf } from "../submit/submit.ts";

/**
 * "Kết quả khen thưởng": what headquarters' published decisions say of the unit, one line each (pages/results.ts
 * words them, as /gui does). Asked with the pane's history; a failure says why and keeps the last lines.
 */
export async function showResults(
  client: Pick<ApiClient, "myResults">,
  list: HTMLElement,
  status: HTMLElement,
): Promise<void> {
  try {
    const lines = resultLines(await client.myResults());
    list.replaceChildren(
      ...lines.map((m) => {
        const li = document.createElement("li");
        li.append(
          m.vi,
          " ",
          Object.assign(document.createElement("span"), { className: "en", lang: "en", textContent: m.en }),
        );
        return li;
      }),
    );
    status.textContent = "";
    status.className = "";
  } catch (e) {
    const m = messageOf(e);
    status.textContent = `${m.vi} / ${m.en}`;
    status.className = "bad";
  }
}
