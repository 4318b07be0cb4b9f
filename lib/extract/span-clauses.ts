// Clauses inside a review of several years (过去五年…) that its span reaches though they hold no sum word of their own:
// a clause opened on the span's count of years (五年转移农村人口8463万人, 五年中分两轮取消…498项), and the clauses after one of
// them, or after one that sums (五年累计投入就业专项资金1973亿元，实现高校毕业生就业2800万人，城镇就业困难人员就业830万人), in
// the same sentence: a list of what the years did goes on over the same years. Over the 52 whole reports of the fixtures
// (lint-periods.ts) these change 6 mentions in 2 reports (national 2011 and 2013), each to the review's span.
import type { Span } from './spans';
import { parseChinese } from './numbers';

/** a clause that opens on a count of years: 五年转移…, 五年中…, 五年里… (not 五年前, 五年后: a point in time) */
const OPENS_ON_YEARS = /^(?:我们)?(\d{1,2}|[两二三四五六七八九十]{1,2})年(?!前|后|底|末|以上|以下)/;
/** a clause that sums over the years it lists after: 五年累计…, 累计…, 共… */
const SUMS = /^(?:我们)?(?:(?:\d{1,2}|[两二三四五六七八九十]{1,2})年(?:中|里|内|间|来)?)?(?:累计|共计|总计)/;

function countOf(s: string): number {
  return /^\d+$/.test(s) ? Number(s) : parseChinese(s);
}

/** whether `clause` (its words up to the quantity) opens on the count of years of `span` */
export function opensOnSpanYears(clause: string, span: Span): boolean {
  const m = OPENS_ON_YEARS.exec(clause);
  return !!m && countOf(m[1]) === span.to - span.from + 1;
}

/**
 * Whether a clause before the quantity's in its sentence (`earlier`, the sentence's words before the quantity's clause)
 * sums over `span` or opens on its years, so that the list goes on over them: the clauses are split at ，and ；, and
 * the nearest one that says a year or a level reached stops the list; `words`: the quantity's own clause up to it.
 */
export function listOverSpan(earlier: string, words: string, span: Span): boolean {
  // (not a share, a rate or a level reached: 占原有审批项目的69.3%, 城镇化率由45.9%提高到52.6%)
  if (/[占是为比较达]|率|到$/.test(words)) return false;
  const clauses = earlier.split(/[,;]/).filter((c) => c !== '');
  for (let i = clauses.length - 1; i >= 0; i--) {
    const c = clauses[i];
    if (SUMS.test(c) || opensOnSpanYears(c, span)) return true;
    if (/(?:19|20)\d\d年|去年|当年|全年|达到|提高到|增加到|[是为占]/.test(c)) return false;
  }
  return false;
}
