// A figure named only by a time inside its year (分季度看,一季度同比下降6.8%,二季度增长3.2%; 从一季度GDP增速5.2%,到上半年的7.5%、
// 前三季度的7.2%) is of the thing the figure before it in its paragraph is of: the times split that thing's year, they name
// nothing. A time before a name (从一季度GDP) is no part of the name either: the mention's period says the year.
import type { Reading } from './respectively';

/** a time inside a year: a quarter, a half, the months so far */
const PART_OF_YEAR = '(?:前?[一二三四1-4两]季度|[上下]半年|[1-9一二三四五六七八九十]{1,2}(?:[-—~至][1-9一二三四五六七八九十]{1,2})?月份?)';
/** or the whole year, at the end of a series (再到全年的6.9%) */
const TIME = `(?:${PART_OF_YEAR}|全年)`;
/** a name that is only such a time, as a series says it (到上半年的, 再到全年的) */
const TIME_ONLY = new RegExp(`^(?:从|到|再到|至)?${TIME}(?:的)?$`);
/** such a time opening a name, as a series opens it (从一季度GDP) or a quarter's figure (一季度GDP); not a time a name holds
 * (四季度末城镇登记失业率: the rate at its end; 全年 is the leading words' to keep or drop) */
const TIME_LEAD = new RegExp(`^(?:从|到|再到|至)?${PART_OF_YEAR}(?:的)?(?=[^的度末底初])`);
/** how far back, within its paragraph, the figure the time goes with may stand */
const REACH = 120;

/** the readings with a time-only name named by the figure before, and a time before a name left out */
export function namedThroughTimes(text: string, readings: Reading[]): Reading[] {
  for (const [k, r] of readings.entries()) {
    const lead = TIME_LEAD.exec(r.indicator);
    if (lead && !TIME_ONLY.test(r.indicator)) {
      r.indicator = r.indicator.slice(lead[0].length);
      continue;
    }
    if (!TIME_ONLY.test(r.indicator)) continue;
    const before = k > 0 ? readings[k - 1] : null;
    if (!before?.indicator || TIME_ONLY.test(before.indicator) || before.q.unitClass !== r.q.unitClass) continue;
    const between = text.slice(before.q.end, r.q.start);
    if (between.includes('\n') || between.length > REACH) continue;
    r.indicator = before.indicator;
    r.carry = before.carry;
    // (到上半年的7.5% after 一季度GDP增速5.2%: a rate of the same series)
    if (r.measure === 'level' && before.measure === 'growth') r.measure = 'growth';
  }
  return readings;
}
