// The gaps of one growth rate to several places', said as a list: 地区生产总值…增长6.3%,增速分别高于全省和全国0.8个、
// 1.3个百分点 → 地区生产总值增速高于全省, 地区生产总值增速高于全国 (one gap alone: rateGap in rate-words.ts); the rate
// named in the clause before the list (地方财政收入增幅,分别高于全省、全市4.6和6个百分点); and a gap to a target whose
// value is said between (增长20.4%,高于年初人代会18%的目标2.4个百分点 → …增速高于年初人代会目标).
import type { Reading } from './respectively';

/** a gap item as the list shares it out: 增速分别高于全省 */
const GAP_ITEM = /^(增速|增幅|涨幅)(?:分别|均)(?:比)?(高于|低于|快于|慢于|高出|低出|领先)([\u4e00-\u9fff]{2,8})$/;
/** a gap item with no rate of its own: 高于全省, as 分别高于全省、全市 shares it out */
const PLACE_ONLY = /^(?:高于|低于|快于|慢于|高出|低出|超过|领先)(?:全国|全省|全市|全区|全县|全州)(?:平均)?$/;
/** a clause that is only the name of a rate, closed by a comma before its list of gaps: 地方财政收入增幅, */
const RATE_CLAUSE = /[,;。:\n]([\u4e00-\u9fff“”]{2,24}?(?:增速|增幅|涨幅)),(?:分别|均)(?:比)?[\u4e00-\u9fff、和]{2,16}$/;
/** the 口径 the rate's name says both of (财政总收入省口径和市口径增幅): the gaps' places tell them apart, not the name */
const BOTH_BASES = /[省市县区]口径(?:[和、与][省市县区]口径)+/;
/** a target's value, then what it is: (高于年初人代会)18%(的目标)2.4个百分点 */
const TARGET_BETWEEN = /^的(?:预期|年度)?目标$/;
/** the verb of the gap and who set the target, before the target's value: 高于年初人代会 */
const GAP_TO_TARGET = /(高于|低于|超过|高出|快于|慢于)([\u4e00-\u9fff]{0,10})$/;
const SENTENCE_END = /[。!?;\n]/;
/** a benchmark's rate, its value in brackets, then the gap: 全市…收入增幅比全省平均增幅(15.97%)高(6个百分点) */
const BRACKETED_BENCHMARK =
  /([\u4e00-\u9fff]{2,20}?(?:增幅|增速))比((?:全国|全省|全市|全区|全县)(?:平均)?(?:增幅|增速))[(（]([^()（）]{1,12})[)）]([高低快慢])出?$/;

/** names each gap of a list with the growth before it in the sentence (`readings` after the lists are shared out) */
export function nameRateGaps(text: string, readings: Reading[]): void {
  for (let k = 0; k < readings.length; k++) {
    const r = readings[k];
    if (r.q.unitClass !== 'points') continue;
    const gap = GAP_ITEM.exec(r.indicator);
    if (!gap) {
      nameOtherGap(text, readings, k);
      continue;
    }
    let g = k - 1;
    while (g >= 0 && readings[g].measure !== 'growth' && !SENTENCE_END.test(text.slice(readings[g].q.end, r.q.start))) g--;
    if (g < 0 || SENTENCE_END.test(text.slice(readings[g].q.end, r.q.start)) || !readings[g].carry) continue;
    r.indicator = `${readings[g].carry}${gap[1]}${gap[2]}${gap[3]}`;
  }
}

/** a gap whose rate is named in the clause before its list, or whose benchmark is a target said with its value */
function nameOtherGap(text: string, readings: Reading[], k: number): void {
  const r = readings[k];
  const bracketed = r.indicator ? null : BRACKETED_BENCHMARK.exec(text.slice(Math.max(0, r.q.start - 50), r.q.start));
  if (bracketed) {
    // (the benchmark's value is named by the benchmark: 全省平均增幅)
    const value = readings[k - 1];
    if (value && !value.indicator && bracketed[3].includes(text.slice(value.q.start, value.q.end))) {
      value.indicator = bracketed[2];
      value.measure = 'growth';
    }
    r.indicator = `${bracketed[1]}${bracketed[4]}于${bracketed[2].replace(/增幅|增速/, '')}`;
    return;
  }
  if (PLACE_ONLY.test(r.indicator)) {
    const from = Math.max(0, r.q.start - 60);
    // (the values before this one in the list left off; the text's start as a clause's)
    const before = (from === 0 ? '\n' : '') + text.slice(from, r.q.start).replace(/[\d.、和个]+$/, '');
    const rate = RATE_CLAUSE.exec(before);
    if (rate) r.indicator = rate[1].replace(BOTH_BASES, '') + r.indicator;
    return;
  }
  const target = readings[k - 1];
  if (target?.q.unitClass !== 'percent' || !TARGET_BETWEEN.test(text.slice(target.q.end, r.q.start))) return;
  const set = GAP_TO_TARGET.exec(text.slice(Math.max(0, target.q.start - 12), target.q.start));
  const growth = readings[k - 2];
  if (!set || !growth || growth.measure !== 'growth' || !growth.carry || SENTENCE_END.test(text.slice(growth.q.end, r.q.start))) return;
  r.indicator = `${growth.carry}增速${set[1]}${set[2]}目标`;
}
