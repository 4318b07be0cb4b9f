// A result a sentence dates, itself, to the year after the one the page's metadata takes as reviewed. A page of year Y
// whose type says no more is read as a report of Y reviewing Y−1, and a year later than that is dropped as a year of
// plans; but statistics news dated by its publication (发表日期:2014-07-17 … 2014年全国夏粮总产量13659.6万吨,比2013年
// 增产474.8万吨) and a report's news dated a year early (…,2016年本市生产总值超过1.93万亿元) tell that year's results
// in so many words. Found on 3 of 31 unseen pages read for it (44 mentions: NBS grain 2012 and 2014, 深圳 2017 news).
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

/** a line that is an item of a numbered list (一、全国粮食播种面积…) */
const LIST_ITEM = /^\s*[一二三四五六七八九十]{1,2}、/;

/** the start of the line that opens, on a colon, the numbered list whose item holds `sentence` (…2012年全国粮食播种面积、
 * 单位面积产量、粮食总产量如下:\n一、全国粮食播种面积…\n二、…), or -1 */
function listIntro(text: string, sentence: number): number {
  let line = text.lastIndexOf('\n', sentence - 1) + 1;
  for (let items = 0; items < 10 && line > 0 && LIST_ITEM.test(text.slice(line, line + 12)); items++) {
    const before = text.lastIndexOf('\n', line - 2) + 1;
    if (/[:：]\s*$/.test(text.slice(before, line))) return before;
    line = before;
  }
  return -1;
}

/** a start level (由上年46亿元增加到…, 从…) or a figure of the year before (上年, 去年) in the quantity's clause */
const EARLIER = /(?:[由从][^,，;；。]{0,12}|上年|去年|[,，;；。][^,，;；。]*(?:上年|去年)[^,，;；。]*)$/;

/** the first sentence of the paragraph holding `sentence`, or of the list intro its line is an item of: [from, to) */
function lead(text: string, sentence: number, at: number): [number, number] {
  const intro = listIntro(text, sentence);
  const from = intro >= 0 ? intro : Math.max(text.lastIndexOf('\n', sentence - 1) + 1, at - 1500);
  const end = text.slice(from, sentence).search(/[。\n]/);
  return [from, end < 0 ? sentence : from + end];
}

/** `read`, dated to the year after the reviewed one where the last year opening a clause in the quantity's sentence (or,
 * where its sentence opens none, in the first sentence of its paragraph or list intro) is that year, and what follows
 * it tells a result */
export function laterYearResult(text: string, sentence: number, at: number, read: Tense, meta: ReportMeta): Tense {
  const { resultsYear } = meta;
  if (read.kind !== 'actual' || resultsYear === null || read.period !== resultsYear || read.periodFrom !== undefined) return read;
  // (most quantities have no such year anywhere near: the cheap look first)
  if (text.lastIndexOf(String(resultsYear + 1), at) < Math.max(0, at - 1600)) return read;
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
