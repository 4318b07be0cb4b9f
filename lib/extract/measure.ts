// The measure of a quantity and its sign, read off the words right before it: a level (达到, 为), a
// growth (增长 X%), a change of a rate (提高 X个百分点); negative for a fall.
import type { Measure } from '../model/mention';
import type { Quantity } from './quantities';

/** 经济增长 alone names its growth (经济 is no indicator): 经济增长5.5%左右, 经济增长预期目标为7%左右, “十五”期间年均经济增长速度预期目标为7%左右,
 * 经济增长连续四年达到或略(高于10%), 广东今年目标是经济增长(7%至7.5%) */
export const ECONOMY_GROWTH =
  /^(?:.{0,4}?(?:今年|全年|明年)|全省|全市|全区|全国|["“]?十[一二三四]?五["”]?期间)?(?:的)?(?:主要)?(?:预期)?(?:目标)?(?:是|为)?((?:全省|全市|全区|全国)?)(?:年均)?经济(?:增长|增速)(?:速度)?(?:的)?(?:预期|(?:宏观)?调控)?(?:目标)?(?:建议)?(?:连续[一二三四五六七八九十两\d]{1,2}年)?(?:为|是|定为|设定为|确定为?|达到|保持在|稳定在)?(?:或略)?$/;

/** the target named for a growth: 地区生产总值增长的预期目标为8%左右, 经济增长预期目标确定6%左右 */
export const GROWTH_TARGET = /(?:增长|增速)(?:的)?(?:预期)?目标(?:为|是|定为|确定为?)?$/;

const TO_LEVEL =
  /(?:提高|提升|增长|增加|上升|下降|降低|减少|回落|压缩|缩短|扩大|稳定|保持|控制|降|增|升|提)(?:到|至|在)$|(?:达到|达|为|是|占)$/;
const FALL =
  /(?:后移|后退|减支|负增长|同比改善|压缩|压降|削减|下降|降低|减低|减少|减产|减收|回落|下滑|下跌|递减|缩减|收窄|缩小|压减|下调|调低|调减|降幅|减|降|跌)(?:了)?(?:幅度)?(?:分别)?(?:为|达|达到)?$/;
const RISE =
  /(?:前移|前进|追加|多出|增支|增长|增加|增产|增收|增速|增幅|涨幅|上涨|上升|上调|调高|提高|(?<!改造)提升|递增|扩大|(?<!自然)增长率|(?<![新净])增|涨|(?<![提上])升)(?:了)?(?:分别)?(?:为|达|达到)?$/;

/** a sum of what was lost and spent (减收增支925亿元), or a bound alone after a list's change (提高1200万千瓦、超过4000万千瓦) */
const SUM_OR_BOUND = /(?:减收增支|增支减收)$|^、?(?:超过|突破)$/;
const UPGRADE = /(?:整体|改造|全面|建设|提档|扩容)提升$|提质$|升级$/;
const RATE_NOUN =
  /(增速|增幅|涨幅|降幅|增长速度|上涨幅度|增长幅度|下降幅度|(?<!自然)成长率)(?:分别)?(?:达到|达|为|是|在|保持在|稳定在|控制在|预期为|预计为)?$/;

/** verbs of a rate moving, before where it went (回落到, 下调至) */
const MOVE_VERB = '(?:回落|回升|下降|下跌|下滑|降低|降|提高|提升|上升|升|加快|放缓|收窄|扩大|上调|下调|调低|调高)';

/** words that only link a rate named as its clause's subject to its value, in any order: adverbs (均, 都, 仍然), a
 * target's words (原定…目标要求), verbs of setting or keeping (定在, 设定为, 控制在, 保持在), a start (由上年的), a verb of where
 * it moved when no start is said (已回落至, 下调到; after a start RATE_WENT_TO reads it); no noun, so the rate is what the value measures */
const RATE_LINK =
  '(?:的|均|都|统一|仍然|仍|还|也|已经|已|将|会|要|拟|原定|(?:宏观)?调控|预期|预计|目标[，,]?|要求|力争|争取|确保|高达|达到|达|' +
  '(?:设定|确定|定|设|控制|保持|稳定)(?:为|在|到)?|为|是|在|(?:由|从)(?:上年|去年|前年|[\\d０-９]{4}年)?|' +
  `${MOVE_VERB}(?:到|至|为))`;

/**
 * a rate of growth named as the subject of its clause, with only linking words before its value: 涨幅仍然高达百分之二十一点七,
 * 增幅均超過10%, 增长速度都在百分之四点三以上, 物价上涨幅度…力争控制在百分之十五左右, 原定漲幅目標要求控制在3.5%左右,
 * 经济增长速度的宏观调控目标，定为百分之八至九, 固定资产投资增长幅度由上年的58.6%…; a growth's target, named with 增长 or as the
 * target of GDP (GDP增长目标定在6.5%以上, 今年GDP目標為10%左右; not 占GDP…, a share)
 */
const RATE_SUBJECT = new RegExp(
  `(增速|增幅|涨幅|降幅|增长速度|上涨幅度|增长幅度|下降幅度|增长(?:的)?(?:预期)?目标|(?<!占)(?:GDP|生产总值)(?:的)?(?:预期)?目标)${RATE_LINK}*$`,
);

/** a cut of a thing named between the verb and the share cut (压减各类奖励、节庆、展会经费50%以上): the whole class of
 * verbs of cutting; a rate, a share or a part (占) there is no thing cut */
const CUT_OF_THING = /(?:压减|削减|压缩|缩减|压降|核减|减少|降低)[\u4e00-\u9fff、“”]{1,16}$/;
const NO_THING_CUT = /占|(?:率|比重|比例|占比)$/;
/** verbs of saving or lightening before a share: 审批精简85%, 农民负担平均减轻３０％, 开支…节约１０％ (a fall of the thing); before
 * an amount they say what was saved (节约资金1亿元), no fall */
const CUT_BY_SHARE = /(?:精简|节约|节省|减轻)(?:了)?$/;

/** between a rate's start and where it went: 由上年的58.6%回落到27.8%, 要从14.8%降到10%左右; or where it went in fact, a
 * clause or two later with no noun of its own (…降到10%左右,经过上下各方面的努力,实际回落到6.1%) */
export const RATE_WENT_TO = /^(?:(?:,[^,;。!?]{0,16})?,(?:实际|最终|实际上))?(?:回落|下降|降低|降|提高|上升|升|回升|加快|放缓)(?:到|至)$/;

/** a rate that moved, said with its noun: 利用外资增幅涨15% (a change of the rate, not a growth of the thing) */
export const RATE_MOVED = /(增幅|增速|涨幅)(?:比上年|较上年|同比)?(?:(涨|提高|上升|加快|回升|扩大)|(回落|下降|收窄|放缓))$/;

/** what a part added to the growth of the whole: (分别)拉动经济增长, 拉动GDP增长, 上拉地区生产总值增速; the part may be named
 * before it (第一、二、三产业分别拉动GDP增长) */
export const PULL = /((?:拉动|上拉)[^,;。、]{0,8}?(?:增长|增速))(?:了)?$/;

/** a gap below a base, in points: 低于预期1.5个百分点, 低于全国平均水平0.3个百分点, 比全省低2个百分点 (negative, as a fall is) */
const BELOW_BASE = /(?:低于|低出|比[^,;。]{1,20}?低)[^,;。]{0,16}$/;
/** more or less than a base said before: 比去年多, 比…的总和还多, 比上年少 */
const COMPARED_MORE = /比[^,;。]{1,24}?(?:还|要|再)?(多|少)$/;
/** a multiple above a base: 高出(四倍多), 超过了…递增率的(一点三倍) */
const MULTIPLE_ABOVE = /(?:高出|超出)()$|(?:超过|高出|超出)了?[^,;。]{2,30}的()$/;
/** a base exceeded by a share, named between the verb and the share: 超过计划成本(４％左右) (not 超过…的50%, a share of it) */
const OVER_NAMED_BASE = /(?:超过|超出)了?[\u4e00-\u9fff]{2,10}(?<!的)$/;
/** a fund or a sum added to, named between the verb and the amount */
const ADDED_TO_FUND = /(?:^|[^新])(?:增加|追加)[\u4e00-\u9fa5]{2,12}(?:基金|资金|投资|支出|投入|经费)$/;

/** a growth said with a verb of being or keeping after it: 收入增长为8%, 增长分别为8%和9%, 余额预期增长均为12%左右, 经济年均增长保持在
 * 6.5%以上 (not 增长率为, a rate's level; not 下降为, where it fell to) */
const GROWTH_IS = /(?:增长|上涨)(?:分别|均|都)?(?:为|是|达|达到|保持在|稳定在)$/;

export interface MeasureReading {
  measure: Measure;
  /** -1 for a fall */
  sign: 1 | -1;
}

/** the measure read off the words right before a quantity (`before` ends where its text starts) */
export function readMeasure(before: string, q: Quantity): MeasureReading | null {
  const isRate = q.unitClass === 'percent' || q.unitClass === 'times';
  if (q.unitClass === 'points') {
    // 拉动经济增长2.66个百分点: a contribution to growth is a level, not a change of a rate
    if (PULL.test(before)) return { measure: 'level', sign: 1 };
    return { measure: 'change', sign: (FALL.test(before) && !TO_LEVEL.test(before)) || BELOW_BASE.test(before) ? -1 : 1 };
  }
  const moved = isRate ? RATE_MOVED.exec(before) : null;
  if (moved) return { measure: 'change', sign: moved[3] ? -1 : 1 };
  // a rate of growth named as a noun: 增速达到15%, 增幅为8%, 涨幅控制在3%左右
  if (isRate && (ECONOMY_GROWTH.test(before) || GROWTH_TARGET.test(before))) return { measure: 'growth', sign: 1 };
  const rateNoun = RATE_NOUN.exec(before) ?? (isRate ? RATE_SUBJECT.exec(before) : null);
  if (rateNoun && isRate) return { measure: 'growth', sign: rateNoun[1] === '降幅' || rateNoun[1] === '下降幅度' ? -1 : 1 };
  if (q.unitClass === 'percent' && GROWTH_IS.test(before)) return { measure: 'growth', sign: 1 };
  if (TO_LEVEL.test(before) || SUM_OR_BOUND.test(before)) return { measure: 'level', sign: 1 };
  // 整体提升100所学校, 改造提升43万亩: a count or an area is upgraded, it does not rise by that much
  if (!isRate && UPGRADE.test(before)) return null;
  // 比去年多100万人, 比…前十七年的总和还多百分之八十三, 高出四倍多, 超过了…递增率的一点三倍: how much more than a base
  const more = COMPARED_MORE.exec(before) ?? (q.unitClass === 'times' ? MULTIPLE_ABOVE.exec(before) : null);
  if (more) return { measure: isRate ? 'growth' : 'change', sign: more[1] === '少' ? -1 : 1 };
  if (q.unitClass === 'percent' && OVER_NAMED_BASE.test(before)) return { measure: 'growth', sign: 1 };
  if (FALL.test(before)) return { measure: isRate ? 'growth' : 'change', sign: -1 };
  const cut = q.unitClass === 'percent' ? CUT_OF_THING.exec(before) : null;
  if (cut && !NO_THING_CUT.test(cut[0])) return { measure: 'growth', sign: -1 };
  if (isRate && q.unitClass === 'percent' && CUT_BY_SHARE.test(before)) return { measure: 'growth', sign: -1 };
  if (RISE.test(before)) return { measure: isRate ? 'growth' : 'change', sign: 1 };
  // 每年增产原煤3000万吨, 增加运力4000万吨: what is added, named between the verb and the amount (not 新增产业基金)
  if (!isRate && /(?<!新)(?:增产|增加)(?!值|额|业)[\u4e00-\u9fa5]{1,3}$/.test(before)) return { measure: 'change', sign: 1 };
  // 拟增加中央预算稳定调节基金1032亿元: a fund or a sum added to
  if (q.unitClass === 'money' && ADDED_TO_FUND.test(before)) return { measure: 'change', sign: 1 };
  return null;
}
