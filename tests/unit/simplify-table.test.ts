// The traditional → simplified table the engine uses is opencc-js's own conversion, unit for unit:
// generated once (lib/text/simplified-pairs.ts) so that no process pays for building it at start-up.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { pairsFromOpencc, pairsModule, phrasesFromOpencc } from './helpers/simplified-pairs';
import { SIMPLIFIED_PAIRS, SIMPLIFIED_PHRASES } from '../../lib/text/simplified-pairs';
import { toSimplified } from '../../lib/text/simplify';

const FILE = join(import.meta.dirname, '../../lib/text/simplified-pairs.ts');

test('the committed table is what opencc-js converts today', () => {
  const pairs = pairsFromOpencc();
  const phrases = phrasesFromOpencc(pairs);
  if (process.env.UPDATE_TABLES) writeFileSync(FILE, pairsModule(pairs, phrases));
  expect(readFileSync(FILE, 'utf8')).toBe(pairsModule(pairs, phrases));
  expect(SIMPLIFIED_PAIRS).toBe(pairs);
  expect(SIMPLIFIED_PHRASES).toBe(phrases);
  expect(pairs.length).toBeGreaterThan(5000);
});

test('a traditional text reads as simplified, unit for unit', () => {
  const t = '全市地區生產總值增長5%左右，規模以上工業增加值增長6%。';
  const s = toSimplified(t);
  expect(s).toBe('全市地区生产总值增长5%左右，规模以上工业增加值增长6%。');
  expect(s.length).toBe(t.length);
});
