// Finds the quantities of a clean text: a number with its unit, range and qualifier words, and
// leaves out what only looks like one (dates, ordinals, codes, names with digits, thresholds).
import { readDecimalDots } from './decimal-dot';
import { joinPercentRanges } from './percent-word-range';
import { wordAmountRangeBefore } from './word-amount-range';
import { computeUnitAt } from './compute-units';
import { words } from './lexicon';
import type { Qualifier } from '../model/mention';
import { ARABIC, CHINESE, magnitudeFactorOf, parseArabic, parseChinese, parseChineseAmount, rangeInWordsBefore, roundOff } from './numbers';
import { milestoneBefore, prefixBefore, SUFFIX_QUALIFIER, suffixAt } from './qualifiers';
import { qualifierBeforeVerb } from './qualifier-before-verb';
import { isBarOfClass, isThreshold } from './thresholds';
import { notAFigure } from './not-figures';
import { isNationEpithet } from './nation-size';
import { BARE_MAGNITUDE_AT, fuelAfterQualifier, magnitudeFactor, splitUnit, UNIT_AT, unitClass, type UnitClass } from './units';

export interface Quantity {
  /** the span of the mention's text in the clean text: qualifier words, number, unit */
  start: number;
  end: number;
  /** where the (first) number starts: the qualifier words before it sit in [start, numStart) */
  numStart: number;
  value: number;
  valueMax?: number;
  unit: string;
  unitClass: UnitClass | 'magnitude';
  qualifier: Qualifier;
  /** written with Chinese numerals */
  chinese: boolean;
}

/** between the two ends of a range; 至于 as some traditional pages write 至於 (7%至於7.5%) */
const RANGE_SEP = /至于|[~\-—–至到]/y;
/** a minus sign comes after a verb or a colon, or between the values of a list (38.7%、-4.3%和65.6%), after 的, 至, 到 of a
 * rate's start and end (降幅由谷底的-14.2%收窄至-11.6%) or after 同比; not after a unit or a digit (a range) */
const SIGN_AFTER = /(?:增长|增速|增幅|涨幅|同比|环比|为|是|达|的|至|到|[:(]|[%‰]、|[%‰]和)$/;
const ASCII_LETTER = /[A-Za-z]/;
/** what right after a number makes it a date, a time, an edition or a serial */
const NOT_AFTER = new Set([...'年月日时号届期版代级类'].map((c) => c.charCodeAt(0)));
const DIGITISH = /[0-9.]/;
/** a number right after these is a rank, a denominator, an index or a page's counter, not an amount; nor the one of a set
 * phrase (亲如一家, 情同一家, 自成一家, 天下一家) */
const NOT_AMOUNT_BEFORE =
  /(?:第|每|前|以下|如下|下列|序号|编号|号|No\.?|(?:点击|浏览|阅读|访问|点赞|评论|转发|收藏|下载)(?:量|数|次数|人数)?[:]?|亲如|情同|自成|天下)$/;
const CLAUSE_END = /[,;:。!?、()\n"'“”‘’《》]/;
/** counts of the report's own parts: 重点做好10个方面工作, 抓好8项重点任务的以下 */
const PARTS_AFTER = /^(?:大)?(?:方面|部分)/;
/** a capacity right before these names the plant it belongs to */
const PLANT_AFTER = /^[A-Za-z\u4e00-\u9fff]{0,12}?(?:项目|装置|生产线|示范工程)(?:一期|二期)?/;
/** N条 before these is the name of a policy (出台…21条措施, 惠企八条), not a count */
const POLICY_AFTER = /^(?:措施|政策|意见|举措|规定|办法|条例|细则|硬措施|新政)/;
/** verbs after which a Chinese-numeral count is an amount (新增两家) */
const CHINESE_AMOUNT_AFTER_VERB =
  /(?:新增|新建|建成|新开|引进|培育|创建|创成|获批|获评|入选|认定|达到|达|完成|实现|建设|打造|开通|新认定|招引|落户|落地|签约|上市|拥有|累计|共|共有)了?$/;
const CHINESE_COUNT_UNITS = new Set(
  words(`
    个 家 项 人 名 位 户 套 座 辆 台 艘 架 条 列 件 支 张 所 处 间 批
  `),
);

/** spans inside 《》 and short quotes, where digits are names (“20条”, 《十四五规划》) */
function nameSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  const re = /《[^《》\n]{0,60}》|“[^“”\n]{0,12}”|「[^「」\n]{0,12}」|"[^"\n]{0,12}"/g;
  for (let m: RegExpExecArray | null; (m = re.exec(text)); ) spans.push([m.index, m.index + m[0].length]);
  return spans;
}

function inSpans(spans: Array<[number, number]>, at: number): boolean {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid][1] <= at) lo = mid + 1;
    else if (spans[mid][0] > at) hi = mid - 1;
    else return true;
  }
  return false;
}

interface UnitMatch {
  end: number;
  unit: string;
  cls: UnitClass | 'magnitude';
  /** 余/多 between number and unit */
  more: boolean;
}

/** a magnitude alone right after a number (1.5万-2万人), with its factor */
function bareMagnitudeAt(text: string, at: number): { end: number; factor: number } | null {
  BARE_MAGNITUDE_AT.lastIndex = at;
  const b = BARE_MAGNITUDE_AT.exec(text);
  return b ? { end: at + b[0].length, factor: magnitudeFactor(b[2]) } : null;
}

/** the unit written at `at` (right after a number), if any */
function unitAt(text: string, at: number, allowBareMagnitude: boolean): UnitMatch | null {
  UNIT_AT.lastIndex = at;
  const m = UNIT_AT.exec(text);
  if (m) {
    const [whole, more1, mag, more2, pointsMore, base, per] = m;
    const cls = unitClass(base)!;
    return {
      end: at + whole.length,
      unit: (mag ?? '') + (pointsMore ? '个' : '') + base + (per ? `/${per}` : ''),
      cls,
      more: !!(more1 || more2 || pointsMore),
    };
  }
  if (!allowBareMagnitude) return null;
  BARE_MAGNITUDE_AT.lastIndex = at;
  const b = BARE_MAGNITUDE_AT.exec(text);
  if (!b) return null;
  return { end: at + b[0].length, unit: b[2], cls: 'magnitude', more: b[0].length > b[2].length };
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

/** a percentage or a rate per thousand in words, as older reports write them: 增长百分之十三点四, 百分之四十七 (百分之8 too), 人口自然增长率
 * 降到千分之十左右 (‰) */
const PERCENT_IN_WORDS = /([百千])分之(?:([一二三四五六七八九十两零〇百]+)(?:点([零〇一二三四五六七八九]+))?|(\d+(?:\.\d+)?))/g;

function percentsInWords(text: string, names: Array<[number, number]>): Quantity[] {
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

/** a figure's qualifier: what the words around its number say (约, 以上), else a milestone, else what its unit says (a unit
 * of "more than": 约达10亿余元, the 余 at the number before the 约 of its verb), else a 约 before its verb */
function qualifierOf(text: string, numStart: number, own: Qualifier | undefined, more: boolean | undefined): Qualifier {
  return own ?? milestoneBefore(text, numStart) ?? (more ? 'above' : qualifierBeforeVerb(text, numStart)) ?? 'exact';
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
const ARABIC_AT = /\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d)|\d+(?:\.\d+)?/y;

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

/** after a count in words, the slogans and names it is part of (四个现代化, 两个基本点, 三个代表, 一个中心) */
const SLOGAN_AFTER = /^(?:现代化|基本点|代表|中心|自信|意识|维护|全面|坚持|务必|面向|有利于|服从|尊重)/;
/** what may follow a small amount in words: a phrase's end, not a word it makes (一元化, 两手, 一米阳光) */
const SMALL_AMOUNT_ENDS = /^(?:[^\u4e00-\u9fff]|的|比|和|及|或|多|余|以|左右|上下)/;

function readChinese(text: string, at: number, run: string, names: Array<[number, number]>): Quantity | null {
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
