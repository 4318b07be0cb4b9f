// Quantities written in Chinese numerals, as older reports write them: 三千六百二十亿度, 增长百分之十三点四.
import { words } from './lexicon';
import { magnitudeFactorOf, parseChinese, parseChineseAmount, rangeInWordsBefore, roundOff } from './numbers';
import { prefixBefore, suffixAt } from './qualifiers';
import { wordAmountRangeBefore } from './word-amount-range';
import { fuelAfterQualifier, splitUnit } from './units';
import { CLAUSE_END, inSpans, NOT_AMOUNT_BEFORE, qualifierOf, type Quantity, unitAt } from './quantity-parts';

/** verbs after which a Chinese-numeral count is an amount (新增两家) */
const CHINESE_AMOUNT_AFTER_VERB =
  /(?:新增|新建|建成|新开|引进|培育|创建|创成|获批|获评|入选|认定|达到|达|完成|实现|建设|打造|开通|新认定|招引|落户|落地|签约|上市|拥有|累计|共|共有)了?$/;
const CHINESE_COUNT_UNITS = new Set(
  words(`
    个 家 项 人 名 位 户 套 座 辆 台 艘 架 条 列 件 支 张 所 处 间 批
  `),
);

/** a percentage or a rate per thousand in words, as older reports write them: 增长百分之十三点四, 百分之四十七 (百分之8 too), 人口自然增长率
 * 降到千分之十左右 (‰) */
const PERCENT_IN_WORDS = /([百千])分之(?:([一二三四五六七八九十两零〇百]+)(?:点([零〇一二三四五六七八九]+))?|(\d+(?:\.\d+)?))/g;

export function percentsInWords(text: string, names: Array<[number, number]>): Quantity[] {
  const out: Quantity[] = [];
  PERCENT_IN_WORDS.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = PERCENT_IN_WORDS.exec(text)); ) {
    // (百分之8左右: a repost's digits after the words; the number read as it is)
    const whole = m[4] ? Number(m[4]) : parseChinese(m[2]);
    if (!Number.isFinite(whole) || inSpans(names, m.index)) continue;
    const decimals = m[3] ? [...m[3]].map((c) => (c === '〇' ? 0 : '零一二三四五六七八九'.indexOf(c))).join('') : '';
    const suf = suffixAt(text, m.index + m[0].length);
    const pre = prefixBefore(text, m.index, suf.end);
    out.push({
      start: pre.start,
      end: suf.end,
      numStart: m.index,
      value: decimals ? Number(`${whole}.${decimals}`) : whole,
      unit: m[1] === '千' ? '‰' : '%',
      unitClass: 'percent',
      qualifier: qualifierOf(text, m.index, pre.qualifier ?? suf.qualifier, false),
      chinese: true,
    });
  }
  return out;
}

/** after a count in words, the slogans and names it is part of (四个现代化, 两个基本点, 三个代表, 一个中心) */
const SLOGAN_AFTER = /^(?:现代化|基本点|代表|中心|自信|意识|维护|全面|坚持|务必|面向|有利于|服从|尊重)/;
/** what may follow a small amount in words: a phrase's end, not a word it makes (一元化, 两手, 一米阳光) */
const SMALL_AMOUNT_ENDS = /^(?:[^\u4e00-\u9fff]|的|比|和|及|或|多|余|以|左右|上下)/;

export function readChinese(text: string, at: number, run: string, names: Array<[number, number]>): Quantity | null {
  // a 千 or 百 right after a magnitude, 十, 百 or 千 starts the unit (一千九百五十万千瓦, 万千米, 二十二万七千千瓦, 一千二百千瓦)
  let numText = /[十百千万亿][千百]$/.test(run) ? run.slice(0, -1) : run;
  let unit = unitAt(text, at + numText.length, false);
  // a unit that holds its magnitude (三千六百二十亿度, 二千八百六十万门): its 亿 or 万 is no part of the numeral
  const held = !unit && /[万亿]$/.test(numText) ? unitAt(text, at + numText.length - 1, false) : null;
  if (held && /^[万亿]/.test(held.unit) && numText.length > 1) {
    numText = numText.slice(0, -1);
    unit = held;
  }
  // a time in words is a span or a name (三天两头, 一周年), never a figure here
  if (!unit || unit.cls === 'time' || unit.cls === 'magnitude') return null;
  // 几十亿元, 数十万吨: tens of, not ten; after a closing quote, a name (大运河“最靓丽”三公里); after a
  // digit, the magnitude of an Arabic number (6十亿美元)
  if (/[几数”」』》\d.]$/.test(text.slice(at - 1, at))) return null;
  // the unit's 万 ends the numeral a 多 broke off (四亿零七百多万吨: 4亿 and 700万 吨, not 4.07亿 万吨)
  const joined = /亿[^万亿]+$/.test(numText) && unit.unit.startsWith('万') && splitUnit(unit.unit)[0] === 1e4;
  const amount = parseChineseAmount(joined ? `${numText}万` : numText);
  const unitName = joined ? unit.unit.slice(1) : unit.unit;
  if (!Number.isFinite(amount.value) || amount.value <= 0) return null;
  if (NOT_AMOUNT_BEFORE.test(text.slice(Math.max(0, at - 3), at)) || /[首头]$/.test(text.slice(at - 1, at))) return null;
  const suf = suffixAt(text, unit.end);
  const [unitFactor, base] = splitUnit(unitName);
  if (!amount.magnitude && unitFactor === 1 && unit.cls === 'count') {
    if (!CHINESE_COUNT_UNITS.has(unitName) || !Number.isInteger(amount.value)) return null;
    const afterVerb = CHINESE_AMOUNT_AFTER_VERB.test(text.slice(Math.max(0, at - 5), at));
    // an opening quote starts a name the count goes with (把握一个“根本保证”), it does not end the phrase
    const endsPhrase = suf.end >= text.length || (CLAUSE_END.test(text[suf.end]) && !/[“"‘《(]/.test(text[suf.end]));
    // 一个, 一支 before a noun is an article (打造一支…队伍), a count only where the phrase ends (新增上市企业一家); a hundred or more is
    if (!endsPhrase && (!afterVerb || amount.value === 1) && amount.value < 100) return null; // a count anywhere: no slogan counts so many
    if (SLOGAN_AFTER.test(text.slice(unit.end, unit.end + 3))) return null;
  } else if (!amount.magnitude && unitFactor === 1 && amount.value < 10) {
    // 一亩, 一米 are phrases (建一亩成一亩), not measures; 增长一倍 is a figure
    if (!SMALL_AMOUNT_ENDS.test(text.slice(suf.end, suf.end + 2)) || (amount.value === 1 && unit.cls !== 'times')) return null;
  }
  if (inSpans(names, at)) return null;
  // the amount in the larger of the two magnitudes it is written with (三亿二千多万吨 → 亿吨)
  const written = amount.value * magnitudeFactorOf(amount.magnitude) * unitFactor;
  const factor = Math.max(magnitudeFactorOf(amount.magnitude), unitFactor);
  const magnitude = factor === unitFactor ? unitName.slice(0, unitName.length - base.length) : amount.magnitude;
  const range = rangeInWordsBefore(text, at, numText);
  const low = range ? parseChineseAmount(range.low) : null;
  const lowEnd =
    low && low.magnitude === amount.magnitude
      ? { start: range!.start, written: low.value * magnitudeFactorOf(low.magnitude) * unitFactor }
      : wordAmountRangeBefore(text, at, amount.magnitude, unitName, unitFactor);
  const numStart = lowEnd && lowEnd.written < written ? lowEnd.start : at;
  const pre = prefixBefore(text, numStart, suf.end);
  const fuel = suf.qualifier ? fuelAfterQualifier(text, suf.end, magnitude + base) : null;
  return {
    start: pre.start,
    end: fuel?.end ?? suf.end,
    numStart,
    value: roundOff((numStart < at ? lowEnd!.written : written) / factor),
    ...(numStart < at ? { valueMax: roundOff(written / factor) } : {}),
    unit: fuel?.unit ?? magnitude + base,
    unitClass: unit.cls,
    qualifier: qualifierOf(text, numStart, pre.qualifier ?? suf.qualifier, unit.more),
    chinese: true,
  };
}
