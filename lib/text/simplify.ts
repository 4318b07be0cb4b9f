// Traditional → simplified, one UTF-16 unit for one, so that offsets survive the conversion. The pairs
// are opencc-js's own t→cn conversion of every CJK ideograph, generated once (./simplified-pairs.ts,
// checked against opencc-js by tests/unit/simplify-table.test.ts): building them at start-up cost every
// process — the CLI, the background after each restart — about 100 ms.
import { SIMPLIFIED_PAIRS } from './simplified-pairs';

let table: Uint16Array | null = null;

function buildTable(): Uint16Array {
  const t = new Uint16Array(0x10000);
  for (let i = 0; i < SIMPLIFIED_PAIRS.length; i += 2) t[SIMPLIFIED_PAIRS.charCodeAt(i)] = SIMPLIFIED_PAIRS.charCodeAt(i + 1);
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
