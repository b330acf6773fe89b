/**
 * One reading of a cell's value for the whole project (docs/rules.md §8–§10): the Excel functions read their
 * arguments with it, the input schemas validate a workbook's tables with it, the service reads stored workbooks
 * with it. Numbers from text in Vietnamese or English notation, yes/no from words, codes from names, empty cells
 * and Excel error values, each decided once here.
 */
export { isBlankCell } from "./blank.ts";
export { cellErrorCode } from "./error-value.ts";
export { describeCell } from "./describe.ts";
export { parseNumberText, type NumberText } from "./number-text.ts";
export { readNumber, precheck, EMPTY, valueOf, type Reading } from "./reading.ts";
export { readBoolean, BOOLEAN_WORDS } from "./read-boolean.ts";
export { readWord } from "./read-word.ts";
export { codeForWord, spellingsOf, wordKey, type WordEntry, type WordList } from "./words.ts";
export { settle, cellNumber, cellNonZero, cellBoolean, cellWord } from "./require.ts";
export { eachNumber, otherCell, type NumberVisitor } from "./range.ts";
