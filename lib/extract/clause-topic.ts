// The subject a long sentence of a national report names once, at its head, while the words right before a figure
// are only a verb, a time or an adverb (基本建设投资总额,今年2月修订计划时减少为300亿元,后来又追加了80亿元; 积累所占的
// 比重,相应地由36.5%降到30%左右), or nothing (油料在连续三年大增产的基础上,又增长17%左右).
import { trimNameWords } from './name-lead';
import { phraseBefore } from './phrases';
import { clauseBefore } from './sentence-subject';

// (the last reading of the names, the clause reader's: clauses.ts)
export { nameByClauseTopics } from './clauses';

/** a name made only of the words around a figure: a verb of moving, a time, an adverb */
const NOT_A_NAME =
  /^(?:今年|去年|明年|后来|相应地?|(?:增长(?:较快|最快)的)?["“][一二三四五六七八九十]{1,2}五["”’](?:时期|期间)|在[\u4e00-\u9fff]{2,4}(?:初期|中期|后期|期间|时期)|又|再|还|也|预计|已经?|将|可|\d{1,2}(?:到|至|-)\d{1,2}月份?|\d{1,2}月份?|[\u4e00-\u9fff]{2,6}(?<![小及同按临届])时|(?:上升|下降|降低|降|提高|增加|减少|增长|追加|扩大|缩小|多出)(?:了|到|至|为)?)+$/;
const MAX_NOT_A_NAME = 12;
/** the last characters such a run of words can end on (a cheap test before the whole pattern) */
const NOT_A_NAME_END = /[间期年来地又再还也计已经将可月份时升降低高加少长追大小出了到至为]$/;
/** a clause that names a measured thing and nothing else: 城乡人民的储蓄存款, 原定今年全部投产的项目 */
const TOPIC_CLAUSE =
  /^[\u4e00-\u9fff]{2,16}(?:比重|比例|存款|总额|赤字|收入|产值|总值|总量|产量|利润|余额|投资|价格|指数|项目|成本|消费水平|经费|投入|资金|储蓄|支出)$/;
/** a subject, then the base it grew on, that it did not fall or that it reached a new level: 油料在…的基础上,
 * 工农业生产总值不仅没有下降, 粮食总产量再上新台阶 */
const SUBJECT_THEN =
  /^([\u4e00-\u9fff]{2,10}?)(?:(?:却|也|则|又)(?:大幅度|大幅|明显|显著|迅速|成倍)?(?:增加|增长|上升|提高|下降|减少)|在[^,;。]{2,20}?(?:的基础上|之后|以后)|(?:不仅|不但)?(?:没有|未)(?:下降|减少|减产|降低)|突破[^,;。]{1,8}|再?(?:上|迈上|跃上|登上|站上)了?(?:一个)?新台阶|再?创(?:历史)?新高)$/;
/** a clause that acts on a thing, its object what the figures after it that name nothing measure: 连续第7年提高企业退休人员
 * 基本养老金,(全年人均增加1680元); 继续实施退耕还林还草,(今年拟安排500万亩); 继续把…基金转为国家资本金,(今年再转500亿元) */
const ACTED_ON =
  /^(?:连续第?[一二三四五六七八九十\d]{1,2}年|继续|进一步|再次)?(?:(?:提高|实施|推行)([\u4e00-\u9fff“”]{2,16})|把([\u4e00-\u9fff“”]{2,20}?(?:转为|纳入|列入)[\u4e00-\u9fff]{2,8}))$/;
/** a time a list of figures of one thing goes over: 第一季度, 上半年, 10月份 */
const PERIOD = /^(?:第?[一二三四]季度|上半年|下半年|\d{1,2}(?:(?:到|至|-)\d{1,2})?月份?)/;
const PERIOD_END = /(?:第?[一二三四]季度|上半年|下半年|\d{1,2}(?:(?:到|至|-)\d{1,2})?月份?)$/;
/** a thing that doubled or did well, then its level or growth, in one clause: 天然气供应能力实现翻番、达到(125亿立方米);
 * 电动汽车、锂电池、光伏产品出口表现突出、增长(77.6%) */
const MOVED_THEN =
  /^([\u4e00-\u9fff、]{2,24}?)(?:(?:实现)?(?:翻番|翻一番|翻两番|倍增)|表现突出|势头强劲|增势强劲|(?:快速|较快|大幅|持续)增长)、(?:达到|达|为|增长|同比增长)$/;
/** a list closed by 等 right before a count: 新建城市艺术综合体、城乡书房等 */
const LISTED = /^([\u4e00-\u9fff“”]{2,20}、[\u4e00-\u9fff“”、]{2,30})等$/;

/**
 * The name of a figure (which ends at `end`) whose own words name nothing (`name`, read from `context`, which opens at `opens`): the thing of
 * the figure before in the sentence (`before`), with the time of this one where a list goes over times (工业总产值第一季度
 * 下降0.2%,第二季度增长1.7%), else the subject the clause before names alone.
 */
export function nameOfClauseTopic(
  text: string,
  opens: number,
  after: number,
  end: number,
  context: string,
  name: string,
  before: string,
): string {
  const period = PERIOD.exec(context)?.[0];
  if (period && before && PERIOD_END.test(before) && (!name || name === period || name === before))
    return before.replace(PERIOD_END, '') + period;
  // (职工工资总额比上年增长19%,其中第四季度增长38%: a part of the year of the thing before)
  const own = PERIOD.exec(name)?.[0];
  if (own && own === name && before && !PERIOD_END.test(before)) return own + before;
  const moved = context.includes('、') ? MOVED_THEN.exec(context) : null;
  if (moved) return trimNameWords(moved[1]);
  // (新建城市艺术综合体、城乡书房等300个以上: the list before 等 is what the count counts, where nothing follows it)
  const listed = name ? null : LISTED.exec(context);
  if (listed && /^(?:[,;。]|$)/.test(text.slice(end, end + 1))) return phraseBefore(listed[1]).indicator || listed[1];
  // (a name of more than a dozen characters is no run of such words)
  if (name && (name.length > MAX_NOT_A_NAME || !NOT_A_NAME_END.test(name) || !NOT_A_NAME.test(name))) return name;
  if (before && name) return before;
  const clause = clauseBefore(text, opens, after);
  // (连续第7年…: a count of years is no figure of the clause)
  if (!clause || /\d/.test(clause.replace(/^连续第?\d{1,2}年/, ''))) return name;
  const subject = SUBJECT_THEN.exec(clause)?.[1];
  if (subject) return subject;
  const acted = name ? null : ACTED_ON.exec(clause);
  if (acted) return acted[1] ?? acted[2];
  const topic = trimNameWords(clause.replace(/^(?:今年|去年|明年|全年)(?=[\u4e00-\u9fff]{4})/, ''));
  return TOPIC_CLAUSE.test(topic) ? topic : name;
}

/** a base said before how far the figure before is from it: 比(原来设想的)600亿元多出54% */
const BASE_BEFORE = /^比([\u4e00-\u9fff]{2,12}?)的$/;
const FROM_BASE_AFTER = /^(?:多出|多|少|高出|超出|超过)/;

/** the words a base of the figure before is named with (原来设想的), or '' where the figure is no such base */
export function comparedBase(text: string, end: number, context: string): string {
  const base = BASE_BEFORE.exec(context);
  return base && FROM_BASE_AFTER.test(text.slice(end, end + 2)) ? `${base[1]}的` : '';
}
