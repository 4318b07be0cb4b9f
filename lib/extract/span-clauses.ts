// Clauses inside a review of several years (过去五年…) that its span reaches though they hold no sum word of their own:
// a clause opened on the span's count of years (五年转移农村人口8463万人, 五年中分两轮取消…498项), and the clauses after one of
// them, or after one that sums (五年累计投入就业专项资金1973亿元，实现高校毕业生就业2800万人，城镇就业困难人员就业830万人), in
// the same sentence, or after one of what the years added, built or did (新建改建农村公路146.5万公里，改造农村危房1033万户，
// 解决了3亿多农村人口的饮水安全): a list of what the years did goes on over the same years. Over the 52 whole reports of
// the fixtures (lint-periods.ts) these change 13 mentions in 2 reports (national 2011 and 2013), each to the review's
// span; over all 623 real texts of the repository 2 more (河北 2023: 新改建农村公路4.1万公里; a district's 2022 review).
import type { Span } from './spans';
import { parseChinese } from './numbers';
import { DONE_OVER_YEARS } from './span-levels';

/** a clause that opens on a count of years: 五年转移…, 五年中…, 五年里… (not 五年前, 五年后: a point in time) */
const OPENS_ON_YEARS = /^(?:我们)?(\d{1,2}|[两二三四五六七八九十]{1,2})年(?!前|后|底|末|以上|以下)/;
/** a clause of what the years added or built (城镇新增就业5771万人; 新建改建农村公路146.5万公里), not a rate a year on average */
const ADDED = /新增|新建|建成(?!区|率)/;
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

/** a label heading a paragraph, its colon closing it: 在运输交通方面: */
const LABEL = /^[^,;:。]{1,16}:/;
/** what makes a noun of a count of years: 九年义务教育, 九年制, 三年行动计划, 五年规划 */
const NOUN_OF_YEARS = /^(?:义务|制|一贯|行动|计划|规划|攻坚|级)/;

/**
 * The years a clause of a review counts at its head (两年国营工业的劳动生产率已提高百分之二十九; 两年铁路的货物周转量增长…,
 * in 1955's review of 1953–1954), where no section over several years says them: the count of years up to `reviewed`
 * (null: no review's clause).
 */
export function yearsCountedAtHead(clause: string, reviewed: number | null): Span | null {
  if (reviewed === null) return null;
  // (after a label that heads the paragraph, 在运输交通方面:; not a noun the count is part of, 九年义务教育巩固率, 三年行动计划)
  const m = OPENS_ON_YEARS.exec(clause.replace(LABEL, ''));
  if (m && NOUN_OF_YEARS.test(clause.replace(LABEL, '').slice(m[0].length))) return null;
  const n = m ? countOf(m[1]) : 0;
  return n > 1 && n <= 10 ? { at: 0, end: 0, from: reviewed - n + 1, to: reviewed } : null;
}

/**
 * Whether a clause before the quantity's in its sentence (`earlier`, the sentence's words before the quantity's clause)
 * sums over `span` or opens on its years, so that the list goes on over them: the clauses are split at ，and ；, and
 * the nearest one that says a year or a level reached stops the list; `words`: the quantity's own clause up to it.
 */
export function listOverSpan(earlier: string, words: string, span: Span): boolean {
  // (not a share, a rate or a level reached: 占原有审批项目的69.3%, 城镇化率由45.9%提高到52.6%)
  // (nor a count that opens its clause, a stock: 13亿多人口的大国实现了比较充分就业)
  if (words === '' || /[占是为比较达]|率|到$/.test(words)) return false;
  // (a ; closes a list: 销售收入超亿元企业120户,其中新增74户;超10亿元企业13户 — the 13 are a level)
  const clauses = earlier
    .slice(earlier.lastIndexOf(';') + 1)
    .split(',')
    .filter((c) => c !== '');
  for (let i = clauses.length - 1; i >= 0; i--) {
    const c = clauses[i];
    const years = OPENS_ON_YEARS.exec(c);
    // (两年新增4万亿元投资,其中中央财政投资1.26万亿元 in a review of five: other years)
    if (years && !opensOnSpanYears(c, span)) return false;
    if (SUMS.test(c) || years || ADDED.test(c) || DONE_OVER_YEARS.test(c.replace(/[\d.]+[^\d]*$/, ''))) return true;
    if (/(?:19|20)\d\d年|去年|当年|全年|达到|提高到|增加到|[是为占]/.test(c)) return false;
  }
  return false;
}

/** whether a span word (at [spanAt, spanEnd)) stands inside an item of a list after its first, its own ;-item, where the
 * quantity at `at` stands in a later one (能源工业,煤炭产量…;石油产量…,保持近两年的水平;发电量…: the years are the item's):
 * a span that leads the sentence (五年来,…;…;…) reaches every item */
export function spanInEarlierItem(text: string, start: number, spanAt: number, spanEnd: number, at: number): boolean {
  // (within the section and the sentence only: an unbounded search for a ; runs to the text's ends)
  return text.slice(start, spanAt + 1).includes(';') && text.slice(spanEnd, at).includes(';');
}
