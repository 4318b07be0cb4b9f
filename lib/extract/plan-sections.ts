// Where a report's section over a plan of several years ends: 今后五年… or "十五"期间的奋斗目标 run to the next numbered
// heading (四、认真进行行政管理体制和政府机构改革), and the sections after it plan the report's own year (1993's State
// Council reform put to the session; 2001's eight sections of tasks), unless that heading names the years again.

import { chineseNumber } from '../detect/chinese-dates';
import { planStart } from '../detect/five-year-plans';
import type { Span } from './spans';

/** a numbered heading opening its paragraph: 四、认真进行行政管理体制和政府机构改革 */
const NUMBERED_HEADING = /(?<=^|\n)[ \t]*([一二三四五六七八九十]{1,3})、([^\n,;。]{0,40})/g;

/** a numbered heading: where it is, where it ends, its number, its words */
export interface NumberedHeading {
  at: number;
  end: number;
  n: number;
  words: string;
}

/** the numbered headings of a text, in order (read once a text: three section readers use them) */
export function numberedHeadings(text: string): NumberedHeading[] {
  const out: NumberedHeading[] = [];
  NUMBERED_HEADING.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = NUMBERED_HEADING.exec(text)); )
    out.push({ at: m.index, end: m.index + m[0].length, n: chineseNumber(m[1]), words: m[2] });
  return out;
}
/** a heading over several years or another year: 今后五年, "十五"期间, 2021—2025年, 1998年工作回顾 */
const HEADING_OF_YEARS = /今后|未来|[两三四五]年|十[一二三四五]?五|[六七八九]五|规划|纲要|(?:19|20)\d\d年|回顾|过去/;

/**
 * The levels of a report's numbered headings, read in order: a heading numbered 一 after others opens a list under the
 * one before (二、“七五”时期的基本任务… 一、确定适度的经济增长率… 五、… 三、“七五”时期的经济体制改革), which the next
 * number of the outer list closes. A list's own next number is read as the inner one's.
 */
class Outline {
  private outerNext = 0;
  private innerNext = 0;

  /** whether the heading numbered `n` opens a section of the outer list */
  opensSection(n: number): boolean {
    if (this.innerNext > 0 && n === this.innerNext) {
      this.innerNext++;
      return false;
    }
    if (n === 1 && this.outerNext > 1) {
      this.innerNext = 2;
      return false;
    }
    this.outerNext = n + 1;
    this.innerNext = 0;
    return true;
  }
}

interface Section {
  at: number;
  kind: 'target' | 'actual';
  period: number | null;
  span?: { from: number; to: number };
  /** a part whose numbered headings are its own (plan-passages.ts) */
  overNumbered?: true;
}

interface PlannedYear {
  at: number;
  kind: 'target';
  period: number;
}

/**
 * The sections (sorted by offset) that the numbered headings after a plan of several years open: each plans the
 * report's year (`targetsYear`), with no span. Returns them to be merged in; none where that year is unknown.
 */
export function sectionsAfterPlans(
  headings: readonly NumberedHeading[],
  sections: readonly Section[],
  targetsYear: number | null,
): PlannedYear[] {
  if (targetsYear === null) return [];
  const out: PlannedYear[] = [];
  let i = -1;
  const outline = new Outline();
  for (const h of headings) {
    if (!outline.opensSection(h.n)) continue;
    while (i + 1 < sections.length && sections[i + 1].at <= h.at) i++;
    // a section opened here governs until the text's next mark
    const last = out.at(-1);
    const governing: Section | undefined = last && last.at > (sections[i]?.at ?? -1) ? last : sections[i];
    if (governing?.kind !== 'target' || !governing.span || governing.overNumbered || HEADING_OF_YEARS.test(h.words)) continue;
    out.push({ at: h.at, kind: 'target', period: targetsYear });
  }
  return out;
}

// A numbered heading over the five-year plan to come (二、“七五”时期的基本任务和主要建设方针 and 三、“七五”时期的经济体制
// 改革 in the report of 1986, after its 一、“六五”计划执行情况的回顾): the section plans that plan's years. The plans
// before 九五 are named here as well (六五–八五): only a heading's own words switch to them, as PLAN_NAME does not know
// them (a review heading of 六五 would otherwise run over the plan section after it).

/** a plan named in a heading (“七五”时期, 第七个五年计划), not its review (“六五”计划执行情况的回顾) */
const PLAN_IN_HEADING = /(?:["“「『]|第)(十[一二三四五]?|[六七八九])(?:五["”」』]|个五年)(?![^\n]{0,24}(?:回顾|执行情况|完成情况|成就))/;

export interface ComingPlanSection {
  at: number;
  kind: 'target';
  period: number;
  span: Span;
}

/** the sections that numbered headings open on a plan whose first year is after `resultsYear` (none where unknown) */
export function comingPlanHeadings(headings: readonly NumberedHeading[], resultsYear: number | null): ComingPlanSection[] {
  if (resultsYear === null) return [];
  const out: ComingPlanSection[] = [];
  for (const h of headings) {
    const plan = PLAN_IN_HEADING.exec(h.words);
    if (!plan) continue;
    const from = planStart(plan[1]);
    if (from <= resultsYear) continue;
    out.push({ at: h.at, kind: 'target', period: from + 4, span: { at: h.at, end: h.end, from, to: from + 4 } });
  }
  return out;
}
