// A range of percentages in words, as older reports write them: 增长百分之四至百分之五, 百分之四到五. It is
// one figure (4 to 5 per cent), read as 4%至5% is, not two.
import type { Qualifier } from '../model/mention';
import { parseChineseAmount } from './numbers';
import { suffixAt } from './qualifiers';

/** the high end after the low one: 至百分之五, 到五, 至五点五 (not a numeral that runs on into a word) */
const HIGH_END =
  /^(?:至|到|~|—|-)([百千]分之)?([一二三四五六七八九十两百]+)(?:点([零〇一二三四五六七八九]+))?(?![一二三四五六七八九十两百千万亿点零〇])/;

/** 五, 五点五 */
const wordsValue = (whole: string, decimals: string | undefined): number =>
  parseChineseAmount(decimals ? `${whole}点${decimals}` : whole).value;

/** the percentages in words (in order), each low end joined with the high end written after it */
/** what of a quantity (quantities.ts, which calls this) a range is made of */
interface Found {
  start: number;
  end: number;
  value: number;
  valueMax?: number;
  qualifier: Qualifier;
}

export function joinPercentRanges<Q extends Found>(text: string, qs: Q[]): Q[] {
  const out: Q[] = [];
  for (let i = 0; i < qs.length; i++) {
    const q = qs[i];
    const high = q.qualifier === 'exact' ? HIGH_END.exec(text.slice(q.end, q.end + 16)) : null;
    if (!high || !(wordsValue(high[2], high[3]) > q.value)) {
      out.push(q);
      continue;
    }
    const suf = suffixAt(text, q.end + high[0].length);
    out.push({ ...q, valueMax: wordsValue(high[2], high[3]), end: suf.end, qualifier: suf.qualifier ?? q.qualifier });
    // the high end, when written with 百分之, was found as a figure of its own
    while (i + 1 < qs.length && qs[i + 1].start < suf.end) i++;
  }
  return out;
}
