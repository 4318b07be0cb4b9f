// Marks a name is read back over to the clause break before it: an elision mark of a digest (……城乡居民人均收入分别为…), the
// colon after a word that heads what follows (预计:全县GDP…), a list's comma. None is part of the thing measured, and a
// spreadsheet column could not carry one (judged samples 46, 47).

/** marks at the start of a name: elision, colons, commas, stops, dashes, closing brackets */
const LEADING_MARKS = /^[…⋯:：,，、;；。.·\-—)）\]】」』\s]+/;

/** `name` without the marks it opens with */
export function withoutLeadingMarks(name: string): string {
  return LEADING_MARKS.test(name) ? name.replace(LEADING_MARKS, '') : name;
}

/** a communiqué's footnote mark inside a name or left open at its end (谷物[1]播种面积, 四大主导产业[7]增加值占比, “两重”“两新”[) */
const FOOTNOTE_MARKS = /\[\d{1,2}\]|\[$/g;

/** `name` without the footnote marks it holds */
export function withoutFootnoteMarks(name: string): string {
  return name.includes('[') ? name.replace(FOOTNOTE_MARKS, '') : name;
}
