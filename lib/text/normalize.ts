// The text the extractor reads, and the way back to the text it was given.
//
// Real report pages carry noise that breaks phrases apart: line breaks from infographics and PDF
// conversions (同口径增\n长), spaces around numbers, pinyin readings after characters (增長(cháng)),
// traditional characters, full-width digits, page numbers between pages, zero-width characters.
// normalize() reads through all of it and returns a clean string and, for every UTF-16 unit of it,
// the offset of the unit it came from, so a span found in the clean text maps back exactly.
import { isHan } from './han';
import { simplifiedTable, simplifiedWordAt, wordStarts } from './simplify';
import { tableCellLines } from './table-lines';

export interface NormalizedText {
  /** the clean text */
  text: string;
  /** map[i] is the offset in the source of text[i] */
  map: Int32Array;
  /** the source's length */
  sourceLength: number;
}

/** the source span [start, end) of the clean span [start, end) */
export function toSource(n: NormalizedText, start: number, end: number): [number, number] {
  if (end <= start) {
    const at = start < n.text.length ? n.map[start] : n.sourceLength;
    return [at, at];
  }
  return [n.map[start], n.map[end - 1] + 1];
}

/** the clean offset of a source offset (the first clean unit at or after it) */
export function fromSource(n: NormalizedText, sourceOffset: number): number {
  let lo = 0;
  let hi = n.map.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (n.map[mid] < sourceOffset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/** a space between two single digits (1 9 9 7 年, 增長1 1 %): one number spaced out, not two */
function spacedDigits(source: string, before: number, after: number): boolean {
  const single = (at: number, step: number) => {
    const c = source.charCodeAt(at + step);
    return isDigit(source.charCodeAt(at)) && !isDigit(c) && c !== 46;
  };
  return before >= 0 && after < source.length && single(before, -1) && single(after, 1);
}
const isAsciiAlnum = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

const isSpace = (c: number): boolean =>
  c === 32 ||
  c === 9 ||
  c === 10 ||
  c === 13 ||
  c === 12 ||
  c === 11 ||
  c === 0xa0 ||
  c === 0x3000 ||
  (c >= 0x2000 && c <= 0x200a) ||
  c === 0x202f ||
  c === 0x205f;

/** units dropped without a trace: zero-width characters, soft hyphens, replacement and control characters */
const isInvisible = (c: number): boolean =>
  (c >= 0x200b && c <= 0x200f) ||
  c === 0x2060 ||
  c === 0xfeff ||
  c === 0x00ad ||
  c === 0xfffd ||
  (c < 32 && c !== 9 && c !== 10 && c !== 13) ||
  (c >= 0x7f && c < 0xa0);

/** one unit's clean form: full-width ASCII to ASCII, a few look-alike signs, traditional to simplified */
function cleanUnit(c: number, simplified: Uint16Array): number {
  if (c >= 0xff01 && c <= 0xff5e) return c - 0xfee0;
  switch (c) {
    case 0x301c: // 〜 wave dash
      return 0x7e;
    case 0xfe6a: // ﹪
    case 0x2105: // ℅ (care of), typed for % on some county pages (增长15℅)
      return 0x25;
    case 0x301d: // 〝 as an opening quote (“十一五〞期间)
      return 0x201c;
    case 0x301e: // 〞 and 〟 as a closing one
    case 0x301f:
      return 0x201d;
  }
  return c >= 0x3400 ? simplified[c] || c : c;
}

// A pinyin reading printed after a character: 增長(cháng), 长（zhǎng）. Lower case only, so that
// (GDP) or (TEU) stay; one to three syllables.
const PINYIN_READING =
  /^[(（]\s*(?:[a-zü\u0101\u00e1\u01ce\u00e0\u0113\u00e9\u011b\u00e8\u012b\u00ed\u01d0\u00ec\u014d\u00f3\u01d2\u00f2\u016b\u00fa\u01d4\u00f9\u01d6\u01d8\u01da\u01dc\u0144\u0148\u01f9\u1e3f]{1,6}[1-5]?\s?){1,3}\s*[)）]/;
const PINYIN_VOWEL = /[aeiouüāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]/;

// A page number left between two pages by a PDF conversion: a line "- 12 -", "— 3 —", "第 4 页", with
// the running header of the page (a short line naming the report) before or after it.
const SP = '[ \\t\\u3000\\u00a0\\u2000-\\u200a\\u202f]*';
const PAGE_NUMBER = `(?:[-—–－]{1,2}${SP}\\d{1,4}${SP}[-—–－]{1,2}|第${SP}\\d{1,4}${SP}页(?:${SP}[/／]?${SP}共?${SP}\\d{1,4}${SP}页?)?)`;
const PAGE_NUMBER_LINE = new RegExp(`\\n${SP}${PAGE_NUMBER}${SP}(?=\\r?\\n|$)`, 'g');
const RUNNING_HEADER = `${SP}[^\\n。，,；;：:]{2,30}?(?:报告|公报|報告|公報|草案)${SP}`;
const HEADER_BEFORE = new RegExp(`\\n${RUNNING_HEADER}$`);
const HEADER_AFTER = new RegExp(`^\\n${RUNNING_HEADER}(?=\\r?\\n|$)`);

/** a bare page number between blank lines inside a figure (收入4.6\n\n1\n\n亿元): a digit before it, a unit after */
const BARE_PAGE_NUMBER = new RegExp(`(?<=\\d)\\n${SP}\\n${SP}\\d{1,4}${SP}\\n(?=${SP}\\n${SP}[亿万元%‰倍个])`, 'g');

/** a page counter a document site puts at the start of each page's text, after a line break or a blank line
 * (城镇和农\n3、村居民人均可支配收入; 可实现地区生产总值\n\n2、7.1亿元) */
const PAGE_COUNTER = /(?:^|\n)(?:[ \t\u3000]*\n)?(\d{1,3})、/g;
/** what ends a sentence, after which a line may open a numbered item */
const SENTENCE_END = /[。！？!?；;：:]\s*$/;

/** page counters: "\nN、" at line starts after N-1 at an earlier one, each after a long line (a page) that it breaks
 * mid-sentence; a numbered list's items come after the full stop of the item before */
function pageCounters(source: string): Array<{ index: number; 0: string }> {
  const seen = new Set<number>();
  const found: Array<{ index: number; 0: string }> = [];
  for (const m of source.matchAll(PAGE_COUNTER)) {
    const n = Number(m[1]);
    seen.add(n);
    const lineStart = source.lastIndexOf('\n', m.index - 1) + 1;
    if (!seen.has(n - 1) || m.index - lineStart < 100 || SENTENCE_END.test(source.slice(m.index - 8, m.index))) continue;
    found.push({ index: m.index, 0: m[0] });
  }
  return found;
}

/** page breaks: [start, end) of each page-number line with the running headers around it */
function pageBreaks(source: string): { starts: number[]; ends: number[] } {
  const starts: number[] = [];
  const ends: number[] = [];
  const lines = [...source.matchAll(PAGE_NUMBER_LINE), ...source.matchAll(BARE_PAGE_NUMBER), ...pageCounters(source)].sort(
    (a, b) => a.index - b.index,
  );
  for (const m of lines) {
    let start = m.index;
    let end = m.index + m[0].length;
    const before = HEADER_BEFORE.exec(source.slice(Math.max(0, start - 40), start));
    if (before) start -= before[0].length;
    const after = HEADER_AFTER.exec(source.slice(end, end + 40));
    if (after) end += after[0].length;
    if (starts.length && start < ends[ends.length - 1]) start = ends[ends.length - 1];
    starts.push(start);
    ends.push(end);
  }
  return { starts, ends };
}

/** a line that opens a section: 一、 (一) 1. 第一章 — a line break before or after it is a real break */
const HEADING_START =
  /^[ \t\u3000]*(?:[一二三四五六七八九十]+[、.]|[(（][一二三四五六七八九十\d]+[)）]|\d{1,2}[.、．](?!\d)|第[一二三四五六七八九十]+[章节部分篇])/;
/** the last words of a title or section heading: 太仓市2023年政府工作报告, 2023年目标任务和主要工作,
 * 2025年发展主要预期目标 (over a list of targets, one a line) */
const HEADING_END =
  /(?:报告|公报|報告|公報|草案|纲要|綱要|回顾|回顧|目标任务|主要工作|工作安排|总体要求|情况|(?:预期|預期|主要)目[标標]|任务清单|任務清單)[ \t\u3000]*$/;
const HEADING_LAST = new Set('告報报案要顾顧务作排求况标標单單 \t\u3000\r');

/** characters a heading can start with (a quick test before the regex) */
const HEADING_FIRST = new Set('一二三四五六七八九十(（第0123456789 \t\u3000');

/** whether a heading starts at `at` */
function opensHeading(source: string, at: number): boolean {
  return HEADING_FIRST.has(source[at]) && HEADING_START.test(source.slice(at, at + 8));
}

/** the pinyin readings of a line, wherever they stand in it */
const PINYIN_READINGS = new RegExp(PINYIN_READING.source.slice(1), 'g');

/** punctuation inside a sentence or at its end */
const ANY_PUNCTUATION = /[,，、;；:：。!?！？]/;

/**
 * A news subheading: a short line with no punctuation that opens a paragraph (the line before it
 * ended one) and a much longer line after it (大跨越实现5年进3位的重大突破\n地区生产总值先后…). A
 * wrapped line of a narrow column is as long as the next one, and a wrapped figure ends in a digit.
 */
function isSubheadingLine(source: string, start: number, end: number, next: number, opensParagraph: boolean): boolean {
  if (!opensParagraph) return false;
  const line = source.slice(start, end).replace(PINYIN_READINGS, '').trim();
  if (line.length < 4 || line.length > 24 || ANY_PUNCTUATION.test(line) || /[0-9]$/.test(line)) return false;
  const nextEnd = source.indexOf('\n', next);
  const after = source.slice(next, nextEnd < 0 ? source.length : nextEnd).replace(PINYIN_READINGS, '');
  return after.length >= 2 * line.length + 10 && ANY_PUNCTUATION.test(after);
}

/** a heading on a line of its own: short, numbered or named like one, no sentence in it */
function isHeadingLine(source: string, start: number, end: number): boolean {
  const last = source[end - 1];
  // 2025年發(fā)展主要預(yù)期目標(biāo): a reading after the last character
  const readingLast = (last === ')' || last === '）') && source.slice(start, end).replace(PINYIN_READINGS, '') !== source.slice(start, end);
  if (end - start > 200 || (!HEADING_FIRST.has(source[start]) && !HEADING_LAST.has(last) && !readingLast)) return false;
  // the line ends at its own break (a page break may have been read over after it)
  const lineEnd = source.indexOf('\n', start);
  if (lineEnd >= 0 && lineEnd < end) end = lineEnd;
  const line = source.slice(start, end).replace(PINYIN_READINGS, '');
  if (line.length > 40) return false;
  return (HEADING_START.test(line) || HEADING_END.test(line)) && !/[。!?！？]/.test(line);
}

/** characters that end a line for good: a sentence or a list item ends there */
const LINE_END = new Set([0x3002, 0xff01, 0xff1f, 0x21, 0x3f, 0xff1b, 0x3b, 0xff1a, 0x3a, 0xff09, 0x29, 0x3011]);

/** the pinyin reading that starts at `i` (an opening parenthesis), or 0 */
export function pinyinReadingLength(s: string, i: number): number {
  const m = PINYIN_READING.exec(s.slice(i, i + 32));
  if (!m || !PINYIN_VOWEL.test(m[0])) return 0;
  return m[0].length;
}

const UTF16 = new TextDecoder('utf-16le');

/** 。 written for the decimal point, as some pages do (增长11。3%, 373。15亿元): a digit before it, and
 * after it a fraction with the unit of a figure (not 2019。3月, nor a sentence that opens with a count) */
const DECIMAL_STOP = /^。[0-9０-９]{1,3}(?:[%‰％倍亿万]|个百分点|元|美元)/;

/**
 * A text with its line breaks taken out (a report kept as one line of a file: …回顾　　“十一五”时期是…) keeps
 * its paragraphs only as their indent, two ideographic spaces: there they are the paragraph breaks. A text
 * with line breaks says its paragraphs with them, and an indent inside its lines is spacing.
 */
function paragraphsByIndent(source: string): boolean {
  let breaks = 0;
  for (let i = source.indexOf('\n'); i >= 0; i = source.indexOf('\n', i + 1)) if (++breaks * FLAT_LINE > source.length) return false;
  return source.includes('\u3000\u3000');
}
/** a text with no more than one line break in this many characters has had its line breaks taken out */
const FLAT_LINE = 3000;

/**
 * The clean text of `source`. White space is dropped (spaces inside phrases and around numbers are
 * noise), except one space between two ASCII words. A blank line becomes one "\n", the paragraph
 * break; a single line break joins a wrapped line (增\n长 → 增长) unless it ends a sentence or
 * stands next to a heading.
 */
export function normalize(source: string): NormalizedText {
  const n = source.length;
  const simplified = simplifiedTable();
  const starts = wordStarts();
  const out = new Uint16Array(n);
  const map = new Int32Array(n);
  let k = 0;

  // page breaks are read as white space
  const { starts: skipStart, ends: skipEnd } = source.includes('\n') ? pageBreaks(source) : { starts: [], ends: [] };
  let skip = 0;
  let lineStart = 0; // where the current source line starts
  let lineOpensParagraph = true; // whether the clean text before the current line ends a paragraph
  const indentBreaks = paragraphsByIndent(source);
  const cells = source.includes('\n') ? tableCellLines(source) : null;

  let i = 0;
  while (i < n) {
    if (skip < skipStart.length && i === skipStart[skip]) {
      i = skipEnd[skip++];
      continue;
    }
    const c = source.charCodeAt(i);
    if (c >= 0x4e00 && c <= 0x9fff) {
      // a word converted as a word (計畫 → 计划), its units one for one
      const word = starts[c] ? simplifiedWordAt(source, i) : null;
      if (word) {
        for (let w = 0; w < word.length; w++) {
          out[k] = word.charCodeAt(w);
          map[k++] = i++;
        }
        continue;
      }
      // the common case, a Chinese character
      out[k] = simplified[c] || c;
      map[k++] = i++;
      continue;
    }
    if (c > 32 && c < 127 && c !== 40) {
      // printable ASCII other than "(" (which may open a pinyin reading)
      out[k] = c;
      map[k++] = i++;
      continue;
    }
    if (isSpace(c)) {
      // a run of white space (page breaks inside it count as white space too)
      let newlines = 0;
      let indent = 0; // ideographic spaces
      let j = i;
      while (j < n) {
        if (skip < skipStart.length && j === skipStart[skip]) {
          j = skipEnd[skip++];
          continue;
        }
        const d = source.charCodeAt(j);
        if (!isSpace(d) && !isInvisible(d)) break;
        if (d === 10) newlines++;
        else if (d === 0x3000) indent++;
        j++;
      }
      const prev = k > 0 ? out[k - 1] : 0;
      const next = j < n ? cleanUnit(source.charCodeAt(j), simplified) : 0;
      let emit = -1;
      if (newlines >= 2 || (indentBreaks && !newlines && indent >= 2))
        emit = 10; // a blank line, or an indent where it is all that says paragraphs: a paragraph
      else if (newlines === 1 && cells !== null && (cells.has(lineStart) || cells.has(j)))
        emit = 10; // a table's cell a line
      else if (newlines === 1 && !(isDigit(prev) && isDigit(next))) {
        // one line break: a wrapped line joins (增\n长, 1635亿\n元, 98\n6.4亿元); a line that ends a
        // sentence, a heading, or a line before a heading stays apart
        // an English sentence's full stop before a Chinese line ends it too (a bilingual page: rose steadily.\n全年…)
        const hard =
          LINE_END.has(prev) ||
          (prev === 46 && isHan(next)) ||
          isHeadingLine(source, lineStart, i) ||
          opensHeading(source, j) ||
          isSubheadingLine(source, lineStart, i, j, lineOpensParagraph);
        if (hard) emit = 10;
        else if (isAsciiAlnum(prev) && isAsciiAlnum(next)) emit = 32;
      } else if (newlines === 0 && isAsciiAlnum(prev) && isAsciiAlnum(next) && !spacedDigits(source, k > 0 ? map[k - 1] : -1, j)) emit = 32; // between two words (not inside a number spaced out digit by digit: 1 9 9 7 年, 1 1 %)
      if (emit >= 0 && k > 0 && prev !== 10) {
        out[k] = emit;
        map[k++] = i;
      }
      if (newlines) {
        lineStart = j;
        lineOpensParagraph = k === 0 || out[k - 1] === 10;
      }
      i = j;
      continue;
    }
    if (isInvisible(c)) {
      i++;
      continue;
    }
    if ((c === 0x28 || c === 0xff08) && k > 0 && isHan(out[k - 1])) {
      const len = pinyinReadingLength(source, i);
      if (len) {
        i += len;
        continue;
      }
    }
    out[k] = c === 0x3002 && k > 0 && isDigit(out[k - 1]) && DECIMAL_STOP.test(source.slice(i, i + 8)) ? 46 : cleanUnit(c, simplified);
    map[k++] = i;
    i++;
  }

  // the units back into a string, natively; a lone surrogate becomes U+FFFD, one unit for one
  const text = UTF16.decode(out.subarray(0, k));
  return { text, map: map.subarray(0, k), sourceLength: n };
}
