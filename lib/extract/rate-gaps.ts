// The gaps of one growth rate to several places', said as a list: 地区生产总值…增长6.3%,增速分别高于全省和全国0.8个、
// 1.3个百分点 → 地区生产总值增速高于全省, 地区生产总值增速高于全国 (one gap alone: rateGap in rate-words.ts).
import type { Reading } from './respectively';

/** a gap item as the list shares it out: 增速分别高于全省 */
const GAP_ITEM = /^(增速|增幅|涨幅)(?:分别|均)(?:比)?(高于|低于|快于|慢于|高出|低出|领先)([\u4e00-\u9fff]{2,8})$/;
const SENTENCE_END = /[。!?;\n]/;

/** names each gap of a list with the growth before it in the sentence (`readings` after the lists are shared out) */
export function nameRateGaps(text: string, readings: Reading[]): void {
  for (let k = 1; k < readings.length; k++) {
    const r = readings[k];
    const gap = r.q.unitClass === 'points' ? GAP_ITEM.exec(r.indicator) : null;
    if (!gap) continue;
    let g = k - 1;
    while (g >= 0 && readings[g].measure !== 'growth' && !SENTENCE_END.test(text.slice(readings[g].q.end, r.q.start))) g--;
    if (g < 0 || SENTENCE_END.test(text.slice(readings[g].q.end, r.q.start)) || !readings[g].carry) continue;
    r.indicator = `${readings[g].carry}${gap[1]}${gap[2]}${gap[3]}`;
  }
}
