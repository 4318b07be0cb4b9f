// Names the words right before a figure get wrong in the long sentences of national work reports, mended
// after the indicator is read (lib/extract/index.ts calls mendReading once per figure):
//   - words of the clause that are no part of the name (name-lead.ts): 农村贫困人口再 → 农村贫困人口
//   - a name that is only a base or a bound (由五年前的…, 扩大到年末的…) or what was left after a cut
//     (精简后为18个): the thing is the subject of the clause before
//   - no name where the clause before says its subject moved (原油产量继续增长,达到1.42亿吨)
//   - a share of the places or units that did something (已有百分之七十六的县普及了小学教育)
//   - a count after a preposition (我国同30个国家建立…外交关系) or money after the verb that issues it
//     (国务院增发1000亿元财政债券): the thing is after the figure
//   - the noun after a figure cut at 的 or a verb inside it (24个跨地区|的横向经济联合网络): the whole clause after
//   - a product of one character opening its clause (钢突破7000万吨) is the name, not the item before
//   - a fall said as its size (总数减少幅度在百分之二十五左右) is a negative growth
//   - a target compared with after a connective (虽然略低于8%的预定目标), or a figure named only by the comparison
//     word (大大低于1985年增长44.6%的速度), is of the figure before
//   - a share said as near (已接近高中阶段学生人数的百分之五十) is the thing's share of the whole, near the value
//   - a count named by the body that made it (国务院制定和颁布了59项行政法规): enacted-count.ts
//   - counts in a list one verb opens (list-verb.ts), and a subject the sentence said earlier (sentence-subject.ts,
//     clause-topic.ts: 基本建设投资总额,今年2月修订计划时减少为300亿元)
import type { Measure } from '../model/mention';
import { MONEY_NOUN } from './counted';
import { comparedBase, nameOfClauseTopic } from './clause-topic';
import { enactedCount } from './enacted-count';
import { countOfListVerb } from './list-verb';
import { TARGET_SET_TAIL, trimNameWords } from './name-lead';
import { partOfShare } from './share-owner';
import { nameAfterClause } from './clause-in-name';
import { actionOverList } from './list-action';
import { addedAfterNoun } from './added-after-noun';
import { TARGET_AFTER } from './reading-words';
import { withDoneVerb } from './done-verb';
import { headOfTopic } from './topic-head';
import { withoutFootnoteMarks, withoutLeadingMarks } from './name-marks';
import { isBasisOnly } from './name-compared';
import { stageOfProgramme } from './programme-head';
import { stageAfterThing } from './item-before';
import { valueAddedOfSector } from './sector-value';
import { ONE_CHARACTER_PRODUCTS } from './lexicon';
import { productCapacity } from './list-action';
import { SHARE_NAME } from './reading-words';
import type { Quantity } from './quantities';
import { clauseBefore, shareInFrame, subjectOfSentence, topicBeforeAside, topicOpeningSentence } from './sentence-subject';

export interface NameReading {
  indicator: string;
  measure: Measure;
  sign: 1 | -1;
}

/** what the figure before in the same sentence was read as, if any */
export interface Before {
  carry: string;
  measure: Measure;
  sign: 1 | -1;
  q: Pick<Quantity, 'unitClass'>;
}

const CLAUSE_STOP = /[,;。!?:\n]/;

/** a time a base or a bound is of: 五年前, 年初, 一季度, 去年年中, 2012年末, 2010 (not 全省选择) */
const TIME = '(?:[\\u4e00-\\u9fff\\d]{0,4}(?:年|季度|月份?)(?:初|末|底|中)?|[\\u4e00-\\u9fff\\d]{0,4}(?:前|初|末|底|中)|(?:19|20)\\d\\d)';
/** a name that is only a base or a bound: 由五年前, 已经由年初, 扩大到年末 */
const BASE_ONLY = new RegExp(`^(?:已经|已)?(?:由|从)${TIME}$|^(?:扩大|增加|提高|上升|下降|减少|降低|增长)(?:到|至)${TIME}$`);
/** a clause that ends on how its thing moved */
const MOVED_ALONE = /(?:回落|下降|上升|增长|提高|降低|扩大|减少|加快|放缓|回升)$/;
/** what is left after a cut or a merger: 精简后(为18个) */
const AFTER_ACTION = /^([\u4e00-\u9fff]{2,4})后$/;
/** the verb a clause that says its subject acted on opens its predicate with */
const ACTED = /(?:进行了?|经过|实行了?|实施了?|作了|做了)/;
/** a clause that says only that its subject moved: 原油产量继续增长, 下半年国有单位固定资产投资增长显著加快 */
const MOVED =
  /^(?:下半年|上半年|全年|今年|去年|目前)?([\u4e00-\u9fff]{2,14}?)(?:继续|持续|稳定|稳步|大幅度?|较快|明显|显著)?(?:增长|增加|提高|上升|回升|扩大)(?:显著加快|明显加快|加快|较快)?$/;
/** the words of a figure whose subject the clause before names: 达到, 全年增长 */
const GOES_ON = /^(?:全年|当年)?(?:达到|达|增至|增长到|增长|为)$/;
/** a scope with no thing: 全国已有, 使全国 */
const SCOPE_ONLY = /^(?:要使|使)?(?:全国|全省|全市|全区|全县|全州)?(?:已有|已|有|共有|现有)?$/;
/** after a share: the units and what they did (的县|普及了|小学教育) */
const SHARE_DID =
  /^的([\u4e00-\u9fff]{1,10}?)(?:均|都|已经?)?(达到|普及了?|实现了?|建成了?|建立了?|通过了?|开展了?|完成了?|纳入|由|用于)([\u4e00-\u9fff]{2,12}?)(?=[,;。、\n]|$)/;
/** a preposition the count is the object of: 我国同(30个国家建立…) */
const WITH_COUNT = /(?:同|与|跟)$/;
const ACT_AFTER = /(?:建立|恢复|签署|签订|开展|达成|缔结|建成|结成|实现)/;
/** a verb that issues money, after who issues it: 国务院增发, 财政增发 */
const ISSUED = /^[\u4e00-\u9fff]{0,4}?(增发|发行|安排|下达|发放|筹集)$/;
/** a fall or a rise named by its size: 总数减少幅度 */
const SIZE_OF_FALL = /^(.{2,}?)(?:减少|下降|降低|压缩|精简|裁减)幅度$/;
/** a comparison with a target, after a connective or a degree: 虽然略低于(8%的预定目标) */
const COMPARED_AFTER_CONNECTIVE = /^(?=虽|但|略|稍)(?:虽然|虽|但是|但)?(?:略|稍)?(?:低于|高于|快于|慢于|超过)$/;
/** a name that is only a comparison word (大大低于1985年增长44.6%的速度; 好于下降7%的预期, the comparatives in 于 all): of the thing
 * the figure before measured */
const COMPARISON_ONLY = /^(?:(?:大大|远远|远|明显|略|稍)?(?:低于|高于|快于|慢于|好于|优于|差于|强于|弱于|超过了?)|大大|远远)$/;
/** a name that is only what the figure is compared with (同１９５５年比较(增长18.36%), 与上年相比): of the thing before */
const COMPARED_WITH_ONLY = /^(?:同|与|和|跟)?[^,;。]{1,16}?(?:相比|比较)$/;
/** a name that is only the base the figure before is more than (比“文化大革命”前十七年的总和还多百分之八十三) */
const MORE_THAN_BASE = /^比[^,;。]{1,24}?(?:还|要|再)(?:多|少)$/;
/** the year a figure is more than, after its name: 城镇新增就业预期目标比去年多(100万人) */
const MORE_THAN_LAST_YEAR = /(?<=[\u4e00-\u9fff]{2})(?:比|较)(?:去年|上年|前年|(?:19|20)\d\d年)(?:还|要|再)?(?:多|少)$/;
/** a share said as near (已接近…的50%): of the thing before, in the whole after */
const NEAR_SHARE = /^(.{2,}?)(?:已经|已)?接近(.{2,})$/;
/** the noun after a figure, cut short at 的 or a verb inside it: 跨地区(的横向经济联合网络), 长期(建设国债) */
const CUT_AFTER = (name: string, clause: string, money: boolean): boolean =>
  clause.length > name.length + 2 &&
  clause.startsWith(name) &&
  /^[\u4e00-\u9fff]{2,16}$/.test(clause) &&
  (money ? MONEY_NOUN.test(clause) && clause.length <= 10 : /^的[\u4e00-\u9fff]{2,10}$/.test(clause.slice(name.length)));
/** a clause that is a product of one character and its verb, or the product right before its amount (,钢突破7000万吨; ,钢由
 * 3700万吨增加到…; ;纸520万吨,增加20万吨; 钢六千六百零四万吨): the product is the name */
const ONE_CHAR_PRODUCT = new RegExp(`(?:^|[,;:。、\\n])([${ONE_CHARACTER_PRODUCTS}])(?:达到|达|突破|超过|为|增至|由|从)?$`);
/** the production of a thing (我国粮食生产), whose amount in weight is its output */
const PRODUCTION = /^(?:我国|全国|全省|全市|全区|全县)?([\u4e00-\u9fff]{1,6}?)生产$/;
/** a growth rate with no subject, said as what is to be achieved: 实现7%左右的增长速度 */
const BARE_GROWTH_AFTER = /^的(?:经济)?增长(?:速度)?(?![率点极])/;

/** the reading mended (`q`'s qualifier too, where a comparison word was no bound of it) */
export function mendReading(text: string, q: Quantity, context: string, r: NameReading, prev: Before | null, after: number): NameReading {
  let { indicator, measure, sign } = r;
  // (the figure before counts only in the same sentence)
  const before = prev && !/[。;!?\n]/.test(text.slice(after, q.start)) ? prev : null;
  const opens = q.start - context.length;
  const rest = text.slice(q.end, q.end + 40);
  // (the comparison word may have been read as the figure's bound: 低于8%)
  if (before && COMPARED_AFTER_CONNECTIVE.test(context + text.slice(q.start, q.numStart)) && TARGET_AFTER.test(rest)) {
    q.qualifier = 'exact';
    return { indicator: before.carry, measure: before.measure, sign: before.sign };
  }
  // (广义货币M2预期增长目标拟定为13%左右: a growth target, whatever the verb)
  if (q.unitClass === 'percent' && TARGET_SET_TAIL.exec(indicator)?.[1]) measure = 'growth';
  if (indicator) indicator = stageAfterThing(trimNameWords(nameAfterClause(withoutFootnoteMarks(withoutLeadingMarks(indicator)))), context);
  // (…占本年预算支出的12.74%,同1955年比较增长18.36%: a growth after a share is of the thing, not of its share)
  // (地方一般公共预算收入3.5亿元,自然增幅2%: a basis alone, of the thing before too)
  const compared = COMPARISON_ONLY.test(indicator) || MORE_THAN_BASE.test(indicator) || COMPARED_WITH_ONLY.test(indicator);
  if (before && (compared || isBasisOnly(indicator)))
    indicator = (measure === 'growth' ? SHARE_NAME.exec(before.carry)?.[1] : undefined) ?? before.carry;
  else indicator = indicator.replace(MORE_THAN_LAST_YEAR, '');
  if (BASE_ONLY.test(indicator)) {
    // (扩大到年末的: the bound it moved to, of the thing whose base came just before)
    const moved = before && !/^(?:已经|已)?(?:由|从)/.test(indicator) ? before.carry : '';
    // (the clause before names the thing, not how it moved: …经济增速逐季回落,从一季度的9.7%…)
    const subject = clauseBefore(text, opens, after);
    indicator = moved || (MOVED_ALONE.test(subject) ? '' : trimNameWords(subject)) || indicator;
  } else if (AFTER_ACTION.test(indicator) && /为$/.test(context)) {
    const clause = clauseBefore(text, opens, after);
    const cut = clause.search(ACTED);
    if (cut >= 2) indicator = clause.slice(0, cut);
  } else if (!indicator && GOES_ON.test(context)) {
    indicator = MOVED.exec(clauseBefore(text, opens, after))?.[1] ?? '';
  }
  // (a share whose clause names nothing, not even what the figure before had: ,86%的县建成三级医院)
  if (q.unitClass === 'percent' && measure === 'level' && (SCOPE_ONLY.test(indicator) || SCOPE_ONLY.test(context.replace(/^、/, '')))) {
    const did = SHARE_DID.exec(rest);
    // (76.1%的财政支出用于民生: the share of the thing that goes to a use)
    if (did) indicator = did[2] === '用于' ? `${did[1]}用于${did[3]}的比例` : `${did[2].replace(/了$/, '')}${did[3]}的${did[1]}占比`;
  }
  if (WITH_COUNT.test(indicator) && q.unitClass === 'count') {
    const clause = rest.split(CLAUSE_STOP)[0];
    const act = clause.search(ACT_AFTER);
    if (act >= 1 && act <= 6) indicator = `${clause.slice(act).replace(/了/g, '')}的${clause.slice(0, act)}`;
  }
  const issued = q.unitClass === 'money' ? ISSUED.exec(indicator) : null;
  if (issued) {
    // the shortest words after it that name money: 国债(加强…), 财政债券
    for (let k = 2; k <= 8; k++) {
      const noun = rest.slice(0, k);
      if (!/^[\u4e00-\u9fff]+$/.test(noun)) break;
      if (MONEY_NOUN.test(noun)) {
        indicator = issued[1] + noun;
        break;
      }
    }
  }
  const clauseAfter = rest.split(CLAUSE_STOP)[0];
  // (not after a preposition: 加大对10个试点县的支持力度 — the count's noun owns what follows)
  if ((q.unitClass === 'count' || q.unitClass === 'money') && !/(?:对|为|在|向|给|把|将|与|同)$/.test(context))
    if (CUT_AFTER(indicator, clauseAfter, q.unitClass === 'money')) indicator = clauseAfter;
  const fall = q.unitClass === 'percent' ? SIZE_OF_FALL.exec(indicator) : null;
  if (fall) {
    indicator = fall[1];
    measure = 'growth';
    sign = -1;
  }
  if (!indicator && q.unitClass === 'percent' && measure === 'growth' && BARE_GROWTH_AFTER.test(rest)) indicator = '经济增长';
  const near = q.unitClass === 'percent' && /的$/.test(context) ? NEAR_SHARE.exec(indicator) : null;
  if (near) {
    indicator = `${near[1]}占${near[2]}比重`;
    if (q.qualifier === 'exact') q.qualifier = 'near';
  }
  const product = ONE_CHAR_PRODUCT.exec(text.slice(Math.max(0, q.start - 4), q.numStart));
  // (钢四十二万七千吨 in a list after 新增生产能力…有: the product's new capacity)
  if (product && measure === 'level') indicator = productCapacity(text, q.start, product[1]);
  if (!indicator) indicator = topicBeforeAside(text, opens, after) || topicOpeningSentence(text, opens);
  indicator = nameOfClauseTopic(text, opens, after, q.end, context, indicator, before?.carry ?? '');
  const base = before ? comparedBase(text, q.end, context) : '';
  if (base && before) indicator = base + before.carry;
  if (q.unitClass === 'count') indicator = enactedCount(text, q.end, indicator);
  if (q.unitClass === 'count')
    indicator = countOfListVerb(text, q.end, indicator, context, before ? text.slice(after, q.start) : '', before?.carry ?? '');
  // 我国粮食生产必须争取达到5000亿公斤: the production of a thing counted in weight is its output
  const output = /(?:吨|公斤|斤)$/.test(q.unit) ? PRODUCTION.exec(indicator) : null;
  if (output) indicator = `${output[1]}产量`;
  if (q.unitClass === 'percent' && measure === 'level') indicator = shareInFrame(text, opens, partOfShare(indicator, before?.carry));
  else if (q.unitClass === 'percent') indicator = partOfShare(indicator, before?.carry);
  else if (measure === 'level') indicator = shareInFrame(text, opens, indicator, false);
  indicator = stageOfProgramme(text, opens, after, indicator, context);
  indicator = headOfTopic(text, opens, after, subjectOfSentence(text, opens, indicator), before?.carry ?? '');
  indicator = valueAddedOfSector(text, indicator, measure === 'growth' || q.unitClass === 'money');
  if (measure === 'level') {
    indicator = addedAfterNoun(context, indicator, rest);
    const listBefore = before && { carry: before.carry, unitClass: before.q.unitClass };
    indicator = actionOverList(text, q.start, after, context, indicator, q.unitClass, listBefore);
    if (q.unitClass === 'count' || q.unitClass === 'measure' || q.unitClass === 'magnitude')
      indicator = withDoneVerb(text, q.end, indicator, context, before?.carry ?? '', before ? text.slice(after, q.start) : '');
  }
  return { indicator, measure, sign };
}
