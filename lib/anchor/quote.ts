// Finding a clipped quote again in a page's text (W3C text-quote + text-position selectors), the
// way annotation tools re-anchor (hypothesis, apache annotator): DOM-free, on the article's flat text.
//
//   1. exact: every occurrence of the quote, the one whose context (prefix, suffix) agrees best,
//      the position hint breaking ties;
//   2. loose: the same, with white space ignored and full-width forms folded (a page re-typeset);
//   3. fuzzy: the quote with a few edits (a figure revised), near the hint, accepted only where its
//      context agrees — a short quote like "5%" alone matches too much to be trusted.
import type { ClipSelector } from './selector';

/** characters of context kept on each side of a quote */
export const CONTEXT_CHARS = 32;

export interface Anchor {
  start: number;
  end: number;
  how: 'exact' | 'loose' | 'fuzzy';
}

/** the selector of text.slice(start, end) */
export function selectorOf(text: string, start: number, end: number): ClipSelector {
  return {
    quote: {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: text.slice(Math.max(0, start - CONTEXT_CHARS), start),
      suffix: text.slice(end, end + CONTEXT_CHARS),
    },
    position: { type: 'TextPositionSelector', start, end },
  };
}

/** most occurrences of a quote weighed (a "5%" can occur hundreds of times in a report) */
const MAX_CANDIDATES = 2000;
/** the fuzzy search looks this far around the position hint */
const FUZZY_WINDOW = 4000;

/** where the quote of `selector` is in `text`, or null */
export function anchor(text: string, selector: ClipSelector): Anchor | null {
  const { exact, prefix, suffix } = selector.quote;
  const hint = selector.position.start;
  if (!exact) return null;

  const best = pick(text, occurrences(text, exact), exact.length, prefix, suffix, hint);
  if (best !== null) return { start: best, end: best + exact.length, how: 'exact' };

  const loose = looseMatch(text, exact, prefix, suffix, hint);
  if (loose) return loose;

  return fuzzyMatch(text, exact, prefix, suffix, hint);
}

function occurrences(text: string, exact: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(exact); i >= 0 && out.length < MAX_CANDIDATES; i = text.indexOf(exact, i + 1)) out.push(i);
  return out;
}

/** how many characters before `at` agree with the end of `prefix` */
function prefixAgreement(text: string, at: number, prefix: string): number {
  let n = 0;
  while (n < prefix.length && at - n - 1 >= 0 && text[at - n - 1] === prefix[prefix.length - n - 1]) n++;
  return n;
}

/** how many characters from `at` agree with the start of `suffix` */
function suffixAgreement(text: string, at: number, suffix: string): number {
  let n = 0;
  while (n < suffix.length && at + n < text.length && text[at + n] === suffix[n]) n++;
  return n;
}

/**
 * The candidate start whose context agrees best, the hint breaking ties. A short quote ("5%左右")
 * recurs all over a report: found where its context no longer agrees, it is another figure.
 */
function pick(text: string, starts: number[], length: number, prefix: string, suffix: string, hint: number): number | null {
  let best: number | null = null;
  let bestScore = -Infinity;
  let bestContext = 0;
  for (const s of starts) {
    const context = prefixAgreement(text, s, prefix) + suffixAgreement(text, s + length, suffix);
    // one agreeing character of context outweighs any distance
    const score = context - Math.min(Math.abs(s - hint), 1e7) / 1e7;
    if (score > bestScore) {
      bestScore = score;
      best = s;
      bestContext = context;
    }
  }
  const needed = length >= 12 ? 0 : Math.min(4, Math.ceil((prefix.length + suffix.length) / 4));
  return best !== null && bestContext >= needed ? best : null;
}

// ---- loose: white space and full-width forms do not count ---------------------------------------

interface Folded {
  text: string;
  /** map[i]: offset in the original of folded unit i */
  map: number[];
}

function fold(s: string): Folded {
  let out = '';
  const map: number[] = [];
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x3000 || (c >= 0x200b && c <= 0x200d) || c === 0xfeff) continue;
    if (c >= 0xff01 && c <= 0xff5e) c -= 0xfee0;
    out += String.fromCharCode(c);
    map.push(i);
  }
  return { text: out, map };
}

function looseMatch(text: string, exact: string, prefix: string, suffix: string, hint: number): Anchor | null {
  const q = fold(exact).text;
  if (!q) return null;
  const t = fold(text);
  const starts = occurrences(t.text, q);
  if (!starts.length) return null;
  const hintFolded = lowerBound(t.map, hint);
  const s = pick(t.text, starts, q.length, fold(prefix).text, fold(suffix).text, hintFolded);
  if (s === null) return null;
  return { start: t.map[s], end: t.map[s + q.length - 1] + 1, how: 'loose' };
}

function lowerBound(a: number[], v: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (a[mid] < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// ---- fuzzy: a few edits, confirmed by context ---------------------------------------------------

interface Approx {
  start: number;
  end: number;
  distance: number;
}

/**
 * Approximate occurrences of `pattern` in text[from, to) with at most `k` edits (Sellers' algorithm:
 * edit distance with a free start, the start of each alignment carried along).
 */
export function approximate(text: string, pattern: string, k: number, from = 0, to = text.length): Approx[] {
  const m = pattern.length;
  let dist = new Int32Array(m + 1);
  let start = new Int32Array(m + 1);
  let nextDist = new Int32Array(m + 1);
  let nextStart = new Int32Array(m + 1);
  for (let i = 0; i <= m; i++) {
    dist[i] = i;
    start[i] = from;
  }
  const found: Approx[] = [];
  for (let j = from; j < to; j++) {
    const c = text.charCodeAt(j);
    nextDist[0] = 0;
    nextStart[0] = j + 1;
    for (let i = 1; i <= m; i++) {
      // substitute (diagonal), skip a text unit (left), skip a pattern unit (up)
      let d = dist[i - 1] + (pattern.charCodeAt(i - 1) === c ? 0 : 1);
      let s = start[i - 1];
      if (dist[i] + 1 < d) {
        d = dist[i] + 1;
        s = start[i];
      }
      if (nextDist[i - 1] + 1 < d) {
        d = nextDist[i - 1] + 1;
        s = nextStart[i - 1];
      }
      nextDist[i] = d;
      nextStart[i] = s;
    }
    if (nextDist[m] <= k) {
      const cand = { start: nextStart[m], end: j + 1, distance: nextDist[m] };
      const last = found[found.length - 1];
      // overlapping alignments: keep the closer one
      if (last && cand.start < last.end) {
        if (cand.distance < last.distance) found[found.length - 1] = cand;
      } else found.push(cand);
    }
    [dist, nextDist] = [nextDist, dist];
    [start, nextStart] = [nextStart, start];
  }
  return found;
}

/** share of context characters that agree (0..1), read outward from the quote */
function contextAgreement(text: string, start: number, end: number, prefix: string, suffix: string): number {
  const total = prefix.length + suffix.length;
  if (!total) return 0;
  // edits in the context shift it: compare by shared bigrams rather than position
  const before = text.slice(Math.max(0, start - prefix.length - 4), start);
  const after = text.slice(end, end + suffix.length + 4);
  return (dice(before, prefix) * prefix.length + dice(after, suffix) * suffix.length) / total;
}

function dice(a: string, b: string): number {
  if (a.length < 2 || b.length < 2) return a === b && a.length ? 1 : 0;
  const grams = new Map<string, number>();
  for (let i = 0; i < a.length - 1; i++) {
    const g = a.slice(i, i + 2);
    grams.set(g, (grams.get(g) ?? 0) + 1);
  }
  let shared = 0;
  for (let i = 0; i < b.length - 1; i++) {
    const g = b.slice(i, i + 2);
    const n = grams.get(g) ?? 0;
    if (n > 0) {
      shared++;
      grams.set(g, n - 1);
    }
  }
  return (2 * shared) / (a.length - 1 + b.length - 1);
}

const NUMBERISH = /[0-9０-９.．]/;

/** context needed to accept a fuzzy match */
const MIN_CONTEXT = 0.5;

function fuzzyMatch(text: string, exact: string, prefix: string, suffix: string, hint: number): Anchor | null {
  const k = Math.max(1, Math.floor(exact.length / 4));
  const from = Math.max(0, Math.min(hint, text.length) - FUZZY_WINDOW);
  const to = Math.min(text.length, Math.max(hint, 0) + exact.length + FUZZY_WINDOW);
  let best: Anchor | null = null;
  let bestScore = -Infinity;
  for (const a of approximate(text, exact, k, from, to)) {
    // a piece of a longer number ("20亿元" in "520亿元") is another figure
    if (NUMBERISH.test(text[a.start - 1] ?? '') || NUMBERISH.test(text[a.end] ?? '')) continue;
    const context = contextAgreement(text, a.start, a.end, prefix, suffix);
    if (context < MIN_CONTEXT) continue;
    const score = context * 4 - a.distance / exact.length - Math.abs(a.start - hint) / (FUZZY_WINDOW * 10);
    if (score > bestScore) {
      bestScore = score;
      best = { start: a.start, end: a.end, how: 'fuzzy' };
    }
  }
  return best;
}
