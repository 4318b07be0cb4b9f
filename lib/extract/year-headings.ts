// Years as headings on a line of their own, as news of a report sets them (2003年:\n…results…\n2004年:\n…plans…):
// each opens the section of its year.
import type { ReportMeta } from '../detect/metadata';
import type { Kind } from '../model/mention';

const YEAR_HEADING = /(?<=^|[\n。!?])[ \t]*((?:19|20)\d\d)年[ \t]*[:：]?[ \t]*(?=\n)/g;

export interface YearSection {
  at: number;
  kind: Kind;
  period: number;
}

/**
 * The sections the year headings of a text open. A heading of a year the report reviews holds results, of a
 * year it plans holds plans; on a page that says neither, of two years that follow on, the first holds
 * results and the second plans. A lone heading on such a page is left alone.
 */
export function yearHeadings(text: string, meta: ReportMeta): YearSection[] {
  const years: Array<{ at: number; year: number }> = [];
  YEAR_HEADING.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = YEAR_HEADING.exec(text)); ) years.push({ at: m.index, year: Number(m[1]) });
  const { resultsYear, targetsYear } = meta;
  const out: YearSection[] = [];
  years.forEach(({ at, year }, i) => {
    let kind: Kind | null = null;
    if (resultsYear !== null && year <= resultsYear) kind = 'actual';
    else if (targetsYear !== null && year >= targetsYear) kind = 'target';
    else if (years[i + 1]?.year === year + 1) kind = 'actual';
    else if (years[i - 1]?.year === year - 1) kind = 'target';
    if (kind) out.push({ at, kind, period: year });
  });
  return out;
}
