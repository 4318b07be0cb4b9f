// A result a sentence dates, itself, to the year after the one the page's metadata takes as reviewed. A page of year Y
// whose type says no more is read as a report of Y reviewing Y−1, and a year later than that is dropped as a year of
// plans; but statistics news dated by its publication (发表日期:2014-07-17 … 2014年全国夏粮总产量13659.6万吨,比2013年
// 增产474.8万吨) and a report's news dated a year early (…,2016年本市生产总值超过1.93万亿元) tell that year's results
// in so many words. Found on 3 of 31 unseen pages read for it (40 mentions: NBS grain 2012 and 2014, 深圳 2017 news).
// And on a page that gives no year at all, a result whose sentence names none is of the year its paragraph's first
// sentence (or its list's intro) opens a clause on (汪泉介绍称,2013年无锡全市经济稳定健康发展,…。在全力稳增长的基础上,…
// 实现社会融资总量1921亿元; 2013年全國夏糧播種面積、…如下:\n一、…): 3 more unseen pages (无锡 2014 news, NBS summer
// grain 2013, a 2015 grain news in traditional characters).
import type { ReportMeta } from '../detect/metadata';
import type { Tense } from './tense-cues';

/** a year opening a clause: after the sentence's start or a comma or colon, a few words of who says it allowed
 * (公告的数据显示,2012年全国…; 经初步核算,2016年本市…), not a base (比2013年) nor a span (2014年以来) */
const CLAUSE_YEAR =
  /(?:^|[,，:：;；。\n])([^,，:：;；。\n\d]{0,4}?)((?:19|20)\d\d)年(?!以来|代|度|初|底?前|[是的])(?=[,，]?[\u4e00-\u9fff])/g;
const BASE_WORD = /(?:比|较|与|同|从|由|到|至|按|截至|截止)$/;

/** the last clause year in `text`, with its offset */
function lastClauseYear(text: string): { at: number; year: number } | null {
  let last: { at: number; year: number } | null = null;
  CLAUSE_YEAR.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = CLAUSE_YEAR.exec(text)); ) if (!BASE_WORD.test(m[1])) last = { at: m.index, year: Number(m[2]) };
  return last;
}

/** words that make what follows a plan or an estimate, not a result told */
const PLANNED = /将|要|预计|预期|目标|力争|确保|计划|争取|力求|安排|可望|有望/;

/** the start of the line holding the character before `at`, looked for no further back than `REACH` (the cost stays linear
 * in a text without line breaks) */
const REACH = 1600;
function lineStart(text: string, at: number): number {
  const from = Math.max(0, at - REACH);
  return from + text.slice(from, at).lastIndexOf('\n') + 1;
}

/** where `needle` stands in the text last asked about, by needle (one engine reads one text at a time) */
const stands = new Map<string, { text: string; at: number[] }>();

/** whether `needle` stands anywhere in [from, to) of `text`: the cheap look before any pattern, at a binary search's cost */
function standsIn(text: string, needle: string, from: number, to: number): boolean {
  let known = stands.get(needle);
  if (!known || known.text !== text) {
    const at: number[] = [];
    for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) at.push(i);
    stands.set(needle, (known = { text, at }));
  }
  // (the same words read again in a new string, a page extracted twice: keep the new string, so that the next look compares
  // one string with itself, not 2 MB of characters at every quantity)
  known.text = text;
  let [lo, hi] = [0, known.at.length];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (known.at[mid] < from) lo = mid + 1;
    else hi = mid;
  }
  return lo < known.at.length && known.at[lo] + needle.length <= to;
}

/** a line that is an item of a numbered list (一、全国粮食播种面积…) */
const LIST_ITEM = /^\s*[一二三四五六七八九十]{1,2}、/;

/** the start of the line that opens, on a colon, the numbered list whose item holds `sentence` (…2012年全国粮食播种面积、
 * 单位面积产量、粮食总产量如下:\n一、全国粮食播种面积…\n二、…), or -1 */
function listIntro(text: string, sentence: number): number {
  let line = lineStart(text, sentence);
  for (let items = 0; items < 10 && line > 0 && LIST_ITEM.test(text.slice(line, line + 12)); items++) {
    const before = lineStart(text, line - 1);
    if (/[:：]\s*$/.test(text.slice(before, line))) return before;
    line = before;
  }
  return -1;
}

/** a start level (由上年46亿元增加到…, 从…) or a figure of the year before (上年, 去年) in the quantity's clause */
const EARLIER = /(?:[由从][^,，;；。]{0,12}|(?<![比较])(?:上年|去年)|[,，;；。][^,，;；。]*(?<![比较])(?:上年|去年)[^,，;；。]*)$/;

/** the first sentence of the paragraph holding `sentence`, or of the list intro its line is an item of: [from, to) */
function lead(text: string, sentence: number, at: number): [number, number] {
  const intro = listIntro(text, sentence);
  const from = intro >= 0 ? intro : Math.max(lineStart(text, sentence), at - 1500);
  const end = text.slice(from, sentence).search(/[。\n]/);
  return [from, end < 0 ? sentence : from + end];
}

/** `read`, dated to the year after the reviewed one where the last year opening a clause in the quantity's sentence (or,
 * where its sentence opens none, in the first sentence of its paragraph or list intro) is that year, and what follows
 * it tells a result */
export function laterYearResult(text: string, sentence: number, at: number, read: Tense, meta: ReportMeta): Tense {
  const { resultsYear } = meta;
  if (read.kind !== 'actual' || read.periodFrom !== undefined) return read;
  if (resultsYear === null) return read.period === null ? leadYear(text, sentence, at, read) : read;
  if (read.period !== resultsYear) return read;
  // (most quantities have no such year anywhere near: the cheap look first)
  if (!standsIn(text, String(resultsYear + 1), Math.max(0, at - REACH), at)) return read;
  if (EARLIER.test(text.slice(Math.max(sentence, at - 30), at))) return read;
  let from = sentence;
  let m = lastClauseYear(text.slice(sentence, at));
  if (!m) {
    const [start, end] = lead(text, sentence, at);
    from = start;
    m = lastClauseYear(text.slice(start, end));
  }
  if (!m || m.year !== resultsYear + 1) return read;
  return PLANNED.test(text.slice(from + m.at, at)) ? read : { kind: 'actual', period: resultsYear + 1 };
}

/** on a page with no year: `read` (a result its sentence dates to no year) dated by the last year a sentence before it in its
 * paragraph (or its list's intro) opens a clause on, where nothing planned follows that year */
function leadYear(text: string, sentence: number, at: number, read: Tense): Tense {
  // (the cheap look first: no year at all in reach)
  if (!standsIn(text, '年', Math.max(0, sentence - 1500), sentence)) return read;
  if (EARLIER.test(text.slice(Math.max(sentence, at - 30), at))) return read;
  const [start] = lead(text, sentence, at);
  const m = lastClauseYear(text.slice(start, sentence));
  if (!m || PLANNED.test(text.slice(start + m.at, at))) return read;
  return { kind: 'actual', period: m.year };
}
