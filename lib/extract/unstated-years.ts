// A sentence about coming years it does not count (今后一个时期,…促进约1亿农业转移人口落户城镇; 今后几年, 未来一段时期): its
// quantities are planned over an unstated span, so they carry no year (the judging rule: an unstated span leaves period
// null). Across the 52 whole reports of the fixtures this form opens one sentence (3 mentions, national 2014).
import type { Tense } from './tense-cues';
import { parseChinese } from './numbers';

const count = (n: string): number => (/^\d$/.test(n) ? Number(n) : parseChinese(n));

/** a sentence that opens on an uncounted span of coming years (its heading numbers allowed before it) */
const COMING_YEARS_UNSAID = /^[^,;:。]{0,6}?(?:今后|未来)(?:一个|一段|若干|几)(?:较长)?(?:时期|时间|年)/;

/** uncounted years the quantity's own clause holds through: 只要我们能够再连续若干年保持百分之八至百分之九的增长率 */
const HELD_FOR_YEARS_UNSAID = /(?:连续|今后|未来)(?:若干|几)年[^,;:。]*$/;

/** the years a target's own clause gives it to be done in, counted from the year planned: 力争用两年时间在36个大城市…,
 * 用两年时间将筹资标准由每人每年50元提高到100元 (by the second year's end; not a range, 用3—5年时间) */
const YEARS_TAKEN = /用(\d|[两二三四五六七八九十])年(?:左右)?(?:的)?时间[^,;:。]*$/;

/** `read`, with no year where the sentence from `sentence` opens on coming years it does not count, or the clause of the
 * quantity at `at` holds through such years; with the last of the years its clause gives it (用两年时间…) */
export function unstatedYears(text: string, sentence: number, at: number, read: Tense): Tense {
  if (read.kind !== 'target' || read.periodFrom !== undefined) return read;
  const taken = YEARS_TAKEN.exec(text.slice(Math.max(sentence, at - 40), at));
  if (taken && read.period !== null) return { kind: 'target', period: read.period + count(taken[1]) - 1 };
  const unsaid =
    COMING_YEARS_UNSAID.test(text.slice(sentence, sentence + 20)) ||
    HELD_FOR_YEARS_UNSAID.test(text.slice(Math.max(sentence, at - 40), at));
  return unsaid ? { kind: read.kind, period: null } : read;
}
