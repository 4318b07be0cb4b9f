// A modal said inside or before a name, between who acts and the act the figure counts: SUBJECT? + 将|可|可以 + VERB + THING
// (各地将|新建改扩建幼儿园, 可|新增园位, 国家财政将|投入, 可以|少用标准煤); 包括 with the 将/把 of what it includes, before
// the thing (包括将|国有企业下岗职工基本生活费水平…提高30%), or before a part's measure (累计筹资…,包括|境外筹资). The
// modal says the figure is a plan or a reckoning, which the kind says; the name is the act and its thing.

/** the acts a modal comes before: building, adding, cutting, saving, spending */
const ACT = '(?:新建|改扩建|扩建|新增|增加|减少|减轻|节约|节省|少用|降低|提高|建成|改造|完成|安排|投入|发放|带动|吸纳|安置|解决|腾出)';
/** a modal before an act, opening the name or after its subject; not where the act makes a noun with 的 after it
 * (可压缩的投资: what can be cut, a measure of its own), nor after a time (每年可减少…: a reckoning per year, kept whole) */
const MODAL_BEFORE_ACT = new RegExp(`(?:(?<=^)|(?<=[\\u4e00-\\u9fff]{2})(?<!年))(?:将|可以|可)(?=${ACT})(?![\\u4e00-\\u9fff]*的)`);
/** what a figure includes, said before the thing: 包括将…, 包括把… */
const INCLUDES_OBJECT = /^包括(?:将|把)(?=[\u4e00-\u9fff]{2})/;
/** what a figure includes, a part of the figure before it named by its measure: 包括境外筹资 (not 包括村办工业: a scope) */
const INCLUDES_PART = /^包括(?=[\u4e00-\u9fff]{2,10}(?:筹资|投资|资金|收入|支出|贷款|存款|产值|产量|人数)$)/;

/** `name` without a modal before its act, or the 包括 of what a figure includes */
export function withoutModal(name: string): string {
  // (a character of a modal or of 包括 first: the patterns are tried at every position otherwise)
  if (!/[将可括]/.test(name)) return name;
  return name.replace(INCLUDES_OBJECT, '').replace(INCLUDES_PART, '').replace(MODAL_BEFORE_ACT, '');
}
