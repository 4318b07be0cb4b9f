// The noise real report pages carry, applied to clean text with a map back: traditional characters,
// full-width digits, pinyin readings after characters, line breaks inside phrases, page-number lines
// between pages, spaces around numbers, zero-width characters, CRLF line ends with indented paragraphs.
//
// A rewrite keeps, for every UTF-16 unit of the source, where its own output starts and ends in the
// result. Text inserted before a unit or after it lies outside that unit's span, so a span [s, e) of
// the source maps to [start[s], end[e-1]): noise inside a span is kept in it, noise around it is not.
// That is how the gold spans of an annotated set follow the text they annotate.
import { Converter } from 'opencc-js/cn2t';
import type { Rng } from './rng';

export interface Rewritten {
  text: string;
  /** start[i], end[i]: the output of source unit i, without what was inserted around it */
  start: Int32Array;
  end: Int32Array;
}

export interface Emit {
  before?: string;
  /** the unit's replacement (itself when absent) */
  unit?: string;
  after?: string;
}

export function rewrite(src: string, emit: (i: number) => Emit | undefined): Rewritten {
  const start = new Int32Array(src.length);
  const end = new Int32Array(src.length);
  const parts: string[] = [];
  let at = 0;
  for (let i = 0; i < src.length; i++) {
    const e = emit(i);
    const unit = e?.unit ?? src[i];
    if (e?.before) parts.push(e.before), (at += e.before.length);
    start[i] = at;
    parts.push(unit);
    at += unit.length;
    end[i] = at;
    if (e?.after) parts.push(e.after), (at += e.after.length);
  }
  return { text: parts.join(''), start, end };
}

/** the output span of the (non-empty) source span [s, e) */
export function spanOf(r: Rewritten, s: number, e: number): [number, number] {
  return [r.start[s], r.end[e - 1]];
}

/** `b` applied to the output of `a`, as one rewrite of a's source */
export function compose(a: Rewritten, b: Rewritten): Rewritten {
  const start = new Int32Array(a.start.length);
  const end = new Int32Array(a.end.length);
  for (let i = 0; i < a.start.length; i++) {
    start[i] = b.start[a.start[i]];
    end[i] = b.end[a.end[i] - 1];
  }
  return { text: b.text, start, end };
}

export type Noise = (src: string, r: Rng) => Rewritten;

const isCjk = (c: string | undefined): boolean => c !== undefined && /[\u3400-\u9fff]/.test(c);
/** ASCII or full-width: noises apply in any order */
const isDigit = (c: string | undefined): boolean => c !== undefined && /[0-9０-９]/.test(c);
const NUMBERISH = /[0-9０-９.,．，]/;
const isSpace = (c: string | undefined): boolean => c !== undefined && /\s/.test(c);

/** Latin letters (a reading's pinyin, GDP, TEU) and parentheses: noise never goes next to them, so
 * that a reading (zhǎng) and a Latin word stay whole, as on any real page */
const LATIN_OR_PAREN = /[A-Za-z\u00c0-\u024f\u1e00-\u1eff()（）]/;

/** a boundary before unit i between two printed characters, not at a reading or a Latin word */
function between(src: string, i: number): boolean {
  const a = src[i - 1];
  const b = src[i];
  return a !== undefined && b !== undefined && !isSpace(a) && !isSpace(b) && !LATIN_OR_PAREN.test(a) && !LATIN_OR_PAREN.test(b);
}

/**
 * A boundary where an infographic or a PDF may break a line: not inside a number either (there a
 * break would make two numbers of one for any reader).
 */
function breakable(src: string, i: number): boolean {
  return between(src, i) && !(NUMBERISH.test(src[i - 1]) && (NUMBERISH.test(src[i]) || src[i] === '%' || src[i] === '％'));
}

let toTraditional: ((s: string) => string) | null = null;

/** opencc-js cn → t; it keeps the length of the text (checked), so units map one to one */
export const traditional: Noise = (src) => {
  toTraditional ??= Converter({ from: 'cn', to: 't' });
  const t = toTraditional(src);
  if (t.length === src.length) return rewrite(src, (i) => ({ unit: t[i] }));
  // a phrase changed length: convert unit by unit instead
  return rewrite(src, (i) => {
    const u = toTraditional!(src[i]);
    return { unit: u.length === 1 ? u : src[i] };
  });
};

/** digits, %, ~ in their full-width forms; a decimal point too, half of the time */
export const fullWidth: Noise = (src, r) =>
  rewrite(src, (i) => {
    const c = src[i];
    if ((c >= '0' && c <= '9') || c === '%' || c === '~') return { unit: String.fromCharCode(c.charCodeAt(0) + 0xfee0) };
    if (c === '.' && /\d/.test(src[i - 1] ?? '') && /\d/.test(src[i + 1] ?? '') && r.chance(0.5)) return { unit: '．' };
    return undefined;
  });

/** readings some sites print after a character: 增长(zhǎng) */
export const READINGS: Record<string, string> = {
  长: 'zhǎng',
  重: 'zhòng',
  行: 'xíng',
  量: 'liàng',
  率: 'lǜ',
  数: 'shù',
  发: 'fā',
  调: 'tiáo',
  降: 'jiàng',
  累: 'lěi',
  供: 'gōng',
  处: 'chǔ',
  强: 'qiáng',
  为: 'wéi',
  种: 'zhòng',
  差: 'chā',
  長: 'cháng',
  數: 'shù',
  發: 'fā',
  調: 'tiáo',
  為: 'wéi',
  種: 'zhòng',
  處: 'chǔ',
};

export const pinyin: Noise = (src, r) =>
  rewrite(src, (i) => {
    const reading = READINGS[src[i]];
    if (!reading || !r.chance(0.7)) return undefined;
    return { after: r.chance(0.5) ? `(${reading})` : `（${reading}）` };
  });

/** a line break inside a phrase, about every eighth printable boundary */
export const lineBreaks: Noise = (src, r) => rewrite(src, (i) => (breakable(src, i) && r.chance(0.12) ? { before: '\n' } : undefined));

const PAGE_NUMBER = [(k: number) => `- ${k} -`, (k: number) => `— ${k} —`, (k: number) => `-${k}-`, (k: number) => `第 ${k} 页`];

/**
 * A page break of a converted PDF: a page-number line between two lines, at a point between two
 * Chinese characters (a page ends mid-sentence as often as not), about every `every` units (at
 * least twice in a short text).
 */
export const pageNumbers =
  (pageLength = 700): Noise =>
  (src, r) => {
    const every = Math.max(4, Math.min(pageLength, Math.floor(src.length / 3)));
    let page = 1 + r.int(30);
    const style = r.pick(PAGE_NUMBER);
    let next = Math.min(src.length - 2, every / 2 + r.int(every));
    return rewrite(src, (i) => {
      if (i < next || !isCjk(src[i - 1]) || !isCjk(src[i])) return undefined;
      next = i + every / 2 + r.int(every);
      return { before: `\n${style(page++)}\n` };
    });
  };

const SPACES = [' ', ' ', ' ', '\u00a0', '\u3000'];

/** a space before and after every number (地区生产总值 1635 亿元), ASCII, no-break or ideographic */
export const spacedNumbers: Noise = (src, r) =>
  rewrite(src, (i) => {
    const c = src[i];
    if (!isDigit(c)) return undefined;
    const e: Emit = {};
    const prev = src[i - 1];
    const next = src[i + 1];
    if (prev !== undefined && !NUMBERISH.test(prev) && !/\s/.test(prev)) e.before = r.pick(SPACES);
    if (next !== undefined && !isDigit(next) && !/\s/.test(next) && !(NUMBERISH.test(next) && isDigit(src[i + 2])))
      e.after = r.pick(SPACES);
    return e;
  });

const INVISIBLE = ['\u200b', '\u200c', '\u200d', '\ufeff', '\u00ad'];

/** zero-width characters and soft hyphens anywhere between two characters, numbers included */
export const zeroWidth: Noise = (src, r) =>
  rewrite(src, (i) => (between(src, i) && r.chance(0.1) ? { before: r.pick(INVISIBLE) } : undefined));

/** CRLF line ends and paragraphs indented with two ideographic spaces, as CMS pages print them */
export const crlfIndent: Noise = (src) =>
  rewrite(src, (i) => {
    const e: Emit = {};
    if (src[i] === '\n') e.unit = '\r\n';
    if ((i === 0 || src[i - 1] === '\n') && src[i] !== '\n') e.before = '\u3000\u3000';
    return e;
  });

/** several noises one after the other */
export const chain =
  (...noises: Noise[]): Noise =>
  (src, r) => {
    let out = noises[0](src, r);
    for (const n of noises.slice(1)) out = compose(out, n(out.text, r));
    return out;
  };

/**
 * Text copied out of a PDF: every line wrapped at a fixed width wherever it falls (inside words and
 * numbers too), a page-number line every `linesPerPage` lines.
 */
export const pdfWrap =
  (width = 30, linesPerPage = 36): Noise =>
  (src, r) => {
    let col = 0;
    let line = 0;
    let page = 1 + r.int(20);
    return rewrite(src, (i) => {
      if (src[i] === '\n') {
        col = 0;
        return undefined;
      }
      if (col++ < width || isSpace(src[i - 1])) return undefined;
      col = 1;
      if (++line % linesPerPage) return { before: '\n' };
      return { before: `\n- ${page++} -\n` };
    });
  };

/** the noises every report text must read through, by name */
export const NOISES: Record<string, Noise> = {
  traditional,
  'full-width': fullWidth,
  pinyin,
  'line-breaks': lineBreaks,
  'page-numbers': pageNumbers(),
  'spaced-numbers': spacedNumbers,
  'zero-width': zeroWidth,
  'crlf-indent': crlfIndent,
  'traditional+pinyin+full-width': chain(traditional, pinyin, fullWidth),
  'line-breaks+spaced-numbers+page-numbers': chain(lineBreaks, spacedNumbers, pageNumbers()),
  // paragraphs are indented first, so that only they are (not the lines the other noises break)
  all: chain(crlfIndent, traditional, pinyin, fullWidth, spacedNumbers, lineBreaks, zeroWidth, pageNumbers()),
};

/**
 * Noises of whole documents: each one alone, all together, and a PDF's fixed-width wrap, which also
 * breaks lines inside numbers (1\n63亿元) — no sentence-level test asks the engine to read through
 * that, but a document must still score.
 */
export const DOC_NOISES: Record<string, Noise> = {
  ...Object.fromEntries(Object.entries(NOISES).filter(([name]) => !name.includes('+'))),
  'pdf-wrap': pdfWrap(),
};
