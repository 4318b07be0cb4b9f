// Where a report's section over a plan of several years ends: 今后五年… or "十五"期间的奋斗目标 run to the next numbered
// heading (四、认真进行行政管理体制和政府机构改革), and the sections after it plan the report's own year (1993's State
// Council reform put to the session; 2001's eight sections of tasks), unless that heading names the years again.

/** a numbered heading opening its paragraph: 四、认真进行行政管理体制和政府机构改革 */
const NUMBERED_HEADING = /(?<=^|\n)[ \t]*[一二三四五六七八九十]{1,3}、([^\n,;。]{0,40})/g;
/** a heading over several years or another year: 今后五年, "十五"期间, 2021—2025年, 1998年工作回顾 */
const HEADING_OF_YEARS = /今后|未来|[两三四五]年|十[一二三四五]?五|九五|规划|纲要|(?:19|20)\d\d年|回顾|过去/;

interface Section {
  at: number;
  kind: 'target' | 'actual';
  period: number | null;
  span?: { from: number; to: number };
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
export function sectionsAfterPlans(text: string, sections: readonly Section[], targetsYear: number | null): PlannedYear[] {
  if (targetsYear === null) return [];
  const out: PlannedYear[] = [];
  let i = -1;
  NUMBERED_HEADING.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = NUMBERED_HEADING.exec(text)); ) {
    while (i + 1 < sections.length && sections[i + 1].at <= m.index) i++;
    // a section opened here governs until the text's next mark
    const last = out.at(-1);
    const governing: Section | undefined = last && last.at > (sections[i]?.at ?? -1) ? last : sections[i];
    if (governing?.kind !== 'target' || !governing.span || HEADING_OF_YEARS.test(m[1])) continue;
    out.push({ at: m.index, kind: 'target', period: targetsYear });
  }
  return out;
}
