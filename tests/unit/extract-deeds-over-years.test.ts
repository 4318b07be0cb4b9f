// In a review of several years, a clause whose subject is left unsaid (the government's) and that opens on what was done
// to the thing it counts (关停, 降低, 解决, 恢复, 增加, 新注册) counts the years' doing, spanned though its sentence says neither
// 五年 nor 累计 (lib/extract/span-levels.ts OPENS_ON_DEED); 完成 is left out, since it also opens a year's level
// (完成一般公共预算收入7.9亿元, the review's last year). Rows are real sentences read in their whole report or page up
// to them (judged samples 36, 42, 44; the detect corpus's 2022 district report).
import { describe, it } from 'vitest';
import { type Expected, expectLastMention, mentionsOf } from './helpers/engine';
import { textUpTo } from './helpers/real-pages';

const J = 'tests/fixtures/judged';
const rows: Array<{ name: string; page: string; upTo: string; expect: Expected[] }> = [
  {
    name: '关停 in the 十一五 review (judged sample 44, national 2011)',
    page: `${J}/pages44/national-2011-chengjun.txt`,
    upTo: '关停小火电机组7210万千瓦',
    expect: [{ text: '7210万千瓦', kind: 'actual', period: 2010, periodFrom: 2006 }],
  },
  {
    name: '降低 in the review of 2013–2017 (judged sample 44, national 2018)',
    page: `${J}/pages44/national-2018-chengjun.txt`,
    upTo: '降低利息负担1.2万亿元',
    expect: [{ text: '1.2万亿元', kind: 'actual', period: 2017, periodFrom: 2013 }],
  },
  {
    name: '恢复 and 增加 in the review of 1998–2002 (judged sample 36, national 2003)',
    page: `${J}/pages36/national-2003-chengjun.txt`,
    upTo: '增加蓄洪容积１３０亿立方米',
    expect: [
      { text: '２９００平方公里', period: 2002, periodFrom: 1998 },
      { text: '１３０亿立方米', period: 2002, periodFrom: 1998 },
    ],
  },
  {
    name: '新注册 in the 十三五 review (judged sample 42, 广东 2021)',
    page: `${J}/pages42/province-guangdong-2021-wikiyumyum.txt`,
    upTo: '新注册港资企业1.3万家',
    expect: [{ text: '1.3万家', period: 2020, periodFrom: 2016 }],
  },
  {
    name: "完成 of a year's revenue stays the last year's (detect corpus, a 2022 district report's five-year review)",
    page: 'tests/fixtures/detect-corpus/texts/h7-rep-xinhua-district-2022-necdriver.txt',
    upTo: '完成一般公共预算收入7.9亿元',
    expect: [{ text: '7.9亿元', period: 2021, periodFrom: null }],
  },
];

describe('what a review of several years did, its clause opening on the deed, is over the years', () => {
  for (const row of rows)
    it(row.name, () => {
      const mentions = mentionsOf(textUpTo(row.page, row.upTo), '');
      for (const e of row.expect) expectLastMention(mentions, e);
    });
});
