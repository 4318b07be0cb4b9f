// The year of a report page that does not name it in its title, delivery line or address: what its
// review and its plans are of. A repost's update or publish date is weak evidence (a 2006 report put
// online in 2012): these come before it.
import { OWN_REPORT } from './report-opening';
import { estimatedPlanYear, planDraftYear, planReviewed } from './five-year-plans';
import { YEAR } from './chinese-dates';

/** the year a report that reviews a whole five-year plan, or submits the next one's draft, is delivered for: the
 * year after the plan */
export function planReviewYear(text: string): number | null {
  const plan = planReviewed(text, text.length, text.length);
  if (plan) return plan.to + 1;
  // the estimates of a year named by its place in a plan (预计在“十二五”开局之年,…增长9%以上) are reviewed the year after
  const estimated = estimatedPlanYear(text);
  return planDraftYear(text) ?? (estimated === null ? null : estimated + 1);
}

/**
 * A review of a congress's whole term, from the year of its first session (1998年县第十四届人民代表大会第一次
 * 会议以来 … 回顾过去五年): the report closing the term is delivered five years on.
 */
const TERM_SINCE = new RegExp(`${YEAR}年[^。\\n]{0,12}?第[一二三四五六七八九十]+届人民代表大会第一次会议以来`);
const FIVE_YEARS_REVIEWED = /过去五年|五年来|本届政府/;

/** a term reviewed by its five years (1988年到1992年,是我省…的五年; 2013—2017年这五年) */
const TERM_SPAN = new RegExp(`${YEAR}年?\\s*(?:到|至|—|–|-|~)\\s*${YEAR}年[,，]?\\s*(?:是|这)[^。\\n]{0,60}?五年`);

/** the year a report reviewing its congress's five-year term is delivered for: the year after the term */
export function termReviewYear(text: string): number | null {
  const m = TERM_SINCE.exec(text);
  if (m && FIVE_YEARS_REVIEWED.test(text)) return Number(m[1]) + 5;
  const span = TERM_SPAN.exec(text);
  return span && Number(span[2]) - Number(span[1]) === 4 ? Number(span[2]) + 1 : null;
}

/**
 * A paragraph that opens on the report's own year as a year of its plans (2025年是…,是实施“十四五”规划的
 * 收官之年): a news page's or a section's plans are that year's. A review says 的一年 of the year before.
 */
const OWN_YEAR_PARAGRAPH = new RegExp(`(?:^|\\n)\\s*${YEAR}年是[^。\\n]{0,80}?之年`);

/**
 * A news page that tells a report's review (过去一年,…) and then the year's results in numbers (据介绍,
 * 2014年甘肃省实现生产总值…): the year those results are of.
 */
const REVIEWED_YEAR = new RegExp(`(?:过去一年|去年)[\\s\\S]{0,800}?(?:^|[\\n。,])[^。\\n,]{0,6}?${YEAR}年[^。\\n]{0,10}?(?:实现|完成)`);
/** a clause that opens on a year and tells what the whole year achieved (2012年,府谷县紧紧围绕…,全年实现地区生产总值450亿元,
 * run into the bullets above it by the normalizer), saying nothing of plans before: that year's results */
const YEAR_ACHIEVED = new RegExp(`(?<![\\d到至比较从由与同自截])${YEAR}年[,，](?:(?!要|将|力争|预计)[^。\\n]){0,120}?全年(?:实现|完成)`);
/** a review's heading, then a paragraph that opens on the year it reviews (过去一年\n\n2022年是党和国家历史上极为重要的一年。) */
const REVIEWED_YEAR_PARAGRAPH = new RegExp(`(?:过去一年|过去的一年|一年来)[\\s\\S]{0,40}?\\n\\s*${YEAR}年是[^。\\n]{0,60}?的一年`);

export interface ImpliedYears {
  /** the year the page's plans are for */
  targetsYear: number;
  /** the year its review reports */
  resultsYear: number;
}

/** the years a page without a named year implies by its plans or its review, the plans first */
export function impliedYears(opening: string): ImpliedYears | null {
  const head = opening.slice(0, 1500);
  const own = OWN_YEAR_PARAGRAPH.exec(head);
  // …决战之年。一年来,…: the year the review is of, not the plans'
  const reviewed = own && /^[^。\n]{0,4}。\s*(?:一年来|过去的一年)/.test(head.slice(own.index + own[0].length));
  if (own && !reviewed && !/过去一年|去年|回顾/.test(head.slice(0, own.index))) {
    const y = Number(own[1]);
    return { targetsYear: y, resultsYear: y - 1 };
  }
  const results = REVIEWED_YEAR.exec(head) ?? REVIEWED_YEAR_PARAGRAPH.exec(head) ?? YEAR_ACHIEVED.exec(head);
  if (results) {
    const y = Number(results[1]);
    return { targetsYear: y + 1, resultsYear: y };
  }
  return null;
}

/**
 * A year said as the one something will be done in (为实现上述目标,2021年南京将在十个方面重点发力; 2024年中国全国“两会”将于
 * 3月初登场), on a page that names no other year (news of a session that gives its targets under 今年): its plans are that
 * year's. Not a horizon (到2025年将), nor 要 of a word (主要, 摘要, 要求).
 */
const PLANNED_YEAR = new RegExp(
  `(?<![\\d到至比较从由与同自截])${YEAR}年[,，]?[^。\\n,，;；\\d]{0,12}?(?<![主摘重需纲提])(?:将|要)(?![求点])`,
);

/** the years of a work report's page (news of its session) whose one year is said of plans: that year's targets */
export function plannedYears(opening: string, type: string | null): ImpliedYears | null {
  const m = type === 'work-report' ? PLANNED_YEAR.exec(opening) : null;
  return m ? { targetsYear: Number(m[1]), resultsYear: Number(m[1]) - 1 } : null;
}

/** a news page's own stamp in its first lines, a date with its time or weekday or under a label (2018-01-24 22:07:23 |
 * 来源:…; 2025年01月14日 18:20; 2019年01月28日 星期一; date 2026-03-05); the normalizer may have run it into the headline */
const DATE = '((?:19|20)\\d\\d)\\s*(?:-|\\/|年)\\s*(\\d{1,2})\\s*(?:-|\\/|月)\\s*\\d{1,2}\\s*日?';
const PAGE_DATE = new RegExp(`(?:date|发布时间)\\s*[:：]?\\s*${DATE}|${DATE}\\s*(?:\\d{1,2}:\\d\\d|星期|周[一二三四五六日])`);
/** its lead tells of a congress session and the report delivered at it: 十三届人大一次会议开幕; 省长…作政府工作报告;
 * 發表政府工作報告; 所作的《政府工作报告》; or what the report sets out (政府工作报告提出,今年发展主要预期目标是:); 两会上 */
export const SESSION_NEWS =
  /(?:人大|人民代表大会)[^。\n]{0,12}?会议[^。\n]{0,20}?(?:开幕|召开)|(?:作|发表|所作)的?[《“"]?政府工作报告|向大会作[^。\n]{0,6}?工作报告|政府工作报告[》”"]?(?:提出|指出|明确)|两会(?:上|期间|开幕|召开)/;

/**
 * News of a session dated only by its page (2018-01-24 under the headline, 东网 2025年01月14日) and by 今年 or a
 * yearless dateline (1月24日讯): congresses meet from January to March, for the year they meet in. A page dated
 * later in the year is a repost (scgzkg's story of the 2009 NPC, put online in September) and says nothing.
 */
export function sessionNewsYear(text: string): number | null {
  // (a page that carries the report itself, 我代表区人民政府,向大会作政府工作报告, is not news of its session: a model-text site
  // stamps an old report with the day it was put online)
  if (OWN_REPORT.test(text.slice(0, 1500))) return null;
  const head = text.slice(0, 600);
  const date = PAGE_DATE.exec(head);
  const month = date && Number(date[2] ?? date[4]);
  if (!date || !month || month > 3) return null;
  return SESSION_NEWS.test(text.slice(0, 1500)) ? Number(date[1] ?? date[3]) : null;
}

/** a date alone on its line, or in its cell of a layout table, in a page's head: the page's stamp (|2009-04-30|) */
const STAMP_LINE = /(?:^|[\n|])\s*((?:19|20)\d\d)\s*(?:-|\/|年)\s*\d{1,2}\s*(?:-|\/|月)\s*\d{1,2}\s*日?\s*(?=[\n|])/;

/**
 * A page dated only by its stamp (2009-04-30 under the headline) that speaks of 今年 and whose story first names the
 * year before the stamp's (尤其是2008年我省经济社会发展的概况和…今年我省经济发展的目标任务): its 今年 is the stamp's
 * year. A stamp that is not a year after the first year named (a repost put online later) says nothing.
 */
function stampedYear(text: string): number | null {
  const stamp = STAMP_LINE.exec(text.slice(0, 300));
  if (!stamp || !/今年/.test(text)) return null;
  const first = /((?:19|20)\d\d)年/.exec(text.slice(stamp.index + stamp[0].length));
  const y = Number(stamp[1]);
  return first && Number(first[1]) === y - 1 ? y : null;
}

/** words of the year so far: 今年以来, 上半年, 一季度, 前三季度, 前10个月, 截至3月末 */
export const SO_FAR_TOLD = /今年以来|年初以来|上半年|一季度|前三季度|前[一二三四五六七八九十\d]{1,2}个?月|截至\d{1,2}月(?:末|底)/;

/** a page dated after a year's first quarter that tells the year so far (发布时间:2018-08-10 … 今年上半年): its figures are
 * that year's; it plans nothing of a year to come */
export function soFarYears(opening: string): ImpliedYears | null {
  const head = opening.slice(0, 800);
  const date = PAGE_DATE.exec(head.slice(0, 300));
  const month = date && Number(date[2] ?? date[4]);
  if (!date || !month || month < 4 || !SO_FAR_TOLD.test(head)) return null;
  const y = Number(date[1] ?? date[3]);
  return { targetsYear: y, resultsYear: y };
}

/** the year a page's own date gives it: a session's news in its first months, or a stamp its review confirms */
export function pageDatedYear(text: string): number | null {
  return sessionNewsYear(text) ?? stampedYear(text);
}
