// The subject a figure's clause leaves out, said earlier in its sentence: the sentence's opener
// (乡镇企业保持旺盛发展势头,五年间产值增长2倍,现已吸纳农村劳动力1亿多人: 乡镇企业's output and the labour it took
// in), a topic said alone before an aside (农村居民人均纯收入,考虑价格下降因素,比上年实际增长4.3%), or a topic
// a sentence of year values opens with (农民人均纯收入,1982年为270元,1987年提高到463元).
import { sentenceStart } from '../text/sentence';

const CLAUSE_STOP = /[,;。!?:\n]/;
const SENTENCE_STOP = /[;。!?\n]/;

/** the clause that ends with the comma right before `at` ('' if it holds the figure before, which ends at `after`) */
export function clauseBefore(text: string, at: number, after: number): string {
  if (at < 1 || text[at - 1] !== ',') return '';
  const begin = sentenceStart(text, at - 1, at - 1, CLAUSE_STOP);
  return begin < after ? '' : text.slice(begin, at - 1);
}

/** a sentence's first clause that names its subject, then says how it does: 乡镇企业保持…, 工业生产增长较快, 全国粮食连续
 * 四年增产, 城镇职工基本养老保险制度不断完善; or only names its production (重工业生产,…今年的产值…) */
const OPENER =
  /^(?:全国|全省|全市)?([\u4e00-\u9fff]{2,12}?)(?:保持|继续保持|呈现|取得|实现了|(?:生产)?(?:增长|发展)(?:较快|很快|迅速|平稳)$|生产$|连续[一二三四五六七八九十两\d]{1,2}年(?:增产|丰收)$|制度(?:不断|逐步|进一步)?(?:完善|健全)$)/;
/** a subject too general to own a figure (经济保持…, 形势…) */
const GENERAL = /(?:经济|形势|态势|工作|发展|生产|市场)$/;
/** a name that is only a head (产值) or only what its subject did (吸纳农村劳动力) */
const HEAD_ONLY =
  /^(?:总?产值|产量|利润|上缴(?:国家)?的?利润|利税|销售收入|营业收入|增加值|零售额|出口额|出口|税收|实际金额|实际(?:到位|利用|使用)|参保人数)$|^(?:吸纳|带动|安置)/;
/** a subject that is itself a measure (收入, 产值, 总额, 产量, 比重, 投资…) */
const MEASURED = /(?:收入|产值|总值|额|量|率|比重|比例|投资|支出|利润|利税|指数|价格)$/;
/** a first clause whose subject did something or whose year follows it (今年上海市纺织工业实行了…, 机械工业1979年计划任务
 * 不足, 专项控制商品由19种扩大到32种), or a sector said alone (轻工业,总产值…): figures or not, the subject is the head's */
const OPENER_ACTED =
  /^(?:今年|去年|明年|全年)?(?![据在对从经随通按])([\u4e00-\u9fff]{2,10}?)(?:实行了|进行了|开展了|试行了|(?:19|20)\d\d年(?!以来)|由\d)|^([\u4e00-\u9fff]{1,8}(?:工业|农业|商业|建筑业|产业|商品))$/;

/** the sentence's opening subject before a name that is only a head or an act, else the name */
export function subjectOfSentence(text: string, at: number, name: string): string {
  if (!HEAD_ONLY.test(name)) return name;
  const begin = sentenceStart(text, at, at, SENTENCE_STOP);
  const first = text.slice(begin, at).split(',')[0];
  if (first.length === at - begin) return name;
  const acted = OPENER_ACTED.exec(first);
  // (a measured subject is no owner of another measure: 居民收入由…增加到…,利润… is not 居民收入利润)
  const owner = acted?.[1] && !MEASURED.test(acted[1]) ? acted[1] : acted?.[2];
  const subject = (/\d/.test(first) ? undefined : OPENER.exec(first)?.[1]) ?? owner;
  return subject && !GENERAL.test(subject) ? subject + name : name;
}

/** an aside between a topic and its figure: 考虑价格下降因素, 扣除价格因素, 按可比价格计算 */
const ASIDE = /^(?:考虑|扣除|剔除|按可比价格|按可比口径)[\u4e00-\u9fff]{0,10}$/;
/** a topic said alone: a whole clause that names a measure */
const TOPIC = /^[\u4e00-\u9fff]{2,14}(?:收入|产值|总值|总额|总量|产量|利润|余额|投资|价格|指数)$/;

/** the topic a sentence opens with alone, before an aside and the figure's clause: 农村居民人均纯收入 */
export function topicBeforeAside(text: string, at: number, after: number): string {
  const aside = clauseBefore(text, at, after);
  if (!ASIDE.test(aside)) return '';
  const topicEnd = at - aside.length - 1;
  const topic = clauseBefore(text, topicEnd, after);
  const begin = topicEnd - topic.length - 1;
  return TOPIC.test(topic) && (begin === 0 || SENTENCE_STOP.test(text[begin - 1])) ? topic : '';
}

/** the topic a sentence opens with alone, its clause a name and nothing else, for a figure whose clause names nothing */
export function topicOpeningSentence(text: string, at: number): string {
  const begin = sentenceStart(text, at, at, SENTENCE_STOP);
  const comma = text.indexOf(',', begin);
  if (comma < 0 || comma >= at) return '';
  const topic = text.slice(begin, comma).trim();
  return TOPIC.test(topic) ? topic : '';
}

/** a whole a sentence opens with, its parts named after it: 在工农业总产值中, 国民收入中, 高中阶段学生中 (a whole that is
 * counted, not a time or a campaign: 在过去的五年中, 在清理整顿公司中) */
const FRAME = /^在?([\u4e00-\u9fff“”]{2,18}?(?:总额|总值|产值|收入|投资|支出|资金|学生|人口|职工|贷款|存款|总量|产量|利润|消费))中$/;
/** a share of a part, whose whole the name leaves unsaid: 农业所占比重, 轻工业的比重 */
const PART_SHARE = /^[\u4e00-\u9fff]{1,10}(?:所占的?|的)?(?:比重|比例)$/;
/** a part named by what it goes to (用于积累的部分), or the rest (其他投资): an amount that says nothing without its whole */
const PART_AMOUNT = /^(?:用于[\u4e00-\u9fff]{1,10}?的?部分|[\u4e00-\u9fff]{1,8}的部分)$/;
/** a part whose share a per cent level is, said with its verb: 中西部地区占全国(的43%), 职业学校在校生(达到56.8%); not a
 * share or a rate already (高技术产业增加值占比, 合格率) */
const PART_SAID = /^(?!.*(?:占比|比重|比例|率|指数|份额|水平)$)([\u4e00-\u9fff]{2,14}?)(占全国|占全省|所占|占)?$/;

/**
 * 在工农业总产值中,农业所占比重由…; 国民收入中,用于积累的部分为…; 高中阶段学生中,职业学校在校生达到56.8%: a part's share
 * (`share`: a per cent level) or a part's amount is of the whole the sentence opens with.
 */
export function shareInFrame(text: string, at: number, name: string, share = true): string {
  const shareName = share && PART_SHARE.test(name);
  const said = share && !shareName ? PART_SAID.exec(name) : null;
  if (!shareName && !said && (share || !PART_AMOUNT.test(name))) return name;
  // (the sentence's opener, or the clause right before the figure's: 职业教育取得可喜进展,高中阶段学生中,…; past a ; the
  // sentence goes on: 在基本建设投资中,农林水利投资比重…;生产性投资比重…)
  let frame = FRAME.exec(clauseBefore(text, at, 0).trim());
  for (let end = at, k = 0; !frame && k < 3; k++) {
    const begin = sentenceStart(text, end, end, SENTENCE_STOP);
    const comma = text.indexOf(',', begin);
    if (comma >= 0 && comma < end) frame = FRAME.exec(text.slice(begin, comma).trim());
    if (begin < 1 || text[begin - 1] !== ';') break;
    end = begin - 1;
  }
  // (the 的 of a modifier is dropped: 新开工的国家重点项目投资总额 → 新开工国家重点项目投资总额)
  const whole = frame?.[1].replace(/(?<=[\u4e00-\u9fff]{2})的(?=[\u4e00-\u9fff]{2})/g, '');
  if (!whole || name.startsWith(whole) || said?.[1].includes('占')) return name;
  if (said) return `${whole}中${said[1]}${said[2] ? '所占' : ''}比重`;
  return `${whole}中${name}`;
}
