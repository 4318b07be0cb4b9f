// Traditional → simplified, one UTF-16 unit for one, so that offsets survive the conversion. The pairs
// are opencc-js's own t→cn conversion of every CJK ideograph, generated once (./simplified-pairs.ts,
// checked against opencc-js by tests/unit/simplify-table.test.ts): building them at start-up cost every
// process — the CLI, the background after each restart — about 100 ms. Beside them, the words opencc-js
// converts as words and not character by character, where the word keeps its length: 計畫 is 计划 (a
// plan), which character by character would be 计画, and a 1958 國民經濟計畫 would be no plan report.
import { SIMPLIFIED_PAIRS, SIMPLIFIED_PHRASES } from './simplified-pairs';

let table: Uint16Array | null = null;
/** the words of SIMPLIFIED_PHRASES by their first two units (c1 * 0x10000 + c2): the traditional word, its simplified form */
let words: Map<number, Array<[string, string]>> | null = null;
/** 1 for a unit that starts one of those words: the one check every other character of a text pays */
let starts: Uint8Array | null = null;

function buildTable(): Uint16Array {
  const t = new Uint16Array(0x10000);
  for (let i = 0; i < SIMPLIFIED_PAIRS.length; i += 2) t[SIMPLIFIED_PAIRS.charCodeAt(i)] = SIMPLIFIED_PAIRS.charCodeAt(i + 1);
  return t;
}

function buildWords(): Map<number, Array<[string, string]>> {
  const m = new Map<number, Array<[string, string]>>();
  starts = new Uint8Array(0x10000);
  for (const w of SIMPLIFIED_PHRASES.split('|')) {
    const half = w.length / 2;
    const key = w.charCodeAt(0) * 0x10000 + w.charCodeAt(1);
    const list = m.get(key) ?? [];
    list.push([w.slice(0, half), w.slice(half)]);
    m.set(key, list);
    starts[w.charCodeAt(0)] = 1;
  }
  // the longest word first: 顛倒乾坤 before 顛倒
  for (const list of m.values()) list.sort((a, b) => b[0].length - a[0].length);
  return m;
}

/** the table: for each UTF-16 unit its simplified form, 0 where it has none */
export function simplifiedTable(): Uint16Array {
  return (table ??= buildTable());
}

/** for each unit, 1 where a word converted as a word may start with it (a cheap first check) */
export function wordStarts(): Uint8Array {
  if (!starts) words = buildWords();
  return starts as Uint8Array;
}

/** the simplified form of the word that starts at s[i], where it is one converted as a word (計畫 → 计划), else null */
export function simplifiedWordAt(s: string, i: number): string | null {
  if (!wordStarts()[s.charCodeAt(i)] || i + 1 >= s.length) return null;
  const list = words?.get(s.charCodeAt(i) * 0x10000 + s.charCodeAt(i + 1));
  if (!list) return null;
  for (const [t, simplified] of list) if (s.startsWith(t, i)) return simplified;
  return null;
}

/** simplified Chinese of a string, unit for unit */
export function toSimplified(s: string): string {
  table ??= buildTable();
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const word = simplifiedWordAt(s, i);
    if (word) {
      out += word;
      i += word.length - 1;
      continue;
    }
    const c = s.charCodeAt(i);
    out += String.fromCharCode(table[c] || c);
  }
  return out;
}
