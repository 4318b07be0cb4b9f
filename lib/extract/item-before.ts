// An indicator that reads only with the item before it in the same list: a bare head (产量 after
// 粮食播种面积), the next stage of the same thing (开工…、完工…), whom the thing before reached (惠及…).
import { pairedWith } from './distribute';

const EFFECT = /^(?:惠及|覆盖|带动|受益|吸纳)$/;
/** heads that say nothing without the subject of the item before: 粮食播种面积1.1亿亩、产量825亿斤 */
export const BARE_HEAD = /^(?:产量|总产|总产量|单产|销量|产值|营收|利润|出口|进口|占比|比重)$/;
/** the measure that ends the item before, after its subject */
export const SUBJECT_HEAD = /(?:播种面积|种植面积|面积|产量|总产量|营收|营业收入|产值|增加值|销售额|出口额|进口额|总额)$/;
/** a count of people after its subject: 高等教育|在学人数, 来华旅游|入境总人数 */
const PEOPLE_COUNTED = /^([\u4e00-\u9fff]{2,10}?)(?:在学|在校|入境|参保)?总?(?:人数|人次)$/;
/** a rate or takings of people, said bare: 毛入学率, 创汇 */
const RATE_OR_TAKINGS = /^(?:毛入学率|入学率|升学率|就业率|参保率|覆盖率|创汇|用汇|营业额|收入)$/;
/** the stages of a project, counted one after another */
const STAGES = '开工|完工|竣工|建成|投产|投用|签约|落地|开业|分配入住|交付使用';
const STAGE = new RegExp(`^(?:${STAGES})$`);
const STAGE_AT_END = new RegExp(`(?:${STAGES})$`);
/** a clause of only a stage, an adverb before it: ,基本建成(540万套), ,已完成(25个) (已 no part of the name) */
const STAGE_CLAUSE = new RegExp(`^(基本|全部)?(?:已经?|累计)?(${STAGES}|完成)$`);
/** a stage said after the thing counted before: 保障性安居工程已开工 */
const STAGE_DONE = new RegExp(`(?:已经?)?(?:${STAGES}|新开工)$`);
/** the stage a thing counted before is named with: 新开工保障性安居工程 */
const STAGE_LEAD = /^(?:新开工|开工建设|开工|新建|建设|新增)/;
/** a crop's output, whose area is said after it: 粮食总产 */
const CROP_OUTPUT = /(?:总产量|总产|产量)$/;
/** the verbs of new ones, which a total of the stock drops */
export const NEW_PREFIX = /^(?:新增|净增|新建|新认定|新引进|新招引|新开工|新培育|新晋)/;

/** an adverb a thing's stage is said with, after the thing: 城镇保障性住房基本|建成470万套, 保障性安居工程新|安排740万套; or
 * alone, the thing said in a clause before (…工程建设,基本|建成500万套) */
const ADVERB_OF_STAGE = /(?:(?<=[\u4e00-\u9fff]{2})(?:基本|新|已)|^基本)$/;
const STAGE_AFTER_ADVERB = /^(?:建成|开工|竣工|完工|投产|安排)了?$/;
/** a stage said alone as the next item (、新开工630万套), and the stage the item before ends on */
const NEXT_STAGE = /^(?:新开工|开工|基本建成|建成|竣工|完工|投产)(?:建设)?$/;
const STAGE_ENDING = /(?:基本|已|新)?(?:建成|开工|竣工|完工|投产)$/;

/** a name that ends on the adverb of its stage (`context`: the words before the figure), with the stage kept: the verb the
 * phrase reader drops before a number is the stage the figure counts (城镇保障性住房基本建成, not …基本) */
export function stageAfterThing(name: string, context: string): string {
  if (!/[本新已]$/.test(name) || !ADVERB_OF_STAGE.test(name)) return name;
  const at = context.lastIndexOf(name);
  return at >= 0 && STAGE_AFTER_ADVERB.test(context.slice(at + name.length))
    ? name + context.slice(at + name.length).replace(/了$/, '')
    : name;
}

/** an indicator that reads only with the item before it in the same list (`before`: that item's; `next`: the text after the figure) */
export function afterItem(indicator: string, context: string, between: string, before: string, next = ''): string {
  const bare = context.replace(/^[、,]/, '');
  // 工业生产者出厂价格下降1.9%,购进价格下降3.5%: the second of a pair of measures of one subject
  const paired = pairedWith(before, indicator);
  if (paired !== indicator) return paired;
  // 发放社会救助资金118.7亿元、惠及310万人: whom the thing before reached
  if (EFFECT.test(bare)) return before + bare;
  // 城镇保障性住房基本建成470万套、新开工630万套 (or ,新开工建设1043万套): another stage of the thing the item before named
  // with its stage after it
  if (/^[、,]/.test(between) && NEXT_STAGE.test(bare)) {
    const thing = before.replace(STAGE_ENDING, '');
    if (thing !== before && thing.length >= 2 && !NEW_PREFIX.test(thing)) return thing + bare;
  }
  // 蔬菜种植面积7984亩,产量达到8163吨: a crop's output after its area, said with a comma too (and its area after its output:
  // 粮食总产稳定在1300亿斤以上,播种面积保持在1.6亿亩)
  const comma = between.startsWith(',');
  const cropOutput = comma && /^(?:总?产量|总产)$/.test(indicator) && /面积$/.test(before);
  if (comma && /^(?:播种|种植)?面积$/.test(indicator) && CROP_OUTPUT.test(before)) return before.replace(CROP_OUTPUT, '') + indicator;
  // 新开工保障性安居工程660万套,基本建成540万套; 实施…87个…工程,已完成25个: a clause of only the next stage, of the
  // thing counted before (the clause ends at the figure: 完成3.7万户家庭适老化改造 names its own thing after it)
  const opens = between.charAt(between.length - bare.length - 1);
  const stageClause = /[,、]/.test(opens) && /^[,;。、]/.test(next) ? STAGE_CLAUSE.exec(bare) : null;
  if (stageClause && (stageClause[1] || opens === ',')) {
    // (not a plan or a task: 财政一般预算收入任务174万,完成198万 is the revenue, no stage of it)
    const object = /(?:任务|预算|目标)$/.test(before) ? '' : before.replace(STAGE_LEAD, '').replace(/计划$/, '');
    const stageNamed = (stageClause[1] ?? '') + stageClause[2];
    // (the thing named before its stage keeps that order: 保障性安居工程已开工530万套,基本建成280万套)
    const thing = object.replace(STAGE_DONE, '');
    if (thing.length >= 2) return thing === object ? stageNamed + object : thing + stageNamed;
  }
  // 高等教育在学人数2500万人,毛入学率提高到22%; 来华旅游入境总人数达到2690万人次,创汇18.4亿美元: a rate or an amount
  // of the people counted before is of their subject
  const ofPeople = comma && RATE_OR_TAKINGS.test(indicator) ? PEOPLE_COUNTED.exec(before) : null;
  if (ofPeople) return ofPeople[1] + indicator;
  if (!between.startsWith('、') && !cropOutput) return indicator;
  // 粮食播种面积1.1亿亩、产量825亿斤: a bare head takes the subject of the item before
  if (BARE_HEAD.test(indicator)) {
    const subject = before.replace(SUBJECT_HEAD, '');
    return subject && subject !== before ? subject + indicator : indicator;
  }
  // 老旧小区改造开工742个、完工548个: the next stage of the same thing; 引进纺织服装项目24个、建成投产17个
  if (!STAGE.test(indicator)) return indicator;
  const stage = STAGE_AT_END.exec(before);
  if (!stage)
    return (
      before
        .replace(STAGE_LEAD, '')
        .replace(NEW_PREFIX, '')
        .replace(/^引进|^招引|^签约/, '') + indicator
    );
  return stage.index > 0 ? before.slice(0, stage.index) + indicator : indicator;
}

const FUNDS_ARRIVED = /^(?:到位资金|投资到位额)$/;

/** a generic measure (总投资, 总数, 产值) with its owner before it; a total is of the stock, not of the new ones (新认定高新技术企业
 * 5100家,总数达到14800家); the output of a crop, not of its area (茶叶种植面积7.08万亩,实现产值2.86亿元) */
export function ownedMeasure(indicator: string, owner: string): string {
  // (funds that arrived are of the projects counted before, 引进招商项目20个,到位资金…; not of an amount or of firms:
  // 招商引资签约金额…、到位资金…, 新注册企业…家、到位资金…; nor of a size class of them, the funds being of all brought
  // in: 新签约亿元以上项目26个,到位资金…)
  if (FUNDS_ARRIVED.test(indicator) && (!owner.endsWith('项目') || owner.includes('以上'))) return indicator;
  const stock = /^(?:总数|总量)$/.test(indicator) ? owner.replace(NEW_PREFIX, '') : owner;
  const of = BARE_HEAD.test(indicator) ? stock.replace(SUBJECT_HEAD, '') || stock : stock;
  return of && !of.endsWith(indicator) ? of + indicator : indicator;
}
