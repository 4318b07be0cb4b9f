// Dates as old reports write them, in Chinese numerals (一九八四年五月十五日), read as Arabic ones, and the
// small Chinese numbers of ordinals (第十四届, 第二十一次).

/** a year of the last two centuries, captured, as a source for the year patterns of lib/detect */
export const YEAR = '((?:19|20)\\d\\d)';

/** 十四 → 14, 二十一 → 21, 五 → 5: the numbers of sessions, months and days */
export function chineseNumber(s: string): number {
  const digit = (c: string | undefined) => (c ? '一二三四五六七八九'.indexOf(c) + 1 : 0);
  const ten = s.indexOf('十');
  if (ten < 0) return digit(s);
  return (ten === 0 ? 1 : digit(s[ten - 1])) * 10 + digit(s[ten + 1]);
}

const DIGIT_OF = new Map<string, string>([
  ...[...'〇○零一二三四五六七八九'].map((c, i): [string, string] => [c, String(Math.max(0, i - 2))]),
  ['0', '0'],
  ['０', '0'],
]);
/**
 * A year of the 1900s or 2000s digit by digit, not inside a longer numeral (一千九百…, 第一九九…): 一九七八年, 一九八○比;
 * its zeros also as digits, as news agencies write them (二00七年, 二００二年)
 */
const NUMERAL_YEAR =
  /(?<![〇○零一二三四五六七八九十百千万亿第\d０-９])(?:一九|二[〇○零0０])[〇○零0０一二三四五六七八九]{2}(?![〇○零0０一二三四五六七八九十百千万亿点\d０-９])/g;
const NUMERAL_MONTH_DAY = /((?:19|20)\d\d\s*年\s*)([一二三四五六七八九十]{1,2})(\s*月\s*)(?:([一二三四五六七八九十]{1,3})(\s*日))?/g;

/** years in Arabic numerals, digit for digit (一九七八年 → 1978年, 一九八○年 → 1980年): the text keeps its length */
export function arabicYears(text: string): string {
  if (!text.includes('九') && !text.includes('二')) return text;
  return text.replace(NUMERAL_YEAR, (y) => [...y].map((c) => DIGIT_OF.get(c)).join(''));
}

/**
 * Dates in Arabic numerals: 一九八四年五月十五日 → 1984年5月15日, so that every rule on years reads
 * them (一九八六年国家决算, 一、一九八六年的主要工作情况). A count of years (三十年来) is no year.
 */
export function arabicDates(text: string): string {
  return arabicYears(text).replace(NUMERAL_MONTH_DAY, (_, y: string, m: string, mo: string, d?: string, day?: string) =>
    d ? `${y}${chineseNumber(m)}${mo}${chineseNumber(d)}${day}` : `${y}${chineseNumber(m)}${mo}`,
  );
}
