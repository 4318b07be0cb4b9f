// The span words' scan (spans.ts spanWords) tries the span regex only before a 年, 五 or 本: it must find what the
// regex's own global scan finds, match for match, on every real text kept in the repository.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SPAN, spanWords } from '../../lib/extract/spans';
import { normalize } from '../../lib/text/normalize';
import { ROOT } from './helpers/eval';

/** every .txt file under `dir` */
function texts(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) return texts(p);
    return f.endsWith('.txt') ? [p] : [];
  });
}

const FOLDERS = [
  '../shared/eval/real-dev',
  '../shared/eval/dev/docs',
  'tests/fixtures/judged',
  'tests/fixtures/report-pairs',
  'tests/fixtures/detect-corpus',
];
const files = FOLDERS.flatMap((d) => texts(join(ROOT, d))).filter((f) => !f.includes('judgements-'));

const words = (matches: Iterable<RegExpExecArray>) => [...matches].map((m) => `${m.index}:${m[0]}`);

describe('span words found before their 年, 五 or 本 are the span regex’s own matches', () => {
  it(`on ${files.length} real texts, normalized as the engine reads them`, () => {
    expect(files.length).toBeGreaterThan(200);
    let found = 0;
    for (const f of files) {
      const text = normalize(readFileSync(f, 'utf8')).text;
      const expected = words(text.matchAll(SPAN));
      expect(words(spanWords(text)), f).toEqual(expected);
      found += expected.length;
    }
    expect(found).toBeGreaterThan(500);
  });

  it.each([
    ['a range of years written out', '2019—2023年,地区生产总值年均增长6%'],
    ['a range with 年 on both years', '1996年至2000年,累计完成投资'],
    ['a quoted plan', '“十四五”期间,累计新增就业50万人;本届政府以来,五年来'],
    ['span words back to back', '过去五年来五年来近三年'],
    ['no span word', '经济运行总体平稳,质量效益稳步提升'],
  ])('%s', (_, text) => {
    expect(words(spanWords(text))).toEqual(words(text.matchAll(SPAN)));
  });
});
