// The head of an item of a list set out line by line, each line a thing, a colon and its figures (钢:从一百三十五万吨
// 增加到四百十二万吨,增长二点一倍。\n发电量:从…; 钢:全部建成后增加的年产能力将为六百一十万吨): the thing names every figure
// of its line, alone where the words before a figure name nothing, or before them where they only frame it (a relative
// clause, 全部建成后增加的年产能力). The lines of old plan reports, set apart by wide spaces, are such lines once normalised.
import { stripTrailing } from './phrases';

/** a thing said at a line's start before its colon: a noun of at most ten characters (钢, 发电量, 冶金机械和矿山机械) */
const HEAD_AT_LINE = /^([\u4e00-\u9fff]{1,10}):/;
/** a head that is no thing but a mark of the list (一是:, 其中:, 第一:), or a frame a preposition opens (在商业方面:) */
const LIST_MARK = /^(?:[一二三四五六七八九十]+是|第[一二三四五六七八九十]+.?|其[中次]|[首再]先|另外|此外|同时)$|^(?:在|关于|对于|至于|从)/;
/** how far a figure's line is looked back (a line of a list is a sentence or two) */
const MAX_LINE = 200;

/** the start of the line holding `at`, or -1 where it is longer than MAX_LINE or (`clauseOnly`) a sentence ends in it
 * before `at` (a figure after a 。 or ; of its line is past its head's clauses: most figures stop there, at once) */
function lineStart(text: string, at: number, clauseOnly = false): number {
  const stop = Math.max(0, at - MAX_LINE);
  for (let i = at - 1; i >= stop; i--) {
    const c = text.charCodeAt(i);
    if (c === 10) return i + 1;
    if (clauseOnly && (c === 0x3002 || c === 59)) return -1;
  }
  return stop === 0 ? 0 : -1;
}

/** the head of the line starting at `start`, if it is one */
function headAt(text: string, start: number): string {
  const m = HEAD_AT_LINE.exec(text.slice(start, start + 12));
  return m && !LIST_MARK.test(m[1]) ? m[1] : '';
}

/** a figure in words or digits (四百十二万吨, 1635亿元) */
const FIGURE = /\d|[一二三四五六七八九十百千万亿两]{2}/;

/** a line of a list like the one whose head is `head`: another head, and a figure after it */
function siblingAt(text: string, start: number, head: string): boolean {
  const other = headAt(text, start);
  if (!other || other === head) return false;
  const line = text.slice(start + other.length + 1, start + MAX_LINE);
  const end = line.indexOf('\n');
  return FIGURE.test(end < 0 ? line : line.slice(0, end));
}

/** a line before or after the one at [start, end) that is an item of the same list (主办单位: after 年度目标: is none) */
function hasSibling(text: string, start: number, end: number, head: string): boolean {
  const next = text.slice(end, end + MAX_LINE).indexOf('\n');
  if (next >= 0 && siblingAt(text, end + next + 1, head)) return true;
  const before = start >= 2 ? lineStart(text, start - 1) : -1;
  return before >= 0 && siblingAt(text, before, head);
}

/**
 * The name of a figure at `at` on a line of a list: its head, with the words before the figure after it where they
 * only frame it (`words`: what the figure's phrase read of them); '' where the figure is on no such line or its words
 * name a thing of their own. A figure in a later clause of the line goes on with the head where the figure before it
 * on the line did (`carried`: that figure's name): 钢:从…增加到…,增长二点一倍.
 */
export function itemHeadName(text: string, at: number, words: string, carried = ''): string {
  // (words that name something hold no relative clause: most figures stop here, before the line is looked at)
  if (words && !words.includes('的')) return '';
  const start = lineStart(text, at, true);
  if (start < 0) return '';
  const head = headAt(text, start);
  const after = start + head.length + 1;
  if (!head || at <= after || words.startsWith(head)) return '';
  // the words of the clause, as they stand (全部建成后增加的年产能力将为): a frame holds a relative clause
  const line = text.slice(after, at);
  const comma = line.lastIndexOf(',');
  if (comma >= 0 && !carried.startsWith(head)) return '';
  const raw = stripTrailing(line.slice(comma + 1));
  if (words && !raw.includes('的')) return '';
  return hasSibling(text, start, at, head) ? head + (words ? raw : '') : '';
}
