// One year told inside a review of several years: a sentence that opens on one of the review's years (过去五年,…。
// 2017年,吉林省地区生产总值增长5.3%。全部兑现承诺的28件民生实事。城镇居民人均可支配收入增长6.7%,…) turns the
// paragraph to that year; the sentences after it in the paragraph go on about it (the year's figures, not the five
// years'), until the paragraph ends or another section mark (过去五年, 五年来) turns it again. A sentence that opens on a
// range of the review's years (五年来… in 1983: 从一九七九年到一九八二年的四年内，轻工业平均每年增长…。…缝纫机增长一点六倍)
// turns its paragraph to that range the same way.
import type { Kind } from '../model/mention';
import type { Span } from './spans';
import { lastAtOrBefore } from './sorted-search';

interface Section {
  at: number;
  kind: Kind;
  period: number | null;
  span?: Span;
  /** one of the span's years told on its own: a change in it is the year's, a sum or an average (累计, 年均) the span's */
  oneYear?: boolean;
}

/** what sums or averages the years in a clause (not what one year added: 新增, 新建) */
const SUMS_OR_AVERAGES = /累计|年均|平均每年|每年平均|总计|合计|共计/;

/** whether the words of a quantity's clause sum or average the years of the span it is told in */
export function sumsOverSpan(words: string): boolean {
  return SUMS_OR_AVERAGES.test(words);
}

/** a sentence that opens on a year and a comma: 2017年, (a quarter or a half of it is not the year: 2017年上半年,); or on
 * a range of years: 从1979年到1982年的四年内, */
const OPENS_ON_YEAR =
  /(?<=^|[。!?\n])[ \t\u3000]*(?:(?:从|自)?((?:19|20)\d\d)年(?:到|至|—|-)(?=(?:19|20)\d\d年))?((?:19|20)\d\d)年(?:的[^,，。]{1,8})?[,，]/g;

/**
 * The sections the years said at the head of a sentence open inside a review of several years (`sections`, sorted by
 * offset), each with the section it interrupts set again where its paragraph ends; `text` has its years in Arabic numerals.
 */
export function yearRunsInSpans(text: string, sections: Section[]): Section[] {
  const out: Section[] = [];
  OPENS_ON_YEAR.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = OPENS_ON_YEAR.exec(text)); ) {
    const i = lastAtOrBefore(sections, m.index);
    const section = i >= 0 ? sections[i] : null;
    const from = Number(m[1] ?? m[2]);
    const year = Number(m[2]);
    if (!section?.span || section.kind !== 'actual' || from < section.span.from || year > section.span.to || from > year) continue;
    if (from === section.span.from && year === section.span.to) continue;
    const end = text.indexOf('\n', m.index + m[0].length);
    const paragraphEnd = end < 0 ? text.length : end;
    const span = { at: m.index, end: m.index + m[0].length, from, to: year, range: true };
    out.push(from < year ? { ...section, at: m.index, period: year, span } : { ...section, at: m.index, period: year, oneYear: true });
    // (the section goes on after the paragraph, unless another mark turned it inside the paragraph)
    const next = sections[i + 1];
    if (!next || next.at > paragraphEnd) out.push({ ...section, at: paragraphEnd });
  }
  return out;
}
