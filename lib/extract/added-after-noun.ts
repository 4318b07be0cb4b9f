// A 新增 said after the thing and right before its figure (复线里程新增349公里, 各项贷款新增2.1万亿元, 保护性耕作面积新增
// 200万亩): the figure is what was added, not the stock, so the name keeps the verb in front (新增复线里程), as where it
// is said first (新增复线里程349公里). Not after an actor that adds (中央政府拟新增…, 全疆高校新增17个博士点: the thing is
// after the figure), nor after a time (每天新增, 平均每年新增: the name is elsewhere).

/** the thing, an adverb of a list, then 新增 */
const NOUN_THEN_NEW = /^(.{2,}?)(?:均|分别|累计|共|又)?新增了?$/;
/** a name that is an actor or a time, not the thing added */
const NOT_THING =
  /(?:政府|财政|中央|国家|全国|全省|全市|全区|全县|我国|我省|我市|我区|我县|高校|部门|银行|单位|每天|每年|每月|平均|人均|年均|当年|全年|今年|去年)$/;
/** after the figure: a noun of its own (17个博士点) means the thing is named there */
const NOUN_AFTER = /^[\u4e00-\u9fff]/;
const AFTER_OK = /^(?:和|与|及|、|增长|同比|比上年|累计|达到|共|以上|左右)/;

/** the words of a figure that is the stock the new ones brought it to: (新增105万户,)达到(920万户), 累计分别达到 */
const STOCK_AFTER = /^(?:累计|总数|总量|共有|总计)?(?:分别)?(?:达到|达|增至|为)$/;

/** `indicator`, read from `context` (the words before the figure in its clause), with a 新增 said after it put in front */
export function addedAfterNoun(context: string, indicator: string, after: string): string {
  if (!indicator) return indicator;
  if (indicator.startsWith('新增')) return STOCK_AFTER.test(context) ? indicator.slice(2) : indicator;
  if (indicator.startsWith('新')) return indicator;
  const said = NOUN_THEN_NEW.exec(context.replace(/^、/, ''));
  // (not over a list of things, which its items share out: 浦东新区法规、管理措施分别新增4部、10部)
  if (!said || said[1] !== indicator || NOT_THING.test(indicator) || /[、和与及]/.test(indicator)) return indicator;
  if (NOUN_AFTER.test(after) && !AFTER_OK.test(after)) return indicator;
  return `新增${indicator}`;
}
