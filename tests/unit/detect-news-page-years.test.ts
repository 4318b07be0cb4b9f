// News pages of a national report that give no year but in their headline, stamp or first paragraph (report-pairs held-out
// batch 14): a page stamped in a session's months (January–March) that quotes what 政府工作报告提出 is that year's session
// news; a review heading (过去一年) whose paragraph opens 2022年是…的一年 reviews that year (lib/detect/page-year.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reportMeta } from '../../lib/detect/metadata';
import { normalize } from '../../lib/text/normalize';

const TEXTS = join(__dirname, '../fixtures/report-pairs/texts');
const meta = (file: string) => reportMeta(normalize(readFileSync(join(TEXTS, file), 'utf8')).text);

describe('the years of a news page of a report', () => {
  it('光明网 2022-03-05: 政府工作报告提出,今年发展主要预期目标是: (fubaore) → targets of 2022', () => {
    const m = meta('national-2022-fubaore-targets.txt');
    expect([m.year, m.targetsYear, m.resultsYear]).toEqual([2022, 2022, 2021]);
  });
  it('an e-paper: 过去一年 / 2022年是党和国家历史上极为重要的一年。 (hljnews) → results of 2022', () => {
    const m = meta('national-2023-hljnews-review.txt');
    expect([m.year, m.resultsYear]).toEqual([2023, 2022]);
  });
  // a guard: a stamp after the session's months says nothing (a repost put online later)
  it('a stamp in September with 政府工作报告提出 dates nothing', () => {
    const text = readFileSync(join(TEXTS, 'national-2022-fubaore-targets.txt'), 'utf8').replace(
      '2022-03-05 20:52:36',
      '2022-09-05 20:52:36',
    );
    expect(reportMeta(normalize(text).text).year).toBeNull();
  });
});
