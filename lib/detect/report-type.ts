// What kind of report a text is: a work report, a statistical communiqué, a budget or a plan report, read
// off the name its title or opening gives it, else off what its body betrays (a communiqué's figures against
// last year's with no speaker; a work report's address to the deputies, its review and its plans).

import { budgetBooksHeaded } from './budget-books';
import { FIVE_YEAR_PLAN_REPORT } from './five-year-plans';

export const REPORT_TYPES = ['work-report', 'statistical-communique', 'budget-report', 'plan-report'] as const;
export type ReportType = (typeof REPORT_TYPES)[number];

/** a report's own name, by kind; a work report is named before budgets and plans, which it also mentions (news
 * of a session: 市长向大会作《政府工作报告》 … 审议了《关于…计划执行情况…的报告》) */
const TYPE_PATTERNS: Array<[ReportType, RegExp]> = [
  ['statistical-communique', /统计公报/],
  [
    'work-report',
    /(?<!《)政府工作报告|人民政府工作报告|向(?:大会|本次会议)(?:作|做)?报告(?:政府)?工作|向(?:大会|本次会议)报告(?:过去|本届政府|一年来)[^。\n,]{0,8}?工作|向(?:大会|本次会议)(?:作|做)(?:政府)?工作报告|目标任务和主要工作|主要目标和任务|政府工作回顾|(?:作|做)(?:了|的)?《政府工作报告》/,
  ],
  // (not a figure's name: 公共财政预算收入 is counted in any report)
  [
    'budget-report',
    /预算执行情况|预算草案|决算(?:\(?草案\)?|的报告|报告|公开)|财政决算|财政预算(?!收入|支出)|预决算|本级决算|本级预算|预算公开/,
  ],
  [
    'plan-report',
    // a plan report's section on the year's targets heads itself so (二、2024年国民经济和社会发展主要预期目标和任务);
    // a mid-term review of a five-year plan (“十二五”规划<纲要>实施中期评估情况的报告) is the plan's report, and so is a
    // five-year plan's own (…发展“九五”计划及2010年远景目标纲要的报告)
    new RegExp(
      `${/国民经济和社会(?:事业)?发展计划|计划执行情况|计划草案|^\s*[一二三四五六七八九十]+、\s*(?:(?:19|20)\d\d年)?国民经济和社会发展(?:的)?主要预期目标|规划[<《]?(?:纲要)?[>》]?实施(?:情况)?(?:的)?中期评估/.source}|${FIVE_YEAR_PLAN_REPORT.source}`,
    ),
  ],
];
/** a five-year plan names itself a plan; a work report only quotes one, so this counts in a title alone */
const PLAN_TITLE = /规划纲要|五年规划/;
/** how a communiqué that lost its title still opens: 一、综合 … 初步核算, or on 初步核算 itself (a page of
 * its body: 初步核算,全年完成地区生产总值…) */
export const COMMUNIQUE_BODY =
  /一、\s*综\s*合[\s\S]{0,300}?(?:初步|统一)(?:核算|测算)|初步(?:核算|测算)[\s\S]{0,600}?二、\s*农\s*业|^\s*初步(?:核算|测算|统计)\s*[,，]/;
/** a statistics bureau's byline heading the page, as a communiqué is signed when its title is cut: 永州市统计局 国家统计局
 * 永州调查队; 南京市统计局 一九九九年三月二十四日 */
const STATISTICS_BYLINE =
  /^(?:[^\n]{0,40}\n){0,2}?[ \t\u3000]*(?:[\u4e00-\u9fff]{2,16}统计局[ \t\u3000]*)?(?:国家统计局[\u4e00-\u9fff]{2,8}调查队|[\u4e00-\u9fff]{2,16}统计局)[ \t\u3000]*(?:\n|[(（]?(?:(?:19|20)\d\d|[一二][〇○零一二三四五六七八九]{3})年)/;
/** a communiqué's chapters: 人口, 人民生活和社会保障, 工业和建筑业… */
const CHAPTER =
  '人口|人民生活|农\\s*业|工\\s*业|建筑业|固定资产投资|国内贸易|对外经济|交通|邮电|旅游|金\\s*融|财\\s*政|教育|科学技术|文化|卫生|体育|社会保障|资源|环境|能源';
/** a later section of a communiqué, headed by one of its chapters, numbered (十三、人口、人民生活; 三、工业和建筑业) or
 * a line of chapter names alone (人口; 人民生活和社会保障) */
const COMMUNIQUE_CHAPTER = new RegExp(
  `(?:^|\\n)\\s*(?:[一二三四五六七八九十]{1,3}、\\s*(?:${CHAPTER})[^\\n。]{0,16}|(?:(?:${CHAPTER})[、和与及]?){1,4})\\n`,
);

/** a figure set against last year's, as a communiqué words it: 比上年增长8.7%, 比上年末增加0.1万人, 同比下降 */
const AGAINST_LAST_YEAR = /比上年末?(?:同期)?(?:增长|下降|增加|减少|提高|上升|回落)|同比(?:增长|下降)/g;
/** a speaker, as a report or a news page of one has: a communiqué has none */
const SPEAKER = /我们|我代表|各位代表|报告指出|政府工作报告/;
/** the year's targets set out (2019年,…全年经济增长的预期目标是实现…增长30%): a communiqué reports, it sets none */
const SETS_TARGETS = /预期目标(?:是|为)/;

/**
 * A work report's own voice, in a part of it without its name or a news page that tells it: the government
 * speaking to its congress (各位代表!; 我代表市政府,向各位人大代表…); its numbered review (一、年工作回顾, a
 * repost that cut the year) and the congress's targets it reviews (圆满完成了市四届人大五次会议确定的…); the
 * year's plan (2024年政府工作的总体要求是; 今年经济社会发展主要预期目标是); the government's own conduct
 * (全面加强政府自身建设; 努力建设人民满意的服务型政府); the review of a year (…决战之年。一年来,); a page on
 * the report delivered (在作《政府工作报告》时; 《政府工作报告》摘要)
 */
const WORK_REPORT_VOICE = new RegExp(
  [
    '各位代表[!！,，:：]|我代表(?:[\\u4e00-\\u9fff]{1,12}?)?(?:人民)?政府|我代表国务院',
    '(?:^|\\n)\\s*[一二三四五六七八九十]+、[^\\n。]{0,14}?工作回顾',
    '[一二三四五六七八九十]+届人大[一二三四五六七八九十]+次会议确定的',
    '政府工作的?总体要求|工作总体要求和(?:主要)?目标任务|(?:今年|(?:19|20)\\d\\d年)(?:全[县市区省旗州])?经济社会发展(?:的)?主要预期目标(?:是|为)',
    '政府自身建设|人民满意的服务型政府',
    '(?:^|[。\\n])\\s*一年来,',
    '(?:作|做)了?《政府工作报告》|《政府工作报告》摘要',
  ].join('|'),
);

/** only a communiqué calls itself 本公报 (its notes: 本公报中2014年数据为初步统计数; 本公报为初步统计数): news says 公报显示 */
export const OWN_COMMUNIQUE = /本公报/;

/** a plan the text says was fulfilled (全市…年度国民经济和社会发展计划目标基本完成, a communiqué's first paragraph): the year's
 * plan its figures are held to, not the text's own name */
const FULFILLED = /^(?:的)?(?:各项)?(?:主要)?(?:目标|任务|指标)(?:任务)?(?:已经|已|均)?(?:基本|全面|胜利|超额|圆满|顺利)?(?:完成|实现)/;

/** a plan or budget the text cites as one a congress approved (按照县十六届人大五次会议批准的榕江县2016年国民经济
 * 和社会发展计划, a communiqué's first sentence): not the text's own name */
const CITED = /(?:批准|通过|审议通过|确定|下达)的[^。,，;；]{0,16}$/;

/** a page that opens under a statistics bureau's byline, on a line of its own (not a source credit: 来源:南湖区统计局) */
export function signedByStatisticsBureau(head: string): boolean {
  return STATISTICS_BYLINE.test(head);
}

/** a communiqué's later chapter in the statistician's voice: headed by a chapter's name, counting the year (全年,
 * 年末), no speaker */
export function headedByCommuniqueChapter(head: string): boolean {
  return COMMUNIQUE_CHAPTER.test(head) && /年末|全年/.test(head) && !SPEAKER.test(head);
}

/** where `re` first names the text's own kind in `opening` (-1 when it only cites one) */
function firstOwn(re: RegExp, opening: string): number {
  for (const m of opening.matchAll(new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`))) {
    const after = opening.slice(m.index! + m[0].length, m.index! + m[0].length + 16);
    if (!CITED.test(opening.slice(Math.max(0, m.index! - 24), m.index)) && !FULFILLED.test(after)) return m.index!;
  }
  return -1;
}

/** the kind a title names, else the kind the opening names first, else what a communiqué's body betrays */
export function reportType(title: string, opening: string): ReportType | null {
  for (const [type, re] of TYPE_PATTERNS) if (re.test(title)) return type;
  if (PLAN_TITLE.test(title)) return 'plan-report';
  let first: [ReportType, number] | null = null;
  for (const [type, re] of TYPE_PATTERNS) {
    const at = firstOwn(re, opening);
    if (at >= 0 && (!first || at < first[1])) first = [type, at];
  }
  if (first) return first[0];
  if (OWN_COMMUNIQUE.test(opening.slice(0, 3000))) return 'statistical-communique';
  if (budgetBooksHeaded(opening.slice(0, 3000))) return 'budget-report';
  if (COMMUNIQUE_BODY.test(opening.slice(0, 3000))) return 'statistical-communique';
  // a communiqué's body in the statistician's voice: its figures against last year's, no speaker
  const head = opening.slice(0, 1500);
  const compared = head.match(AGAINST_LAST_YEAR)?.length ?? 0;
  if (
    !SPEAKER.test(head) &&
    !SETS_TARGETS.test(head) &&
    (compared >= 3 || headedByCommuniqueChapter(head) || signedByStatisticsBureau(head))
  )
    return 'statistical-communique';
  // a later part of a work report, or news of one, speaks in the report's own voice
  return WORK_REPORT_VOICE.test(head) ? 'work-report' : null;
}
