// Breaks of a page's text that a copy made, not its writer: a PDF's or a forum's text wrapped inside a phrase (the figure
// opening a line of its own after a blank one), and sentences ended on an ASCII point. The left context of a figure
// (phrases.ts) reads over the first and stops at the second.
/** a page's text that ends its sentences on an ASCII point, a PDF's copy (比上年增长 12.4%.其中税收收入…, 0.5 个百分点.
 * 全年一般公共预算支出): a point after words or a rate and before words, no decimal point */
export function pointAsStop(text: string, at: number): boolean {
  return /[\u4e00-\u9fff%]/.test(text[at - 1] ?? '') && /^ ?[\u4e00-\u9fff]/.test(text.slice(at + 1, at + 3));
}

/** a wrapped line's end: words with no stop (no bracket, no digit), more than a lone label (a forum's 帖子, 积分) */
const WRAPPED_END = /[\u4e00-\u9fff]{5}$/;

/** the figure at `to` opens its line (only white space since the break at `br`) and the line before, ending at `end`,
 * ends on words with no stop: the page's text was wrapped inside the phrase */
export function wrappedBefore(text: string, br: number, end: number, to: number): boolean {
  return !/\S/.test(text.slice(br, to)) && WRAPPED_END.test(text.slice(Math.max(0, end - 4), end + 1));
}
