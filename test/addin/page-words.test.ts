import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { withWords } from "../../addin/build/page-words.ts";
import { WORDS } from "../../shared/words.ts";

/** The pane's static headers are the domain's words (shared/words.ts), written in by the build. */
describe("the pane's words in its markup", () => {
  it("fills the history's headers from WORDS, the page's other text as it is", () => {
    const source = readFileSync("addin/taskpane/taskpane.html", "utf8");
    const built = withWords(source, "taskpane.html");
    for (const key of ["attempt", "computed", "selfScored", "review"] as const)
      expect(built).toContain(`<th scope="col" data-word="${key}">${WORDS[key].vi}</th>`);
    expect(built.replace(/>[^<]*<\/th>/g, "></th>")).toBe(source.replace(/>[^<]*<\/th>/g, "></th>"));
  });

  it("refuses a word shared/words.ts does not have", () => {
    expect(() => withWords('<th data-word="nope"></th>', "x.html")).toThrow(/data-word="nope"/);
  });
});
