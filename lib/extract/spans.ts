// Quantities over several years: 五年来累计…, "十四五"期间…, 过去五年年均增长…, 2021年以来….
// A span word names the years; the quantity then carries periodFrom (the first) and period (the last).
import { opensChartCaption } from './chart-captions';
import { yearOpeningParagraph } from './paragraph-years';
import type { ReportMeta } from '../detect/metadata';
import { lastReviewBefore, PLAN_NAME, type PlanReview, planReviews, planStart, planYears } from '../detect/five-year-plans';
import { parseChinese } from './numbers';

export interface Span {
  at: number;
  end: number;
  from: number;
  to: number;
  /** a span that holds only the quantity of its own clause (连续三年稳定在300万吨以上) */
  clause?: boolean;
  /** a range of years named by its first and last (1978年到1982年): a level it starts from is the first year's */
  range?: boolean;
}

const N = '(\\d{1,2}|[两二三四五六七八九十]{1,2})';
const Y = '((?:19|20)\\d\\d)';
/** the plan names: 九五 (1996–2000) … 十四五 (2021–2025), 十五五; here also the plans before (一五 1953–1957 … 八五, which a
 * report of the 1980s or 1990s reviews: “七五”期间, “一五”时期平均每年增长…), the plan's ordinal (第七个五年计划期间) and 计划, as plans were called up
 * to the tenth (“九五”计划期间); one group, the number before 五 */
const PLAN = `(?:["“「『]?|第)(十[一二三四五]?|[一二三四五六七八九])(?:五["”」』]?|个五年)(?:规划|计划)?`;
export const SPAN = new RegExp(
  [
    `(?:过去|近|这)(?:的)?${N}年(?:来|间|里)?|(?<![连续第\\d])${N}年(?:来|间|中(?![央国华共外]))`, // 1-2: the last N years (过去的五年, 四年中 too)
    `(?:今后|未来|今明)${N}年`, // 3: the coming N years (今明两年: this year and the next)
    `本届政府(?:任期)?(?:以来|内|五年)`, // the term: five years
    `${PLAN}(?:期间|时期|以来|来|末期|目标)`, // 4: a five-year plan
    `${Y}年(?:以来|至今)`, // 5: since a year
    `${Y}(?:年)?[-—–~至到]${Y}年(?!底|末)`, // 6-7: a range of years
    `${PLAN}(?:的)?前${N}年`, // 8-9: the first N years of a plan
    // 10: 五年增加…, 四年增长…, 五年年均…, 两年平均每年递增…, 五年(下同)年均… (the years up to the year said before)
    // (五年全社会固定资产投资完成26000亿元, 相当于五年少生1500万人: what the years did, its verb after the thing)
    // (五年内…通过的法律有30项, 五年节约能源…1.6亿吨, 五年淘汰落后炼铁产能1亿吨, 五年跨过3个万亿元级台阶: what
    // the years passed, saved, shut or climbed)
    `(?<![连续第\\d])${N}年(?=(?:\\(下同\\))?(?:年均|平均|累计|增加|增长|提高|下降|新增|共|完成|投入|支出|少生|新建|培养|节约|淘汰|关停|跨过|迈上|内)|[^,;。\\d]{0,14}?(?:完成|投入|累计))`,
    // 11: a level held or reached through the last N years (粮食总产连续三年稳定在300万吨以上; 经济增长连续四年达到或略高于10%;
    // 连续6年粮食总产稳定在1300亿斤以上, the thing after the years; or summed through them: 中央财政连续三年累计投入90亿元)
    // (or a rate each of them grew by: 在连续两年增长百分之十三的基础上, 上重点高校人数连续两年增长10%以上; not years to come, 再连续三年)
    `(?<!再)连续${N}年(?=[^,;:。\\d]{0,10}?(?:(?:稳定|保持|稳居|维持)在?|在|达到|超过?|高于|累计|增长|递增|下降|减少))`,
  ].join('|'),
  'g',
);

/** every span word holds 年, or 五 (a plan's name) or 本 (本届政府), at most this far after its start (2019-2023年: 9) */
const ANCHOR_REACH = 12;
const ANCHOR = /[年五本]/g;
const SPAN_AT = new RegExp(SPAN.source, 'y');

/**
 * The matches of SPAN in `text`, as its global scan finds them, but tried only at the few positions before a 年, 五 or
 * 本: a text with no span words costs one scan for those characters.
 */
export function* spanWords(text: string): Generator<RegExpExecArray> {
  let next = 0; // the first position not yet tried
  ANCHOR.lastIndex = 0;
  for (let a: RegExpExecArray | null; (a = ANCHOR.exec(text)); ) {
    for (let p = Math.max(next, a.index - ANCHOR_REACH); p <= a.index; ) {
      SPAN_AT.lastIndex = p;
      const m = SPAN_AT.exec(text);
      p = m ? p + m[0].length : p + 1;
      next = p;
      if (m) yield m;
    }
    if (ANCHOR.lastIndex < next) ANCHOR.lastIndex = next;
  }
}

function count(s: string): number {
  return /^\d+$/.test(s) ? Number(s) : parseChinese(s);
}

/** a sentence that starts its years from one: 从今年起, 从明年开始, 从2015年起 */
const STARTS_FROM = /从(?:今年|明年|((?:19|20)\d\d)年)(?:起|开始)[^;。!?\n\d]*$/;
const START_REACH = 24;

/** what is to be done, said right after a bare N年 (五年内国家财政将投入…) */
const FUTURE_AFTER = /^[^,;。]{0,12}?(?:将|要|力争|计划|拟)/;

/** how far a span word reaches a bare N年 after it that says no year (今后五年…。五年累计…) */
const BARE_SPAN_REACH = 1500;

/** how far after a plan's review heading its five years (5年来) are still the plan's */
const PLAN_REVIEW_REACH = 3000;

/** every span word of a text, with the years it names (where the report's years say them); `planAt`: the years of the
 * five-year plan a part of the text sets out, at an offset (plan-passages.ts) */
export function findSpans(
  text: string,
  meta: ReportMeta,
  planAt: (at: number) => { from: number; to: number } | null = () => null,
): Span[] {
  const spans: Span[] = [];
  const last = meta.resultsYear;
  const next = meta.targetsYear ?? (last !== null ? last + 1 : null);
  let reviews: PlanReview[] | null = null;
  for (const m of spanWords(text)) {
    const [w, past1, past2, coming, plan, since, rangeFrom, rangeTo, planOf, first, bare, held] = m;
    let from: number | null = null;
    let to: number | null = null;
    const running = bare || (past1 && w.startsWith('这')) ? planAt(m.index) : null;
    const reviewed = past1 || past2 ? lastReviewBefore((reviews ??= planReviews(text)), m.index, PLAN_REVIEW_REACH) : null;
    if (held && last !== null) {
      // (粮食总产连续12年稳定在500亿斤以上: a level is held longer than any review lasts)
      const n = count(held);
      if (n >= 2 && n <= 40) [from, to] = [last - n + 1, last];
    } else if (running && count(bare ?? past1) === 5) {
      // 五年内…, 这五年 in the part that sets out a five-year plan: the plan's years (not another plan's said before)
      [from, to] = [running.from, running.to];
    } else if ((past1 || past2) && count(past1 ?? past2) === 5 && reviewed) {
      // 一、“十五”期间回顾 … 5年来,…: the plan's five years, whatever year the page gives itself
      [from, to] = [reviewed.from, reviewed.to];
    } else if (past1 && w.startsWith('这') && spanBefore(spans, count(past1), m.index)) {
      // 今后五年…。这五年里: the years the span before said, coming or past
      const before = spanBefore(spans, count(past1), m.index);
      if (before) [from, to] = [before.from, before.to];
    } else if ((past1 || past2) && last !== null) {
      const n = count(past1 ?? past2);
      if (n >= 2 && n <= 10) [from, to] = [last - n + 1, last];
    } else if (coming && next !== null) {
      const n = count(coming);
      if (n >= 2 && n <= 10) [from, to] = [next, next + n - 1];
    } else if (w.startsWith('本届政府') && last !== null) [from, to] = [last - 4, last];
    else if (plan) {
      from = planStart(plan);
      const end = from + 4;
      // "十四五"以来 in a 2024 report: 2021 to 2023; 期间 of a plan already over: all five years
      to = /以来|来$/.test(w) && last !== null ? Math.min(end, last) : end;
    } else if (since && last !== null) [from, to] = [Number(since), last];
    else if (rangeFrom) {
      [from, to] = [Number(rangeFrom), Number(rangeTo)];
      // 1965年到1976年11年中: the years after the first, where the count says so (not 从1979年到1982年的四年)
      const n = /^(?:的|这)?(\d{1,2}|[两二三四五六七八九十]{1,3})年(?:中|间|里|内|来)/.exec(
        text.slice(m.index + w.length, m.index + w.length + 8),
      );
      if (n && count(n[1]) === to - from) from++;
    } else if (planOf) {
      // “十二五”前两年: the plan's first years
      from = planStart(planOf);
      to = Math.min(from + count(first) - 1, from + 4);
    } else if (bare) {
      // 2010年,全省生产总值达到…,五年年均分别增长14%和13.3%: the N years up to the year its sentence is about; in a
      // sentence without a year (过去五年,…。报告提出,五年累计投入…), the N years a span word before said
      // (从今年起,全市5年投入100亿元; 从2015年起,三年内新建学校20所: the N years from the year the sentence starts them)
      const n = count(bare);
      const first = yearStartedFrom(text, m.index, next);
      const year =
        first === null
          ? (yearOfSentence(text, m.index) ?? yearOpeningParagraph(text, m.index) ?? spanBefore(spans, n, m.index)?.to ?? null)
          : null;
      if (n < 2 || n > 10) {
        // (no span)
      } else if (first !== null) [from, to] = [first, first + n - 1];
      else if (year !== null) [from, to] = [year - n + 1, year];
      // (五年内国家财政将投入200多亿元, where nothing says its years: what is to be done, over the coming years)
      else if (next !== null && FUTURE_AFTER.test(text.slice(m.index + w.length, m.index + w.length + 16)))
        [from, to] = [next, next + n - 1];
    }
    // 为近10年来最大降幅, 投入强度创10年来新高: a comparison, not the years of a quantity
    const after = text.slice(m.index + w.length, m.index + w.length + 3);
    if (/^(?:的)?(?:最|首次|新高|新低|同期|罕见|未有|之最|少有)/.test(after)) continue;
    // 比“八五”时期增长79.6%, 是“十一五”时期的2.6倍: the base of a comparison, not the years of the quantity
    if (/[比较]$/.test(text.slice(Math.max(0, m.index - 1), m.index))) continue;
    if (/(?:是|相当于)$/.test(text.slice(Math.max(0, m.index - 3), m.index)) && after.startsWith('的')) continue;
    // 是1950年到2002年53年的总和: what the quantity is compared with (not 远远超过1953年到1978年的二十六年间平均每年增长3.2%的速度)
    if (rangeFrom && /(?:是|相当于)$/.test(text.slice(Math.max(0, m.index - 4), m.index))) continue;
    if (rangeFrom && opensChartCaption(text, m.index)) continue;
    // the span opens its clause (五年来, …; 我们五年来…), it is not deep inside another phrase (but 连续N年 comes after
    // what it holds: 法治建设群众满意率连续5年保持97%以上)
    let head = m.index;
    while (head > 0 && m.index - head <= 6 && !/[,;:。!?\n]/.test(text[head - 1])) head--;
    // (农业总产值从1953年至1980年的二十八年间平均每年增长3.5%: a range after 从 or 在 is the quantity's years wherever it is)
    if (m.index - head > 6 && !held && !(rangeFrom && /[从在]$/.test(text.slice(m.index - 1, m.index)))) continue;
    if (from !== null && to !== null && to > from)
      spans.push({
        at: m.index,
        end: m.index + w.length,
        from,
        to,
        ...(held ? { clause: true } : {}),
        ...(rangeFrom ? { range: true } : {}),
      });
  }
  return spans;
}

/** the last span of `n` years that ends within reach before `at` (the list is in text order) */
function spanBefore(spans: Span[], n: number, at: number): Span | null {
  for (let i = spans.length - 1; i >= 0 && at - spans[i].end < BARE_SPAN_REACH; i--)
    if (spans[i].to - spans[i].from === n - 1) return spans[i];
  return null;
}

const SENTENCE_END = /[。!?\n]/;

/** the part of its sentence before `at` (at most 200 characters) */
function sentenceBefore(text: string, at: number): string {
  return (
    text
      .slice(Math.max(0, at - 200), at)
      .split(SENTENCE_END)
      .pop() ?? ''
  );
}

/** the year the words right before `at` start its years from (从今年起,全市5年…; 今年 is `next`), or null: in its clause or
 * the one before, not a start said earlier of something else (从1999年起连续扩大招生规模,…;…五年内) */
function yearStartedFrom(text: string, at: number, next: number | null): number | null {
  const m = STARTS_FROM.exec(text.slice(Math.max(0, at - START_REACH), at));
  if (!m) return null;
  if (m[1]) return Number(m[1]);
  return next === null ? null : m[0].includes('明年') ? next + 1 : next;
}

/** the last year the sentence says before `at`, not a base (比2005年, 是2005年的) nor a start (从2005年) */
function yearOfSentence(text: string, at: number): number | null {
  const sentence = sentenceBefore(text, at);
  let year: number | null = null;
  for (const y of sentence.matchAll(/(?<![比较从由与同])((?:19|20)\d\d)年(?![的以代])/g)) year = Number(y[1]);
  return year;
}

/** a quantity's words say it adds up or averages over the years: 累计, 年均, 平均每年, 共, 总计 (…的价格补贴共二百三十四
 * 亿元); or that it is what the years added or built (新增规模工业企业900户, 建成高标准农田8330万亩 in a review of five
 * years; not a built-up area or a rate, 建成区, 建成率) */
export const OVER_YEARS = /累计|年均|平均每年|每年平均|总计|合计|共(?:计|完成|实现|投入|安排|新增|建成|争取|$)|新增|新建|建成(?!区|率)/;
/** projects carried out through a review of several years: 全市实施工业结构调整项目336个; 组织实施水利工程、电网建设、
 * 水环境整治项目121个、186个和743个 (each of a list) */
export const PROJECTS_CARRIED_OUT = /^(?:全[省市县区旗])?(?:共|先后|组织)?实施[^,;。]{0,16}?项目(?:\d+个[、和及])*$/;
/** a level reached at the end of the span, not a sum over it: 五年来…达到1635亿元, 近两年…去化周期从19个月减少到12.7个月 (not 为 opening its clause, for whom
 * something was done: 两年来新建…,为16万个农村中小学校…配备了远程教育设施) */
export const LEVEL_REACHED =
  /(?:达到|达|增加到|增长到|提高到|提升到|增至|提升至|提高至|(?:减少|下降|降低|缩短|压缩|减|降)(?:到|至)|突破|超过|(?<![,;:，；：])为|是)$/;

/**
 * Whether a quantity covers several years, its words say so though its span may be unsaid: a rate a
 * year on average (年均增长6.5%), or a total its clause adds up (累计) in a sentence that averages over
 * the years too (累计完成工业投资358.7亿元,年均增长11.8%) — one year's total does not average.
 */
export function overSeveralYears(text: string, q: { start: number; end: number }, context: string): boolean {
  // (not an annual mean: PM2.5年均浓度降至36微克/立方米)
  if (/年均(?!浓度|值)|平均每年/.test(context)) return true;
  if (!/累计/.test(context)) return false;
  const before = sentenceBefore(text, q.start);
  const after = text.slice(q.end, q.end + 200).split(SENTENCE_END)[0];
  if (/年均|平均每年/.test(before + after)) return true;
  // or the paragraph around it does (累计完成工业投资358.7亿元,年均增长11.8%。…一般公共预算累计支出449亿元): a rate a year
  // on average, not an annual mean (PM2.5年均浓度)
  const paragraphEnd = text.indexOf('\n', q.end);
  const from = Math.max(text.lastIndexOf('\n', q.start - 1) + 1, q.start - 400);
  const paragraph = text.slice(from, paragraphEnd < 0 ? q.end + 400 : Math.min(paragraphEnd, q.end + 400));
  return /年均(?:分别)?(?:增长|增速|增幅|递增|下降|提高|上涨)|平均每年/.test(paragraph);
}

/** a list of years: 2011年、2012年 */
const YEARS_LIST = /(?:(?:19|20)\d\d年?(?:、|和|与|及))+(?:19|20)\d\d年(?![底末以])/g;
/** the years a sentence lists before `at` (2011年、2012年,…), the last such list; null where there is none */
export function yearsListed(text: string, at: number): number[] | null {
  const sentence = sentenceBefore(text, at);
  let last: string | null = null;
  for (const m of sentence.matchAll(YEARS_LIST)) last = m[0];
  return last ? [...last.matchAll(/(?:19|20)\d\d/g)].map((y) => Number(y[0])) : null;
}

/** a rate a year on average closing its clause: …,年均增长 */
const AVERAGE_CLAUSE = /(?:^|[,;])[^,;]{0,6}?(?:年均|平均每年|每年平均)(?:增长|递增)?(?:率)?(?:为|达到?)?$/;
/** the base of a comparison: 比2002年, 较2010年末, 比“九五”末 (a plan's last year) */
const COMPARED_WITH = new RegExp(`(?:比|较)(?:((?:19|20)\\d\\d)年(?:末|底)?|${PLAN_NAME}期?末)`, 'g');

/**
 * The base year of a rate a year on average whose sentence compared the level with a base before it (2005年,我市
 * 生产总值达到146.2亿元,比“九五”末增长了68.1%,年均增长10.9%): the years since that base, where no span word says
 * them.
 */
export function averageSinceBase(text: string, at: number): number | null {
  const before = sentenceBefore(text, at);
  const average = AVERAGE_CLAUSE.exec(before);
  // (not an average over years its clause counts: …,1982年预计比1981年增长百分之五,两年平均每年递增百分之五点三)
  if (!average || /[\d两二三四五六七八九十]年/.test(average[0])) return null;
  let base: number | null = null;
  for (const m of before.matchAll(COMPARED_WITH)) base = m[1] ? Number(m[1]) : planYears(m[2]).to;
  return base;
}
