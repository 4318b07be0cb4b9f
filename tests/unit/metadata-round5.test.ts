// Metadata families of the fifth round, from the misses of judged sample 13 and of the comparison's held-out pairs
// (batch 4): one table per family, each row a real page (its file under tests/fixtures), read without a page title
// as those were, each failing before its rule.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detect } from '../../lib/detect/detect';

const FIXTURES = join(import.meta.dirname, '../fixtures');

interface Row {
  /** set/file under tests/fixtures */
  file: string;
  expect: Partial<Record<'type' | 'year' | 'region', string | number | null>>;
}

function table(rows: Row[]): void {
  for (const r of rows)
    it(r.file, () => {
      const d = detect(readFileSync(join(FIXTURES, r.file), 'utf8'), { title: '' });
      for (const [k, v] of Object.entries(r.expect)) expect(d[k as keyof typeof r.expect], k).toEqual(v);
    });
}

describe('a five-year plan quoted in corner brackets (回顧「十二五」時期) dates a review of it as one in double quotes does', () => {
  table([
    // 朱小丹首先回顧「十二五」時期的工作,…地區生產總值從2010年的4.60萬億元增加到2015年的7.28萬億元 (25/01/2016 is a dateline)
    { file: 'judged/pages13/province-guangdong-2016-news-trad.txt', expect: { year: 2016, region: '广东省', type: 'work-report' } },
  ]);
});

describe('a plan report named by its year alone, as the notice issuing it names it, is that year’s', () => {
  table([
    // 湘政发〔2023〕4号 … 《湖南省2023年国民经济和社会发展计划》已经省十四届人大一次会议审议通过
    { file: 'report-pairs/texts/prov-hunan-2023-dickharrell-plan.txt', expect: { year: 2023, region: '湖南省', type: 'plan-report' } },
  ]);
});
