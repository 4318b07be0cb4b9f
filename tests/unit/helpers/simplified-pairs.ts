// The traditional → simplified pairs lib/text/simplified-pairs.ts holds, made from opencc-js: its own
// t→cn conversion of every CJK ideograph, kept where one unit becomes one other unit (phrase-level
// choices do not matter for indicators and units, and unit for unit keeps offsets exact).
// tests/unit/simplify-table.test.ts checks the committed table against it; UPDATE_TABLES=1 rewrites it.
import { Converter } from 'opencc-js/t2cn';
import { configs } from 'opencc-js/preset/t2cn';
import { HAN_RANGES } from '../../../lib/text/han';

export function pairsFromOpencc(): string {
  const convert = Converter({ from: 't', to: 'cn' });
  const chars: string[] = [];
  for (const [lo, hi] of HAN_RANGES) for (let c = lo; c <= hi; c++) chars.push(String.fromCharCode(c));
  const out = convert(chars.join('\n')).split('\n');
  if (out.length !== chars.length) throw new Error('opencc-js did not keep one line per character');
  let pairs = '';
  for (let i = 0; i < chars.length; i++) if (out[i].length === 1 && out[i] !== chars[i]) pairs += chars[i] + out[i];
  return pairs + VARIANTS;
}

/** variant characters real pages print that opencc-js leaves as they are: 陜 for 陝 (陜西省第十一屆人民代表大會, a forum's
 * repost of Shaanxi's 2010 report, tests/fixtures/judged/pages37) */
const VARIANTS = '陜陕';

/**
 * The words opencc-js converts otherwise than character by character, where the word keeps its length
 * (計畫 → 计划, not 计画; 反覆 → 反复): each word of its traditional → simplified phrase dictionary whose
 * conversion differs from the characters' own, the traditional word then its simplified form, "|" between.
 */
export function phrasesFromOpencc(pairs: string): string {
  const convert = Converter({ from: 't', to: 'cn' });
  const char = new Map<string, string>();
  for (let i = 0; i < pairs.length; i += 2) char.set(pairs[i], pairs[i + 1]);
  const dict = configs.t2s.conversionChain[0][0] as unknown as string;
  const words = new Map<string, string>();
  for (const entry of dict.split('|')) {
    const word = entry.split(' ')[0];
    if (!word || !/^[\u4e00-\u9fff]{2,}$/.test(word)) continue;
    const phrase = convert(word);
    const chars = [...word].map((c) => char.get(c) ?? c).join('');
    if (phrase.length === word.length && phrase !== chars) words.set(word, phrase);
  }
  return [...words.keys()]
    .sort()
    .map((w) => w + words.get(w))
    .join('|');
}

/** the module lib/text/simplified-pairs.ts, for these pairs and words */
export function pairsModule(pairs: string, phrases: string): string {
  const chunks = (s: string, at: number) => {
    const lines: string[] = [];
    for (let i = 0; i < s.length; i += at) lines.push(`  '${s.slice(i, i + at)}'`);
    return lines.join(' +\n');
  };
  return `// Generated from opencc-js by tests/unit/helpers/simplified-pairs.ts (UPDATE_TABLES=1 npx vitest run
// --project unit tests/unit/simplify-table.test.ts): traditional → simplified, one ideograph for one,
// as pairs (each traditional character followed by its simplified form). Do not edit by hand.
export const SIMPLIFIED_PAIRS =\n${chunks(pairs, 80)};

// The words converted otherwise than character by character, keeping their length (計畫 → 计划, 反覆 →
// 反复): the traditional word then its simplified form, "|" between words.
export const SIMPLIFIED_PHRASES =\n${chunks(phrases, 80)};\n`;
}
