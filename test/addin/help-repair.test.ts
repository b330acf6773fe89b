import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { REPAIR_PAGE, repairPage } from "../../scripts/lib/help-repair.ts";

/** "Khi hàm BHXH không chạy": the page the build writes beside the functions' pages, linked from the pane. */
describe("help page: when the BHXH functions do not work", () => {
  const html = repairPage();
  const text = html.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ");

  it("names the stuck errors, the pane's repair, Microsoft's cache page and the delay, Vietnamese first", () => {
    expect(html).toContain('<html lang="vi">');
    for (const words of ["#NAME?", "#BUSY!", "Sửa công thức BHXH", "Wef", "tới một ngày", "/gui"])
      expect(text).toContain(words);
    expect(html).toContain('href="https://learn.microsoft.com/office/dev/add-ins/testing/clear-cache"');
    expect(text.indexOf("Cách sửa")).toBeLessThan(text.indexOf("What to do"));
    expect(text.indexOf("Dấu hiệu")).toBeLessThan(text.indexOf("What you see"));
  });

  it("is the page the pane links and the Worker serves", () => {
    expect(readFileSync("addin/taskpane/taskpane.html", "utf8")).toContain(`href="/help/${REPAIR_PAGE}"`);
    expect(readFileSync("functions/routes/help.ts", "utf8")).toContain(`"${REPAIR_PAGE}"`);
  });
});
