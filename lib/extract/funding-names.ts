// Sums of public money named by what they are for, not by who gives them: reports of every year say
// 中央财政拿出396亿元用于转移支付, 国家从粮食风险基金中拿出100亿元,直接补贴种粮农民, 中央财政将为此投入…;
// the funder (中央财政, 国家, 国务院决定) and its verb (拿出, 安排, 投入) are no name a reader would put in a
// table: the purpose after the value is (用于X, 支持X, 补贴X, 对X的转移支付), or the one said before it
// (为Y,…; 继续实施X,中央财政将投入…; 增加对“三农”的投入。…中央财政投入; 加大对X的支持,…用于这些方面的支出).
import { MONEY_NOUN } from './counted';
import { sentenceStart } from '../text/sentence';

/** who gives public money (the budget, a level of government, the state) */
const FUNDER = '(?:(?:中央|地方|各级|[省市县区]级?|本级|乡镇)?财政|中央预算内?|[省市县区]级|各级政府|[省市县区]?政府|国家|国务院(?:决定)?)';
/** words between the funder and its verb: time, modal, a fund it is taken from (中央财政连续三年累计投入, 国家财政将每年安排支出) */
const FILLER =
  '(?:今年|明年|当年|全年|[一二三四五两]年|每年|连续[一二三四五两\\d]年|累计|还|再|也|拟|将|要|先|共|已|统筹|为此|从[\\u4e00-\\u9fff]{2,10}?中)*';
const GIVE = '(?:拿出|安排|投入|下达|筹集|筹措|拨付|支出|新增支出)';
/** a name that is only a funder, its verb and a money noun: 中央财政拿出, 国务院决定, 中央财政资金, 中央财政支出,
 * 中央财政拟安排补贴资金 (its kind of money, 补贴, names it already); or with no funder: 拨付资金, (全市共)投入 */
const GIVER_FIRST = new RegExp(
  `^((?:全国|全省|全市|全区|全县)?${FUNDER})?(?:全[省市区县])?${FILLER}(${GIVE})?([\\u4e00-\\u9fff]{0,4}?资金|投资)?$`,
);
/** …or the verb first, the funder in the money noun: (浙江)安排省级财政资金 */
const GIVER_AFTER = new RegExp(`^(?:[\\u4e00-\\u9fff]{2,3}?)?${FILLER}(${GIVE})(${FUNDER})(资金)$`);
/** the money noun after the value (…30亿元建设资金), then the purpose: 用于X, 支持X, 直接补贴X, 增加对X的转移支付 */
const PURPOSE_AFTER =
  /^((?:[\u4e00-\u9fff]{0,4}?)资金)?(?:予以支持)?(,?)(?:主要|重点|专门|专项|全部)?(用于|支持|扶持|助力|解决|(?:直接)?补贴|(?:直接)?补助|增加对|加大对)(?!这)([^,;。:!?\d]{2,30}?)(?=[,;。:!?]|$)/;
/** a clause after a sum that says how much more it is than last year's */
const MORE_THAN_LAST_YEAR = /^,(?:比|较)(?:上年|去年)(?:增加|增长|多)[^,;。]{1,16}(?=,)/;
/** what money is spent on that is itself a money noun: 转移支付, 补贴 */
const MONEY_THING = new RegExp(`(?:转移支付|${MONEY_NOUN.source.replace(/\$$/, '')})$`);
/** the sentence opens with its purpose: 为(继续落实)Y, */
const PURPOSE_OPENER = /^为(?:了)?(?:继续|进一步)?(?:落实|贯彻)?([^,;。]{2,30}?)$/;
/** a clause that starts or supports a programme the money is for: (今年要)启动X, 继续实施第二期X, 支持X */
const PROGRAMME_CLAUSE =
  /^(?:今年|明年)?(?:要|将)?(?:继续|全面|开始|大力)?(?:启动|实施|推进|开展|支持|扶持)(?:第[一二三四五六七八九十\d]+期|新一轮)?([\u4e00-\u9fff“”"]{4,24})$/;
/** an anaphor for the purpose said before: 这些方面, 这方面 */
const ANAPHOR = /这些方面|这方面|这一方面/;
/** the purpose an anaphor stands for: 加大对X的支持, 增加对X的投入 */
const PURPOSE_BEFORE = /(?:加大|增加|加强)对([^,;。]{2,30}?)的(?:支持|投入|扶持)/;
/** spending a clause says is raised (any verb of raising it): 增加对(“三农”)的(投入), 加大对(科技、教育…)的(投入), 增加(社会保障)(投入), 增加全国(教育)(支出) (its scope no part of it) */
const RAISED_SPENDING = /(?:增加|加大|扩大)(?:对([^,;。]{2,20}?)的|(?:全国|全省|全市|全区|全县)?([\u4e00-\u9fff]{2,10}?))(投入|支出)/;
/** a sum given with no funder (投入国债资金): of the purpose a clause before in the sentence names */
const BARE_GIVING = new RegExp(`^${GIVE}[\\u4e00-\\u9fff]{0,4}资金$`);

export interface Named {
  q: { start: number; end: number; unitClass: string };
  indicator: string;
}

// (no further back than a long sentence: a text with no full stops is not read back to its start for each sum)
const MAX_SENTENCE = 200;
/** a clause after ; gives its own purpose */
const SENTENCE_END = /[。;!?\n]/;
const startOf = (text: string, at: number): number => sentenceStart(text, at, MAX_SENTENCE, SENTENCE_END);

/** the noun a giving verb makes: 投入 → 投入, (新增)支出 → (新增)支出, 拿出/安排 → 资金 */
const headOf = (verb: string | undefined, noun: string | undefined): string => noun || (verb && /投入|支出/.test(verb) ? verb : '资金');

/** the name of a sum of public money by its purpose, or `name` as it was */
export function fundingName(text: string, r: Named): string {
  const name = r.indicator;
  if (r.q.unitClass !== 'money') return name;
  // (only a name of these shapes is read further: most sums are named by what they are already)
  const anaphor = ANAPHOR.test(name);
  const bare = !anaphor && BARE_GIVING.test(name);
  const first = anaphor || !name ? null : GIVER_FIRST.exec(name);
  const second = anaphor || first || !name.endsWith('资金') ? null : GIVER_AFTER.exec(name);
  if (!(anaphor || bare || first || second)) return name;
  const start = startOf(text, r.q.start);
  const before = text.slice(start, r.q.start);
  const clauses = before.split(',');
  if (anaphor) {
    // 加大对科技、教育…的支持,中央财政用于这些方面的支出: in this sentence or the one before
    const prior = start > 0 ? text.slice(startOf(text, start - 1), start) : '';
    const p = PURPOSE_BEFORE.exec(before) ?? PURPOSE_BEFORE.exec(prior);
    return p ? name.replace(ANAPHOR, p[1]) : name;
  }
  if (bare) {
    const given = PURPOSE_BEFORE.exec(clauses.slice(0, -1).join(','));
    if (given) return given[1] + name;
  }
  if (!first && !second) return name;
  const [funder = '', verb, noun] = first ? [first[1], first[2], first[3]] : [second?.[2], second?.[1], second?.[3]];
  // the state and the State Council are no budget: their sums are named by the purpose alone
  const budget = /^(?:国家|国务院)/.test(funder) ? '' : funder;
  // 中央财政安排扶贫资金: the kind of money names it
  // (投资 is a payer's only with its payer: 中央预算内投资; a bare 投资 is anyone's)
  if (noun && noun !== '资金' && (noun !== '投资' || !funder)) return name;
  // (past how much more than last year it is: 安排832亿元,比上年增加167亿元,支持卫生事业改革和发展)
  const after = PURPOSE_AFTER.exec(text.slice(r.q.end, r.q.end + 64).replace(MORE_THAN_LAST_YEAR, ''));
  // 中央财政安排423亿元资金,支持…: the payer's money named right after the sum is its name (but for a purpose
  // in the same clause: 安排109亿元资金支持再就业)
  if (noun && text.startsWith(noun, r.q.end) && !(after && !after[2])) return name;
  const opener = clauses.length > 1 ? PURPOSE_OPENER.exec(clauses[0]) : null;
  if (after) {
    const [, money, comma, how, what] = after;
    if (how === '用于')
      return MONEY_THING.test(what) ? (opener ? `${opener[1]}的` : '') + what : `${budget}用于${what}的${headOf(verb, money ?? noun)}`;
    if (/对$/.test(how)) return `${budget}对${what}`;
    // 安排429亿元,解决关闭破产国有企业退休人员医疗保险问题
    if (how === '解决') return `${budget}用于${how}${what}的${headOf(verb, money ?? noun)}`;
    // ,直接补贴种粮农民 (not 400亿元补贴资金用好用活: the money noun after the value)
    if (/补贴|补助/.test(how)) return comma || how.startsWith('直接') ? what + how : name;
    // 安排109亿元资金支持再就业; 安排30亿元建设资金,支持国有煤矿安全技术改造; 100亿元财政资金支持产业发展
    const payer = money?.startsWith(budget) ? '' : budget;
    return `${payer}${how === '助力' ? how : '支持'}${what}${headOf(verb, money ?? noun)}`;
  }
  if (opener) return `${budget}用于${opener[1]}的${headOf(verb, noun)}`;
  // 继续实施第二期农村中小学危房改造,中央财政将投入60亿元; 今年要启动X,…,中央财政将为此投入100亿元
  const programme = PROGRAMME_CLAUSE.exec((/为此/.test(name) ? clauses[0] : clauses[clauses.length - 2]) ?? '');
  if (programme && clauses.length > 1) return `${programme[1]}${funder}${headOf(verb, noun)}`;
  // 各级政府要进一步增加社会保障投入,中央财政拟安排3185亿元; 各级政府都要增加对“三农”的投入。今年中央财政投入增加300亿元:
  // the purpose the clause or the sentence before gave
  const prior = start > 0 ? text.slice(startOf(text, start - 1), start) : '';
  const raised = !verb || /投入|支出|安排/.test(verb) ? (RAISED_SPENDING.exec(before) ?? RAISED_SPENDING.exec(prior)) : null;
  // (what the payer spends is named by its own verb where it says it: …的投入,全国财政支出 → …的支出)
  if (raised && budget) return `${budget}${raised[1] ? `对${raised[1]}的` : raised[2]}${verb === '支出' ? verb : raised[3]}`;
  // no purpose said: the budget and what it gives (中央财政拟安排资金 → 中央财政资金)
  return budget && (verb || noun) ? budget + headOf(verb, noun) : name;
}
