// The extraction engine: report text in, mentions out (the model in lib/model/mention.ts).
//   normalize → find quantities → read each one's measure, indicator and tense → map back to the input
// Everything is read from the clean text (lib/text/normalize.ts); offsets are mapped back at the end,
// so `input.slice(m.start, m.end) === m.text` holds for any input, however noisy.
import type { Mention } from '../model/mention';
import { normalize } from '../text/normalize';
import { cleanTitle, reportMeta, type ReportMeta } from '../detect/metadata';
import { findQuantities, type Quantity } from './quantities';
import { GENERIC_MEASURE, isSegmentBreak, leftContext, PLAN_AMOUNT, phraseBefore } from './phrases';
import { shareOwner } from './plan-shares';
import { PULL, RATE_MOVED, RATE_WENT_TO, readMeasure } from './measure';
import {
  GROWTH_AFTER,
  GROWTH_MOVED,
  GROWTH_ONLY,
  RATE_FIRST,
  rateGap,
  RATE_NAMED_AFTER,
  RATE_OVER_TIME,
  RATE_WITH,
  TARGET_NAMED_AFTER,
} from './rate-words';
import { rateNamedAfter } from './rate-named-after';
import { governsNounAfter, keptBefore, MONEY_NOUN, nounAfter, VERB_BEFORE_COUNT } from './counted';
import { distributeRespectively, LIST_JOINT, type Reading, runTogether, withSuffix } from './respectively';
import { afterItem, NEW_PREFIX, ownedMeasure } from './item-before';
import { outcomeAfter, statusAfter } from './status';
import {
  effectOfProgramme,
  ownerOfBare,
  paragraphOpener,
  partOfWhole,
  rankOf,
  subjectBeforeMilestone,
  subjectOfClauseAlone,
  sumOfCampaign,
  topicBefore,
  totalOfSubject,
  CONTRIBUTION,
} from './subjects';
import { mendReading } from './name-mend';
import { TenseReader } from './tense';
import { toMention } from './to-mention';
import { overSeveralYears } from './spans';
import { partOfCount, partsOfSpannedSums } from './parts';
import { restatedInOtherUnits } from './unit-restatements';
import { nameAmongParts } from './among-parts';
import { comparedBase, nameByClauseTopics } from './clause-topic';
import { shareOfClassOrUse } from './class-shares';
import { isComparisonOnly, nameBareGaps } from './gap-subjects';
import { nameRateGaps } from './rate-gaps';
import {
  AREA_UNIT,
  BARE_SECTOR,
  BASE_OF_MULTIPLE,
  COMPARED_WITH,
  CONSUMER_PRICES,
  CROP,
  MET,
  MOVED_TO,
  MULTIPLE_OF_BASE,
  OUTPUT,
  PROGRAMME,
  RANGE_FROM,
  SHARE_NAME,
  STAGE_BEFORE,
  TARGET_AFTER,
} from './reading-words';
import { secondReading } from './second-reading';
import { namedThroughTimes } from './time-names';
import { withTableCells } from './table-cells';
import { growthTargetRates } from './growth-target-passages';
import { otherPlaceNames } from './other-place-names';
import { bracketComparisons } from './bracket-comparisons';

export interface ExtractOptions {
  /** the page title, when known: it names the report, its region and year */
  title?: string;
  /** the page's heading around the text (its <h1>, byline), when known */
  heading?: string;
  /** metadata already read (by detection); read from the text when absent */
  meta?: ReportMeta;
}

export interface Extraction {
  mentions: Mention[];
  meta: ReportMeta;
}

/** the mentions of a text (offsets into `source`) */
export function extract(source: string, options: ExtractOptions = {}): Mention[] {
  return extractWithMeta(source, options).mentions;
}

export function extractWithMeta(source: string, options: ExtractOptions = {}): Extraction {
  const norm = normalize(source);
  const title = options.title ? normalize(cleanTitle(options.title)).text : '';
  const meta = options.meta ?? reportMeta(norm.text, title, options.heading ? normalize(options.heading).text : '');
  const quantities = findQuantities(norm.text);
  const readings = bracketComparisons(
    norm.text,
    withTableCells(norm.text, otherPlaceNames(norm.text, readAll(norm.text, quantities), meta)),
  );
  const tense = new TenseReader(norm.text, meta);
  const mentions = readings.map((r) => toMention(source, norm, r, tense));
  return { mentions: restatedInOtherUnits(source, partsOfSpannedSums(norm.text, readings, mentions)), meta };
}

/** a gap named as of a growth's rate: 地区生产总值增速高于全国 */
const GAP_OF_RATE = /(?:增速|增幅)(?:高于|低于|快于|慢于)/;
const TOTAL = /(?:累计|总数|总量|共有)(?:达到|达|为|增至|突破|超过)?$/;
/** an effect with its object: 带动就业, 吸纳就业 (the verb is part of what is counted) */
const EFFECT_OF = /^、?(带动|吸纳)(.{2,6})$/;
/** a parenthesis that gives the figure before in another unit: (按年平均汇率折算为…, (折合…, (约合…; or a
 * clause that does: ,按2019年平均汇率计算为5686美元; ;按年平均汇率折算达2.62万美元 */
const CONVERSION =
  /^(?:[(（][^()（）]{0,14}?(?:折算|折合|约合)(?:为|成|达到?)?约?|[,，;；]按[^,;。()（）]{0,12}?汇率(?:计算|折算|折合)(?:为|成|达到?)?约?)$/;
/** an item that is only an action on the thing of the item before */
const ACTION_ONLY = /^(?:改造提升|提档升级|提质改造|改造|改建|扩建|续建|维修|修缮|整治|修复|治理|提升)$/;

function readAll(text: string, qs: Quantity[]): Reading[] {
  const out: Reading[] = [];
  for (let i = 0; i < qs.length; i++) {
    const q = qs[i];
    const prevQ = i > 0 ? qs[i - 1] : null;
    const prev = out.length ? out[out.length - 1] : null;
    const from = prevQ ? Math.max(prevQ.end, 0) : 0;
    const context = leftContext(text, from, q.start);
    const between = prevQ ? text.slice(prevQ.end, q.start) : '';
    let sameSegment = prevQ !== null;
    for (let k = 0; sameSegment && k < between.length; k++) if (isSegmentBreak(between[k])) sameSegment = false;
    // (提高1200万千瓦、超过4000万千瓦: an amount with a bound before it is a level, not the list's next change)
    const boundFirst = q.numStart > q.start && q.unitClass !== 'percent';
    const continuesList = prev !== null && (LIST_JOINT.test(between) || runTogether(between, prevQ, q)) && !boundFirst;
    // measure and sign. 分别以15%、13.6%的增速位列…, 实现9.5%左右的增长: a growth named (增速, 增长) after its values
    const rateAfter =
      q.unitClass === 'percent' &&
      ((RATE_WITH.test(context) && RATE_NAMED_AFTER.test(text.slice(q.end, q.end + 40))) ||
        GROWTH_AFTER.test(text.slice(q.end, q.end + 5)));
    // 武汉地区生产总值增长目标:7.5%: a target named before a colon, as a headline writes it
    const label = context === '' && text[q.start - 1] === ':' ? leftContext(text, from, q.start - 1) : '';
    const named = /目标$/.test(label) ? label : context;
    // 7.5%,今年…调低了经济增速的预期目标; 4%左右,物价调控的预期目标…: a target rate a story names after it
    const targetAfter = q.unitClass === 'percent' ? TARGET_NAMED_AFTER.exec(text.slice(q.end, q.end + 40)) : null;
    let m = rateAfter || targetAfter ? { measure: 'growth' as const, sign: 1 as const } : readMeasure(named, q);
    if (!m && continuesList && prev && prev.measure !== 'level' && prev.q.unitClass === q.unitClass) {
      m = { measure: prev.measure, sign: prev.sign };
    }
    let measure = m?.measure ?? 'level';
    // 分别拉动经济增长1.64个百分点、2.4个百分点: the next value of a list is of the same measure; so is where a rate went (增幅由58.6%回落到27.8%)
    const listJoint = LIST_JOINT.test(context) || between === '';
    const sameMeasure = continuesList ? listJoint : sameSegment && RATE_WENT_TO.test(between);
    if (sameMeasure && prev?.q.unitClass === q.unitClass) measure = prev.measure;
    // 农民人均纯收入4878元,净增582元: the rise of the level just given (净增48万户 alone is a count of new ones)
    if (prev?.measure === 'level' && sameSegment && prev.q.unit === q.unit && /^,净增了?$/.test(between)) measure = 'change';
    // 分别回落2.16和1.66个百分点: the next value of the list falls too
    let sign: 1 | -1 = continuesList && prev && prev.q.unitClass === q.unitClass && listJoint ? prev.sign : (m?.sign ?? 1);

    // indicator. 第三产业贡献率39.7%,拉动经济增长2.66个百分点: what the thing before added to the growth of the whole;
    // 第一、二、三产业分别拉动GDP增长…: what the parts named before it added
    const pullAt = q.unitClass === 'points' ? PULL.exec(context) : null;
    const pull = pullAt?.[1].replace(/^上拉(.+)增速$/, '拉动$1增长'); // (上拉地区生产总值增速: a pull, as 拉动…增长 names it)
    const pullOf = pullAt && pullAt.index > 0 ? phraseBefore(context.slice(0, pullAt.index)) : null;
    const pullBare = pull !== undefined && !pullOf?.indicator;
    const phrase = pullOf ?? phraseBefore(rateAfter ? context.replace(/以$/, '') : named, q.unitClass === 'percent');
    // 猪牛羊禽肉产量下降4.7%,降幅比上半年收窄6.1个百分点: how the rate of the thing before moved over time
    const rateOverTime = q.unitClass === 'points' ? RATE_OVER_TIME.exec(context)?.[1] : undefined;
    // (both are of the thing before, and so is 财政支出由2.9亿元增加到13.4亿元,是“十五”末的4.6倍: a multiple of a base)
    const ofBase = q.unitClass === 'times' && MULTIPLE_OF_BASE.test(context);
    let indicator = rateOverTime || pullBare || ofBase ? '' : phrase.indicator;
    if (targetAfter) indicator = /物价/.test(targetAfter[1]) ? '居民消费价格' : '经济增长';
    // 规模工业增加值是“十五”末的6.7倍: the base a multiple is of is no part of the thing
    if (q.unitClass === 'times') indicator = indicator.replace(BASE_OF_MULTIPLE, '') || indicator;
    // 引进落地总投资21.18亿元的…项目: the stage a project's investment is named with, before the project it is of
    if (text[q.end] === '的' && GENERIC_MEASURE.test(indicator.replace(STAGE_BEFORE, ''))) indicator = indicator.replace(STAGE_BEFORE, '');
    if (indicator && GENERIC_MEASURE.test(indicator)) {
      // 总投资145亿元的省重大项目; 新谋划重点项目630个、总投资1280亿元
      // …or the item before, right before it or named after its count (5500个重大项目建设，年度投资7200亿元)
      const before = prev && sameSegment && (/^[、,]/.test(between) || (prev.carry.length >= 2 && between.startsWith(prev.carry)));
      indicator = ownedMeasure(indicator, text[q.end] === '的' ? nounAfter(text, qs, i) : before ? prev.carry : '');
    }
    // 贫困人口由13677户49479人: the same thing counted in another unit, right after it
    const sameThing =
      prev !== null &&
      prevQ !== null &&
      prevQ.end === q.start &&
      prev.q.unit !== q.unit &&
      prev.q.unitClass === q.unitClass &&
      prev.carry !== '';
    if (measure === 'level' && q.unitClass !== 'percent' && !sameThing && (indicator.length <= 2 || governsNounAfter(text, q, indicator))) {
      // 建设1个苏州市特色康居示范区; 办好20个民生实事 (a verb the lexicon does not know, then the noun);
      // 做优做强5个国家先进制造业集群, 试点推行20家博物馆: the count governs the noun after it
      const after = nounAfter(text, qs, i);
      if (
        after &&
        (!indicator || !/^[的,;。]/.test(text.slice(q.end, q.end + 1))) &&
        (indicator.length <= 2 || q.unitClass !== 'money' || MONEY_NOUN.test(after))
      ) {
        // a short list before the count names its items: 马铃薯、羊绒2个产业链 → 马铃薯、羊绒产业链
        const list = /、/.test(indicator) && indicator.length <= 12 && !VERB_BEFORE_COUNT.test(indicator) ? indicator : '';
        // 6家地方国企进入中国企业500强: the count is of the ones that reached the status
        const at = text.indexOf(after, q.end);
        const status = at >= 0 && at - q.end <= 2 && !list ? statusAfter(text, at + after.length, after) : '';
        // …入选全国先进制造百强园区: the status names the noun already
        // 推进粤港澳大湾区建设38项重点工作: a programme (…建设) names whose items the count counts
        const programme = list ? '' : PROGRAMME.test(indicator) ? indicator : keptBefore(text, q, indicator);
        // 609万名下岗职工实现了再就业: the count is of those who did
        const outcome = at >= 0 && at - q.end <= 2 && !status ? outcomeAfter(text, at + after.length) : '';
        indicator = (phrase.newVerb ?? '') + programme + (status.endsWith(after) ? status : status + list + after) + outcome;
        // 5万亩小麦: an area before a crop is the crop's area
        if (AREA_UNIT.test(q.unit) && CROP.test(indicator)) indicator += '面积';
      }
    }
    const shareOf = phrase.shareOfPlan ? shareOwner(phrase.shareOfPlan, phrase.indicator, prev?.carry, sameSegment) : undefined;
    if (shareOf !== undefined) indicator = shareOf + phrase.shareOfPlan;
    // 县级一般公共预算收入31751万元,完成预算数31220万元的101.7%: the budget of the thing before, then the share of it
    const plan =
      prev && sameSegment && q.unitClass === 'money' && /^的\d/.test(text.slice(q.end, q.end + 2))
        ? PLAN_AMOUNT.exec(context)?.[1]
        : undefined;
    if (plan && prev) indicator = `${prev.carry}${plan}数`;
    const ofPlan = prev?.plan && sameSegment && context === '的' && q.unitClass === 'percent';
    if (ofPlan) indicator = prev.carry + (prev.plan === '预算' ? '预算完成率' : '完成率');
    // 免征范围从月销售额或营业额不超过3万元的…扩大到不超过10万元的…: a range's bound, of the words after 从,
    // and the bound it moved to is of the same thing
    const fromRange = RANGE_FROM.exec(indicator);
    if (fromRange) indicator = fromRange[1] ?? fromRange[2];
    else if (prev?.fromRange && sameSegment && MOVED_TO.test(context)) indicator = prev.indicator;
    indicator = shareOfClassOrUse(text, q, measure === 'level', context, indicator);
    // a noun, then 、, then this number: the noun was the last item's (1个街道、5个镇); nothing to inherit
    const newItem = /(?:[、和与或]|(?<![惠涉普])及)$/.test(context) && context.length > 1;
    // 2022年全省地区生产总值5.67万亿元\n\n同比增长2.9%: a line that opens on its growth goes on with the figure
    // that ended the line before (an infographic's lines)
    const lineGoesOn = prev !== null && /^\n+$/.test(between.slice(0, between.length - context.length)) && GROWTH_ONLY.test(context);
    // (…收入升至全国第4位,增长11.1%: a clause naming its subject alone after the figure before, read below, is no carry)
    if (
      !indicator &&
      (sameSegment || lineGoesOn) &&
      prev &&
      !newItem &&
      !subjectOfClauseAlone(text, q.start - context.length, prevQ?.end ?? 0)
    ) {
      indicator = phrase.newVerb && !NEW_PREFIX.test(prev.carry) ? phrase.newVerb + prev.carry : prev.carry;
      // 民生支出59.12亿元,占一般公共预算支出的77.5%,增长11.7%: a growth after a share is of the thing, not of its share
      const share = measure === 'growth' ? SHARE_NAME.exec(indicator) : null;
      if (share) indicator = share[1];
      // 新建高标准农田252万亩、改造提升43万亩: another action on the same thing
      const action = ACTION_ONLY.exec(context.replace(/^、/, ''));
      if (action && NEW_PREFIX.test(prev.carry)) indicator = action[0] + prev.carry.replace(NEW_PREFIX, '');
      // 新增公园141座、累计达到973座: a total is of the stock, not of the new ones
      if (TOTAL.test(context)) indicator = indicator.replace(NEW_PREFIX, '');
    } else if (EFFECT_OF.exec(context)?.[2] === indicator) {
      // 新增创业28.9万人、带动就业47.6万人: jobs brought along, not new jobs
      indicator = context.replace(/^、/, '');
    } else if (indicator && prev && between.startsWith('、') && sameSegment && !NEW_PREFIX.test(indicator)) {
      const carried = NEW_PREFIX.exec(prev.carry);
      // not before an item that names its own action: 新（改）建农村户厕22.7万户、改圈3.2万户 (nor 再融资债券)
      if (carried && phrase.indicator === indicator && !/^(?:改|扩|修|建|再)/.test(indicator)) indicator = carried[0] + indicator;
    }

    // 地方一般公共预算收入迈上千亿台阶,达到1101亿元: the subject is before the milestone it passed
    // …累计完成工业投资突破千亿元,是“十五”的6倍: the multiple is of what passed the milestone
    const bare = !indicator;
    if (bare) indicator = subjectBeforeMilestone(text, ofBase ? q.start - context.length : q.start);
    if (indicator === phrase.indicator) {
      const before = prev && !/[。!?\n]/.test(between) ? prev : null;
      indicator = ownerOfBare(text, indicator, q.start, before, before ? paragraphOpener(text, q.start, out) : '');
    }
    indicator = sumOfCampaign(text, effectOfProgramme(text, indicator, q.start), q.start);
    // 其中农业41.51亿元: a sector under 其中 has the measure of the whole before it
    if (q.unitClass === 'money' || measure === 'growth') indicator = partOfWhole(text, indicator, q.start, out);
    // 其中,男108374人,女101710人; 其中,普通中学2741人、小学3057人 (of 专任教师8229人)
    else if (q.unitClass === 'count' && measure === 'level') indicator = partOfCount(text, indicator, context, q.start, q.unit, out);
    // 地区生产总值方面,降幅较年初收窄24个百分点: a rate with no subject of its own is the topic's
    const rate = rateOverTime ?? RATE_FIRST.exec(context)?.[1];
    const topic = !indicator || (rate && indicator.startsWith(rate)) ? topicBefore(text, q.start - context.length) : '';
    if (topic) indicator = topic;
    // 民营经济在全市经济中的地位继续上升,占全市生产总值的比重…; …增速由负转正,增长3%以上; 粮食连续五年增产,总产量…: the subject of the clause before
    if (!indicator || /^(?:占|(?:总(?:产量|量|额)|利润|利税)$)/.test(indicator))
      indicator = subjectOfClauseAlone(text, q.start - context.length, prevQ?.end ?? 0) + indicator;
    // …年均增长29.8%。尤其是2006年增幅达到42.3%: a rate with no subject goes on with the figure before in its paragraph
    if (!indicator && prev && !between.includes('\n') && /(?:增幅|增速)(?:达到?|为)?$/.test(context)) indicator = prev.carry;
    // national reports' long sentences: words of the clause in the name, a name only of a base (name-mend.ts)
    ({ indicator, measure, sign } = mendReading(text, q, context, { indicator, measure, sign }, prev, from));
    // 居民消费价格指数控制在3.5%以内: a price index in per cent is its rise, not where it is an index on 100 (指数为99.6%)
    // (…生产总值要达7%以上: an output in per cent is its growth, but for a share of it: 相当于生产总值的…)
    if (
      q.unitClass === 'percent' &&
      measure === 'level' &&
      ((CONSUMER_PRICES.test(indicator) && q.value < 50) || (OUTPUT.test(indicator) && !/的$/.test(context)))
    )
      measure = 'growth';
    indicator = rankOf(text, indicator, context, q.start, q.unit);
    indicator = rateNamedAfter(text, q, indicator, sameSegment ? prev?.carry : undefined); // 16%的税率降至13%
    // 人均GDP为63525元(按年平均汇率折算为9847美元): the same figure in another unit, of the same thing
    if (prev && CONVERSION.test(between)) indicator = prev.indicator;
    if (prev && sameSegment && prev.carry) indicator = afterItem(indicator, context, between, prev.carry, text.slice(q.end, q.end + 1));
    // 财政收入…增长26.4%,高于年初人代会12%的目标: the target the figure before is compared with; what
    // follows goes on with the figure before
    const target = prev && sameSegment && COMPARED_WITH.test(context) && TARGET_AFTER.test(text.slice(q.end, q.end + 6));
    if (target) ({ indicator, measure, sign } = { indicator: prev.carry, measure: prev.measure, sign: prev.sign });
    // 居民消费价格上涨3.2%,符合3%左右的预期目标: the target restated beside its result is of the same thing
    const restated =
      prev !== null &&
      sameSegment &&
      !target &&
      prev.q.unitClass === q.unitClass &&
      MET.test(context) &&
      TARGET_AFTER.test(text.slice(q.end, q.end + 6));
    if (restated) {
      indicator = prev.carry;
      measure = prev.measure;
      sign = prev.sign;
    }
    // (对全省出口增长贡献率; 比原来设想的600亿元, a base the thing before is compared with: what follows goes on with the thing)
    const base = sameSegment && comparedBase(text, q.end, context) !== '';
    // (a share of a plan: what follows goes on with whose share it is)
    const alone = target || plan || ofPlan || base || (sameSegment && (CONTRIBUTION.test(indicator) || isComparisonOnly(indicator)));
    const carry = phrase.shareOfPlan && !phrase.shareCarries ? (shareOf ?? indicator) : alone ? (prev?.carry ?? indicator) : indicator;
    // the rate or the pull is named after the thing (猪肉产量降幅), which is what follows goes on with
    // 存贷款余额分别增长10.2%、9.2%,分别提高9.9个、3.1个百分点: how far each growth rate moved
    const growthMoved = q.unitClass === 'points' && prev?.measure === 'growth' && GROWTH_MOVED.test(context);
    // 增长7.2%,增速高于全省平均0.4个百分点: the gap of its rate to the average elsewhere
    // (高于全国2.8个百分点,高于全省1.5个百分点: the second gap is of the same growth's rate)
    const ofGrowth = prev?.measure === 'growth' || GAP_OF_RATE.test(prev?.indicator ?? '');
    const gap = prev && sameSegment ? rateGap(context, ofGrowth, q.unitClass) : undefined;
    if (gap && prev) indicator = prev.carry;
    const suffix =
      pull ??
      (q.unitClass === 'percent' && phrase.shareOfPlan?.endsWith('完成率') ? phrase.shareOfPlan : undefined) ??
      gap ??
      (rate && (rateOverTime || topic) ? rate : undefined) ??
      (q.unitClass === 'percent' ? RATE_MOVED.exec(context)?.[1] : growthMoved ? '增速' : undefined);
    indicator = withSuffix(indicator, suffix);
    // 食品烟酒类上涨1.0%: a category of prices
    // (生活用品及服务上涨0.1%, after 居住类下降1.5%: an item of a list of prices)
    if (
      measure === 'growth' &&
      indicator &&
      /(?:上涨|下跌|上升|下降)$/.test(context) &&
      (/类$/.test(indicator) || (sameSegment && /类价格$/.test(prev?.indicator ?? '') && !/价格|指数|价$/.test(indicator)))
    )
      indicator += '价格';
    // 实现学校应急疏散演练100%全覆盖: the share is its coverage
    if (
      q.unitClass === 'percent' &&
      measure === 'level' &&
      indicator &&
      !/率$/.test(indicator) &&
      /^全?覆盖/.test(text.slice(q.end, q.end + 3))
    ) {
      indicator += '覆盖率';
    }
    out.push({
      // 不超过…原封顶线的20%: a bound said before what the share is of
      q: phrase.bound && q.qualifier === 'exact' ? { ...q, qualifier: phrase.bound } : q,
      measure,
      sign,
      indicator,
      carry,
      multiYear: overSeveralYears(text, q, context),
      respectively: phrase.respectively,
      // (not where the subjects stand before the milestone they passed: …均突破万亿元,分别达到…)
      respectivelyBack: phrase.respectively && (!phrase.indicator || !!rateOverTime || pullBare || ofBase) && !(bare && indicator),
      suffix,
      items: phrase.items,
      fromRange: fromRange !== null,
      plan,
      restated,
      base,
      overBase: prev?.base === true && sameSegment && measure === 'growth',
    });
  }
  distributeRespectively(text, out);
  nameAmongParts(text, out);
  nameRateGaps(text, out);
  // 第二产业增长18.2%达41亿元: a sector's output or growth is its value added
  for (const [k, r] of out.entries()) {
    if (BARE_SECTOR.test(r.indicator) && (r.q.unitClass === 'money' || r.measure === 'growth')) r.indicator += '增加值';
    r.indicator = totalOfSubject(text, out, k);
  }
  nameBareGaps(text, out);
  return namedThroughTimes(text, growthTargetRates(text, nameByClauseTopics(text, secondReading(text, out))));
}
