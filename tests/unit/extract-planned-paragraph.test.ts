// News of a report's plans whose paragraph opens on the year planned (报告提出,2021年,…): the sentences after its first are
// that year's plans too, though they say no year or plan word of their own (按现行财政体制计算,…总收入12042.38亿元), and so
// is the paragraph it runs on into (报告提出,2021年省级全口径预算总收入安排….省级一般公共预算收入185.05亿元). A bare year
// opening a paragraph (2016年,我省将…) opens no plans: the page's review may follow it. Rows: the fourth gold set's 山东
// budget news (大众日报 via sina, tests/fixtures/gold-heldout4) and judged sample 40's 甘肃 digest, read from their start.
import { describe, it } from 'vitest';
import { type Expected, expectLastMention, mentionsOf } from './helpers/engine';
import { textUpTo } from './helpers/real-pages';

const SHANDONG = 'tests/fixtures/gold-heldout4/docs/budget-shandong-2021-sina.txt';

const GANSU = 'tests/fixtures/judged/pages40/province-gansu-2016-digest.txt';

const rows: Array<{ name: string; page?: string; upTo: string; expect: Expected[] }> = [
  {
    name: 'a bare year planned opening a paragraph plans no review after it (judged sample 40, 甘肃 2016 digest)',
    page: GANSU,
    upTo: '全省生产总值达到6790亿元',
    expect: [{ text: '6790亿元', kind: 'actual', period: 2015 }],
  },
  {
    name: 'the sentence after the one that opens on the year planned (gold set 4, 山东 2021 budget news)',
    upTo: '结转下年支出58.04亿元。',
    expect: [
      { text: '12042.38亿元', kind: 'target', period: 2021 },
      { text: '58.04亿元', kind: 'target', period: 2021 },
    ],
  },
  {
    name: 'the next paragraph of the same plans, its own first sentence past (gold set 4, 山东 2021 budget news)',
    upTo: '地方政府新增债券2445.78亿元。',
    expect: [
      { text: '185.05亿元', kind: 'target', period: 2021 },
      { text: '2445.78亿元', kind: 'target', period: 2021 },
    ],
  },
  {
    name: "the year reviewed, before the plans' paragraph, stays a result (gold set 4, 山东 2021 budget news)",
    upTo: '结转下年支出58.04亿元。',
    expect: [{ text: '12515.67亿元', kind: 'actual', period: 2020 }],
  },
];

describe('a paragraph of news that opens on the year planned plans it', () => {
  for (const row of rows)
    it(row.name, () => {
      const mentions = mentionsOf(textUpTo(row.page ?? SHANDONG, row.upTo), '');
      for (const e of row.expect) expectLastMention(mentions, e);
    });
});
