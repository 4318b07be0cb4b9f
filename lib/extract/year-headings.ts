// Years as headings on a line of their own, as news of a report sets them (2003年:\n…results…\n2004年:\n…plans…):
// each opens the section of its year.
import type { ReportMeta } from '../detect/metadata';
import type { Kind } from '../model/mention';
import { plansAfterReviewTail } from '../detect/heading-years';

const YEAR_HEADING = /(?<=^|[\n。!?])[ \t]*((?:19|20)\d\d)年[ \t]*[:：]?[ \t]*(?=\n)/g;
/** a paragraph of news that opens on a year (2015年这些数据很给力 as a subheading, run into its first line: 2015年社会
 * 消费品零售总额达到…), its first clause up to the next year, figure or stop; or a review's paragraph that opens on
 * its year and a comma (2022年,面对严峻复杂的国际环境…), the clause after the comma */
const PARAGRAPH_YEAR =
  /(?<=^|\n)[ \t]*((?:19|20)\d\d)年(?:[,，]([^\n,，。;；:：!?]{2,40})|(?![以代度底末初])([^\n\d,，。;；:：!? \t]{2,24}))/g;
/** words of a report's name or of plans in that clause (2016年政府工作报告, 2016年主要目标, 2016年要…; not 超预期): no results */
const NOT_RESULTS = /报告|公报|预算|决算|计划|规划|目标|任务|安排|工作|展望|要点|会议|草案|政府|摘要|将|要|力争|(?<!超)预期|是/;

/** a paragraph that opens on this year so far, in a report delivered late into it (今年伊始,一场突如其来的疫情… in a
 * report of May 2020; 今年以来, 今年初以来): what it tells is this year's, until the next section (none of the 52 whole reports
 * of the fixtures opens a paragraph so; the excerpt of 四川 2020 does) */
const THIS_YEAR_SO_FAR = /(?<=^|\n)[ \t\u3000]*今年(?:伊始|以来|(?:年)?初以来|开年以来)/g;
/** a paragraph that opens on a part of the report's own year gone by, and a comma (2022年一季度,坪山区克服疫情…。初步预计,
 * 地区生产总值增长7%以上 in a report of April 2022; 今年上半年,…): that part's results, not the year's plans */
const PART_SO_FAR =
  /(?<=^|\n)[ \t\u3000]*(?:今年|((?:19|20)\d\d)年)(?:第?[一1]季度|上半年|前三季度|1(?:至|到|-|—|~)[2-9]月|一(?:至|到)[二三四五六七八九]月)[,，]/g;

export interface YearSection {
  at: number;
  kind: Kind;
  period: number;
  /** carried on from a paragraph that opened on the year, not set by a heading of it */
  carried?: boolean;
}

/**
 * The sections the year headings of a text open. A heading of a year the report reviews holds results, of a
 * year it plans holds plans; on a page that says neither, of two years that follow on, the first holds
 * results and the second plans. A lone heading on such a page is left alone, unless its words head results
 * (2015年这些数据很给力): the paragraphs under it are that year's, where the page gives no later year.
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
  // a later page that opens inside the review (…二、2025年工作安排 further on): what comes before the plans is results
  const tail = plansAfterReviewTail(text);
  if (tail && tail.at > 0) out.push({ at: 0, kind: 'actual', period: resultsYear ?? tail.year - 1 });
  THIS_YEAR_SO_FAR.lastIndex = 0;
  for (let m: RegExpExecArray | null; meta.year !== null && (m = THIS_YEAR_SO_FAR.exec(text)); )
    out.push({ at: m.index, kind: 'actual', period: meta.year });
  PART_SO_FAR.lastIndex = 0;
  for (let m: RegExpExecArray | null; meta.year !== null && (m = PART_SO_FAR.exec(text)); )
    if (!m[1] || Number(m[1]) === meta.year) out.push({ at: m.index, kind: 'actual', period: meta.year });
  if (resultsYear !== null || targetsYear !== null) return out.sort((a, b) => a.at - b.at);
  PARAGRAPH_YEAR.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = PARAGRAPH_YEAR.exec(text)); ) {
    if (!NOT_RESULTS.test(m[2] ?? m[3])) out.push({ at: m.index, kind: 'actual', period: Number(m[1]), carried: true });
  }
  return out.sort((a, b) => a.at - b.at);
}
