// Figures left with no name whose subject is the clause before, said once as a noun phrase: 今年中央财政用于教育的投入,
// 将由去年的1076亿元增加到1562亿元; 城乡居民的平均消费水平,由175元提高到288元; 同我国有外交关系的国家,现在已增加到
// 129个; 预算外资金却大幅度增加,由371亿元增加到650亿元; 今年的行政经费预算,从中央到地方,一律削减10% (一律 is no name).
// Older reports write a subject alone before a comma; the figures of its sentence after it then carry it
// (second-reading.ts passes a new name on to the figures after with the old one); a product said in one character
// before its amount (纸520万吨) is named in name-mend.ts. Also named from around them: a figure whose sentence opens on its frame (增长24.7%。), by
// the sentence before; a share of no name, by the class after it (50%的县基本普及…); a count of a frame (…4万多人中).
// nameFromAround runs them all, the counts done at a place (done-at-counted.ts) and names that open on a comparison base
// (base-names.ts), for second-reading.ts.
import { doneAtFigure } from './done-at-counted';
import { nameWithoutBase } from './base-names';

/** what stands for no name: nothing, or an adverb or modal read as one (预计可以达到: 可以) */
const NO_NAME = /^(?:一律|一概|均|都|可以|能够)?$/;
/** the clause of the figure, before it: a frame of change or a level, no noun of its own (将由去年的, 现在已增加到, 一律削减,
 * 每人平均达到: the subject's amount per head) */
const FRAME =
  /^(?:(?:[一二][〇○零一二三四五六七八九]{3}|\d{4})年(?:底|末)?|将|已|已经|也|还|仍|现在|目前|今年|去年|全年|年底|年末|现已|一律|都|均|预计|计划|可以|能够)*(?:每人平均|平均每人|人均)?(?:由|从|增加到|增至|提高到|上升到|达到|降到|下降到|减少到|削减|压减|核减|减少|增加|为)/;
/** a clause that only says where or over what time (从中央到地方, 从1978年到1983年): passed over to the subject before it */
const SPAN_CLAUSE = /^(?:从|由)[^,;。]{1,12}(?:到|至)[^,;。]{1,12}$/;
/** the time or the 的 a subject clause opens with: 今年(的); or its scope, of every kind (全国各种报刊…) */
const TIME_LEAD = /^(?:今年|去年|明年|全年|目前|现在|同时)的?|^全国各[种类]/;
/** the subject's own move, said after it: 预算外资金(却大幅度增加) */
const MOVE_TAIL =
  /(?:却|也|又|则|还|仍然|仍)?(?:大幅度|大幅|较大幅度|明显|大大|迅速|稳步|持续|逐年|连年|逐步|不断)?(?:地)?(?:增加|增长|提高|上升|下降|减少|降低|增产|减产|回升|回落|扩大|好转)了?$/;
/** when the subject's move began, or how many years running it was made: 从7月份开始(大幅度回升), 连续第7年(提高…) — no part
 * of it, and its digits no figure's */
const MOVE_TIME = /(?:从|自)[^,;。]{1,8}(?:开始|起)|^连续第?[\d一二三四五六七八九十]+年/;
/** a verb of expanding before the thing expanded: 扩大(人工草场面积) */
const EXPANDED = /^(?:扩大|增加|提高|发展)(?=[\u4e00-\u9fff]{2})/;
/** a noun phrase whose head is a thing a report measures */
const SUBJECT =
  /^[\u4e00-\u9fff“”、]{0,14}(?:投入|水平|国家|资金|经费|收入|支出|存款|储蓄|总额|总量|产量|产值|总值|人数|人口|规模|面积|价格|工资|投资|余额|数量|能力|里程|费用|基金|补贴|标准|赤字|利润|税收|贷款|外债|储备|预算|购买力|出口|进口|养老金|覆盖面)$/;

/** a noun phrase said with 的 (每吨钢的综合能耗, 组建城市合作银行的大中城市), not a clause that opens on a preposition, an
 * adverb or a verb of will: a subject whatever its head */
const DE_PHRASE =
  /^(?!在|对|为|把|将|要|使|据|按|以|随着|通过|经过|由于|根据|其中|特别是|尤其是|我们|这|那|但|而|并|同时)[\u4e00-\u9fff、]{1,16}的[\u4e00-\u9fff]{2,8}$/;
/** a year inside a subject is the figure's time, no part of its name (基本建设1979年交付使用的固定资产…) */
const YEAR_INSIDE = /\d{4}年(?:度)?/g;

const CLAUSE_STOP = /[,;。!?:\n]/;
const SENTENCE_STOP = /[;。!?\n]/;

/** the start of the clause that holds `at` */
function clauseStartOf(text: string, at: number): number {
  let i = at;
  while (i > 0 && at - i < 40 && !CLAUSE_STOP.test(text[i - 1])) i--;
  return i;
}

/** the subject said alone in a clause before the figure at `start` whose name is `name`, or `name` */
function subjectBeforeFrame(text: string, q: { start: number; unit: string }, name: string, before: Before | null): string {
  if (!NO_NAME.test(name)) return name;
  const start = q.start;
  let opens = clauseStartOf(text, start);
  if (!FRAME.test(text.slice(opens, start)) || text[opens - 1] !== ',') return name;
  // (the clause before ends on a figure of the same unit: this one goes on with its thing, 计划为百分之四,预计可以达到百分之六点四)
  if (before?.indicator && !NO_NAME.test(before.indicator) && before.q.end === opens - 1 && before.q.unit === q.unit)
    return before.indicator;
  for (let hops = 0; hops < 2 && text[opens - 1] === ','; hops++) {
    const begin = clauseStartOf(text, opens - 1);
    const clause = text
      .slice(begin, opens - 1)
      .replace(YEAR_INSIDE, '')
      .replace(MOVE_TIME, '');
    if (SENTENCE_STOP.test(clause) || /\d/.test(clause)) return name;
    if (SPAN_CLAUSE.test(clause)) {
      opens = begin;
      continue;
    }
    // (a crop that grew in output is named by its output: 粮食仍然连年增产 → 粮食产量; a thing the clause sets out to expand is
    // the thing: 扩大人工草场面积)
    const moved = MOVE_TAIL.exec(clause)?.[0] ?? '';
    const bare = clause.replace(TIME_LEAD, '').replace(MOVE_TAIL, '').replace(EXPANDED, '');
    const subject = /[增减]产了?$/.test(moved) && /^[\u4e00-\u9fff]{1,6}$/.test(bare) ? `${bare}产量` : bare;
    return SUBJECT.test(subject) || DE_PHRASE.test(subject) ? subject : name;
  }
  return name;
}

/** a sentence that opens on its figure's frame, with at most its time before: 增长24.7%。, 一九八五年末达到… */
const OPENS_ON_FRAME =
  /^(?:(?:[一二][〇○零一二三四五六七八九]{3}|\d{4})年(?:末|底)?|今年|去年|全年|年末|年底|[两二三四五\d]年)?(?:计划|预计)?(?:比上年|比去年|同比)?(?:平均每年|每年平均|年均)?(?:达到|达|为|增长|递增|下降|增加|减少|提高)$/;

/** the word a point of a list opens with: 四是, 第二, 其三 */
const ENUMERATOR = /^(?:[一二三四五六七八九十]是|第[一二三四五六七八九十]|其[一二三四五六七八九十])[,:]?/;

/** the figure before, as second-reading.ts holds it */
interface Before {
  q: { end: number; unit: string };
  measure: string;
  indicator: string;
}

/**
 * The subject of the sentence before, for a figure of no name whose sentence opens on its frame: the level that
 * ends that sentence (油料总产量一千六百一十五万吨。增长24.7%。), or a subject that only moved (城乡居民储蓄大幅度增加。
 * 一九八五年末达到一千六百二十三亿元); else `name`.
 */
function subjectOfSentenceBefore(text: string, q: { start: number; unit: string }, name: string, before: Before | null): string {
  const { start, unit } = q;
  if (!NO_NAME.test(name)) return name;
  let opens = start;
  while (opens > 0 && start - opens < 12 && !SENTENCE_STOP.test(text[opens - 1])) opens--;
  if (!/[。;]/.test(text[opens - 1] ?? '') || !OPENS_ON_FRAME.test(text.slice(opens, start).replace(/\s/g, ''))) return name;
  // (a level goes on with its growth; a rate with the next rate of the same thing: …预计可以达到百分之六点四。两年平均每年递增百分之五点五)
  if (before?.indicator && before.q.end === opens - 1 && (before.measure === 'level' || before.q.unit === unit)) return before.indicator;
  if (text[opens - 1] !== '。') return name;
  let begin = opens - 1;
  while (begin > 0 && opens - begin < 30 && !SENTENCE_STOP.test(text[begin - 1])) begin--;
  // (an enumerator is no part of it: 四是,城乡居民储蓄大幅度增加)
  const sentence = text.slice(begin, opens - 1).replace(ENUMERATOR, '');
  if (/[\d,]/.test(sentence) || !MOVE_TAIL.test(sentence)) return name;
  const subject = sentence.replace(TIME_LEAD, '').replace(MOVE_TAIL, '');
  return SUBJECT.test(subject) || DE_PHRASE.test(subject) ? subject : name;
}

/** after a share of no name: the things of a class (their parenthesis), an adverb, what they did, to the clause end */
const CLASS_THAT_DID =
  /^的([\u4e00-\u9fff]{1,12}?)(\([\u4e00-\u9fff、]{1,8}\))?(?:都|均|已经|已)?((?:基本|全部|率先)?(?:达到|普及|实现|建成|建立|通过|完成|纳入|具备))了?([\u4e00-\u9fff“”]{2,14})(?=[,;。、\n]|$)/;

/** a rate or a modal where the class would be */
const NOT_MEMBERS = /可以|能够|增速|增长|速度|幅度|水平|比重/;

/** a share of no name named by the class after it and what its members did: 全国已有50%的县(市、区)基本普及九年义务
 * 教育 → 基本普及九年义务教育的县（市、区）比重; 90%的化工园区达到较低安全风险等级; else `name` */
function shareOfClassThatDid(text: string, q: { end: number; unit: string }, name: string): string {
  if (name || q.unit !== '%') return name;
  const did = CLASS_THAT_DID.exec(text.slice(q.end, q.end + 40));
  if (!did) return name;
  const [, members, held, verb, object] = did;
  // (a rate said with what it allows is no class: 6.5%左右的增速可以实现比较充分的就业)
  if (NOT_MEMBERS.test(members)) return name;
  return `${verb}${object.replace(/的/g, '')}的${members}${held ? `（${held.slice(1, -1)}）` : ''}比重`;
}

/** the words that open a count's clause, up to it: the people or things it counts (在公司兼职、任职的…干部) */
const AMONG_SUBJECT = /^[\u4e00-\u9fff、“”]{2,30}$/;

/** a count of a frame (…干部4万多人中，已有70%以上…) left named 中, the frame's word: named by the words before it,
 * the things it counts; else `name` */
function amongCount(text: string, q: { start: number; end: number }, name: string): string {
  if (name !== '中' || text[q.end] !== '中') return name;
  const opens = clauseStartOf(text, q.start);
  const subject = text.slice(opens, q.start);
  return AMONG_SUBJECT.test(subject) && !/^这|^其/.test(subject) ? subject : name;
}

/** a name that is only how often (平均每天): the figure is the rate per day or year of the figure before in its sentence,
 * named after it (全年新登记企业增长24.5%,平均每天新增1.5万户 → 平均每天新登记企业) */
const PER_TIME = /^(?:平均)?(?:每天|每日|每月|每年)$|^日均$/;
function perTimeOfBefore(text: string, q: { start: number }, name: string, before: Before | null): string {
  if (!PER_TIME.test(name) || !before?.indicator || PER_TIME.test(before.indicator)) return name;
  const between = text.slice(before.q.end, q.start);
  return between.length < 40 && !SENTENCE_STOP.test(between) ? name + before.indicator : name;
}

/** the name a figure takes from the words around it where its own is empty or a fragment, or its own (`before`: the
 * figure read before it) */
export function nameFromAround(
  text: string,
  q: { start: number; end: number; unit: string; unitClass: string },
  name: string,
  before: Before | null,
): string {
  const own = perTimeOfBefore(text, q, nameWithoutBase(text, q, name, before), before);
  const framed = amongCount(text, q, subjectBeforeFrame(text, q, own, before));
  const shared = shareOfClassThatDid(text, q, framed);
  return doneAtFigure(text, q, subjectOfSentenceBefore(text, q, shared, before));
}
