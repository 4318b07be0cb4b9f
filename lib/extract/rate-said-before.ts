// A rate whose name is the clause before its figure's, as the plan reports of the 1980s and 1990s set their headline
// targets: 今年经济增长速度的宏观调控目标,定为百分之八至九; 工农业总产值的增长速度,一九八一年计划为百分之三点七,实际达到百分之四点六;
// 确保物价上涨幅度比去年有明显回落,力争控制在百分之十五左右. The figure's own clause is only the verb that sets it, so it has
// no name; the clause before names the thing and says the figure is its growth.
import type { Reading } from './respectively';
import { sentenceStart } from '../text/sentence';

/** the clause before: what grows, its rate noun, then at most words on the rate (的宏观调控目标, 比去年有明显回落) */
const RATE_CLAUSE =
  /^(?:今年|明年|全年)?(?:确保|要|使|力争|争取)?([\u4e00-\u9fff“”]{2,14}?)的?(?:增长速度|增长率|增速|上涨幅度|涨幅|增长幅度)(?:的(?:宏观)?(?:调控)?(?:预期)?目标|比(?:去年|上年)[\u4e00-\u9fff]{0,8})?$/;
/** the figure's clause: a year or time, a word of plan or outcome, the verb that sets the figure */
const SETTING =
  /^(?:(?:19|20)\d\d年|[一二][〇○零一二三四五六七八九]{3}年|今年|明年|全年)?(?:计划|预计|力争|争取|要|将|实际|可以)?(?:定为|控制在|保持在|为|达到|降到|回落到)$/;
/** a word of the setting clause read as a name: it names nothing (预计可以达到6.4% named 可以) */
const SETTING_WORD = /^(?:计划|预计|力争|争取|要|将|实际|可以|可)$/;
/** what cannot grow alone: a rate noun's subject that is only a word of time, place or will */
const NO_SUBJECT = /^(?:今年|明年|全年|全国|全省|我国|这|其)$/;

const CLAUSE_STOP = /[,;:。!?\n]/;

/** the name of a rate at `start` set in its own clause and named in the clause before (its subject), or null */
function rateNamedBefore(text: string, start: number): string | null {
  const opens = sentenceStart(text, start, 24, CLAUSE_STOP);
  if (text[opens - 1] !== ',' || !SETTING.test(text.slice(opens, start))) return null;
  const begin = sentenceStart(text, opens - 1, 40, CLAUSE_STOP);
  const subject = RATE_CLAUSE.exec(text.slice(begin, opens - 1))?.[1];
  if (!subject || NO_SUBJECT.test(subject)) return null;
  // (经济增长速度: the economy's growth is named 经济增长, as where the sentence says it in one clause)
  return subject === '经济' ? '经济增长' : subject;
}

/** figures of no name that are rates named by the clause before their own: named, and read as growths, with the figures of
 * no name after them in their sentence (…计划为3.7%,实际达到4.6%), and past a ';' where the next part only sets its figure the
 * same way (…实际达到4.6%;1982年计划为4%,预计可以达到6.4%) */
export function ratesSaidBefore(text: string, out: Reading[]): void {
  for (let k = 0; k < out.length; k++) {
    const r = out[k];
    if (r.indicator || r.q.unitClass !== 'percent') continue;
    const name = rateNamedBefore(text, r.q.start);
    if (!name) continue;
    for (let j = k; j < out.length; j++) {
      const gap = j === k ? '' : text.slice(out[j - 1].q.end, out[j].q.start);
      if (/[。!?\n]/.test(gap) || (gap.includes(';') && !SETTING.test(gap.slice(gap.lastIndexOf(';') + 1)))) break;
      const own = out[j].indicator;
      if ((own && own !== name && !SETTING_WORD.test(own)) || out[j].q.unitClass !== 'percent') break;
      out[j].indicator = name;
      out[j].carry = name;
      out[j].measure = 'growth';
    }
  }
}
