// The base a quantity is compared with or starts from: 由2011年的1.24万亿元 (the start's year), 比2007年增长83% (a
// change against a stated base: it covers the years after the base), 1986年同1978年相比,…由3480亿元增加到9380亿元,…增长
// 102% (a sentence headed by its two years: the start is the base's, the level reached its year's, the change over the
// years between), 较上年53169万元 (last year's level).
import { PLAN_NAME, planYears } from '../detect/five-year-plans';
import { parseChinese } from './numbers';

const Y = '(?:19|20)\\d\\d';

/** a quantity right after its start year: 由2011年的1.24万亿元, 从2002年的1个, 从2004年人均每月700元 (its basis between); or
 * its base year's, compared with: 比1980年的七千一百五十九亿元增加… */
const FROM_YEAR = new RegExp(`(?:由|从)(${Y})年(?:末|底)?的?(?:人均|每人|每户|每月|每年){0,2}$|(?:比|较)(${Y})年(?:末|底)?的$`);
/** a start year earlier in the sentence: 资本充足率从2007年底的8.4%提升到…, */
const FROM_YEAR_BEFORE = new RegExp(`(?:由|从)(${Y})年(?:末|底)?的`, 'g');
/** a start with no year of its own, right before the quantity: 不良贷款率由6.1% */
const BARE_FROM = /(?:由|从)(?:分别)?$/;
/** a year said that is not where a change ends (…提升到去年底的13.3%, 增加到2012年的…) */
const OTHER_YEAR = new RegExp(`(?<![到至])(?:${Y}年|去年|上年|当年)`);
/** a quantity right after its start at a plan's end: 由“十五”末的12.8亿元 */
const FROM_PLAN_END = new RegExp(`(?:由|从)${PLAN_NAME}(?:期|时期)?末的?$`);
/** a quantity right after a start N years before the end: 由五年前的百分之五十左右 */
const FROM_YEARS_AGO = /(?:由|从)(\d{1,2}|[两二三四五六七八九十]{1,2})年前的?$/;
/** a change against a year named as its base: 比2007年分别增长83%, 比2010年仅提高0.3个百分点, 分别比1995年增长69%和67% */
const BASE_YEAR = new RegExp(
  `(?:比|较)(${Y})年(?:末|底)?(?:分别)?(?:仅|只|又|共|累计)?(?:增长|增加|提高|下降|减少|增产|减产)(?:了)?(?:分别)?(?:\\d+(?:\\.\\d+)?%?[和、])*$`,
);
/** a quantity that starts a change over the years: 从82.5万亿元, 分别由17979元和4931元, 起征点从月销售额3万元, 从人均8.7万元 (a
 * rate's basis between) */
export const START_LEVEL = /(?:从|由)(?:的|人均|每月|每年|每人每年|月销售额|年销售额)?(?:\d+(?:\.\d+)?[^\d,;。和、及]{0,4}[和、及])*$/;
/** a quantity that is last year's, for comparison or as a start: 较上年53169万元增长14.9%; 产业结构构成由上年的22.26%、
 * 28.63%和49.11%调整为… (each of a list); 由上年亏损9000万元转为盈利 */
export const PRIOR_YEAR =
  /(?:(?:较|比)(?:上年|去年)(?:同期)?|(?:由|从)(?:上年|去年)(?:末|底)?的?(?:分别|亏损|盈利)?(?:\d+(?:\.\d+)?[^\d,;。和、及]{0,4}[和、及])*)$/;
/** a rate of growth as it stood the year before, the start it went from: 增长幅度由上年的百分之五十八点六回落到…, 利润由上年
 * 下降2.3%转为增长8.5%, 排放量由上年分别增长5.6%和13.1%,减为… */
export const RATE_FROM_PRIOR = /(?:由|从)(?:上年|去年)(?:的|分别)?(?:下降|增长)?(?:\d+(?:\.\d+)?%[和、])*$/;
/** a sentence headed by the year it reports and its base: 1986年同1978年相比, 1992年与1987年比较, 1982年预计同1980年比较 (an
 * estimate of the year) */
const HEADED_BY_BASE = new RegExp(`^(?:[^,;:。]{1,16}:)?[^,;。]{0,8}?(${Y})年(?:预计)?(?:同|与|和|比)(${Y})年(?:相比|比较)?,`);

/** a quantity right after the earlier plan it is compared with: 比第五个五年计划期间的五百七十七亿元, 比“五五”时期的百分之十一
 * (the number before 五 captured) */
const PLAN_AS_BASE =
  /(?:比|较|同|与)(?:["“「『]|第)(十[一二三四五]?|[一二三四五六七八九])(?:五["”」』]|个五年)(?:计划|规划)?(?:时期|期间)的$/;

/** the tense of the quantity at `at` where it is an earlier plan's level it is compared with: that plan's years, actual */
export function planAsBase(text: string, at: number): { kind: 'actual'; period: number; periodFrom: number } | null {
  const m = PLAN_AS_BASE.exec(text.slice(Math.max(0, at - 20), at));
  if (!m) return null;
  const { from, to } = planYears(m[1]);
  return { kind: 'actual', period: to, periodFrom: from };
}

/**
 * The year the quantity at `at` starts from, said right before it in its sentence (a page's line breaks there are no
 * stop: 全县生产总值由“十五”末的\n\n12.8亿元): 由2011年的 → 2011; 由“十五”末的 → 2005; 由五年前的 → `endYear` − 5 (the
 * year the text reviews up to), or null where that is unknown.
 */
export function startYear(text: string, at: number, endYear: number | null): number | null {
  const before =
    text
      .slice(Math.max(0, at - 16), at)
      .replace(/\s+/g, '')
      .split(/[。!?]/)
      .pop() ?? '';
  const year = FROM_YEAR.exec(before);
  if (year) return Number(year[1] ?? year[2]);
  if (BARE_FROM.test(before)) return startYearOfSentence(text, at);
  const planEnd = FROM_PLAN_END.exec(before);
  if (planEnd) return planYears(planEnd[1]).to;
  const ago = FROM_YEARS_AGO.exec(before);
  if (!ago || endYear === null) return null;
  return endYear - (/^\d+$/.test(ago[1]) ? Number(ago[1]) : parseChinese(ago[1]));
}

/** the years of a sentence headed by them (`sentence`, from its start): 1986年同1978年相比,… → 1986 and 1978 */
export function headingBase(sentence: string): { year: number; base: number } | null {
  const m = HEADED_BY_BASE.exec(sentence);
  return m && Number(m[2]) < Number(m[1]) ? { year: Number(m[1]), base: Number(m[2]) } : null;
}

/** a stated base earlier in a sentence, and what follows it up to a change: 比1980年增长百分之十二点三;棉花三百六十万吨,增长 */
const BASE_BEFORE = new RegExp(`(?:比|较)(${Y})年(?:末|底)?(?:分别)?(?:增长|增加|提高|下降|减少|增产|减产)`, 'g');
/** a level moved between two years it states, then the change it made: 从2005年的28.02亿元增加到2011年的95.2亿元,增长3.4倍 */
const MOVED_BETWEEN = new RegExp(
  `[从由](${Y})年(?:末|底)?的[^,;。]{1,16}?(?:增加|增长|提高|上升|下降|减少|扩大)(?:到|至)${Y}年(?:末|底)?的?[^,;。]{1,16}?,(?:增长|增加|提高|下降|减少)(?:了)?$`,
);
/** the same frame after it, the years left to the first (…;人均生产总值从7738元增加到24715元,增长3.2倍) */
const MOVED_UNDATED =
  /[从由][^,;。年]{1,16}?(?:增加|增长|提高|上升|下降|减少|扩大)(?:到|至)[^,;。年]{1,16}?,(?:增长|增加|提高|下降|减少)(?:了)?$/;
const MOVED_FROM_YEAR = new RegExp(`[从由](${Y})年(?:末|底)?的[^,;。]{1,16}?(?:增加|增长|提高|上升|下降|减少|扩大)(?:到|至)${Y}年`, 'g');
/** what ends a base's reach in its sentence: another comparison or base (比上年, 同比, 比重 aside), another year, a span, a share */
const OTHER_BASE = new RegExp(`[比较](?!重)|同期|${Y}年|年均|平均|每年|累计|占`);
/** a bare change right before a quantity, at the head of its clause or list item: 增长, 增长了 */
const BARE_CHANGE = /(?:^|[,;、])[^,;、比较]{0,12}?(?:增长|增加|提高|下降|减少)(?:了)?$/;

/**
 * The base year of a change (`before`: the words of its sentence before it), or null: said right before it (比2007年分别
 * 增长83%), or said once before a list of changes and carried to the bare changes after it, where no other year, base or
 * span comes between (…比1980年增长百分之十二点三;棉花三百六十万吨,增长百分之三十三; 2006年,…资产总额比2002年增长60.98%,实现
 * 利润增长2.23倍).
 */
export function statedBase(before: string): number | null {
  const base = BASE_YEAR.exec(before.slice(-30));
  if (base) return Number(base[1]);
  const moved = MOVED_BETWEEN.exec(before.slice(-60));
  if (moved) return Number(moved[1]);
  if (MOVED_UNDATED.test(before.slice(-50))) {
    let first: RegExpExecArray | null = null;
    MOVED_FROM_YEAR.lastIndex = 0;
    for (let m: RegExpExecArray | null; (m = MOVED_FROM_YEAR.exec(before)); ) first = m;
    if (first && !new RegExp(`${Y}年`).test(before.slice(first.index + first[0].length))) return Number(first[1]);
  }
  // (its last 20 characters hold any match: the pattern is shorter)
  if (!BARE_CHANGE.test(before.slice(-20))) return null;
  let last: RegExpExecArray | null = null;
  BASE_BEFORE.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = BASE_BEFORE.exec(before)); ) last = m;
  if (!last || OTHER_BASE.test(before.slice(last.index + last[0].length))) return null;
  return Number(last[1]);
}

/**
 * The start year of a bare start (由6.1%) in a sentence whose change before it started from a stated year, with no other
 * year said since but where a change ended: 资本充足率从2007年底的8.4%提升到去年底的13.3%，不良贷款率由6.1%下降到0.95% (6.1%
 * is 2007's too: changes listed in one sentence run over the same years). With FROM_YEAR's basis words (人均每月), 2 mentions
 * of the 52 whole reports change (national 2013).
 */
function startYearOfSentence(text: string, at: number): number | null {
  const sentence =
    text
      .slice(Math.max(0, at - 200), at)
      .split(/[。!?\n]/)
      .pop() ?? '';
  let last: RegExpExecArray | null = null;
  for (const m of sentence.matchAll(FROM_YEAR_BEFORE)) last = m;
  if (!last) return null;
  return OTHER_YEAR.test(sentence.slice(last.index + last[0].length)) ? null : Number(last[1]);
}
