// The words in a sentence that turn a quantity's tense (力争, 今年 → a target; 去年, 已完成 → a result) and the years a
// sentence is about (not a base, 比2020年, nor a start, 由2011年的): tense.ts finds them once a text.
import type { Kind } from '../model/mention';
import type { ReportMeta } from '../detect/metadata';
import { sentenceStart } from '../text/sentence';
import { REPORT_SAYS } from './section-marks';

/** what a quantity's tense reads: its kind and the year(s) it is of */
export interface Tense {
  kind: Kind;
  period: number | null;
  /** the first year of a quantity over several years (period is then the last) */
  periodFrom?: number;
}

const Y = '(?:19|20)\\d\\d';

/** a part of this year already past: 今年第一季度, 今年上半年, 今年1至10月, 今年前三季度 */
const SO_FAR =
  '第?[一二三1-3]季度|上半年|前三季度|前[两二三四五六七八九十\\d]{1,2}个月|[1-9一二三四五六七八九十]{1,2}(?:至|到|-|—|~)[1-9一二三四五六七八九十]{1,2}月';
/** this year so far, which a report delivered in it reports (今年第一季度,工业生产又比去年同期增长12%)
 * (or a day of it a review counts to: 截至今年2月底,全国已经停建缓建…项目18000个 — done by then, in the report's own year;
 * or a part of a year named, or of 今年 said earlier in the sentence, compared with the same part of the year before:
 * 1980年上半年又比去年同期增长20.2%; 今年上海市纺织工业实行了…试点,上半年产值比去年同期增长14.1%: the cue is the part, after
 * its `lead`) */
const SAME_PART_BEFORE = `(?=[^。!?]{0,24}?(?:比|较)(?:去年|上年)同期)`;
/** 今年 of figures a statistics bureau released (国家统计局…公布的…数据显示,今年全国粮食总产量…; a headline 统计局:今年夏粮增产…):
 * the year reported, not one planned (the look-behind after 今年: one before it would be tried at every offset) */
export const YEAR_RELEASED = /今年(?<=(?:(?:数据|统计|公报)显示[,，:：]?|统计局[:：])今年)/g;
export const YEAR_SO_FAR = new RegExp(
  `今年(?:${SO_FAR})|(?<=截[至止])今年(?:\\d{1,2}|[一二三四五六七八九十]{1,2})月(?:底|末|份|中旬|\\d{1,2}日)?|(${Y})年(?:${SO_FAR})${SAME_PART_BEFORE}|(?<lead>今年[^。!?]{1,30}?)(?:${SO_FAR})${SAME_PART_BEFORE}`,
  'g',
);

/** a sentence or a headline that leads with a year (2013年,五莲县计划招引…; 2010年广州人均生产总值1万美元), or news of a report
 * that opens its clause with one (报告提出,2021年,全省…), not a part of it gone by (1980年上半年…): a target word where that year
 * is one the report plans */
export const YEAR_LEADS = new RegExp(
  `(?<=^|[\\n。!?;]|${REPORT_SAYS})[ \\t]*(${Y})年(?:[,:]|(?=[\\u4e00-\\u9fff])(?!${SO_FAR}|[底末初]))`,
  'g',
);

/** a target word (what a draft plan sets, 计划草案拟定,工业总产值比一九六四年增长百分之十一左右; 力争, 力保 but not the 力 of
 * 财力保障, 电力保供; a year's budget, 2015年全省…收入安排5504.25亿元): after it, the
 * rest of the sentence plans (a year planned and its 要 or 将 too: 全国人口2000年要控制在13亿以内,
 * 2000年粮食总产量要保证达到4900亿公斤, 1985年将达到九百八十三亿元). 争取 and 确保 also say what was secured in a
 * review (争取上级资金31.8亿元), so they turn a sentence only outside one; a result measured against the target
 * (城镇新增就业980万人，超过预期目标；…, 比预期目标高4.8个百分点) is no target word, nor are plans named and how they went
 * (科技攻关等计划实施顺利: 等 lists plans by name, 实施顺利 says how they were carried out). */
export const TARGET_CUE = new RegExp(
  `计划草案(?:还|中)?(?:规定|提出|安排|拟定)|力争|力求|(?<![财电动人物能有活火马体智兵权压效实国努全竭协合主武])力保|(?<![过出成现到于比超])预期(?:目标|增长|达到|为|(?=[,:]))|(${Y})年,?预期(?!寿命)|目标(?:是|为)|拟(?!定)|(?<!行动|工作|专项|倍增|培育|英才|人才|提升|攻坚|三年|五年|等)计划(?!完成率)(?:到|在|于|今年|全年|新建|新增|建设|建成|完成|实施|投资|安排|开工|引进|启动|改造|实现|压减|化解|淘汰|比(?:上年|去年))(?!完成率|顺利|良好|情况|进展|成效)|(?<!\\d年|\\d)(?:到|至)(${Y})年|(?:到|至)本世纪末|(?<![由比较]|截[至止]|(?:数据|统计|公报)显示[,，:：]?|统计局[:：])今年(?!以来|${SO_FAR})|明年|预计(?:今年|全年)?(?:将|可)|设定[^,;。]{0,12}?目标|(${Y})年目标(?!任务)|(${Y})年(?:的)?计划(?!执行|完成|生育|单列|的执行|的完成)|(${Y})年[^,;。\\d]{0,8}?(?<![主重需只不])要(?!求)|(${Y})年将(?!近)|(${Y})年,?[^,;。!?\\n\\d]{0,24}?(?:收入|支出)(?:预算)?安排(?=[^,;。]{0,6}\\d)`,
  'g',
);
// 要 is left out: 主要, 重要, 需要 are far more common than the modal; a report that proposes (他在政府工作报告中还提出,城镇
// 新增就业人数不低于900万人,…: news of a report's targets) is a target word where no section says otherwise, unless the
// report is last year's (去年政府工作报告提出,物价涨幅要从14.8%降到10%左右) or a year follows to date what it tells
// (报告提出,预计2011年全市生产总值为2060亿元)
export const WEAK_TARGET_CUE =
  /争取|确保|将(?!近|来|军|领|士)|(?<!(?:去|上|\d)年[^,;。]{0,8})报告[^,;。]{0,4}?提出(?=[,:])(?![^。]{0,8}?(?:19|20)\d\d年)/g;
/** a result word: after it, the rest of the sentence reports (a year's results, not a base: 比2023年实现“四个翻番”, nor a
 * start: 今年…将由去年的1076亿元增加到1562亿元; nor what a year's accounts carry over from the year before, which is the
 * year's own item: 1956年国家预算规定,…上年结转收入1,011,038,000元; 上年结余; not
 * the date of a policy the year's plans go on with: 继续执行去年出台的…政策,新增减税降费约5000亿元) */
export const RESULT_CUE = new RegExp(
  `(?<![比较同与从由按])(?:去年|上年(?!均))(?!同期|结转|结余|(?:出台|制定|确定|部署|启动|推出|发布)的|[^,;。\\d]{0,12}?基础上)|过去一年|过去五年|(?:已经|已)(?:完成|实现|建成|达到|达(?=[\\d近约超]))|截至(?:目前|去年|上年|${Y})|(?<![比较同与从由\\d])(${Y})年(?:全年|全市|全区|全县|全省|全国|我市|我区|我县|末|底)?(?:共|累计)?(?:实现|完成|达到)`,
  'g',
);
/** a year written without 年 before the place its figures are of: 2025北京全市地区生产总值…, 2025全省… (not an amount:
 * 2025亿元全市) */
const YEAR_NO_NIAN = `(?<![\\d.])(${Y})(?![万亿千百元个家人吨年月日%])(?=(?:[\\u4e00-\\u9fff]{2,3})?全[省市区县国])`;
/** a year a sentence is about; not the base of a comparison (较2020年增长1.4倍, 是2007年的3倍), a start (2020年以来,
 * 由2011年的1.24万亿元) or the date of a decision whose results the sentence then reports (2004年我们提出用三年时间…,
 * …占历史拖欠的98.6%: the share now) */
export const YEAR_IN_SENTENCE = new RegExp(
  `(?<![较比与同从由按])(${Y})年(?!代|以来|度以来|相比|同期|(?:末|底)?的(?:\\d+(?:\\.\\d+)?|[一二三四五六七八九十两]+)倍|(?:我们|国务院|党?中央|[省市县区]委|[省市县区]?政府)?(?:提出|决定))|${YEAR_NO_NIAN}`,
  'g',
);

/** the words a mark's clause says before it (去年年初确定的主要目标: last year's targets, reviewed) */
export const REVIEWED = /去年|上年|年初|过去|确定的/;

/** the clause before `at`, back to a comma, 、 or the sentence's start */
export function clauseBefore(text: string, at: number): string {
  const before = text.slice(sentenceStart(text, at, 200), at);
  return before.slice(Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf('、')) + 1);
}

const SO_FAR_WORD = new RegExp(`^(?:${SO_FAR})$`);
/** the year a cue word names without digits: 今年 (`thisYear`), 明年 (the year after the one the report is delivered in: 1981
 * in a report of August 1980), 到本世纪末 (2000, in a report of the 1900s); null for others */
export function wordYear(word: string, thisYear: number | null, meta: ReportMeta): number | null {
  if (word.startsWith('今年') || SO_FAR_WORD.test(word)) return thisYear;
  if (word === '明年') return meta.year === null ? null : meta.year + 1;
  return word.endsWith('本世纪末') && meta.resultsYear !== null && meta.resultsYear < 2000 ? 2000 : null;
}

/** a start year said before `at` in its clause run (由2007年的…增加到, 从2010年的…提高到) */
export function fromYearBefore(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 40), at);
  return /(?:由|从)(?:19|20)\d\d年(?:末|底)?的[^。;!?\n]*$/.test(before);
}
