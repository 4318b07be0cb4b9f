// The years of a report page that gives them only in its section headings: a repost split into pages (page 2 opens
// inside the review, 二、2022年的工作安排 further down) or an excerpt of one part has no title, delivery line or date.
// Read only where the page says its year nowhere else (metadata.ts).
import type { ImpliedYears } from './page-year';
import { PLAN_NAME, planStart } from './five-year-plans';

/** a heading's number: 一、 二. (三) 第二部分 */
const NUMBERED = '(?:[一二三四五六七八九十]{1,2}[、.．]|[(（][一二三四五六七八九十]{1,2}[)）]|第[一二三四五六七八九十]部分[:：]?)';
const NUMBER = `${NUMBERED}?`;
/** a heading on its own line naming the year of its part: 一、2021年工作回顾; 二、2022年的工作安排; 三、2022年政府工作任务;
 * 二、关于2019年工作; 展望2024年; or a numbered one run on after a stop, or in a list of the parts (…发生更大的变化。三、2011年的工作;
 * 报告共分三部分:一、2016年工作回顾;二、2017年工作总体部署;…); not a report's name (2022年政府工作报告: the title, read before this) */
const YEAR_HEADING = new RegExp(
  `(?:(?:^|\\n)[ \\t\\u3000]*${NUMBER}\\s*|(?<=[。:;：；])${NUMBERED})(关于|展望|回顾)?((?:19|20)\\d\\d)年(?:度)?([^\\n。,;:，；：]{0,24}?)[ \\t\\u3000:：]*(?=\\n|[;；。]|$)`,
  'g',
);
/** a numbered heading on its own line that tells what its year achieved, in a clause or two: 一、2001年全市经济社会继续保持旺盛
 * 活力,实现了“十五”计划的良好开局 (二○○一年 in the page, read in Arabic numerals) */
const RESULTS_LINE = new RegExp(
  `(?:^|\\n)[ \\t\\u3000]*${NUMBERED}\\s*((?:19|20)\\d\\d)年([^\\n。]{4,40}?[,，][^\\n。]{2,30}?)[ \\t\\u3000]*(?=\\n)`,
  'g',
);
/** a second year in the heading, of the part's plans: 一、1998年工作回顾和1999年工作的总体要求 */
const AND_PLANNED_YEAR = /和((?:19|20)\d\d)年([^\d]*)$/;
/** the words of a part that reviews its year (工作回顾, 预算执行情况, 及本届政府工作回顾, 主要目标完成情况, 预算收支情况) */
const REVIEWS = /回顾|回顧|执行|完成|实现|工作情况|工作总结|收支情况/;
/** a report's first part named by its year's work alone (一、2021年主要工作, a mirror of 大连's 2022 report; 一、2024年主要工作, a
 * CPPCC report's): its review, as a report's first part is; a later part so named (三、2024年主要工作安排) may be plans */
const FIRST_PART_WORK = /^(?:一[、.．]|\(一\)|（一）|第一部分[:：]?)\s*(?:19|20)\d\d年(?:度)?的?主要工作[ \t\u3000:：]*$/;
/** the words of a part that plans its year (工作安排, 重点工作, 政府工作任务, 经济社会发展总体要求和政策取向, 主要预期目标) */
const PLANS = /安排|任务|重点|总体要求|总体部署|目标|思路|展望|建议|^的?(?:政府)?工作$/;
/** the report's year said by its place in a five-year plan: 今年是“十四五”规划收官之年 (its plans), 今年是“十二五”规划开局之年 */
const OWN_PLAN_YEAR = new RegExp(`今年是[^。\\n]{0,40}?${PLAN_NAME}(?:规划)?的?(开局|收官)之年`);

interface PartHeading {
  at: number;
  /** the heading as written, its number first */
  text: string;
  part: 'plans' | 'review';
  /** the year it names; for a review heading that names the year planned too, the year reviewed */
  year: number;
  /** the year planned a review heading names beside it: 一、1998年工作回顾和1999年工作的总体要求 */
  planned?: number;
}

/** the headings of a text that name the year of their part, in order */
function partHeadings(text: string): PartHeading[] {
  const out: PartHeading[] = [];
  YEAR_HEADING.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = YEAR_HEADING.exec(text)); ) {
    const [, lead, y, words] = m;
    // (not a report's name, nor a horizon, 展望2035年远景目标, nor years since, 2018年以来)
    if (/报告|報告|公报|公報|草案|决算|決算|远景|遠景|以来|以來/.test(words)) continue;
    const year = Number(y);
    const heading = { at: m.index, text: m[0].replace(/^[\s\u3000]+/, ''), year };
    const second = AND_PLANNED_YEAR.exec(words);
    if (second && PLANS.test(second[2]) && Number(second[1]) === year + 1) out.push({ ...heading, part: 'review', planned: year + 1 });
    // (a figure in the heading is no heading's: 2023年地区生产总值增长5.2%)
    else if (/\d/.test(words)) continue;
    else if (lead === '回顾' || REVIEWS.test(words) || FIRST_PART_WORK.test(heading.text)) out.push({ ...heading, part: 'review' });
    else if (lead === '展望' || PLANS.test(words)) out.push({ ...heading, part: 'plans' });
  }
  for (const m of text.matchAll(RESULTS_LINE)) {
    const [line, y, words] = m;
    if (/\d|报告|公报|决算|以来/.test(words) || !REVIEWS.test(words) || out.some((h) => h.at === m.index)) continue;
    out.push({ at: m.index!, text: line.replace(/^[\s\u3000]+/, ''), part: 'review', year: Number(y) });
  }
  return out.sort((a, b) => a.at - b.at);
}

/**
 * The years a page's headings give it: a heading of a year planned is the report's own year (its targets'), one of a year
 * reviewed the year before it. The plans' heading comes first where both are said; null where none is.
 */
export function headingYears(text: string): ImpliedYears | null {
  const headings = partHeadings(text);
  const plans = headings.find((h) => h.part === 'plans' || h.planned !== undefined);
  const year = plans ? (plans.planned ?? plans.year) : headings.length ? headings[0].year + 1 : null;
  if (year !== null) return { targetsYear: year, resultsYear: year - 1 };
  const own = OWN_PLAN_YEAR.exec(text);
  if (!own) return null;
  const planned = planStart(own[1]) + (own[2] === '收官' ? 4 : 0);
  return { targetsYear: planned, resultsYear: planned - 1 };
}

/** a part that opens on its year as the year it plans: 2025年是“十四五”规划收官之年。政府工作总体要求是…; …承启之年，面临的挑战…
 * (not a review's opener: 2004年是…决战之年。一年来,…; 2023年是…开局之年,全旗上下坚持…; …最为困难的一年) */
const PLANNED_YEAR_OPENER = /^[^。\n]*?(?:19|20)\d\d年是([^。\n]{0,80}?之年[^。\n]{0,60})。\s*([^。\n]{0,8})/;
export const REVIEW_WORDS = /的一年|坚持|实现|完成|取得|面对|上下|我们/;

/** whether a text opens on its year as the year its plans are for (a page that opens on the plans' part of a report) */
export function opensOnPlannedYear(opening: string): boolean {
  const m = PLANNED_YEAR_OPENER.exec(opening);
  return !!m && !REVIEW_WORDS.test(m[1]) && !/^(?:一年来|过去的?一年|这一年|回顾)/.test(m[2]);
}

/** the first part's number, whatever its words: 一、 (一) 第一部分 at a line's head */
const FIRST_PART = /(?:^|\n)[ \t\u3000]*(?:一[、.．]|第一部分)/;

/**
 * The year of a plans heading numbered after the first part (二、2025年工作安排) on a page that holds no first part: a
 * later page of a report that opens inside its review, whose text before that heading is the review's. Null otherwise.
 */
export function plansAfterReviewTail(text: string): { at: number; year: number } | null {
  const plans = partHeadings(text).find((h) => h.part === 'plans');
  if (!plans || !/^(?:二[、.．]|第二部分)/.test(plans.text) || FIRST_PART.test(text.slice(0, plans.at))) return null;
  return { at: plans.at, year: plans.year };
}
