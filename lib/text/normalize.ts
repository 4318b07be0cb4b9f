// The text the extractor reads, and the way back to the text it was given.
//
// Real report pages carry noise that breaks phrases apart: line breaks from infographics and PDF
// conversions (同口径增\n长), spaces around numbers, pinyin readings after characters (增長(cháng)),
// traditional characters, full-width digits, page numbers between pages, zero-width characters.
// normalize() reads through all of it and returns a clean string and, for every UTF-16 unit of it,
// the offset of the unit it came from, so a span found in the clean text maps back exactly.
import { simplifiedTable } from './simplify';

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

export const isCjk = (c: number): boolean =>
  (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff);

const isAsciiAlnum = (c: number): boolean =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

const isSpace = (c: number): boolean =>
  c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 11 || c === 0xa0 || c === 0x3000 ||
  (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f;

/** units dropped without a trace: zero-width characters, soft hyphens, replacement and control characters */
const isInvisible = (c: number): boolean =>
  (c >= 0x200b && c <= 0x200f) || c === 0x2060 || c === 0xfeff || c === 0x00ad || c === 0xfffd ||
  (c < 32 && c !== 9 && c !== 10 && c !== 13) || (c >= 0x7f && c < 0xa0);

/** one unit's clean form: full-width ASCII to ASCII, a few look-alike signs, traditional to simplified */
function cleanUnit(c: number, simplified: Uint16Array): number {
  if (c >= 0xff01 && c <= 0xff5e) return c - 0xfee0;
  switch (c) {
    case 0x301c: // 〜 wave dash
      return 0x7e;
    case 0xfe6a: // ﹪
      return 0x25;
  }
  return c >= 0x3400 ? simplified[c] || c : c;
}

// A pinyin reading printed after a character: 增長(cháng), 长（zhǎng）. Lower case only, so that
// (GDP) or (TEU) stay; one to three syllables.
const PINYIN_READING =
  /^[(（]\s*(?:[a-zü\u0101\u00e1\u01ce\u00e0\u0113\u00e9\u011b\u00e8\u012b\u00ed\u01d0\u00ec\u014d\u00f3\u01d2\u00f2\u016b\u00fa\u01d4\u00f9\u01d6\u01d8\u01da\u01dc\u0144\u0148\u01f9\u1e3f]{1,6}[1-5]?\s?){1,3}\s*[)）]/;
const PINYIN_VOWEL = /[aeiouüāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]/;

// A page number left between two pages by a PDF conversion: a line "- 12 -", "— 3 —", "第 4 页".
const PAGE_NUMBER_LINE = /\n[ \t\u3000]*(?:[-—–－]{1,2}[ \t\u3000]*\d{1,4}[ \t\u3000]*[-—–－]{1,2}|第[ \t\u3000]*\d{1,4}[ \t\u3000]*页(?:[ \t\u3000]*[/共][ \t\u3000]*\d{1,4}[ \t\u3000]*页?)?)[ \t\u3000]*(?=\r?\n|$)/g;

/** the pinyin reading that starts at `i` (an opening parenthesis), or 0 */
function pinyinReadingLength(s: string, i: number): number {
  const m = PINYIN_READING.exec(s.slice(i, i + 32));
  if (!m || !PINYIN_VOWEL.test(m[0])) return 0;
  return m[0].length;
}

/**
 * The clean text of `source`. White space is dropped, except: one space stays between ASCII letters
 * or digits, and between two Chinese characters on one line (blocks a flattened page ran together);
 * a blank line becomes one "\n", the paragraph break. A single line break joins (增\n长 → 增长).
 */
export function normalize(source: string): NormalizedText {
  const n = source.length;
  const simplified = simplifiedTable();
  const out = new Uint16Array(n);
  const map = new Int32Array(n);
  let k = 0;

  // page-number lines are read as white space
  const skipStart: number[] = [];
  const skipEnd: number[] = [];
  if (source.includes('\n')) {
    PAGE_NUMBER_LINE.lastIndex = 0;
    for (let m; (m = PAGE_NUMBER_LINE.exec(source)); ) {
      skipStart.push(m.index);
      skipEnd.push(m.index + m[0].length);
    }
  }
  let skip = 0;

  let i = 0;
  while (i < n) {
    if (skip < skipStart.length && i === skipStart[skip]) {
      i = skipEnd[skip++];
      continue;
    }
    const c = source.charCodeAt(i);
    if (c >= 0x4e00 && c <= 0x9fff) {
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
      // a run of white space (page-number lines inside it count as white space too)
      let newlines = 0;
      let blankLine = false;
      let j = i;
      let sinceNewline = -1; // non-space units since the last newline, -1 before any newline
      while (j < n) {
        if (skip < skipStart.length && j === skipStart[skip]) {
          j = skipEnd[skip++];
          continue;
        }
        const d = source.charCodeAt(j);
        if (!isSpace(d) && !isInvisible(d)) break;
        if (d === 10) {
          if (newlines > 0 && sinceNewline === 0) blankLine = true;
          newlines++;
          sinceNewline = 0;
        }
        j++;
      }
      const prev = k > 0 ? out[k - 1] : 0;
      const next = j < n ? cleanUnit(source.charCodeAt(j), simplified) : 0;
      if (blankLine && k > 0 && prev !== 10) {
        out[k] = 10;
        map[k++] = i;
      } else if (!blankLine && ((isAsciiAlnum(prev) && isAsciiAlnum(next)) || (newlines === 0 && isCjk(prev) && isCjk(next)))) {
        // a space between two words, or between two Chinese blocks of a flattened page (情况 全区…)
        out[k] = 32;
        map[k++] = i;
      }
      i = j;
      continue;
    }
    if (isInvisible(c)) {
      i++;
      continue;
    }
    if ((c === 0x28 || c === 0xff08) && k > 0 && isCjk(out[k - 1])) {
      const len = pinyinReadingLength(source, i);
      if (len) {
        i += len;
        continue;
      }
    }
    out[k] = cleanUnit(c, simplified);
    map[k++] = i;
    i++;
  }

  let text = '';
  const CHUNK = 8192;
  for (let s = 0; s < k; s += CHUNK) text += String.fromCharCode.apply(null, out.subarray(s, Math.min(k, s + CHUNK)) as unknown as number[]);
  return { text, map: map.subarray(0, k), sourceLength: n };
}
