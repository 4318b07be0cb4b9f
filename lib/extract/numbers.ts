// Numbers as reports write them: 1635, 177.8, 1,520, and Chinese numerals (三, 十二, 两千, and the
// amounts of older reports: 一万一千五百三十三亿, 二百九十三亿九千四百万, 一点四, 零点五).

/**
 * An Arabic number, with thousands separators only in well-formed groups: commas (1,520), or the
 * spaces of statistical yearbooks and their reposts (30 315萬元, 845 296頭, 6 229平方公里), read as
 * one number so the figure keeps its value and the name before it.
 */
export const ARABIC_SOURCE =
  '\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?(?!\\d)|\\d{1,3}(?:[ \\u00a0\\u2009\\u202f]\\d{3})+(?:\\.\\d+)?(?![\\d.])|\\d+(?:\\.\\d+)?';
export const ARABIC = new RegExp(ARABIC_SOURCE, 'g');

export function parseArabic(s: string): number {
  return Number(/[, \u00a0\u2009\u202f]/.test(s) ? s.replace(/[, \u00a0\u2009\u202f]/g, '') : s);
}

/**
 * A run of Chinese numerals that starts with a digit word (not 百/千/万 alone: 百亿项目, 千家企业 are
 * not amounts), with the magnitudes inside it (三亿二千五百零二万) and decimals (一点四, 零点五, 一点二亿).
 */
export const CHINESE =
  /零点[零〇一二三四五六七八九]+|[一二三四五六七八九十两][一二三四五六七八九十百千万亿零〇两]*(?:点[零〇一二三四五六七八九]+(?:万亿|亿|万)?)?/g;

const DIGIT: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const SMALL_UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** the value of a Chinese integer (三百二十五 → 325, 十二 → 12, 两万 → 20000, 十一亿零六百万 → 1106000000), or NaN */
export function parseChinese(written: string): number {
  // 亿亿 (10^16) is a word of glossaries, not of figures; 万万 is how older texts write 亿 (六万万人)
  if (written.includes('亿亿')) return NaN;
  const s = written.replace(/万万/g, '亿');
  let yi = 0;
  let wan = 0;
  let section = 0;
  let digit = -1;
  for (const ch of s) {
    if (ch in DIGIT) {
      digit = DIGIT[ch];
    } else if (ch in SMALL_UNIT) {
      section += (digit < 0 ? 1 : digit) * SMALL_UNIT[ch];
      digit = -1;
    } else if (ch === '万') {
      wan += (section + Math.max(digit, 0)) * 1e4;
      section = 0;
      digit = -1;
    } else if (ch === '亿') {
      // what came before, 万 included (一万一千五百三十三亿, 一万亿), is counted in 亿
      yi += (wan + section + Math.max(digit, 0)) * 1e8;
      wan = 0;
      section = 0;
      digit = -1;
    } else {
      return NaN;
    }
  }
  return yi + wan + section + Math.max(digit, 0);
}

/** a Chinese amount as a report would write it in digits: the value and the magnitude word it is counted in */
export interface ChineseAmount {
  value: number;
  /** '', 万, 亿 or 万亿: the largest magnitude the numeral holds (二千四百三十九万二千 → 2439.2 万) */
  magnitude: '' | '万' | '亿' | '万亿';
}

const MAGNITUDE_FACTOR = { '': 1, 万: 1e4, 亿: 1e8, 万亿: 1e12 } as const;

/** two digit words side by side (二三十, 一九八四) are an approximation or a year, not an amount */
const DIGITS_SIDE_BY_SIDE = /[一二三四五六七八九两][一二三四五六七八九两]/;

/**
 * The amount a run of CHINESE holds: 一万一千五百三十三亿 → 11533 亿, 二千四百三十九万二千 → 2439.2 万,
 * 一点四 → 1.4, 一点二亿 → 1.2 亿; NaN for 二三十 (twenty or thirty) and the digits of a year.
 */
export function parseChineseAmount(run: string): ChineseAmount {
  const none: ChineseAmount = { value: NaN, magnitude: '' };
  const point = run.indexOf('点');
  if (point >= 0) {
    const whole = run.slice(0, point);
    const rest = /^([零〇一二三四五六七八九]+)(万亿|亿|万)?$/.exec(run.slice(point + 1));
    // a decimal is written after a plain number (一点四, 十三点四), never after 万 or 亿
    if (!rest || /[万亿]/.test(whole) || DIGITS_SIDE_BY_SIDE.test(whole)) return none;
    const decimals = [...rest[1]].map((c) => DIGIT[c]).join('');
    return { value: Number(`${parseChinese(whole)}.${decimals}`), magnitude: (rest[2] ?? '') as ChineseAmount['magnitude'] };
  }
  if (DIGITS_SIDE_BY_SIDE.test(run)) return none;
  const magnitude: ChineseAmount['magnitude'] = run.includes('万亿') ? '万亿' : run.includes('亿') ? '亿' : run.includes('万') ? '万' : '';
  return { value: roundOff(parseChinese(run) / MAGNITUDE_FACTOR[magnitude]), magnitude };
}

/** 四、五十亿 (forty or fifty), 两、三倍 (two or three times): the smaller digit word and a 、 before a run that opens on
 * the next one, with a magnitude or alone before its unit; the side-by-side form (二三十) is left out, as tens of (几十) are */
const RANGE_IN_WORDS_BEFORE = /([一二两三四五六七八])、$/;

/** the range a run of CHINESE at `at` closes (四、|五十亿 → 四十亿 to 五十亿; 两、|三 → 两 to 三), with where it starts, or null */
export function rangeInWordsBefore(text: string, at: number, run: string): { start: number; low: string } | null {
  const before = RANGE_IN_WORDS_BEFORE.exec(text.slice(Math.max(0, at - 2), at));
  if (!before || !/^[二三四五六七八九](?:[十百千万亿]|$)/.test(run) || DIGIT[run[0]] !== DIGIT[before[1]] + 1) return null;
  // (a heading's numeral, 三、四十个…, opens its line; 第三、四… are ordinals)
  if (at < 3 || !/[\u4e00-\u9fff]/.test(text[at - 3]) || text[at - 3] === '第') return null;
  return { start: at - 2, low: before[1] + run.slice(1) };
}

export function magnitudeFactorOf(magnitude: ChineseAmount['magnitude']): number {
  return MAGNITUDE_FACTOR[magnitude];
}

/** a quotient as its digits say it (2439.2, not 2439.2000000000003) */
export const roundOff = (n: number): number => Number(n.toPrecision(12));
