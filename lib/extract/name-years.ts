// The years and spans of time in the words before a figure, which are no part of its name: a year or a span that opens
// them (2019年…, 这五年…, “十四五”期间…), or one left at their end (…连续8年, …比2010年, …从1953年至1980年的二十八年间).
// Years as old reports write them, digit by digit in Chinese numerals (一九八○年, 二○○七年), are read as Arabic ones
// first, so that every rule on a year in a name reads them (一九九○年工农业总产值, 在校学生由一九八○年的…, 进出口贸易
// 总额一九九○年比…: lib/detect/chinese-dates.ts arabicYears). Four characters for four: offsets in the words hold.

/** a time that opens a name, a frame of time (到1985年, 在1985年底以前, 截至2020年底), a year, a list of years (1978、1979两年共…, 1979和1980两年合计), a year before a comparison
 * without 年 (1980比1975年…), a span of years or a five-year plan's (在1979到1983年, “六五”期间; not a plan itself: “六五”计划…) (not 九年 of 九年义务教育, 十二年一贯制: a name, not a span; 五年中|国家用于…, 四年中|城镇…,
 * but 五年|中国…, 五年|中央财政…) */
export const YEAR_PREFIX =
  /^(?:(?:到|在|截至|截止到?)(?:19|20)\d\d年(?:度)?(?:末|底|初)?(?:以前|之前|前|时)?(?=[\u4e00-\u9fff“"]{2})(?![^,;。]*基础上)|(?:19|20)\d\d年?(?:[、和及与](?:19|20)\d\d年?)+(?:[两二三四五]年)?(?:共|就|合计|累计)?|(?:19|20)\d\d(?=比)|按一年计|按年计|按可比价格?计算|按可比口径计算|按现价计算|按(?:常住|户籍)人口计算|(?:19|20)\d\d年(?:度)?(?:末|底)?|(?:连续|前|近|这)?(?:\d+|[一二三四五六七八九十两多]+)(?:个)?年(?:来|间|内|中(?!国(?![家有内务际])|央)|(?!义务教育|一贯制|制))(?:共|累计)?|(?:在|从)?(?:19|20)\d\d年?(?:到|至)(?:19|20)\d\d年(?:间|内)?|(?:在|从)(?:19|20)\d\d$|[“"]?(?:十[一二三四五六七八九]|[一二三四五六七八九])五(?![”"’]?计划)[”"’]?(?:期间|时期|以来)?|期间|以来|\d{1,2}(?:[-—~至]\d{1,2})?月(?:份)?(?:底|末|累计)?|[一二三四五六七八九十]+月(?:份)?|前[一二三]季度)/;

/** time spans at the end: 粮食产量连续8年稳定在…, 五年年均增长… */
const TRAILING_SPAN = /(?:连续)?(?:\d+|[一二三四五六七八九十两多]+)(?:个)?年(?:来)?$/;
/** the year a share is compared with, said after its name: 一产占比较2010年(下降3.9个百分点) */
const COMPARED_TO_YEAR = /(?:比|较)(?:19|20)\d\d年(?:末|底|同期)?$/;
/** the years a figure goes over, said after its name: 农业总产值从1953年至1980年的二十八年间(平均每年增长…),
 * 粮食产量在1953年到1978年间, 超过1978年以前二十六年(平均每年…) */
const TRAILING_YEARS =
  /(?:在|从|自)?(?:(?:19|20)\d\d年?(?:到|至|—|-))?(?:19|20)\d\d年(?:以前|以来|的)?(?:[一二三四五六七八九十两\d]+年)?(?:间|内|中)?$/;
/** 只 before the verb (粮食产量…平均每年只|增长五百多万吨), not the noun of livestock counted by head (羊只) */
const ONLY_AT_END = /(?<![羊禽鸡鸭鹅])只$/;

/** a span of time or a year left at the end of a name, or '' */
export function timeAtEnd(s: string): string {
  return (
    (/年来?$/.test(s) ? (COMPARED_TO_YEAR.exec(s) ?? TRAILING_SPAN.exec(s))?.[0] : '') ||
    (/[年间内中]$/.test(s) ? TRAILING_YEARS.exec(s)?.[0] : '') ||
    ONLY_AT_END.exec(s)?.[0] ||
    ''
  );
}

/** a span said inside a name, between its subject and the act (中央财政五年投入…, 城镇全民所有制单位五年合计建成住宅, 中央财政五年
 * 累计补助…, 地方财政每年将安排支出): the span is the figure's period, not part of what is measured; not a span that names a
 * programme (学前教育三年行动计划, 九年义务教育) */
const SPAN_INSIDE =
  /(?<=[\u4e00-\u9fff]{2})(?:将)?(?:(?:[一二三四五六七八九十两]|\d{1,2})年(?:内|间)?|每年|平均每年)(?:合计|累计|共计|共|将)?(?=(?:投入|安排|建成|新建|完成|新增|增加|减少|发放|补助|用于|拨出|解决)[\u4e00-\u9fff])/;

/** a name with the span said inside it left out */
export function withoutSpanInside(name: string): string {
  return name.length > 6 && name.includes('年') ? name.replace(SPAN_INSIDE, '') : name;
}

/** a part of a year or a year, the whole class a figure's time is said in: 一季度, 第二季度, 前三季度, 上半年, 全年, 1-5月,
 * 一至十月份, 前10个月, 2012年 */
const PART_OF_YEAR =
  '(?:第?[一二三四1-4]季度|前[两二三]季度|[上下]半年|全年|(?:\\d{1,2}|[一二三四五六七八九十]{1,3})(?:[-—~至](?:\\d{1,2}|[一二三四五六七八九十]{1,3}))?月份?|前(?:\\d{1,2}|[一二三四五六七八九十两]{1,3})个月|(?:19|20)\\d\\d年)';
/** a list of times at the end of a name, before the list of values that goes over them (地区生产总值一季度、上半年、
 * 前三季度、全年|分别增长3%、3.4%、4%、4.5%左右): each value is the named thing's, in one of the times */
const TIME_LIST_AT_END = new RegExp(`${PART_OF_YEAR}(?:(?:、|和|及|与)${PART_OF_YEAR})+(?:、|和|及|与)?$`);

/** a name with a list of times at its end left out, where a name is left (not a list of times alone) */
export function withoutTimeList(name: string): string {
  const m = /[度年月份](?:、|和|及|与)?$/.test(name) ? TIME_LIST_AT_END.exec(name) : null;
  return m && m.index >= 2 ? name.slice(0, m.index) : name;
}
