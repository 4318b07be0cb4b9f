// The traditional → simplified pairs lib/text/simplified-pairs.ts holds, made from opencc-js: its own
// t→cn conversion of every CJK ideograph, kept where one unit becomes one other unit (phrase-level
// choices do not matter for indicators and units, and unit for unit keeps offsets exact).
// tests/unit/simplify-table.test.ts checks the committed table against it; UPDATE_TABLES=1 rewrites it.
import { Converter } from 'opencc-js/t2cn';
import { HAN_RANGES } from '../../../lib/text/han';

export function pairsFromOpencc(): string {
  const convert = Converter({ from: 't', to: 'cn' });
  const chars: string[] = [];
  for (const [lo, hi] of HAN_RANGES) for (let c = lo; c <= hi; c++) chars.push(String.fromCharCode(c));
  const out = convert(chars.join('\n')).split('\n');
  if (out.length !== chars.length) throw new Error('opencc-js did not keep one line per character');
  let pairs = '';
  for (let i = 0; i < chars.length; i++) if (out[i].length === 1 && out[i] !== chars[i]) pairs += chars[i] + out[i];
  return pairs;
}

/** the module lib/text/simplified-pairs.ts, for these pairs */
export function pairsModule(pairs: string): string {
  const lines: string[] = [];
  for (let i = 0; i < pairs.length; i += 80) lines.push(`  '${pairs.slice(i, i + 80)}'`);
  return `// Generated from opencc-js by tests/unit/helpers/simplified-pairs.ts (UPDATE_TABLES=1 npx vitest run
// --project unit tests/unit/simplify-table.test.ts): traditional → simplified, one ideograph for one,
// as pairs (each traditional character followed by its simplified form). Do not edit by hand.
export const SIMPLIFIED_PAIRS =\n${lines.join(' +\n')};\n`;
}
