// The year of a paragraph: the year it opens on, or, on a page that does not say its year, the year the paragraph
// before opens with.
import { lastAtOrBefore } from './sorted-search';

/** the start of the paragraph holding `at`, looking back at most `max` characters */
export function paragraphStart(text: string, at: number, max: number): number {
  // (within `max` only: lastIndexOf over the whole text would scan a text with no line breaks to its start per figure)
  const from = Math.max(0, at - max);
  return from + text.slice(from, at).lastIndexOf('\n') + 1;
}

/**
 * A target list that opens its paragraph (at `from`), on a page that does not say its year: the year the paragraph
 * before opens with (2015年是“十二五”收官之年,…。\n\n主要预期目标建议为…); `years`: the years said in `text`, ascending.
 */
export function yearOpeningParagraphBefore(text: string, years: Array<{ at: number; year: number }>, from: number): number | null {
  const head = paragraphStart(text, from, 400);
  if (text.slice(head, from).trim() !== '' && !/^[^,;。]{0,12}$/.test(text.slice(head, from))) return null;
  let end = head - 1;
  while (end > 0 && /\s/.test(text[end - 1])) end--;
  const before = paragraphStart(text, end, 600);
  const y = lastAtOrBefore(years, before + 12);
  return y >= 0 && years[y].at >= before ? years[y].year : null;
}

/** the year a paragraph opens on, before a comma (2021年,广西…经济运行持续恢复。初步预计,…,两年平均增长5.6%) */
export function yearOpeningParagraph(text: string, at: number): number | null {
  const head = paragraphStart(text, at, 600);
  const y = /^[ \t\u3000]*((?:19|20)\d\d)年[,，]/.exec(text.slice(head, head + 12));
  return y ? Number(y[1]) : null;
}
