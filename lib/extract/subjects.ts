// The subject a figure's words leave unsaid, said once before it: the subject of the figure before
// (…增加值55.7亿元;实现利润13亿元), an industry the clause before names, or what passed a milestone
// (…迈上千亿台阶,达到1101亿元).
import type { Quantity } from './quantities';
import { budgetName } from './budget-names';
import { phraseBefore } from './phrases';
import { SHARE_NAME } from './reading-words';
import { itemHeadName } from './line-heads';
import { sentenceStart } from '../text/sentence';

/** the reading of the figure before, as far as its subject goes */
export interface ItemBefore {
  q: Pick<Quantity, 'unitClass'>;
  carry: string;
}

/** a measure with no subject of its own: 实现利润13亿元, 利润总额达23.26亿元, 营业收入为14474.5万元; the
 * pupils or teachers of the schools just counted (普通中学38所,在校学生2.95万人), or named with the count before
 * (高等学校新招生16.3万人,毕业学生6.4万人,在校学生…: the school counts, the whole class) */
const SCHOOL_COUNT = '(?:新招生|招生|毕业学生|毕业生|毕业|在校学生|在校生|在园幼儿|专任教师)';
const BARE_MEASURE = new RegExp(
  `^(?:利润|利润总额|利税|利税总额|税收|产值|总产值|增加值|营业收入|主营业务收入|销售收入|营收|${SCHOOL_COUNT})$`,
);
/** a part of the region's figure: 其中区本级227.25亿元 */
const OWN_LEVEL = /^(?:[省市区县州旗]|自治区|自治州)?本级$/;
/** the measure that ends a subject's figure, to find the subject: 规模以上工业企业主营业务收入 → 规模以上工业企业 */
const SUBJECT_MEASURE = new RegExp(
  `(?:资产总额|主营业务收入|营业收入|销售收入|营收|增加值|总产值|产值|利润总额|利润|利税|播种面积|种植面积|面积|总产量|产量|${SCHOOL_COUNT})$`,
);
/** a clause that names an industry before its figures and says only how it goes: 畜牧业健康发展,实现产值27.5亿元;
 * 民营经济快速发展,…; 建筑业发展势头强劲,总产值…; 工业经济快速发展,增加值… */
const INDUSTRY_CLAUSE =
  /(?:全[省市区县])?([\u4e00-\u9fff]{1,6}?(?<![企就创专职作学毕营])业|民营经济|非公有制经济)(?:经济)?(?:健康|稳步|快速|迅速|加快|持续|平稳|较快|蓬勃)?(?:发展|增长)(?:势头|态势)?(?:强劲|良好|迅猛|向好)?$/;
/** the industries a paragraph's first figure may be of: 总承包和专业承包建筑业企业产值 → 建筑业 */
const INDUSTRY_NAME =
  /(?:农林牧渔|畜牧|农|林|牧|渔|工|建筑|现代服务|服务|房地产|旅游|商贸|批发|零售|住宿|餐饮|交通运输|物流|金融|制造|采矿)业/g;

/**
 * The subject of a bare measure, or of a part (区本级), said once before it in the sentence: the
 * subject of the figure before (规模以上工业增加值55.7亿元…;实现利润13亿元 → 规模以上工业利润), what
 * a count before counts (规模以上服务业8户,营业收入…), or an industry the clause before names.
 */
export function ownerOfBare(text: string, indicator: string, at: number, before: ItemBefore | null, opener = ''): string {
  const budget = budgetName(text, indicator, at, before?.carry ?? '');
  if (budget) return budget;
  // 钢:从一百三十五万吨增加到四百十二万吨: the thing a line of a list is about
  const item = itemHeadName(text, at, indicator, before?.carry);
  if (item) return item;
  const share = SHARE_NAME.exec(indicator);
  if (share && before && BARE_MEASURE.test(share[1])) return ownerOfShare(indicator, before.carry);
  if (before && OWN_LEVEL.test(indicator)) return indicator + before.carry;
  // 其中房地产开发投资继续快速增长,完成投资24.89亿元: the subject the clause before says grew
  if (BARE_MEASURE.test(indicator) || indicator === '投资') {
    const grew = GREW.exec(clauseBefore(text, at))?.[1];
    const subject = grew ? phraseBefore(grew).indicator : '';
    if (subject.length > indicator.length) return subject.endsWith(indicator) ? subject : subject + indicator;
  }
  // 规模以上固定资产投资年均增长23.5%,累计完成投资1008亿元: the investment of the figure before
  if (indicator === '投资' && before && before.carry.length > 2 && before.carry.endsWith('投资')) return before.carry;
  // 工业增速连续五年超过全省平均水平,对经济增长的贡献率达60%以上: the contribution of the clause's subject
  // (高新技术产业迅速发展,对全市工业增长的贡献率达到54.6%: the industry the clause names)
  // (第一产业增加值37.70亿元,增长3.2%,对GDP增长的贡献率为0.7%: the subject of the figure before)
  if (CONTRIBUTION.test(indicator)) {
    // (…增加值155.6亿元,…,占GDP的比重为59.6%,对GDP增长的贡献率…: the thing whose share was said)
    const thing = before ? before.carry.replace(/占.{2,}?(?:比重|比例)$/, '') : '';
    const measured = thing.replace(SUBJECT_MEASURE, '');
    const ofBefore = measured !== thing && measured.length >= 2 ? measured : '';
    // (…占全部消费品零售总额的54.9%,拉动全市社零总额增长9.6个百分点,对…的贡献率: the thing whose pull was said)
    const pulled = /^(?:拉动|上拉)/.test(clauseBefore(text, at)) ? thing : '';
    return (subjectOfClauseBefore(text, at) || industryOfClauseBefore(text, at) || ofBefore || pulled) + indicator;
  }
  // 民营经济快速发展,销售收入、增加值同比分别增长30%、29%: a list of bare measures, of the industry before
  // (the phrase may still hold the clause before: 民营经济快速发展,销售收入、增加值)
  const comma = indicator.lastIndexOf(',');
  const items = indicator.slice(comma + 1).split('、');
  const list = items.length > 1 && items.every((it) => BARE_MEASURE.test(it) || it === '增加值');
  if (list && !before) {
    const industry = comma < 0 ? industryOfClauseBefore(text, at) : (INDUSTRY_CLAUSE.exec(indicator.slice(0, comma))?.[1] ?? '');
    return industry ? items.map((it) => industry + it).join('、') : indicator;
  }
  if (!BARE_MEASURE.test(indicator)) return indicator;
  // 建筑业发展势头强劲,总产值年均增长35.4%: the industry of the clause right before, over any figure before that
  const industry = industryOfClauseBefore(text, at);
  if (industry || !before) return industry + indicator;
  const carry = before.carry;
  const subject = carry.replace(SUBJECT_MEASURE, '');
  if (subject !== carry) return subject.length >= 2 && !subject.endsWith(indicator) ? subject + indicator : indicator;
  if (before.q.unitClass === 'count' && carry.length >= 2 && !/[、和]/.test(carry)) return carry + indicator;
  // 全年…建筑业企业实现产值282.21亿元,…。施工面积…;实现利润总额11.00亿元: the industry the paragraph opened on
  const subjectOpened = opener.replace(SUBJECT_MEASURE, '');
  const names = /业(?:企业)?$/.test(subjectOpened) ? opener.match(INDUSTRY_NAME) : null;
  if (!names) return indicator;
  // 全省规模工业实现增加值…;实现利润…: the size of the firms counted goes with the industry (规模工业利润)
  const name = names[names.length - 1];
  const scale = /(?:规模以上|限额以上|规模)$/.exec(subjectOpened.slice(0, subjectOpened.lastIndexOf(name)))?.[0] ?? '';
  return scale + name + indicator;
}

/** the bodies that make what a bare measure measures, counted or named before it: 产值过亿元企业 */
const PRODUCER = /(?:企业|公司|集团|单位|项目|园区|工厂)$/;

/**
 * A share of a bare measure (产值占全区总量) of the subject of the figure before, or of the part of the share before:
 * 产值过亿元企业63家,占全区规模以上工业企业总数的32.3%,产值占全区总量的95% → 产值过亿元企业产值占全区总量 (its growth after
 * it is then the firms' 产值). Not of a thing before that is neither a measure's subject nor a producer.
 */
function ownerOfShare(indicator: string, carry: string): string {
  const owner = SHARE_NAME.exec(carry)?.[1] ?? carry;
  const subject = owner.replace(SUBJECT_MEASURE, '');
  if (subject.length < 2 || /[、和]/.test(subject) || (subject === owner && !PRODUCER.test(owner))) return indicator;
  return subject + indicator;
}

/** a part of a whole whose measure it leaves unsaid: a sector (农业, 林业, 农林牧渔服务业, 重工业; not 第二产业) */
const SECTOR = /^(?!第[一二三]产业$)[\u4e00-\u9fff]{1,8}(?<![企就创专职作学毕营物])业$/;
/** the measures a whole shares with its parts under 其中 (a total's part is not a total: 总产值 → 产值) */
const WHOLE_MEASURE = /(?:总?产值|增加值|营业收入|主营业务收入|销售收入|利润总额|利润|零售额|销售额|投资)$/;

/**
 * 农林牧渔总产值65.67亿元,…,其中农业41.51亿元,…;林业3.70亿元: a sector under 其中 is a part of the whole said
 * before 其中 in the sentence, and takes its measure (农业产值, 林业产值). `wholes`: the readings before.
 */
export function partOfWhole(
  text: string,
  indicator: string,
  at: number,
  wholes: ReadonlyArray<ItemBefore & { q: { end: number } }>,
): string {
  if (!SECTOR.test(indicator)) return indicator;
  let start = sentenceStart(text, at);
  const among = text.lastIndexOf('其中', at);
  if (among < start) return indicator;
  // (…工业总产值比上年增长6%。其中,全民所有制工业增长3—4%: 其中 opening a sentence goes back to the one before)
  if (/^\s*$/.test(text.slice(start, among)) && start > 0 && text[start - 1] !== '\n') start = sentenceStart(text, start - 1);
  let whole: (typeof wholes)[number] | undefined;
  for (let k = wholes.length - 1; k >= 0 && !whole; k--) if (wholes[k].q.end <= among) whole = wholes[k];
  if (!whole || whole.q.end <= start) return indicator;
  const head = WHOLE_MEASURE.exec(whole.carry)?.[0].replace(/^总/, '');
  return head ? indicator + head : indicator;
}

/** the industry the clause before `at`'s clause names and says nothing else of (畜牧业健康发展,…), or '' */
function industryOfClauseBefore(text: string, at: number): string {
  return INDUSTRY_CLAUSE.exec(clauseBefore(text, at))?.[1] ?? '';
}

const CLAUSE_MARKS = /[,;。!?\n]/;

/** the clause before `at`'s clause where a comma ends it (a clause of the same sentence), or '' */
function clauseBefore(text: string, at: number): string {
  const end = sentenceStart(text, at, at, CLAUSE_MARKS);
  if (end === 0 || text[end - 1] !== ',') return '';
  return text.slice(sentenceStart(text, end - 1, end - 1, CLAUSE_MARKS), end - 1);
}

/** what the first figure of the paragraph `at` is in is of (`before`: the readings before `at`), or '' */
export function paragraphOpener(text: string, at: number, before: ReadonlyArray<ItemBefore & { q: { start: number } }>): string {
  const start = text.lastIndexOf('\n', at - 1) + 1;
  let first = '';
  for (let k = before.length - 1; k >= 0 && before[k].q.start >= start; k--) first = before[k].carry;
  return first;
}

/** a clause that says a milestone passed: 迈上千亿台阶, 突破两亿元大关, 跨越5000亿元, 三次跨越千万标箱 */
const MILESTONE =
  /^(.{2,48}?)(?:在全[国省市区])?(?:均|都)?(?:率先|先后|连续|首次|[一二三四五六七八九十两]次)?(?:突破|破|迈上|迈过|跨越|跃上|跨上|站上|越过)(?:[^,;。、]{1,8}?(?:大关|台阶|关口)|[一二三四五六七八九十百千两]*[万亿]+(?:元|吨|标箱|人次|千瓦时)?)$/;
/** a clause that says only that its subject grew: 财政一般预算收入实现翻倍增长 */
const GREW = /^(.{2,24}?)(?:实现|保持)?(?:继续)?(?:翻倍|翻番|翻一番|成倍|快速|稳步|持续|较快|大幅)增长$/;
/** a clause that names a list of things and says only how they went, before 分别: 国有企业、集体企业和外商及港澳台投资
 * 企业增长较快; 仅有食品类、烟酒及用品、医疗保障和个人用品类上涨 */
const LIST_WENT =
  /^(?:其中|仅有|只有)?(.{2,40}?[、和].{1,40}?)(?:均|都)?(?:继续)?(?:增长较快|较快增长|快速增长|增长迅速|稳步增长|保持增长|增势良好|上涨|上升|下降|下跌|回落)$/;
/** the words between such a clause and its figure: 分别达到, 从2006年的, 2011年达; an estimate of its growth a year
 * (…跨越两个千亿元台阶,预计年均增长10.5%) */
const WORDS_AFTER_MILESTONE =
  /^(?:.{0,3}|分别.{0,3}|(?:从|由)(?:19|20)\d\d年的?|(?:19|20)\d\d年(?:达到?|为|实现)?|(?:预计)?(?:年均|平均每年)?(?:增长|达到?))$/;

/** the subject of the clause before `at` where that clause only says the milestone its figure passed, or that it grew */
export function subjectBeforeMilestone(text: string, at: number): string {
  let end = at;
  // the clause before, up to a comma or 、 (人均地区生产总值突破5万关口、达到5.28万元)
  // …均突破万亿元,分别达到12488和10163亿元: the list of subjects, for 分别 to share out
  while (end > 0 && at - end <= 10 && !/[,、;。!?\n]/.test(text[end - 1])) end--;
  const words = text.slice(end, at);
  if (end === 0 || !/[,、]/.test(text[end - 1]) || !WORDS_AFTER_MILESTONE.test(words)) return '';
  // (before 分别 the clause holds the whole list: A、B、C和D跃上新台阶,分别为…)
  const stops = /^分别/.test(words) ? /[,;。!?\n]/ : /[,、;。!?\n]/;
  const begin = sentenceStart(text, end - 1, end - 1, stops);
  const clause = text.slice(begin, end - 1);
  const m =
    MILESTONE.exec(clause) ?? (words.length > 3 ? GREW.exec(clause) : null) ?? (/^分别/.test(words) ? LIST_WENT.exec(clause) : null);
  return m ? phraseBefore(m[1]).indicator : '';
}

/** a contribution with no subject of its own: 对经济增长的贡献率 */
export const CONTRIBUTION = /^(?:对[\u4e00-\u9fffA-Za-z]{2,8}的?)?贡献率$/;
/** the subject a clause opens with, before its growth or output: 工业增速…, 服务业增加值… (not a pull's whole: 上拉地区生产总值增速) */
const CLAUSE_SUBJECT = /^(?!拉动|上拉)([\u4e00-\u9fff]{2,10}?)(?:增速|增加值|增长|产值)/;

/** a clause that says only how its subject's standing or rate moved: 民营经济在全市经济中的地位继续上升,
 * 规模以上工业增加值增速由负转正 */
const STANDING =
  /^([\u4e00-\u9fff]{2,12}?)(?:在[^,;。]{1,12}中的)?(?:地位|增速|增幅)(?:继续|不断|进一步|明显|稳步)?(?:上升|提高|提升|增强|巩固|由负转正|企稳回升|止跌回升|回升)$/;

/** a clause that says only where its subject ranks: 一般公共预算收入升至全国第4位(,增长11.1%), 地区生产总值跃居全省首位 */
const RANKED =
  /^(?:其中|同时)?([\u4e00-\u9fff]{2,12}?)(?:总量|规模)?(?:升至|上升至|上升到|跃居|跃升至|跃升到|提升至|提升到|位居|居|排名|排在|列)[\u4e00-\u9fff]{0,6}?(?:第[一二三四五六七八九十\d]{1,3}位?|首位|前列)$/;

const TIMES = '[一二三四五六七八九十两\\d]+';
/** a clause that says only how its subject did over years: 粮食产量屡创历史新高, 贸易顺差连续两年下降, 国有企业效益明显好转;
 * a record said as the highest level, per head or not (粮食按人口平均占有量超过了建国以来的最高水平) */
const RECORD = new RegExp(
  `^([\\u4e00-\\u9fff]{2,14}?)(?:(?:按人口平均|人均)(?:占有量)?)?(?:(?:超过|达到|超出)了?(?:建国以来|新中国成立以来|历史上?|有史以来)的?最高水平|(?:屡创|再创|创)(?:历史)?新高|连续${TIMES}年(?:增产|丰收|下降|减少|增长|增加|提高|上升|回落)|(?:经济)?效益(?:大幅度|明显|显著)?(?:提高|好转))$`,
);
/** a clause that raises or cuts its object, whose change the figure then gives: 连续7年提高企业退休人员基本养老金水平,年均增长10%;
 * 逐步降低农业税税率,平均每年降低1个百分点以上 */
const RAISED = new RegExp(
  `^要?(?:连续${TIMES}年|今明两年|${TIMES}年来)?(?:继续|再次|逐年|逐步)?(?:适当)?(?:提高|上调|增加|降低|下调|扩大|缩小)(?!近|约|超|逾|[一二三四五六七八九十百千万亿两])([\\u4e00-\\u9fff]{4,16}?)(?:水平)?$`,
);

/**
 * The subject of a figure that names none (占全市生产总值的比重提高到79.9%; 增长3%以上), where the clause
 * right before, after `after` (the figure before), says only how that subject stands or moves, or names an
 * industry; '' otherwise.
 */
export function subjectOfClauseAlone(text: string, at: number, after: number): string {
  const clause = clauseBefore(text, at);
  // (the clause holds no figure: its begin is past the figure before)
  if (!clause || text.lastIndexOf(clause, at) < after) return '';
  return (
    STANDING.exec(clause)?.[1] ??
    RANKED.exec(clause)?.[1] ??
    INDUSTRY_CLAUSE.exec(clause)?.[1] ??
    RECORD.exec(clause)?.[1] ??
    RAISED.exec(clause)?.[1] ??
    ''
  );
}

/** the topic a clause before says alone: 地区生产总值方面,降幅较年初收窄24个百分点 */
const TOPIC = /^([\u4e00-\u9fff]{2,12}?)方面$/;

/** the topic the clause before `at`'s clause names, or '' */
export function topicBefore(text: string, at: number): string {
  return TOPIC.exec(clauseBefore(text, at))?.[1] ?? '';
}

/** the subject the clause before `at`'s clause opens with, or '' */
function subjectOfClauseBefore(text: string, at: number): string {
  return CLAUSE_SUBJECT.exec(clauseBefore(text, at))?.[1] ?? '';
}

/** an effect a figure measures with no cause of its own: 直接拉动消费, 拉动投资 */
const BARE_EFFECT = /^(?:直接|累计|共)?(拉动(?:消费|投资|销售))$/;
/** a programme a clause of the sentence carries out: 推动消费品以旧换新, 全面落实消费品以旧换新政策 */
const PROGRAMME = /(?:推动|落实|实施|开展|推进)([\u4e00-\u9fff“”]{2,14}?)(?:等)?(?:政策|行动|活动)?(?=[,，])/g;

/** 推动消费品以旧换新,直接拉动消费190亿元: what a programme said before in the sentence brought along */
export function effectOfProgramme(text: string, indicator: string, at: number): string {
  const effect = BARE_EFFECT.exec(indicator);
  if (!effect) return indicator;
  const matches = [...text.slice(sentenceStart(text, at), at).matchAll(PROGRAMME)];
  return matches.length ? matches[matches.length - 1][1] + effect[1] : indicator;
}

/** a total named by a bare head: 项目总量, 投资总量 */
const BARE_TOTAL = /^([\u4e00-\u9fff]{2})总量$/;
/** a level of government a count is split by, which a total over the levels drops: 旗级, 省级 */
const LEVEL_OF = /^[\u4e00-\u9fff]{1,2}级/;

/**
 * 6个盟级、42个旗级重点项目完成投资21亿元,项目总量、投资总量分别增长9%、31%: a total named by a bare head is
 * of the thing the figure before in the sentence names with that head (重点项目总量, 重点项目投资总量): the
 * indicator of `readings[at]`.
 */
export function totalOfSubject(
  text: string,
  readings: ReadonlyArray<ItemBefore & { indicator: string; q: { start: number; end: number } }>,
  at: number,
): string {
  const r = readings[at];
  const head = BARE_TOTAL.exec(r.indicator)?.[1];
  if (!head) return r.indicator;
  let k = at - 1;
  // 收入总量为92499.41亿元 after 加上…调入…: the budget's revenue (or spending) the paragraph opened on, not a
  // part of it under 其中 (非税收入)
  if (head === '收入' || head === '支出') {
    const paragraph = text.lastIndexOf('\n', r.q.start - 1);
    let whole = '';
    for (; k >= 0 && readings[k].q.end > paragraph; k--) if (readings[k].carry.endsWith(head)) whole = readings[k].carry;
    return whole.length > head.length ? `${whole}总量` : r.indicator;
  }
  while (k >= 0 && BARE_TOTAL.test(readings[k].carry)) k--;
  if (k < 0 || readings[k].q.end < sentenceStart(text, r.q.start)) return r.indicator;
  const carry = readings[k].carry;
  const found = carry.indexOf(head);
  if (found <= 0) return r.indicator;
  const subject = carry.slice(0, found + head.length).replace(LEVEL_OF, '');
  return subject.length > head.length ? `${subject}总量` : r.indicator;
}

/** a sum put in with no owner of its own: 投入资金, 累计投入 */
const BARE_SUM = /^(?:投入资金|投入|筹集资金|整合资金|资金投入)$/;
/** a sentence that opens on a campaign since it began: 脱贫攻坚战打响以来, 乡村振兴战略实施以来 */
const SINCE_CAMPAIGN = /^([\u4e00-\u9fff“”]{2,10}?)(?:战|战略|工作|行动|工程)?(?:打响|启动|实施|开展|全面推开)以来/;

/** 脱贫攻坚战打响以来,…,累计投入资金超45亿元: a sum with no owner is the campaign's its sentence opens on */
export function sumOfCampaign(text: string, indicator: string, at: number): string {
  if (!BARE_SUM.test(indicator)) return indicator;
  const campaign = SINCE_CAMPAIGN.exec(text.slice(sentenceStart(text, at), at))?.[1];
  return campaign ? campaign + indicator : indicator;
}

/** a rise in rank in 位: 实现5年前进3位 */
const RANK_RISE = /(?:前进|上升|提升|提高|前移|进位|跃升|晋升)了?$/;
/** the rank said before in the sentence: 在全国的位次由第11位上升到第8位 */
const RANK_IN = /在(全[国省市区州县])的?(?:位次|排位|排名)/;

/** 地区生产总值…在全国的位次由第11位上升到第8位,实现5年前进3位: a rise in rank is the rank of the thing, where it is ranked */
export function rankOf(text: string, subject: string, context: string, at: number, unit: string): string {
  if (unit !== '位' || !subject || !RANK_RISE.test(context)) return subject;
  const rank = RANK_IN.exec(text.slice(sentenceStart(text, at), at));
  return rank && !subject.endsWith('位次') ? `${subject}${rank[1]}位次` : subject;
}
