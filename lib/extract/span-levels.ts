// Which quantities under a span word (五年来, 连续三年) are over its years and which are levels at its end or of one
// year: a level reached (达到1635亿元) or held now (现有, 拥有) is the last year's, unless its clause says the years added
// it up (累计, 新增, 新建); a level held through 连续N年 is each year's, in its clause and in the clauses that hold it on.
import { LEVEL_REACHED, OVER_YEARS, PROJECTS_CARRIED_OUT } from './spans';

/** a clause of what the years put in, added or built, which a level reached (达…) does not end: 五年累计…分别达到19.38万件,
 * 五年来…投入达3200亿元, 年均…增长速度…为7%左右, 新增加的固定资产达到5854亿元, 近三年农村新建房屋达九亿平方米; what
 * they summed or completed: “六五”期间,进出口贸易总额合计达到二千三百亿美元, 经费共为…, 投资总额达到…, 竣工面积达…; the funds
 * they put to a use: 第六个五年计划期间,用于…技术改造的资金为一千三百亿元 */
export const FLOW = /累计|合计|共计|共为|投资总额|总规模|投入|资金|年均|平均每年|新增|新建|建成(?!区|率)|竣工/;

/** a rate held within a bound through a review of several years: 人口自然增长率控制在4.8‰以内 */
export const HELD_WITHIN = /控制在$/;
/** a multiple of what the plan before added up to (not of its last year's level, 是“十五”末的6.7倍) */
export const PLAN_MULTIPLE = /^(?:分别)?是["“「『]?(?:十[一二三四五]?|九)五["”」』]?(?:时期|期间)?的$/;

/** what a review of several years did, its verb before the thing (易地扶贫搬迁830万人, 棚户区住房改造2600多万套, 退出钢铁产能
 * 1.7亿吨以上、煤炭产能8亿吨, 新设14个, 在上海等省市设立11个, 开工重大水利工程122项, 淘汰黄标车和老旧车2000多万辆, 制定修订法律
 * 95部, 提请…审议通过地方性法规41件、修改50件、废止25件; 支持…项目691个, 取消和调整行政审批项目692项, 资助学生2130万名): a count of the
 * years' doing, not a level */
export const DONE_OVER_YEARS =
  /(?:改造|搬迁|安置|退出|削减|压减|新设|设立|新签|开工|淘汰|制定|修订|修改|废止|审议通过|颁布|培训|引进|造林|植树|取消|支持|资助)[^,;。\d]{0,12}(?:\d+(?:\.\d+)?[^,;。\d、]{0,5}、[^,;。\d]{0,8})*$/;
/** a clause whose subject is left unsaid, the government's, opening on what it did to the thing counted (关停小火电机组7210万
 * 千瓦, 降低利息负担1.2万亿元, 解决3亿多农村人口饮水安全问题, 恢复水面2900平方公里, 增加蓄洪容积130亿立方米, 新注册港资
 * 企业1.3万家): a count of the years' doing (not 完成, which also opens a year's level: 完成一般公共预算收入7.9亿元) */
const OPENS_ON_DEED = /^(?:关停|降低|解决|恢复|增加|新注册)[^,;。\d]{0,14}$/;
/** a count of pieces of work (件, 项: laws made, projects carried out, cases handled), never a stock a review's years end
 * with: over the judged samples' reviews of several years, 0 of 36 such counts is one year's */
const PIECES_OF_WORK = /[件项](?:以上|左右)?$/;

/** what became of people through those years, said after the count: 8000多万农业转移人口成为城镇居民; 实现1亿左右农业转移人口
 * 和其他常住人口在城镇落户 */
const BECAME_AFTER = /^[^,;。\d]{0,24}?(?:成为|转为|进城落户|落户城镇|在城镇落户)/;

/** whether a quantity in a review of several years counts what they did: its verb before it (`words`, its clause up to
 * it), projects carried out, what became of the people it counts (`after`, the words after it), or pieces of work by
 * its unit (`surface`, its own text) */
export function doneOverYears(words: string, after: string, surface = ''): boolean {
  return (
    DONE_OVER_YEARS.test(words) ||
    OPENS_ON_DEED.test(words) ||
    PROJECTS_CARRIED_OUT.test(words) ||
    BECAME_AFTER.test(after) ||
    PIECES_OF_WORK.test(surface)
  );
}

/** a clause of what each year of a span held, or their average: 年均增长8.5%, 城镇登记失业率每年均控制在3.5%以内 */
export const EACH_YEAR = /年均|平均每年|每年平均|每年(?:均|都)/;

/** a clause of levels at a span's end, or held now: 现已吸纳农村劳动力1亿多人; 占原有审批项目的69.3% (a share of what is there); 达4270亿元、…; 拥有…1470家; 形成3个…; 分别是2006年的3倍; 是“十五”期末的3倍 */
const STOCK_CLAUSE =
  /(?:^占|现已|(?<![造用掘])现有|目前|达到|(?<![发表传到])达(?=\d)|增加到|提高到|提升到|增至|拥有|形成|是((?:19|20)\d\d)年(?:末|底)?的|是["“「『]?(?:十[一二三四五]?|九)五["”」』]?期?末的)/;

/** a level compared after it with the year before the span: …建成区面积161.5平方公里、城镇化59.5%,分别比2006年增加… */
const BASE_YEAR_AFTER = /^[^。;!?\n]{0,40}?(?:分别)?(?:比|较)(?:19|20)\d\d年(?:末|底)?(?:分别)?(?:增加|增长|提高|上升|下降|减少)/;

/**
 * Whether the words of a quantity's clause state a level reached or held at the span's end, not what the years
 * added: 五年来,…年均分别增长…,达4270亿元、…和1573亿元; 拥有…企业1470家、上市企业74家; 分别是2006年的3倍; or the
 * words `after` it compare it with a year's (…,分别比2006年增加81.5平方公里和11.5个百分点)
 */
export function holdsLevel(words: string, after = ''): boolean {
  return !OVER_YEARS.test(words) && !FLOW.test(words) && (STOCK_CLAUSE.test(words) || BASE_YEAR_AFTER.test(after));
}

/** a clause that holds a level on (播种面积保持在1.6亿亩), or goes on about the subject of the clause before, with no
 * subject of its own (工业增速连续五年超过全省平均水平,对经济增长的贡献率达60%以上) */
const HELD_ON = /^(?:[^,;:。]{0,16}?(?:稳定|保持|维持)在|[对占均也并且][^,;:。]{0,16}?(?:达到?|超过|高于|保持在))$/;

/**
 * Whether a span of a level held (连续三年稳定在…) reaches the quantity at `at`: in its own clause, or in a clause after it
 * in the sentence that holds its level on too (`HELD_ON`), with no year said between and no colon (a heading's
 * 连续三年达到13%: stops at its colon).
 */
export function heldSpanReaches(text: string, spanEnd: number, at: number): boolean {
  const between = text.slice(spanEnd, at);
  if (!/[,;、:]/.test(between)) return true;
  if (/[:、]|\d年|[今去全当上]年/.test(between)) return false;
  return HELD_ON.test(between.slice(Math.max(between.lastIndexOf(','), between.lastIndexOf(';')) + 1));
}

/** a quantity's own first word that says it is a level reached: 突破6000亿元, 超过… */
const REACHED_LEAD = /^(?:突破|超过|达到|超|达)/;

/** whether the words before the quantity at [at, end) (from `from`), or its own first word, say it is a level reached */
export function levelReached(text: string, from: number, at: number, end: number): boolean {
  const lead = REACHED_LEAD.exec(text.slice(at, end))?.[0].length ?? 0;
  return LEVEL_REACHED.test(text.slice(from, at + lead));
}
