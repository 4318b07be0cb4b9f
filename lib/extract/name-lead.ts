import { withoutModal } from './name-modal';
import { withoutSpanInside } from './name-years';
import { withoutBasis, withoutComparedBase } from './name-compared';

// Words a name picks up from the clause around it that are no part of the thing measured: a connective or
// adverb in front (虽然, 但, 仅, 现已, 使全国 → 全国), an adverb or a time word at its end, right before the verb
// (农村贫困人口再|减少, 同我国建交的国家总数现|已达到, 基本养老金今年再|提高), a year or a modal there
// (国家外汇储备2000|年底达, 我国粮食生产必须|争取达到), a measure's change and what it is counted as
// (化肥生产能力|增加标准肥), one inside before a comparison
// (货币发行还比年初计划少), and a scope said with 对 before a verb (仅对制假售假违法活动立案查处的就 → 立案查处…).

/** connectives a clause opens with, and the time word after them (但全年…), an adverb of the present, or a pointer back
 * with its sum (这两部分共计) */
const LEAD =
  /^(?:(?:虽然|虽|尽管|但是|但|而且|并且|仅仅|仅|要使|使(?![用馆命者得]))+(?:全年|今年|去年|当年|前?[一二三四五六七八九十两]+年(?:内|来|间|中)|(?:19|20)\d\d(?:[、和](?:19|20)\d\d)*(?:[两二三四五]?年)(?:就|共|合计)?)?(?:我国)?|整个(?=[\u4e00-\u9fff]{2})|(?:国家)?计划要求(?:今年|明年)?的?|用[一二三四五两\d]+年(?:时间)?(?:将|把)?|现已|已经|目前|现在|这[两二三几]?(?:部分|些|方面)(?:共计|合计|总计|共)?|全国各(?=城镇|城市|地区)|各(?=城镇|城市|地区))/;
/** adverbs and time words between a name and its verb (and the 以 of a rate: 农业总产值仍以|每年…递增7.5%的速度) */
const TAIL =
  /(?:分别|统一|普遍|同步|全部|首次|今年|去年|明年|当年|全年|现已|现|已经|已|再|还|也|又|仍|却|就)+(?:以(?=$))?$|(?:仍|却|也|则)以$/;
/** a year or a modal between a name and its verb: 国家外汇储备2000(年底达…), 粮食生产必须(争取达到…), 竣工面积可(达到…),
 * 重点高校人数要(再增长…) */
const YEAR_OR_MODAL_TAIL =
  /(?<=[\u4e00-\u9fff]{2})(?:(?:19|20|１９|２０)[0-9０-９]{2}|要?(?:保证|确保)|必须|务必|应当|应该|(?<![许认])可(?:以|能)?|(?<![需主重纲摘提概只])要)$/;
/** a target word and the verb that sets it, left at the end of a name: 广义货币M2预期增长目标拟定(为13%左右), 经济增长速度的
 * 调控目标定(为8%); or the target word alone where it says the plan (全社会固定资产投资调控目标为…: the kind says it) */
export const TARGET_SET_TAIL = /(?<=[\u4e00-\u9fffA-Za-z0-9]{2})(?:(?:预期)?(增长)?目标(?:拟定|定为|设定|确定)|的?调控目标定?)$/;
/** a plan or a modal word left between a name and its verb (工业总产值计划|比上年增长, 粮食面积力求|稳定在, 非生产性投资比重
 * 相应|由…): 计划 only after a measured noun (not 投资计划, 招生计划: a plan as the thing) */
const PLAN_TAIL =
  /(?<=[\u4e00-\u9fff]{2})(?:力求|力争|争取|相应|预计|预定|(?<=(?:产值|总值|产量|面积|收入|比重|总额|总量|增加值|规模|生产))计划)$/;
/** a time word and 的 inside a name, between its subject and the thing (县以上单位去年的集团消费, 可压缩今后几年的投资), not a
 * time the words before set or compare (原定今年的…, 比去年的…); not before a verb (中央财政今年安排…: the time of the act,
 * accepted). With a plan word before it, the subject who plans goes too (农业银行、信用社计划今年|增加农业贷款) */
const TIME_INSIDE = /(?<=[\u4e00-\u9fff“”]{2})(?<![定比较同与于])(?:今年|明年|去年|今后[一二三四五两几]?年)(?=的[\u4e00-\u9fff]{2})/;
/** a time and a plan or modal word said before a name (明年计划|轻工业产值占…的比重, 争取明年|新增发电装机); 计划 only with
 * a time on either side (not 计划生育, 计划内, 计划新开工项目, 计划总投资: a compound or a planned amount as the thing), nor
 * 今年 alone (今年以来…: other rules read it) */
const PLAN_LEAD =
  /^(?:(?:明年|来年)(?:计划|要求|力求|力争|争取)?|(?:今年|去年)(?:计划|要求|力求|力争|争取)|计划(?=今年|明年)|要求|力求|力争|争取)(?:今年|明年)?(?=[\u4e00-\u9fff“"]{2})/;
const PLANNER_THEN_TIME = /^[\u4e00-\u9fff、]{2,12}?(?:计划|拟|准备)(?:今年|明年)(?=(?:增加|新增|安排|投入|发放|减少)[\u4e00-\u9fff]{2})/;
/** a measure, then the verb of its change and what the figure is counted as: 化肥生产能力|增加标准肥(1500万吨) */
const CHANGE_INSIDE = /^(.{2,}?(?:能力|产量|面积|容量|总量|规模))(?:增加|新增|提高|扩大)(?![值率])[\u4e00-\u9fff]{1,4}$/;
/** words that end in one of TAIL's characters and are words of their own (实现, 出现, 偿还, 成就) */
const TAIL_WORD = /(?:实现|出现|表现|体现|兑现|发现|呈现|再现|涌现|偿还|归还|退还|成就|造就|迁就)$/;
/** 对X立案查处的: what was done to X */
const DONE_TO = /^对([\u4e00-\u9fff“”]{2,14}?)((?:立案)?(?:查处|查办|处理|处罚|审查|审计|检查|整改|整治|帮扶|救助|奖励|补贴))的?$/;

/** a funder that will spend on a purpose, said with the verb: 中央财政将安排(科技支出) */
const FUNDER_WILL_SPEND = /^([\u4e00-\u9fff]{2,8}?(?:财政|政府))(?:将|拟|要)?安排([\u4e00-\u9fff]{2,8}(?:支出|经费))$/;
/** a modal and nothing else */
/** an estimate said inside a name, between the thing and its measure */
const ESTIMATE_INSIDE = /^([\u4e00-\u9fff]{2,}?)(?:仍|还|也)?预计(?:完成|实现|达到)?([\u4e00-\u9fffA-Za-z]{2,})$/;
/** a measure that says nothing without the thing before it */
const BARE_HEAD = /^(?:增加值|产值|总产值|收入|总收入|总额|总量|产量|利润|利税)$/;
const MODAL_ONLY = /^(?:大体|大约|大致|至少|今后)*(?:需要|必须|应该|应当)$/;
/** a name that is only the base a growth is on: 在(一九五○年)农产总量的基础上 */
const BASE_OF_GROWTH = /^在(?:[一二三四五六七八九十○〇零\d]{2,4}年)?([\u4e00-\u9fff]{2,12}?)的?基础上$/;
/** the base said after a name: 我国经济增长预期目标(是在明显提高质量和效益的基础上) */
export const ON_BASE_AFTER = /(?<=[\u4e00-\u9fff]{2})是?在[^,;。]{2,24}?的?基础上(?:能够)?$/;

/** the time or the plan a target was set in, said before the name: 年初确定的(单位国内生产总值能耗降低4%左右);
 * 《纲要》提出了“十一五”期间…; “十一五”规划中确定的…; a budget or a plan that lays it down (国家预算规定经济建设支出为…,
 * 第一个五年计划规定…) */
const SET_BEFORE =
  /^(?:年初|年前|今年|去年|上年|当年|[^,;。]{0,14}?(?:规划|纲要|《[^》]{1,24}》)中?|[^,;。]{0,10}?(?:预算|计划)(?=规定))(?:确定|提出|制定|设定|下达|预定|明确|规定)了?的?(?:["“]十[一二三四五]五["”](?:期间|时期))?(?=[\u4e00-\u9fff]{4})/;
/** the people's congress that approved a budget, said before the budget's item (区十七届人大第四次会议批准|年初一般公共预算收入,
 * 省人大批准的|省级收入预算): who passed the plan is no part of what is planned (not 提请…审议通过地方性法规: the act counted) */
const APPROVED_BY =
  /^[\u4e00-\u9fff]{0,12}?(?:人大|人代会|人民代表大会)(?:常委会)?[\u4e00-\u9fff]{0,12}?(?:审查|审议)?(?:批准|通过)了?的?(?=[\u4e00-\u9fff]{0,10}(?:预算|收入|支出))/;

/** the time a value came from, left at the end of a name: 单位国内生产总值能耗由前(三年分别上升4.9％) */
const FROM_EARLIER = /(?<=[\u4e00-\u9fff]{2})(?:由|从)前(?:[一二三四五两\d]+年)?$/;

export function trimNameWords(name: string): string {
  // (大体需要(保持每年递增5.4%的经济增长速度): a modal alone names nothing)
  name = withoutBasis(withoutComparedBase(name));
  if (MODAL_ONLY.test(name)) return '';
  // (1980比1975年增加…: a year alone, what is left of a comparison, names nothing)
  if (/^(?:19|20)\d\d年?(?:末|底)?$/.test(name)) return '';
  let n = withoutModal(name.replace(SET_BEFORE, '').replace(APPROVED_BY, '').replace(FROM_EARLIER, ''));
  const lead = LEAD.exec(n);
  if (lead && n.length - lead[0].length >= 2) n = n.slice(lead[0].length);
  if (!TAIL_WORD.test(n)) {
    const tail = TAIL.exec(n);
    if (tail && tail.index >= 2) n = n.slice(0, tail.index);
  }
  n = n.replace(YEAR_OR_MODAL_TAIL, '').replace(TARGET_SET_TAIL, '').replace(PLAN_TAIL, '');
  n = withoutSpanInside(n.replace(PLAN_LEAD, '').replace(PLANNER_THEN_TIME, '').replace(TIME_INSIDE, ''));
  // 在一九五○年农产总量的基础上(增产百分之八): the base a growth is on names the thing; …目标是在…的基础上(年均增长7%)
  // (…and development.国内生产总值: the end of an English sentence a bilingual page runs into the name)
  n = n.replace(/^[A-Za-z][A-Za-z ,'’-]*[a-z][.;:!?](?=[\u4e00-\u9fff])/, '');
  if (n.endsWith('基础上') || n.endsWith('能够')) {
    const base = BASE_OF_GROWTH.exec(n);
    n = base ? base[1] : n.replace(ON_BASE_AFTER, '');
  }
  // 中央财政将安排科技支出: the funder, then what it spends on (not 安排资金 alone)
  n = n.replace(FUNDER_WILL_SPEND, '$1$2');
  // 中央财政拟投入: the modal of a plan
  if (n.includes('拟')) n = n.replace(/(?<=[\u4e00-\u9fff]{2})拟(?=[\u4e00-\u9fff]{2})/, '');
  // 规模以上工业预计完成增加值, 重庆预计GDP: an estimate's words inside a name (a bare head keeps the subject before them; a
  // whole name needs nothing before them, 综合经济实力显著增强预计地区生产总值)
  const estimate = ESTIMATE_INSIDE.exec(n);
  if (estimate) n = BARE_HEAD.test(estimate[2]) ? estimate[1] + estimate[2] : estimate[2];
  // (…糖等的价格补贴: a name cut after a list's 的)
  if (/^的[\u4e00-\u9fff]{2}/.test(n)) n = n.slice(1);
  n = CHANGE_INSIDE.exec(n)?.[1] ?? n;
  // 货币发行还比年初计划少: the adverb before a comparison
  n = n.replace(/(?<=[\u4e00-\u9fff]{2})(?:还|也|仍|都)(?=比)/, '');
  const done = DONE_TO.exec(n);
  return done ? done[2] + done[1] : n;
}
