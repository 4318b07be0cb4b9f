// A paragraph that opens on the year planned and what the place will do in it (2006年我省将深入搞好农业结构调整。…
// 种植业标准化达到1.2亿亩; 2024年,貴州將…。貴州將推動數字經濟…占比達到45%以上): its figures are that year's targets,
// though their own sentences say no target word. The paragraph's end gives back the section read before it.
import type { Switch } from './section-switch';
import { lastAtOrBefore } from './sorted-search';

/** the year and a 将 in the first words of a paragraph (after at most a short lead: 报告中重点指出,) */
const OPENS_ON_YEAR_WILL = /(?<=^|\n)[^\n。\d]{0,12}?((?:19|20)\d\d)年[,，]?[^\d,，;。\n]{0,4}[将將](?!近)/g;

/** the sections the paragraphs opening on the planned year and a 将 open, each closed at its paragraph's end */
export function yearWillParagraphs(text: string, switches: Switch[], targetsYear: number | null): Switch[] {
  if (targetsYear === null) return [];
  const out: Switch[] = [];
  OPENS_ON_YEAR_WILL.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = OPENS_ON_YEAR_WILL.exec(text)); ) {
    if (Number(m[1]) !== targetsYear) continue;
    const nl = text.indexOf('\n', m.index + m[0].length);
    const end = nl < 0 ? text.length : nl;
    const before = lastAtOrBefore(switches, end);
    // a section that opens inside the paragraph (a heading of its own) is left to govern after it
    if (before >= 0 && switches[before].at > m.index) continue;
    out.push({ at: m.index, kind: 'target', period: targetsYear });
    out.push(before >= 0 ? { ...switches[before], at: end } : { at: end, kind: 'actual', period: null });
  }
  return out;
}
