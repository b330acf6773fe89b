/**
 * How people write a code or a key in a cell: "Tổng kết", "tong ket", "TONG_KET", " tổng  kết ". One folding,
 * used wherever a word typed by a person is matched against the project's codes (the contract's keys and
 * headers, unit kinds, periods, tiers), so a match never depends on case, accents, spacing or underscores.
 */
export function foldText(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "") // combining marks: the tones and the circumflex, breve, horn
    .replace(/[đĐ]/g, "d") // đ is a letter of its own, not d with a mark: NFD keeps it
    .toLowerCase()
    .replace(/[\s_\-\u00a0]+/g, " ")
    .trim();
}
