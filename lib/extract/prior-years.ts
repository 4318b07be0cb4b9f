// The years before the one a sentence reports, listed one by one: 2006年,单位国内生产总值能耗由前三年分别上升4.9%、5.5%、
// 0.2%,转为下降1.2% — each of the list is its own year, in order up to the year before (2003, 2004, 2005).
import type { Tense } from './tense-cues';
import { parseChinese } from './numbers';

/** 前三年分别上升 and the list items said before this one (4.9%、5.5%、) */
const PRIOR_YEARS_LISTED = /前(\d{1,2}|[两二三四五六七八九十]{1,2})年(?:分别|依次)[^,;。!?\d]{0,6}((?:\d+(?:\.\d+)?[%％]?[、和])*)$/;

/** `read` with the year of the list item at `at` where its sentence lists the years before its own */
export function priorYearOfList(text: string, sentence: number, at: number, read: Tense): Tense {
  if (read.period === null) return read;
  const m = PRIOR_YEARS_LISTED.exec(text.slice(Math.max(sentence, at - 60), at));
  if (!m) return read;
  const years = /^\d+$/.test(m[1]) ? Number(m[1]) : parseChinese(m[1]);
  const index = (m[2].match(/[、和]/g) ?? []).length;
  if (index >= years) return read;
  return { kind: 'actual', period: read.period - years + index };
}
