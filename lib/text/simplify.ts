// Traditional → simplified, one UTF-16 unit for one, so that offsets survive the conversion.
// The table is read once out of opencc-js's own t→cn conversion of every CJK ideograph; phrase-level
// choices (乾隆 vs 干) do not matter for indicators and units, and char-for-char keeps offsets exact.
import { Converter } from 'opencc-js/t2cn';
import { HAN_RANGES } from './han';

let table: Uint16Array | null = null;

function buildTable(): Uint16Array {
  const convert = Converter({ from: 't', to: 'cn' });
  const chars: string[] = [];
  for (const [lo, hi] of HAN_RANGES) for (let c = lo; c <= hi; c++) chars.push(String.fromCharCode(c));
  const out = convert(chars.join('\n')).split('\n');
  const t = new Uint16Array(0x10000);
  if (out.length !== chars.length) return t; // cannot happen with a 1:1 newline-separated list; be safe
  for (let i = 0; i < chars.length; i++) {
    const to = out[i];
    if (to.length === 1 && to !== chars[i]) t[chars[i].charCodeAt(0)] = to.charCodeAt(0);
  }
  return t;
}

/** the table: for each UTF-16 unit its simplified form, 0 where it has none */
export function simplifiedTable(): Uint16Array {
  return (table ??= buildTable());
}

/** simplified Chinese of a string, unit for unit */
export function toSimplified(s: string): string {
  table ??= buildTable();
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out += String.fromCharCode(table[c] || c);
  }
  return out;
}
