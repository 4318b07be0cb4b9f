// The part of a report that sets out a five-year plan already under way (the report of November 1982 on the Sixth Plan,
// 1981–1985: 第六个五年计划的基本任务 over its 一、–六、, then 六五计划前两年的执行情况): what it says is the plan's, targets of
// its years, where a heading that opens on the plan's name heads it. A plan still to come is comingPlanHeadings' (plan-sections.ts).

import { planStart } from '../detect/five-year-plans';
import type { Span } from './spans';

/** a line of its own that heads a part: short, with no stop, comma or colon (第六个五年计划的基本任务) */
const HEADING_LINE = /(?<=^|\n)[ \t]*([^\n,;:。!?]{4,32})(?=\n)/g;
/** numbering before a heading's words: 二、, (二), 第二、 */
const NUMBERING = /^(?:第?[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十]{1,3}[)）])/;
/** the numbering of a report's outer list (二、), not of the parts under a heading ((二)) */
const LIST_NUMBER = /^[一二三四五六七八九十]{1,3}、$/;
/** a heading that opens on a plan's name (第六个五年计划的基本任务, “七五”时期的主要任务), not its review or results */
const OPENS_ON_PLAN =
  /^(?:["“「『]|第)(十[一二三四五]?|[一二三四五六七八九])(?:五["”」』]|个五年)(?:计划|规划)?(?:时期|期间)?的?(?![^\n]{0,24}(?:回顾|执行情况|完成情况|成就|总结))/;

/** a section a plan's heading opens, or (`span` absent) where the part it heads ends: the report's default resumes */
export interface PlanPart {
  at: number;
  kind: 'target' | 'actual';
  period: number | null;
  span?: Span;
  /** an unnumbered heading's part: the numbered headings under it are its own (一、关于工农业生产的发展速度…) */
  overNumbered?: true;
}

/**
 * The parts of `text` that set out a five-year plan running in the years the report reviews (its first year no later
 * than `resultsYear`, its last after): a heading that opens on the plan's name opens a section of target over the plan's
 * years; an unnumbered heading's part ends at the next unnumbered heading line (a numbered one ends at the next numbered
 * heading, as the sections after it are read by sectionsAfterPlans).
 */
export function runningPlanParts(text: string, resultsYear: number | null): PlanPart[] {
  if (resultsYear === null) return [];
  const out: PlanPart[] = [];
  let open: 'numbered' | 'unnumbered' | false = false;
  HEADING_LINE.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = HEADING_LINE.exec(text)); ) {
    const words = m[1];
    const numbered = NUMBERING.exec(words);
    // an unnumbered heading's part ends at the next unnumbered heading, a numbered one's at the next of its list
    // (二、第一个五年计划概要 … 三、…: the report's default resumes, unless that heading opens on the plan again)
    const ends = open === 'unnumbered' ? !numbered : open === 'numbered' && numbered !== null && LIST_NUMBER.test(numbered[0]);
    if (ends) {
      out.push({ at: m.index, kind: 'actual', period: null });
      open = false;
    }
    const plan = OPENS_ON_PLAN.exec(numbered ? words.slice(numbered[0].length) : words);
    if (!plan) continue;
    const from = planStart(plan[1]);
    if (from > resultsYear || from + 4 <= resultsYear) continue;
    const end = m.index + m[0].length;
    const span = { at: m.index, end, from, to: from + 4 };
    out.push({ at: m.index, kind: 'target', period: from + 4, span, ...(numbered ? {} : { overNumbered: true as const }) });
    open = numbered ? (LIST_NUMBER.test(numbered[0]) ? 'numbered' : false) : 'unnumbered';
  }
  return out;
}

/** the years of the plan part governing `at`, or null where none does */
export function planPartAt(parts: readonly PlanPart[], at: number): { from: number; to: number } | null {
  let governing: PlanPart | undefined;
  for (const p of parts) {
    if (p.at > at) break;
    governing = p;
  }
  return governing?.span ?? null;
}

/** whether a span word's years are planned: years to come (今后五年…。在这五年里), or within those of the plan part governing
 * `at` (这五年内 inside the part on 六五: the plan's years said again, not a review of past ones) */
export function plannedSpan(
  parts: readonly PlanPart[],
  at: number,
  span: { from: number; to: number },
  resultsYear: number | null,
): boolean {
  if (resultsYear !== null && span.from > resultsYear) return true;
  const plan = planPartAt(parts, at);
  return plan !== null && span.from >= plan.from && span.to <= plan.to;
}
