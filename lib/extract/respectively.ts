// The reading of each quantity as the engine builds it, and the values of a list shared out over the
// nouns of a list (分别, or n values after n nouns).
import type { Kind, Measure } from '../model/mention';
import type { Quantity } from './quantities';
import { distribute } from './distribute';
import { measureListItems } from './list-measures';
import { yearsListed } from './spans';

export interface Reading {
  q: Quantity;
  measure: Measure;
  sign: 1 | -1;
  indicator: string;
  /** what a following item of the same list inherits (the indicator, but for derived ones) */
  carry: string;
  /** 分别: distribute this and the following values over the indicator's list */
  respectively: boolean;
  /** 年均增长6.5%: a rate over several years, not one year's */
  multiYear: boolean;
  /** 分别 with no nouns of its own: the values go to the quantities before it (A x、B y,分别增长p、q) */
  respectivelyBack: boolean;
  /** the items a summarising count holds (电子信息、绿色建材…两大主导产业产值分别…), for a 分别 list */
  items?: string[];
  /** the value is the first bound of a range that moved (…范围从…不超过3万元…扩大到…) */
  fromRange?: boolean;
  /** the year of this value where a list of values goes over a list of years (2011年、2012年,…分别…), or a table's column
   * says it (2019年目标增长(%)) */
  year?: number;
  /** a target or a result whatever the section: a table's column says so (目标, 实际) */
  kind?: Kind;
  /** 完成预算数31220万元(的101.7%): the amount of the plan (预算, 计划) of the thing before, whose share follows */
  plan?: string;
  /** what the value is of the thing the reading is of, said after its name: its rate (降幅比上半年收窄…) or
   * its pull on the growth of the whole (拉动经济增长…) */
  suffix?: string;
  /** the target of the figure before, restated beside it (符合3%左右的预期目标): a target whatever the section */
  restated?: boolean;
  /** a base the figure before is compared with (比原来设想的600亿元多出…) */
  base?: boolean;
  /** a growth against the base said before it (…多出54%): no change over time */
  overBase?: boolean;
}

/** the words of a list of totals after a list of what was added: 累计分别达到 */
const STOCK_AFTER = /(?:累计|总数|总量|共有)(?:分别)?(?:达到|达|为|增至)$/;

/** a contribution the thing is named by, which its pull on growth is not of: 第一产业(对地区生产总值的)贡献率 */
const CONTRIBUTION_TAIL = /(?:对[^,;。]{0,12}?的?)?贡献率$/;

/** the name of what a value of the thing `thing` is: 猪肉产量降幅, 第三产业拉动经济增长 */
export function withSuffix(thing: string, suffix: string | undefined): string {
  if (!suffix || !thing || thing.endsWith(suffix)) return thing;
  return (suffix.startsWith('拉动') ? thing.replace(CONTRIBUTION_TAIL, '') || thing : thing) + suffix;
}

/** what joins the items of a list */
export const LIST_JOINT = /^(?:、|和|与|及|以及)$/;
/** two rates with nothing between them (分别增长15.5%10.5%, 分别比年初增长18.8%33.7%): a PDF's text that lost the 、 of a list */
export const runTogether = (between: string, a: Quantity | null, b: Quantity): boolean =>
  between === '' && a?.unitClass === 'percent' && b.unitClass === 'percent';

/**
 * 存、贷款余额分别增长22.8%、17.7%: the values of the list go to the items of the noun list.
 * 游客5000万人次、旅游收入600亿元,分别增长15%、18%: with no nouns of its own, to the quantities before.
 * 开办企业、重点项目审批平均用时缩短至0.56天、6.5天: n values after n nouns, 分别 or not.
 */
export function distributeRespectively(text: string, readings: Reading[]): void {
  // runEnd[i]: the end of the run of values joined by 、 or 和 that starts at i (one pass, back to front)
  const runEnd = new Int32Array(readings.length + 1);
  for (let i = readings.length - 1; i >= 0; i--) {
    const between = i + 1 < readings.length ? text.slice(readings[i].q.end, readings[i + 1].q.start) : '';
    // 户数、从业人员、注册资金为0.6万户,4.0万人和226.1亿元: a comma joins values of other units after a list
    // 货物贸易、服务贸易分别增长15.3%,29.6%: a comma for 、 in the values of 分别, the next one bare
    const commaJoined =
      between === ',' &&
      readings[i].indicator.includes('、') &&
      readings[i + 1].indicator === readings[i].indicator &&
      (readings[i + 1].q.unit !== readings[i].q.unit || (readings[i].respectively && bareValue(text, readings[i + 1].q.end)));
    if (commaJoined && readings[i].respectively && readings[i + 1].q.unit === readings[i].q.unit)
      readings[i + 1].measure = readings[i].measure;
    const joined =
      i + 1 < readings.length &&
      (commaJoined || (between.length <= 2 && LIST_JOINT.test(between)) || runTogether(between, readings[i].q, readings[i + 1].q));
    runEnd[i] = joined ? runEnd[i + 1] : i + 1;
  }
  for (let i = 0; i < readings.length; i++) {
    const r = readings[i];
    const j = runEnd[i];
    const n = j - i;
    // without 分别, a list of n values after a list of n nouns is read the same way (用时缩短至0.56天、6.5天),
    // and two after a word that holds two (城乡居民人均可支配收入分别达…元和…元,增长8.5%和9%)
    const implicit =
      !r.respectively &&
      n > 1 &&
      // (A、B、C和D: 、 and 和 together make the n items)
      ((r.indicator.includes('、') && r.indicator.split('、').length === n) || distribute(r.indicator, n) !== null) &&
      readings.slice(i, j).every((x) => x.measure === r.measure);
    if (!r.respectively && !implicit) {
      if (n > 1 && i >= n && BARE_RATE.test(text.slice(readings[i - 1].q.end, r.q.start))) i = ratesOfLevelsBefore(text, readings, i, n);
      else if (n > 1 && readings.slice(i, j).every((x) => !x.indicator)) i = unnamedAfterItems(text, readings, i, n);
      continue;
    }
    // 分别增长12%和13%左右, 分别控制在4.2%、3%以内: a bound written once after the last value holds for the list
    const lastQ = readings[j - 1].q;
    const shared = SHARED_BOUND.exec(text.slice(lastQ.start, lastQ.end));
    if (shared && n > 1) {
      for (let k = i; k < j - 1; k++)
        if (readings[k].q.qualifier === 'exact') readings[k].q = { ...readings[k].q, qualifier: lastQ.qualifier };
    }
    // 2011年、2012年,…收入分别达到16495元、18700.5元: one value for each year the sentence lists
    const years = r.respectively && !r.respectivelyBack && distribute(r.indicator, n) === null ? yearsListed(text, r.q.start) : null;
    if (years?.length === n) for (let k = 0; k < n; k++) readings[i + k].year = years[k];
    if (r.respectivelyBack) {
      const before = itemsBefore(text, readings, i, n);
      if (before.length === n && n > 1) {
        // (…分别新增4部、10部,累计分别达到22部、31部: the totals are of the stock, not of the new ones)
        const stock = STOCK_AFTER.test(text.slice(Math.max(0, r.q.start - 8), r.q.start));
        for (let k = 0; k < n; k++) {
          const carry = stock ? before[k].carry.replace(/^新增/, '') : before[k].carry;
          readings[i + k].indicator = withSuffix(carry, r.suffix);
          readings[i + k].carry = carry;
          if (before[k].year !== undefined) readings[i + k].year = before[k].year;
        }
      } else if (before.length < n && r.suffix !== undefined && r.indicator && r.indicator !== r.carry) {
        // (增速比一季度、上半年分别提高1.1、0.8个百分点: one rate moved against each period, not a list of things)
        for (let k = 1; k < n; k++) readings[i + k].indicator = r.indicator;
      } else if (!before.length && !r.indicator) {
        const topic = topicListBefore(text, r.q.start, n);
        for (let k = 0; topic && k < n; k++) readings[i + k].indicator = readings[i + k].carry = topic[k];
      }
    } else {
      // (the things the list names, before what is said of each: 第一、二、三产业 of …分别拉动GDP增长)
      const suffixed = r.suffix !== undefined && r.indicator === withSuffix(r.carry, r.suffix) && r.indicator !== r.carry;
      const items = distributeSaid(suffixed ? r.carry : r.indicator, n) ?? (r.items?.length === n ? r.items : null);
      for (let k = 0; k < n; k++) {
        readings[i + k].carry = items ? items[k] : r.carry;
        readings[i + k].indicator = items ? (suffixed ? withSuffix(items[k], r.suffix) : items[k]) : r.indicator;
      }
      if (items) measureListItems(text, readings.slice(i, j));
    }
    i = j - 1;
  }
}

/** a list, 分别, then what each did (煤炭、电解铝分别淘汰落后生产能力; 跨国公司地区总部、外资研发中心分别新认定) */
const LIST_THEN_SAID = /^(.+?[、和与及].+?)(?:分别|依次)([\u4e00-\u9fff]{2,})$/;

/** the n names of a list's values: each item with what 分别 says of it after the list (煤炭淘汰落后生产能力) */
function distributeSaid(phrase: string, n: number): string[] | null {
  const said = phrase.includes('分别') || phrase.includes('依次') ? LIST_THEN_SAID.exec(phrase) : null;
  const items = said ? distribute(said[1], n) : null;
  return items ? items.map((it) => it + said![2]) : distribute(phrase, n);
}

/** a value with no words of its own after it: the clause ends */
const bareValue = (text: string, end: number): boolean => end >= text.length || /[,;。、\n]/.test(text[end]);

/** a clause of only a rate verb before a list of values: ,实际增长8.4%和8%, ,平均每年实际增长4.7%和5.7% */
const BARE_RATE = /^,(?:平均每年|每年|年均)?(?:实际|名义)?(?:增长|下降)$/;

/** 城镇居民人均可支配收入15781元,农村居民人均纯收入4761元,实际增长8.4%和8%: n rates after n levels of n things in
 * the sentence, one for each, 分别 or not; returns the index of the list's last value */
function ratesOfLevelsBefore(text: string, readings: Reading[], i: number, n: number): number {
  const before = itemsBefore(text, readings, i, n);
  const rates = readings.slice(i, i + n);
  if (before.length === n && before.every((b) => b.measure === 'level') && rates.every((x) => x.measure !== 'level'))
    if (new Set(before.map((b) => b.carry)).size === n) for (let k = 0; k < n; k++) rates[k].indicator = rates[k].carry = before[k].carry;
  return i + n - 1;
}

/** 存、贷款余额…年均增长17.7%和15.3%,2007年底达到9155亿元、6158亿元: n values with no name and no 分别 after n things the
 * sentence named, one for each; returns the index of the list's last value */
function unnamedAfterItems(text: string, readings: Reading[], i: number, n: number): number {
  const before = itemsBefore(text, readings, i, n);
  if (before.length === n && before.every((b) => b.carry) && new Set(before.map((b) => b.carry)).size === n)
    for (let k = 0; k < n; k++) readings[i + k].indicator = readings[i + k].carry = before[k].carry;
  return i + n - 1;
}

/** 城镇居民人均可支配收入和农村居民人均纯收入,分别实际增长58.3%和29.2%: n things said alone as the sentence's
 * first clause, before a list of n values of no figure before them */
function topicListBefore(text: string, at: number, n: number): string[] | null {
  const from = Math.max(0, at - 80);
  const window = text.slice(from, at);
  const start = Math.max(window.lastIndexOf('。'), window.lastIndexOf('\n')) + 1;
  const comma = window.indexOf(',', start);
  if (start === 0 && from > 0) return null;
  if (comma < 0 || window.indexOf(',', comma + 1) >= 0 || /\d/.test(window.slice(start, comma))) return null;
  return distribute(window.slice(start, comma), n);
}

/**
 * The n readings before `i` a list of n values after 分别 goes back to: the last n, or where those name fewer
 * than n things, the last reading of each of the last n things (收入由5.05亿元增加到7.17亿元,地方收入由3.57亿元增加
 * 到4.86亿元,年均分别增长9.15%和5.78%: one thing a from-to pair).
 */
function itemsBefore(text: string, readings: Reading[], i: number, n: number): Reading[] {
  // (all in the sentence: 城镇…收入和农村…收入,分别实际增长58.3%和29.2% goes back to no figure of the sentence before)
  const from = Math.max(0, readings[i].q.start - 200);
  const window = text.slice(from, readings[i].q.start);
  const sentence = from + Math.max(window.lastIndexOf('。'), window.lastIndexOf('\n'));
  const last = readings.slice(Math.max(0, i - n), i).filter((r) => r.q.start > sentence);
  if (last.length < n) return [];
  // (one thing in several years is n items too: 2011年、2012年,…分别达到…元、…元,分别增长…)
  if (new Set(last.map((r) => r.carry)).size === last.length || last.some((r) => r.year !== undefined)) return last;
  const items: Reading[] = [];
  // (a thing is given at most three values: level, from and to, or level and growth)
  for (let k = i - 1; k >= Math.max(0, i - 3 * n) && items.length < n && readings[k].q.start > sentence; k--)
    if (!items.length || readings[k].carry !== items[0].carry) items.unshift(readings[k]);
  return items.length === n ? items : last;
}

/** 左右 and a ceiling (以内, 以下: 分别控制在4.2%、3%、2.5‰以内) go over the list; a floor, 以上, was judged the last
 * value's own (稳定在98%和95%以上: judged README, sample 34) */
const SHARED_BOUND = /(?:左右|以内|以下)$/;
