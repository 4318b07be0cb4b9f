// A range of two amounts in Chinese numerals, as plan reports of the 1990s write them: 十四亿七千万至十四亿九千万吨,
// 四百一十三万三千吨至四百三十一万三千吨, 八十万至一百三十万吨. It is one figure (low to high), read as 10-15亿元 is;
// read alone, the high end is taken for the figure and the low end runs into the name before it.
import { magnitudeFactorOf, parseChineseAmount } from './numbers';

/** the low end and its separator right before the high end: a numeral, a 多 or 余 (一百多亿斤到二百多亿斤), the high end's
 * unit (its magnitude included) or none, 至/到/— */
const LOW_END_BEFORE =
  /([一二三四五六七八九十两][一二三四五六七八九十百千万亿零〇两]*)(?:多|余)?([^\s\d一二三四五六七八九十两百千零〇]{0,4}?)(?:至|到|—|–|-|~)$/;
/** 从X到Y, 由X至Y: a change from one to the other, not a range */
const CHANGE_FROM = /[从由]$/;

/**
 * The low end of a range closed by the amount at `at` (its numeral run written with `magnitude`, its unit
 * `unitName` worth `unitFactor` of its base), in the base: where the low end starts and its worth, or null.
 */
export function wordAmountRangeBefore(
  text: string,
  at: number,
  magnitude: Parameters<typeof magnitudeFactorOf>[0],
  unitName: string,
  unitFactor: number,
): { start: number; written: number } | null {
  const before = LOW_END_BEFORE.exec(text.slice(Math.max(0, at - 24), at));
  if (!before) return null;
  const [whole, run, unitWritten] = before;
  // the low end writes the high end's unit or none (吨至…吨, 万至…万吨)
  if (unitWritten && unitWritten !== unitName) return null;
  const start = at - whole.length;
  if (CHANGE_FROM.test(text.slice(Math.max(0, start - 1), start))) return null;
  const low = parseChineseAmount(run);
  if (!Number.isFinite(low.value) || low.value <= 0) return null;
  // an end written without its magnitude takes the high end's (三至五万吨 is 3万 to 5万)
  const lowMagnitude = magnitudeFactorOf(low.magnitude || (unitWritten ? '' : magnitude));
  return { start, written: low.value * lowMagnitude * unitFactor };
}
