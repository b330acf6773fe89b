import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { withWords } from "../../scripts/lib/page-words.ts";
import { WORDS } from "../../shared/words.ts";

/** The pane's static headers are the domain's words (shared/words.ts), written in by the build. */
describe("the pane's words in its markup", () => {
  it("fills the history's headers from WORDS, and leaves no placeholder", () => {
    const built = withWords(readFileSync("addin/taskpane/taskpane.html", "utf8"), "taskpane.html");
    for (const key of ["attempt", "computed", "selfScored", "review"] as const)
      expect(built).toContain(`<th scope="col">${WORDS[key].vi}</th>`);
    expect(built).not.toContain("{{");
    expect(withWords("<small>{{WORDS.review.en}}</small>", "x.html")).toBe(`<small>${WORDS.review.en}</small>`);
  });

  it("refuses a word shared/words.ts does not have", () => {
    expect(() => withWords("<th>{{WORDS.nope}}</th>", "x.html")).toThrow(/\{\{WORDS\.nope\}\}/);
  });
});
