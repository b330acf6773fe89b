import { resultLines } from "../../pages/results.ts";
import type { ApiClient } from "../api/client.ts";
import { messageOf } from "../submit/submit.ts";
import { $ } from "./element.ts";
import { withGloss } from "./say.ts";

/**
 * "Kết quả khen thưởng": what headquarters' published decisions say of the unit, one line each (pages/results.ts
 * words them, as /gui does). Asked with the pane's history; a failure says why and keeps the last lines.
 */
export async function showResults(client: Pick<ApiClient, "myResults">): Promise<void> {
  const status = $("results-status");
  try {
    const lines = resultLines(await client.myResults());
    $("results").replaceChildren(...lines.map((m) => withGloss(document.createElement("li"), m.vi, m.en)));
    status.textContent = "";
    status.className = "";
  } catch (e) {
    const m = messageOf(e);
    status.textContent = `${m.vi} / ${m.en}`;
    status.className = "bad";
  }
}
