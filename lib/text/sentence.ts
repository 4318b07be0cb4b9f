// The sentence around a span, for a clip's context: from the previous sentence end to the next,
// trimmed, at most `max` characters either side.
const END = /[。！？!?；;\n]/;

/** what ends a sentence when looking for its start */
const STARTS_AFTER = /[。!?\n]/;

/** a one-class pattern's characters (/[。!?\n]/) as a table by char code, up to the highest of them: a look-up costs a
 * tenth of a regex test, and sentenceStart runs for nearly every figure; null for any other pattern */
const CLASS_TABLES = new Map<RegExp, Uint8Array | null>();
function classTable(ends: RegExp): Uint8Array | null {
  let table = CLASS_TABLES.get(ends);
  if (table === undefined) {
    const m = /^\[((?:[^\]\\^-]|\\n)+)\]$/.exec(ends.source);
    const codes = m && !ends.flags ? [...m[1].replace(/\\n/g, '\n')].map((c) => c.charCodeAt(0)) : null;
    table = null;
    if (codes) {
      table = new Uint8Array(Math.max(...codes) + 1);
      for (const c of codes) table[c] = 1;
    }
    CLASS_TABLES.set(ends, table);
  }
  return table;
}

/** where the sentence holding `at` starts: after the last of `ends` before it, looking back at most `max` characters */
export function sentenceStart(text: string, at: number, max = at, ends: RegExp = STARTS_AFTER): number {
  const stop = Math.max(0, at - max);
  const table = classTable(ends);
  if (table) {
    for (let i = at - 1; i >= stop; i--) if (table[text.charCodeAt(i)]) return i + 1;
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
