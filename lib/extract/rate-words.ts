// The words around a rate that say what it is of: a rate named after its value (以15%的增速, 7.5%,…经济增速的预期目标),
// a rate that moved over time (降幅比上半年收窄) or stands against another place's (增速高于全省平均).

/** a rate compared with another place's: 增速高于全省平均(0.4个百分点), 增幅高于全市平均水平, 增幅高出绍兴平均 */
const RATE_GAP =
  /^(?:增速|增幅|涨幅)(?:比)?(?:高于|低于|快于|慢于|高出|低出|领先)(?:(?:全国|全省|全市|全区|全县|全州)(?:平均)?|[\u4e00-\u9fff]{2,4}?平均)(?:水平)?$/;
/** the rate unsaid before the gap, the place's said with its time after it: (增长5.1%,)高于全国一季度增速(0.3个百分点) */
const GAP_TO_PLACE_RATE =
  /^(高于|低于|快于|慢于|高出|低出)(?:同期)?(全国|全省|全市|全区|全县|全州)(?:同期|(?:第?[一二三四]|前[两三])季度|[上下]半年|全年)?(?:平均)?(增速|增幅|涨幅|水平)$/;

/** the gap said bare, the place alone after its verb: (增长8.5%,)超过全省(0.4个百分点), (失业率4.5%、)低于全国(0.6个百分点) */
const BARE_GAP = /^(高于|低于|快于|慢于|超过|高出|低出|领先)((?:全国|全省|全市|全区|全县|全州)(?:平均)?)$/;
/** a plan period whose rate is the benchmark, before the verb (比“九五”期间增幅高) or after it (高出“九五”期间增幅) */
const PERIOD = '[“"][一二三四五六七八九十]{1,2}五[”"〞]?(?:期间|时期)';
const PERIOD_GAP = new RegExp(`^(?:比(${PERIOD})(增速|增幅)([高低快慢])出?|(高于|低于|快于|慢于|高出|低出)(${PERIOD})(增速|增幅))$`);

/**
 * The name of the gap of a figure to a benchmark, as the figure's name ends (增速高于全国), or undefined: a place's rate
 * or a plan period's; after a growth (`ofGrowth`) the gap is of its rate, after a rate's level of the rate itself
 * (城镇调查失业率低于全国). In a unit other than points only the gap to an average level (高出全国平均水平989元).
 */
export function rateGap(said: string, ofGrowth = true, unitClass = 'points'): string | undefined {
  // (the gap as the next item after the figure: 增长20.4%、高于全国)
  const context = said.replace(/^、/, '');
  const placeRate = GAP_TO_PLACE_RATE.exec(context);
  // (the time of the place's rate is the figure's own: 一季度 goes with the period, not the name)
  // (高于全国平均水平: the gap of what the thing is, a rate or a level)
  if (placeRate?.[3] === '水平') return `${placeRate[1]}${placeRate[2]}平均水平`;
  if (unitClass !== 'points') return undefined;
  if (placeRate) return `${placeRate[3]}${placeRate[1]}${placeRate[2]}`;
  const bare = BARE_GAP.exec(context);
  if (bare) return `${ofGrowth ? '增速' : ''}${bare[1]}${bare[2]}`;
  const period = PERIOD_GAP.exec(context);
  // (the period as a plan's name is written: “九五”期间)
  if (period) {
    const [, before, rateBefore, than, verb, after, rateAfter] = period;
    const name = (before ?? after).replace(/^["“]/, '“').replace(/["”〞]/, '”');
    return before ? `${rateBefore}${than}于${name}` : `${rateAfter}${verb}${name}`;
  }
  return RATE_GAP.exec(context)?.[0];
}
/** the growth target a rate is, named in the clause after it: ,今年…调低了经济增速的预期目标 */
export const TARGET_NAMED_AFTER = /^,[^,;。]{0,30}?(经济增速|经济增长速度|经济增长|物价涨幅|物价调控|物价)的(?:预期|调控)?目标/;
/** a rate noun a clause opens with: 降幅较年初收窄 */
export const RATE_FIRST = /^(降幅|增幅|增速|涨幅)/;
/** an earlier period a rate is compared with: 上半年, 去年三、四季度, 1-8月, 上年同期, 2019年 */
const EARLIER =
  '(?:(?:上年|去年)?(?:[上下]半年|[一二三四](?:、[一二三四])*季度|全年)|前[两三]季度|一至[一二三四五六七八九十]{1,2}月份?|\\d{1,2}[-—~至]\\d{1,2}月份?|\\d{1,2}月份?|上月|上季度|年初|上年末?|去年|上年同期|同期|(?:19|20)\\d\\d年)';
/** a rate that moved against an earlier period or a list of them, named or not (涨幅回落0.6个百分点, 增速同比加快,
 * 增速较上年四季度提高, 增速比一季度、上半年和前三季度分别提高了; not against another place: 增速高于全市平均水平 is a gap) */
export const RATE_OVER_TIME = new RegExp(
  `^(降幅|增幅|增速|涨幅|跌幅)(?:分别)?(?:同比|(?:比|较)${EARLIER}(?:[、和及]${EARLIER})*)?(?:分别|累计)?(?:收窄|扩大|加快|回落|提高|下降|放缓|回升|提升|上升|减缓|收缩|减低|降低)了?$`,
);
/** 以15%的增速: a rate given before its name */
export const RATE_WITH = /(?:分别|依次)?以$/;
/** a bare growth verb (同比增长) */
export const GROWTH_ONLY = /^(?:同比|比上年|较上年)?(?:增长|下降)$/;
/** a list of changes of the rates of a list of growths said just before (分别增长…,分别提高…) */
export const GROWTH_MOVED = /^(?:同比|比上年)?分别(?:提高|加快|回落|下降|上升|放缓|回升|提升)$/;
/** 实现9.5%左右的增长: a growth named after its value */
export const GROWTH_AFTER = /^的(?:增长|增速)(?![率点极])/;
/** 分别以15%、13.6%的增速: the rate noun after a list of values */
export const RATE_NAMED_AFTER = /^(?:、\d+(?:\.\d+)?%)*的(?:年均)?(?:增速|增幅|速度)/;
