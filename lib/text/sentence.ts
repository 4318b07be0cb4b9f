// The sentence around a span, for a clip's context: from the previous sentence end to the next,
// trimmed, at most `max` characters either side.
const END = /[。！？!?；;\n]/;

/** what ends a sentence when looking for its start */
const STARTS_AFTER = /[。!?\n]/;

/** the characters of a one-class pattern (/[。!?\n]/), as a set: a set lookup per character costs far less than a
 * regex test, and sentenceStart is called for nearly every figure; null for any other pattern */
const CLASS_CHARS = new Map<RegExp, Set<string> | null>();
function classChars(ends: RegExp): Set<string> | null {
  let chars = CLASS_CHARS.get(ends);
  if (chars === undefined) {
    const m = /^\[((?:[^\]\\^-]|\\n)+)\]$/.exec(ends.source);
    chars = m && !ends.flags ? new Set(m[1].replace(/\\n/g, '\n')) : null;
    CLASS_CHARS.set(ends, chars);
  }
  return chars;
}

/** where the sentence holding `at` starts: after the last of `ends` before it, looking back at most `max` characters */
export function sentenceStart(text: string, at: number, max = at, ends: RegExp = STARTS_AFTER): number {
  const stop = Math.max(0, at - max);
  const chars = classChars(ends);
  if (chars) {
    for (let i = at - 1; i >= stop; i--) if (chars.has(text[i])) return i + 1;
  } else for (let i = at - 1; i >= stop; i--) if (ends.test(text[i])) return i + 1;
  return stop;
}

/** the bounds [start, end) of the sentence around text[start, end), its closing mark included */
export function sentenceSpan(text: string, start: number, end: number, max = 160): { start: number; end: number } {
  let s = start;
  const sStop = Math.max(0, start - max);
  while (s > sStop && !END.test(text[s - 1])) s--;
  let e = end;
  const eStop = Math.min(text.length, end + max);
  while (e < eStop && !END.test(text[e])) e++;
  if (e < text.length && END.test(text[e]) && text[e] !== '\n') e++;
  return { start: s, end: e };
}

export function sentenceAround(text: string, start: number, end: number, max = 160): string {
  const span = sentenceSpan(text, start, end, max);
  return text.slice(span.start, span.end).replace(/\s+/g, ' ').trim();
}
