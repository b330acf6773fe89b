/* The pane's "Sửa công thức BHXH": re-enters the open workbook's BHXH formulas (workbook/repair.ts), says how many. */
import { messageOf } from "../submit/submit.ts";
import { repairFormulas } from "../workbook/repair.ts";
import { say } from "./say.ts";

export function initRepairButton(): void {
  const button = document.getElementById("repair") as HTMLButtonElement;
  button.addEventListener("click", async () => {
    button.disabled = true;
    say("repair-status", { vi: "Đang nhập lại các công thức BHXH…", en: "Entering the BHXH formulas again…" });
    try {
      const done = await repairFormulas();
      if (done.cells === 0) {
        say(
          "repair-status",
          { vi: "Tệp này không có công thức BHXH nào.", en: "This workbook has no BHXH formula." },
          "ok",
        );
      } else {
        const sheets = done.sheets.map((s) => `'${s}'`).join(", ");
        say(
          "repair-status",
          {
            // prettier-ignore
            vi: `Đã nhập lại ${done.cells} công thức BHXH trên trang ${sheets}. ` +
              "Còn #NAME?: xem các bước khác bên dưới.",
            en: `Entered ${done.cells} BHXH formula(s) again on ${sheets}. Still #NAME?: see the other steps below.`,
          },
          "ok",
        );
      }
    } catch (e) {
      say("repair-status", messageOf(e), "bad");
    } finally {
      button.disabled = false;
    }
  });
}
