// A paragraph that opens on the year reviewed, after a comma, where the page set out its targets before it: the review
// again (lib/extract/review-sections.ts reviewAfterTargets). A news page of 广西's 2022 report (report-pairs held-out batch
// 14, tests/fixtures/report-pairs/texts/prov-guangxi-2022-berlearn-review-trad.txt: 上游新闻 via 证券日报, traditional, glossed)
// gives the year's targets, then a heading and a paragraph 2021年,…初步預計,… of the year's results; its first paragraph,
// also opening on 2021年, averages over two years (兩年平均增長).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'vitest';
import { ROOT } from './helpers/eval';
import { checkRow, rowName, type Row } from './helpers/engine';

const page = readFileSync(join(ROOT, 'tests/fixtures/report-pairs/texts/prov-guangxi-2022-berlearn-review-trad.txt'), 'utf8');
const upTo = (s: string) => page.slice(0, page.indexOf(s) + s.length);

const rows: Row[] = [
  {
    name: '2021年, after 今年主要預期目標是…: the results of 2021',
    title: '',
    input: upTo('一般公共預(yù)算收入增長4.8%。'),
    expect: [
      { text: '6.5%以上', kind: 'target', period: 2022 },
      { text: '8.6%', kind: 'actual', period: 2021 },
      { text: '22.2%', kind: 'actual', period: 2021 },
      { text: '4.8%', kind: 'actual', period: 2021 },
    ],
  },
  {
    // (lib/extract/spans.ts: a span of N years whose sentence names no year ends in the year its paragraph opens on)
    name: '2021年,…。初步預計,…兩年平均增長5.6%: the two years up to 2021',
    title: '',
    input: upTo('兩年平均增長5.6%'),
    expect: [{ text: '5.6%', kind: 'actual', period: 2021, periodFrom: 2020 }],
  },
];

describe('a paragraph on the year reviewed, after the targets', () => {
  for (const row of rows) it(rowName(row), () => checkRow(row));
});
