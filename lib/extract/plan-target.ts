// A five-year plan's own target quoted in a review of it (均达到年均增长10%以上的规划目标要求), or a figure the plan is
// said to set in its clause (“六五”计划安排的…项目共八百九十个; 第六个五年计划在这方面安排了三千六百亿元的投资): a target over
// the plan's years, not a result.
import { planYears } from '../detect/five-year-plans';

/** a value the plan set: …10%以上的规划目标(要求) */
const PLAN_TARGET_AFTER = /^的(?:规划|纲要)(?:预期)?目标/;
/** a five-year plan's name: “十二五”规划 */
const PLAN_NAME = /["“「『]?(十[一二三四五]?|九)五["”」』]?(?=规划|时期|期间|末|以来|前)/g;

/** the tense of a quantity at [at, end) that the plan set: the last five-year plan the text names before it */
export function plansTarget(text: string, at: number, end: number): { kind: 'target'; period: number; periodFrom: number } | null {
  if (!PLAN_TARGET_AFTER.test(text.slice(end, end + 8))) return null;
  let plan: string | null = null;
  PLAN_NAME.lastIndex = Math.max(0, at - 3000);
  for (let m: RegExpExecArray | null; (m = PLAN_NAME.exec(text)) && m.index < at; ) plan = m[1];
  if (plan === null) return null;
  const { from, to } = planYears(plan);
  return { kind: 'target', period: to, periodFrom: from };
}

/** a plan as the subject that sets a figure in its clause: “六五”计划安排的…, 第六个五年计划在这方面安排了…, 六五计划把这个比例
 * 提高到… (the number before 五 captured); not one said in a clause before it (“七五”计划草案规定,五年内…) */
const PLAN_SETS =
  /(?:["“「『]|第)?(十[一二三四五]?|[一二三四五六七八九])(?:五["”」』]?|个五年)(?:计划|规划)(?:草案)?(?:在[^,;:。]{0,6}?)?(?:规定|安排|要求|把)[^,;:。]*$/;

/** the tense of a quantity at `at` that a plan named in its clause sets, or null */
export function planSets(text: string, at: number): { kind: 'target'; period: number; periodFrom: number } | null {
  const m = PLAN_SETS.exec(text.slice(Math.max(0, at - 60), at));
  if (!m) return null;
  const { from, to } = planYears(m[1]);
  return { kind: 'target', period: to, periodFrom: from };
}
