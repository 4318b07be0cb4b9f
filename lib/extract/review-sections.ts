// Where a report's review of its year ends when no words say its plans begin: a report whose first numbered section reviews
// (一、１９９６年国内工作的回顾; 一、一心一意进行治理整顿 opening on 刚刚过去的1988年) sets the year's tasks in the numbered sections
// after it (二、保持国民经济发展的良好势头; 二、当前治理整顿的重点仍然是压缩社会需求), though none of them says 今年 or 目标.
import type { NumberedHeading } from './plan-sections';
import { lastAtOrBefore } from './sorted-search';

/** words of a heading over a review, or over other years than the one planned: 回顾, 成就, 执行情况, "八五"时期, 今后十五年 */
const REVIEW_HEADING = /回顾|成就|执行情况|完成情况|进展|过去|今后|未来|[两三四五十]年|十[一二三四五]?五|[六七八九]五|规划|纲要/;
/** how far after the heading 一 a review mark still opens its section (its first sentence or two) */
const OPENS_WITHIN = 160;

interface Mark {
  at: number;
  kind: 'target' | 'actual';
}

interface PlannedYear {
  at: number;
  kind: 'target';
  period: number;
}

/**
 * The sections (to merge into `marks`, sorted by offset) that the numbered headings after a first section of review open:
 * each plans `targetsYear`. None where that year is unknown, the first heading is no review, or a later heading says
 * other years or a review (a report of several parts is left to its own marks).
 */
export function sectionsAfterReview(
  headings: readonly NumberedHeading[],
  marks: readonly Mark[],
  targetsYear: number | null,
): PlannedYear[] {
  if (targetsYear === null) return [];
  const first = headings[0];
  if (first?.n !== 1 || headings[1]?.n !== 2) return [];
  const reviews =
    /回顾|成就|执行情况/.test(first.words) || marks.some((k) => k.kind === 'actual' && k.at > first.at && k.at - first.at <= OPENS_WITHIN);
  if (!reviews) return [];
  const out: PlannedYear[] = [];
  // the outer list only, in order: 二、三、… (a list inside a section numbers from 一 again)
  for (let i = 1, next = 2; i < headings.length && headings[i].n === next; i++, next++) {
    const year = /((?:19|20)\d\d)年/.exec(headings[i].words);
    if (REVIEW_HEADING.test(headings[i].words) || (year && Number(year[1]) !== targetsYear)) return [];
    out.push({ at: headings[i].at, kind: 'target', period: targetsYear });
  }
  return out;
}

/**
 * A paragraph that opens on the year reviewed, after a comma, where the text before it set out targets: the review's again
 * (2021年,广西…经济运行持续恢复。初步预计,…规模以上工业增加值增长8.6% in a 2022 page, after 今年主要预期目标是…). Marks sorted
 * by offset; none where the year reviewed is unknown.
 */
export function reviewAfterTargets(text: string, marks: Mark[], resultsYear: number | null): Array<Mark & { period: number }> {
  if (resultsYear === null) return [];
  const out: Array<Mark & { period: number }> = [];
  const opens = new RegExp(`(?:^|\\n)[ \\t\\u3000]*${resultsYear}年[,，]`, 'g');
  for (let m: RegExpExecArray | null; (m = opens.exec(text)); ) {
    const before = lastAtOrBefore(marks, m.index);
    if (before >= 0 && marks[before].kind === 'target') out.push({ at: m.index, kind: 'actual', period: resultsYear });
  }
  return out;
}
