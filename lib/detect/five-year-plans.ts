// The five-year plans by name: 九五 (1996–2000) … 十四五 (2021–2025), 十五五. A report dates its review
// and its plans by them (“十五”期间回顾, 第十一个五年规划纲要), and a figure over one covers its years.
import { chineseNumber } from './chinese-dates';

/** a plan's name in running text, quoted or not: “十二五”, 「十三五」 (as Hong Kong and Taiwan pages quote), 十五 (the
 * number before 五 captured) */
export const PLAN_NAME = '["“「『]?(十[一二三四五]?|九)五["”」』]?';

/** a five-year plan's report named by the plan's number, as its speaker names what he delivers (向大会作关于我省国民经济和
 * 社会发展“九五”计划及2010年远景目标纲要的报告; 关于…第十个五年计划纲要的报告): a plan report, with no 计划执行情况 or 计划草案 */
export const FIVE_YEAR_PLAN_REPORT = new RegExp(
  `国民经济和社会发展(?:${PLAN_NAME}|第[一二三四五六七八九十]+个五年)计划[^。《》\\n]{0,24}?的报告`,
);

/** the first year of a plan by the number before its 五 (九 → 1996, 十 → 2001, 十一 → 2006; 一 → 1953 and 二 → 1958, before
 * the three years of readjustment that put 三五 at 1966) */
export function planStart(name: string): number {
  const n = chineseNumber(name);
  return n <= 2 ? 1953 + 5 * (n - 1) : 1996 + 5 * (n - 9);
}

/** the years of a five-year plan by the number before its 五 (十四 → 2021–2025) */
export function planYears(name: string): { from: number; to: number } {
  const from = planStart(name);
  return { from, to: from + 4 };
}

/**
 * A review of a named five-year plan (一、“十五”期间回顾和2005年的政府工作; “十五”时期发展的回顾; 回顾“十二五”): it is over the
 * plan's years, whatever the page's own dates say. 回顾“十四五”以来 (a plan under way) is not one.
 */
export const PLAN_REVIEW = new RegExp(
  `${PLAN_NAME}(?:时期|期间)?(?:发展|工作|建设)?的?回顾|回顾${PLAN_NAME}(?:时期|期间)?(?![以来前中])`,
  'g',
);

/** the plan whose review `at` follows closely (within `within` characters), or null */
export function planReviewed(text: string, at: number, within: number): { from: number; to: number } | null {
  return lastReviewBefore(planReviews(text), at, within);
}

export interface PlanReview {
  at: number;
  from: number;
  to: number;
}

/** every review of a named plan in a text, in order: found once, for a reader that asks at many places */
export function planReviews(text: string): PlanReview[] {
  const out: PlanReview[] = [];
  PLAN_REVIEW.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = PLAN_REVIEW.exec(text)); ) out.push({ at: m.index, ...planYears(m[1] ?? m[2]) });
  return out;
}

/** of `reviews` (in order), the last that starts before `at` and no more than `within` characters before it */
export function lastReviewBefore(reviews: PlanReview[], at: number, within: number): { from: number; to: number } | null {
  let lo = 0;
  let hi = reviews.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (reviews[mid].at < at) lo = mid + 1;
    else hi = mid;
  }
  const r = reviews[lo - 1];
  return r && r.at >= at - within ? { from: r.from, to: r.to } : null;
}

/**
 * A report submitted with the draft of the next plan (请连同《…第十一个五年规划纲要(草案)》一并审议; 第十个五年计划
 * 纲要) is delivered in that plan's first year.
 */
const WITH_PLAN_DRAFT = /连同《[^》]{0,40}?第(十[一二三四五]?|九)个五年(?:规划|计划)纲要/;

/** the first year of the plan whose draft a report is submitted with, or null */
export function planDraftYear(text: string): number | null {
  const m = WITH_PLAN_DRAFT.exec(text);
  return m ? planStart(m[1]) : null;
}

/** a year named by its place in a plan, as estimates are given for it: 预计在“十二五”开局之年,…; 预计“十三五”收官之年 */
const ESTIMATED_PLAN_YEAR = new RegExp(`预计(?:在|到)?${PLAN_NAME}(?:规划)?的?(开局|收官)之年`);

/** the year a page's estimates are of, where it names that year by its place in a plan (开局 → 2011 for 十二五) */
export function estimatedPlanYear(text: string): number | null {
  const m = ESTIMATED_PLAN_YEAR.exec(text);
  return m ? planStart(m[1]) + (m[2] === '收官' ? 4 : 0) : null;
}
