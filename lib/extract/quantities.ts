// Finds the quantities of a clean text: a number with its unit, range and qualifier words, and
// leaves out what only looks like one (dates, ordinals, codes, names with digits, thresholds).
import { readDecimalDots } from './decimal-dot';
import { joinPercentRanges } from './percent-word-range';
import { computeUnitAt } from './compute-units';
import { ARABIC, ARABIC_SOURCE, CHINESE, parseArabic, roundOff } from './numbers';
import { prefixBefore, SUFFIX_QUALIFIER, suffixAt } from './qualifiers';
import { isBarOfClass, isThreshold } from './thresholds';
import { notAFigure } from './not-figures';
import { isNationEpithet } from './nation-size';
import { BARE_MAGNITUDE_AT, fuelAfterQualifier, magnitudeFactor, splitUnit } from './units';
import { CLAUSE_END, inSpans, nameSpans, NOT_AMOUNT_BEFORE, qualifierOf, type Quantity, unitAt, type UnitMatch } from './quantity-parts';
import { percentsInWords, readChinese } from './chinese-quantities';

export type { Quantity } from './quantity-parts';

/** between the two ends of a range; 至于 as some traditional pages write 至於 (7%至於7.5%) */
const RANGE_SEP = /至于|[~\-—–至到]/y;
/** a minus sign comes after a verb or a colon, or between the values of a list (38.7%、-4.3%和65.6%), after 的, 至, 到 of a
 * rate's start and end (降幅由谷底的-14.2%收窄至-11.6%) or after 同比; not after a unit or a digit (a range) */
const SIGN_AFTER = /(?:增长|增速|增幅|涨幅|同比|环比|为|是|达|的|至|到|[:(]|[%‰]、|[%‰]和)$/;
const ASCII_LETTER = /[A-Za-z]/;
/** what right after a number makes it a date, a time, an edition or a serial */
const NOT_AFTER = new Set([...'年月日时号届期版代级类'].map((c) => c.charCodeAt(0)));
const DIGITISH = /[0-9.]/;
/** counts of the report's own parts: 重点做好10个方面工作, 抓好8项重点任务的以下 */
const PARTS_AFTER = /^(?:大)?(?:方面|部分)/;
/** a capacity right before these names the plant it belongs to */
const PLANT_AFTER = /^[A-Za-z\u4e00-\u9fff]{0,12}?(?:项目|装置|生产线|示范工程)(?:一期|二期)?/;
/** N条 before these is the name of a policy (出台…21条措施, 惠企八条), not a count */
const POLICY_AFTER = /^(?:措施|政策|意见|举措|规定|办法|条例|细则|硬措施|新政)/;

/** a magnitude alone right after a number (1.5万-2万人), with its factor */
function bareMagnitudeAt(text: string, at: number): { end: number; factor: number } | null {
  BARE_MAGNITUDE_AT.lastIndex = at;
  const b = BARE_MAGNITUDE_AT.exec(text);
  return b ? { end: at + b[0].length, factor: magnitudeFactor(b[2]) } : null;
}

/** a bare magnitude before people counts them: 960多万建档立卡贫困人口, 1.4亿农业转移人口, 900多万个体工商户 */
const PEOPLE_AFTER = /^[\u4e00-\u9fff]{0,10}?(?:人口|家庭|工商户|农民|群众|居民|劳动力|职工|学生|游客|儿童|孩子|婴幼儿|贫困人口|人)/;

/** a bare magnitude (130万) is a quantity only where the phrase ends or a qualifier follows, or the next value
 * of its list does (分别增加1753万和2028万), or a verb says what the sum is for (828亿支持加快交通建设: a headline's 元 left out) */
function bareMagnitudeEndsOk(text: string, end: number): boolean {
  if (end >= text.length) return true;
  const c = text[end];
  if (CLAUSE_END.test(c) || /^[和、] ?\d+(?:\.\d+)? ?[万亿](?![\u4e00-\u9fff])/.test(text.slice(end, end + 16))) return true;
  if (/^(?:支持|用于|投向|扶持)/.test(text.slice(end, end + 2))) return true;
  SUFFIX_QUALIFIER.lastIndex = end;
  return SUFFIX_QUALIFIER.test(text);
}

/** every quantity of the clean text, in order */
export function findQuantities(written: string): Quantity[] {
  // 增长19·5%: the decimal point of older texts
  const text = readDecimalDots(written);
  const names = nameSpans(text);
  const found: Quantity[] = [];
  ARABIC.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = ARABIC.exec(text)); ) {
    const q = readArabic(text, m.index, m[0], names);
    if (q) {
      found.push(q);
      if (q.end > ARABIC.lastIndex) ARABIC.lastIndex = q.end;
    }
  }
  const chinese: Quantity[] = [];
  CHINESE.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = CHINESE.exec(text)); ) {
    const q = readChinese(text, m.index, m[0], names);
    // a range's low end written with its unit (四百一十三万三千吨至…) was read as a figure of its own
    while (q && chinese.length && chinese[chinese.length - 1].start >= q.start) chinese.pop();
    if (q) chinese.push(q);
  }
  if (text.includes('分之')) chinese.push(...joinPercentRanges(text, percentsInWords(text, names)));
  chinese.sort((a, b) => a.start - b.start);
  const all = chinese.length ? mergeByStart(found, chinese) : found;
  return all.filter((q) => !isNationEpithet(text, q));
}

/** two lists sorted by start, as one; of two that overlap (6十亿美元 read twice) the first is kept */
function mergeByStart(a: Quantity[], b: Quantity[]): Quantity[] {
  const out: Quantity[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const q = j >= b.length || (i < a.length && a[i].start <= b[j].start) ? a[i++] : b[j++];
    if (!out.length || q.start >= out[out.length - 1].end) out.push(q);
  }
  return out;
}

function readArabic(text: string, at: number, numText: string, names: Array<[number, number]>): Quantity | null {
  const before = at > 0 ? text[at - 1] : '';
  if (before && (DIGITISH.test(before) || ASCII_LETTER.test(before))) return null;
  // a run of digits no report writes as an amount (an ID, a serial, noise)
  if (numText.length > 18) return null;
  let numStart = at;
  let value = parseArabic(numText);
  // a sign: 增长-2.1%, 为-0.3% (after a unit or a magnitude a dash is a range: 1.5万-2万人)
  if ((before === '-' || before === '负') && SIGN_AFTER.test(text.slice(Math.max(0, at - 3), at - 1))) {
    numStart = at - 1;
    value = -value;
  }
  let pos = at + numText.length;
  const next = text.charCodeAt(pos);
  // the usual non-amounts go first, cheaply: years and dates (2022年, 1月3日), codes with letters (5G)
  if (NOT_AFTER.has(next)) return null;
  const compute = computeUnitAt(text, pos, numStart);
  if (ASCII_LETTER.test(text[pos] ?? '') && !text.startsWith('TEU', pos) && !compute) return null;
  if (NOT_AMOUNT_BEFORE.test(text.slice(Math.max(0, numStart - 6), numStart))) return null;

  let valueMax: number | undefined;
  let unit = compute ?? unitAt(text, pos, false);
  // 108亿3038万元: one amount written in two magnitudes, read in the larger (108.3038亿元)
  const twoMagnitudes = unit ? null : twoMagnitudesAt(text, pos, value);
  if (twoMagnitudes) [value, unit] = twoMagnitudes;
  // a range: 3~5个, 4.5%-5%, 10-15亿元, 3至5个, 1.5万-2万人, 5000万元至1亿元
  const firstMagnitude = unit ? null : bareMagnitudeAt(text, pos);
  RANGE_SEP.lastIndex = unit ? unit.end : firstMagnitude ? firstMagnitude.end : pos;
  if (RANGE_SEP.test(text)) {
    const sepEnd = RANGE_SEP.lastIndex;
    ARABIC_AT.lastIndex = sepEnd;
    const second = ARABIC_AT.exec(text);
    if (second && second[0].length <= 18) {
      const unit2 = unitAt(text, sepEnd + second[0].length, true);
      if (unit2 && (!unit || splitUnit(unit.unit)[1] === splitUnit(unit2.unit)[1])) {
        const hi = parseArabic(second[0]);
        // the low end in the high end's unit: 5000万元 is 0.5 of 亿元; 10-15亿元 shares 亿
        const written = unit ? splitUnit(unit.unit)[0] : firstMagnitude ? firstMagnitude.factor : splitUnit(unit2.unit)[0];
        const lo = (value * written) / splitUnit(unit2.unit)[0];
        // (下降4.4%至3.3%之间: the ends of a range of falls, the larger first)
        const between = hi < lo && text.startsWith('之间', unit2.end);
        if (hi > lo || between) {
          value = Math.min(lo, hi);
          valueMax = Math.max(lo, hi);
          unit = unit2;
          pos = unit2.end;
        }
      }
    }
  }
  // 分别提高12.2和5.5个百分点: the unit written once for two values
  if (!unit && valueMax === undefined) unit = sharedUnitAt(text, pos, numStart);
  if (!unit) {
    unit = unitAt(text, pos, true);
    if (
      !unit ||
      (unit.cls === 'magnitude' && !bareMagnitudeEndsOk(text, unit.end) && !PEOPLE_AFTER.test(text.slice(unit.end, unit.end + 14)))
    )
      return null;
  }
  // 分别提高9.9个、3.1个百分点: 个 heads the points written once after the last value
  if (unit.unit === '个' && POINTS_AFTER.test(text.slice(unit.end, unit.end + 40))) unit = { ...unit, unit: '个百分点', cls: 'points' };
  pos = unit.end;
  if (unit.cls === 'count' && value === 0) return null;

  const suf = suffixAt(text, pos);
  const pre = prefixBefore(text, numStart, suf.end);
  const fuel = suf.qualifier ? fuelAfterQualifier(text, suf.end, unit.unit) : null;
  const q: Quantity = {
    start: pre.start,
    end: fuel?.end ?? suf.end,
    numStart,
    value,
    valueMax,
    unit: fuel?.unit ?? unit.unit,
    unitClass: unit.cls,
    qualifier: qualifierOf(text, numStart, pre.qualifier ?? suf.qualifier, unit.more),
    chinese: false,
  };
  if (inSpans(names, at) || notAFigure(text, q)) return null;
  if (isThreshold(text, q, suf.qualifier) || isBarOfClass(text, q, pre.qualifier)) return null;
  if (q.unit === '条' && POLICY_AFTER.test(text.slice(q.end, q.end + 3))) return null;
  if (q.unitClass === 'count' && PARTS_AFTER.test(text.slice(q.end, q.end + 3))) return null;
  // 附件2名词解释: 名 begins a word here, it is no count of people
  if (q.unit === '名' && /^[词称单录义额列]/.test(text.slice(q.end, q.end + 1))) return null;
  // 300万吨CCUS碳利用示范项目, 25万吨煤基乙烯聚合物项目: a capacity that names a plant
  if (q.unitClass === 'measure' && !suf.qualifier && PLANT_AFTER.test(text.slice(q.end, q.end + 16))) return null;
  // a time before a noun names a thing (240小时过境免签, 15分钟生活圈, 24小时不打烊), it is not a figure
  if (
    q.unitClass === 'time' &&
    /^[\u4e00-\u9fff]/.test(text.slice(q.end, q.end + 1)) &&
    !/^(?:的|和|及|与|或)/.test(text.slice(q.end, q.end + 1))
  )
    return null;
  return q;
}

/** the unit of the last value of a list, where this value has none: 12.2和5.5个百分点, 8、9个百分点; any
 * unit after 分别 (分别达到12488和10163亿元; 分别实现零售额31.4、15.7、34.9亿元) */
function sharedUnitAt(text: string, pos: number, numStart: number): UnitMatch | null {
  const rest = /^(?:(?:和|与|、)\d+(?:\.\d+)?){1,6}/.exec(text.slice(pos, pos + 60));
  if (!rest) return null;
  const unit = unitAt(text, pos + rest[0].length, false);
  if (!unit || unit.cls === 'time') return null;
  const rate = unit.cls === 'points' || unit.cls === 'percent';
  // the values before this one in the same list, back to the words that open it
  const before = /(?:\d+(?:\.\d+)?(?:和|与|、)){0,6}$/.exec(text.slice(Math.max(0, numStart - 60), numStart));
  const opens = numStart - (before ? before[0].length : 0);
  return rate || /分别[^,;。\d]{0,6}$/.test(text.slice(Math.max(0, opens - 10), opens)) ? { ...unit, end: pos } : null;
}

const POINTS_AFTER = /^(?:[、和]\d+(?:\.\d+)?个)*[、和]\d+(?:\.\d+)?个百分点/;
const ARABIC_AT = new RegExp(ARABIC_SOURCE, 'y');

/** the amount and unit of `value` + a magnitude at `pos`, then the rest in a smaller one with its unit */
function twoMagnitudesAt(text: string, pos: number, value: number): [number, UnitMatch] | null {
  BARE_MAGNITUDE_AT.lastIndex = pos;
  const big = BARE_MAGNITUDE_AT.exec(text);
  if (!big || big[0] !== big[2]) return null;
  ARABIC_AT.lastIndex = pos + big[0].length;
  const rest = ARABIC_AT.exec(text);
  const unit = rest && !rest[0].includes('.') ? unitAt(text, ARABIC_AT.lastIndex, false) : null;
  if (!rest || !unit) return null;
  const [small, base] = splitUnit(unit.unit);
  const factor = magnitudeFactor(big[2]);
  if (small === 1 || small >= factor || parseArabic(rest[0]) * small >= factor) return null;
  return [roundOff(value + (parseArabic(rest[0]) * small) / factor), { ...unit, unit: big[2] + base }];
}
