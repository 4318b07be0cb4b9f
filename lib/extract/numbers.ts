// Numbers as reports write them: 1635, 177.8, 1,520, and Chinese numerals (三, 十二, 两千).

/** an Arabic number, with thousands separators only in well-formed groups */
export const ARABIC = /\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d)|\d+(?:\.\d+)?/g;

export function parseArabic(s: string): number {
  return Number(s.includes(',') ? s.replace(/,/g, '') : s);
}

/** a run of Chinese numerals that starts with a digit word (not 百/千/万 alone: 百亿项目, 千家企业 are not amounts) */
export const CHINESE = /[一二三四五六七八九十两][一二三四五六七八九十百千万零〇两]*/g;

const DIGIT: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const SMALL_UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** the value of a Chinese numeral (三百二十五 → 325, 十二 → 12, 两万 → 20000), or NaN */
export function parseChinese(s: string): number {
  let total = 0;
  let section = 0;
  let digit = -1;
  for (const ch of s) {
    if (ch in DIGIT) {
      digit = DIGIT[ch];
    } else if (ch in SMALL_UNIT) {
      section += (digit < 0 ? 1 : digit) * SMALL_UNIT[ch];
      digit = -1;
    } else if (ch === '万') {
      total += (section + Math.max(digit, 0)) * 1e4;
      section = 0;
      digit = -1;
    } else {
      return NaN;
    }
  }
  return total + section + Math.max(digit, 0);
}
