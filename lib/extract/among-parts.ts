// The items of a part under 其中 that leave the whole's measured noun unsaid: 冬春蔬菜种植面积增长17.8%,其中鲜食玉米、
// 冬马铃薯分别增长17.1%、7.5% → 鲜食玉米种植面积, 冬马铃薯种植面积. (A sector under 其中 with money: subjects.ts partOfWhole.)
import { MEASURE_HEADS_WORDS, WordEnds } from './lexicon';
import type { Reading } from './respectively';

/** the measured nouns a whole shares with its parts (a total's part is not a total: 总产量 → 产量) */
const SHARED_HEAD =
  /(?:播种面积|种植面积|养殖面积|造林面积|总?产量|总?产值|增加值|零售额|销售额|出口额|进口额|营业收入|营收|存栏|出栏|客流量|吞吐量|投资)$/;
const MEASURE_HEADS = new WordEnds(MEASURE_HEADS_WORDS, true);
/** a part's bare name: a noun of a few characters, no measure, no verb or number in it */
const BARE_PART = /^[\u4e00-\u9fff]{2,12}$/;
const SENTENCE_END = /[。!?;\n]/;
const WINDOW = 60;

/** names the bare parts under 其中 with the whole's measured noun (`readings` after the lists are shared out) */
export function nameAmongParts(text: string, readings: Reading[]): void {
  // (each 其中 found once, the readings walked in order beside them: linear in the text)
  let among = -1;
  let next = text.indexOf('其中');
  for (let k = 1; k < readings.length; k++) {
    const r = readings[k];
    while (next >= 0 && next + 2 <= r.q.start) {
      among = next;
      next = text.indexOf('其中', next + 2);
    }
    if (among < 0 || r.q.start - among > WINDOW || SENTENCE_END.test(text.slice(among, r.q.start))) continue;
    // (the part is named after 其中, not carried from before it)
    if (!BARE_PART.test(r.indicator) || !text.slice(among + 2, r.q.start).includes(r.indicator)) continue;
    if (MEASURE_HEADS.find(r.indicator)) continue;
    // the whole: the last figure of the same kind before 其中 in the sentence (a growth of a growth, an amount in its unit)
    let w = k - 1;
    while (w >= 0 && readings[w].q.end > among) w--;
    const sameKind = (x: Reading) => x.measure === r.measure && (r.measure !== 'level' || x.q.unit === r.q.unit);
    while (w >= 0 && !sameKind(readings[w]) && !SENTENCE_END.test(text.slice(readings[w].q.end, among))) w--;
    if (w < 0 || SENTENCE_END.test(text.slice(readings[w].q.end, among))) continue;
    const whole = readings[w];
    const head = SHARED_HEAD.exec(whole.carry)?.[0];
    if (!head || head === whole.carry) continue;
    const part = head.replace(/^总/, '');
    if (r.indicator.endsWith(part)) continue;
    if (r.carry === r.indicator) r.carry += part;
    r.indicator += part;
  }
}
