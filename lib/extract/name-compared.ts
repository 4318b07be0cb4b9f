// What a name is compared with, read into it: the thing is said, then 比 and its base, then the change, which is the
// figure (一般公共预算收入比“十二五”|增长40.2%, 稻米的单位面积产量比小麦高|至将近两倍, 进出口贸易总额一九九○年比|一九八○年…).
// The base is no part of the thing measured: the name ends before 比 (and the year said before it). Kept where the
// gap to a plan or budget is itself the thing (财政比年度预算超收, 决算支出比预算少支出, 货币发行比年初计划少: judged right).

/** a year said right before 比: 一九九○年比, 2020年比 */
const YEAR = '(?:(?:19|20|１９|２０)[0-9０-９]{2}|[一二三四五六七八九○〇零]{4})年?';
/** 比 and what follows it to the name's end, after at least two characters of the thing; not 比重, 比例, 比率, 比值, 比较,
 * nor a ratio's or price basis's 比 (之比, 可比, 占比, 同比, 环比, 对比, 评比, 结构比) */
const COMPARED_TAIL = new RegExp(`(?<=[\\u4e00-\\u9fff”"]{2})(?:${YEAR})?(?<![之可占同环对评构无类排])比(?![重例率值较])[^,;。]+$`);
/** a gap to a plan or a budget, which names the thing with its base */
const GAP_TO_PLAN = /(?:计划|预算)(?:还|要|再)?(?:多|少|超)[\u4e00-\u9fff]{0,3}$/;
/** a rank compared with an earlier one (排位比2006年度前进了10位): the rank's own reading keeps it */
const RANK = /排位|位次|排名/;

/** `name` without the base it is compared with */
export function withoutComparedBase(name: string): string {
  if (!name.includes('比') || RANK.test(name)) return name;
  const tail = COMPARED_TAIL.exec(name);
  if (!tail || GAP_TO_PLAN.test(tail[0])) return name;
  return name.slice(0, tail.index);
}

// The basis a figure is reckoned on, said before its verb: 按可比价格(比上年增长7.8%), 自然(增幅2%), 同口径(完成3.67亿元).
// It says how the figure was counted, not what: no part of the name, and a name that is only a basis is of the thing the
// figure before measured (judged corpora pages11 and pages12, gold set 4).

/** a basis of reckoning: at comparable prices or scope, the same scope, natural (before a policy's effect) */
const BASIS = '(?:(?:按|以)?(?:可比价格?|可比口径|同口径)(?:计算|测算)?|自然)';
const BASIS_ONLY = new RegExp(`^${BASIS}$`);
/** a basis at a name's end: 地方财政收入按可比口径计算 */
const BASIS_TAIL = /(?<=[\u4e00-\u9fff)）]{2})(?:(?:按|以)(?:可比价格?|可比口径)(?:计算|测算)?)$/;

/** whether `name` is only the basis its figure is reckoned on */
export function isBasisOnly(name: string): boolean {
  return BASIS_ONLY.test(name);
}

/** `name` without the basis it is reckoned on at its end */
export function withoutBasis(name: string): string {
  return /[比口]/.test(name) ? name.replace(BASIS_TAIL, '') : name;
}
