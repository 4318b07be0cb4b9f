// A growth rate said with a rate word and no subject in its clause is the economy's: 7%左右的速度可以实现比较充分的就业,
// 只要我们能够再连续若干年保持百分之八至百分之九的增长率, 有6.5%—7%的增速就能够…, 在连续两年增长百分之十三的基础上. A work
// report argues its growth target so, the thing that grows being the speech's topic, said nowhere in the clause; the engine
// read the words around for a name (实现比较充分的就业的速度可以占比) or none, and a level. Such a rate is named 经济增长, as
// where the report says it whole, and read as a growth; said over several years (连续两年, 若干年), a rate over years, not the
// plan year's own (its cell in the comparison is the year's target's).
import type { Reading } from './respectively';
import { sentenceStart } from '../text/sentence';

/** the rate word after the figure: X%(左右)的速度 / 的增长率 / 的增速 */
const RATE_WORD_AFTER = /^(?:左右)?的(?:增长速度|增长率|增速|速度)/;
/** …or the growth said before it, inside a frame that argues from it: 在(连续两年)增长X%的基础上 */
const GROWTH_FRAME = /^在(?:连续[一二两三四五\d]年|过去[一二两三四五\d]年|前[一二两三四五\d]年)?(?:平均每年|每年)?(?:增长|递增)$/;
const FRAME_END = /^的基础上/;
/** a clause with no subject before the rate: a condition, the speaker, will, a span of years, then the verb that holds it */
const NO_SUBJECT =
  /^(?:只要|如果|要|我们|能够|能|可以|再|继续|连续|若干年|[一二两三四五\d]+年|每年|今后|今年|明年|都)*(?:保持|实现|有|达到|以)?$/;

const CLAUSE_STOP = /[,;:。!?\n]/;

/** names the growth rates of the economy said with no subject (see above); the figures are read as growths */
export function nameBareRates(text: string, out: Reading[]): void {
  for (const r of out) {
    if (r.q.unitClass !== 'percent') continue;
    const clause = text.slice(sentenceStart(text, r.q.start, 30, CLAUSE_STOP), r.q.start);
    const after = text.slice(r.q.end, r.q.end + 8);
    const bare = (RATE_WORD_AFTER.test(after) && NO_SUBJECT.test(clause)) || (GROWTH_FRAME.test(clause) && FRAME_END.test(after));
    if (!bare) continue;
    if (r.carry === r.indicator) r.carry = '经济增长';
    r.indicator = '经济增长';
    r.measure = 'growth';
    if (/连续|若干年|[一二两三四五\d]年/.test(clause)) r.multiYear = true;
  }
}
