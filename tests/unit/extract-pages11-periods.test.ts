// Period and kind families of the eleventh judged sample (tests/fixtures/judged/pages11, judged before any
// fix and listed at the end of its README): each row is a real page of that folder from its start to the
// mention, read without a title as the sample was.
import { describe, it } from 'vitest';
import { textUpTo } from './helpers/real-pages';
import { checkRow, rowName, type Row } from './helpers/engine';

/** a page of tests/fixtures/judged/pages11 from its start to the end of the first place that says `upTo` */
const page = (file: string, upTo: string): string => textUpTo(`tests/fixtures/judged/pages11/${file}`, upTo);

const families: Array<{ family: string; rows: Row[] }> = [
  {
    family: 'years as headings on a line of their own (2003年: … 2004年:) hold their year; the later of two holds plans',
    rows: [
      {
        name: 'news of 成都 2004: results under 2003年:, plans under 2004年:',
        input: page('city-chengdu-2004-news.txt', '力争实际利用国内市外资金200亿元'),
        title: '',
        expect: [
          { text: '1870.8亿元', kind: 'actual', period: 2003 },
          { text: '863亿元', kind: 'actual', period: 2003 },
          { text: '10374元', kind: 'target', period: 2004 },
          { text: '6万人', kind: 'target', period: 2004 },
          { text: '100%', kind: 'target', period: 2004 },
          // (去年为9641元) under the plans' heading: the year before
          { text: '9641元', kind: 'actual', period: 2003 },
          { text: '49.8%', kind: 'actual', period: 2003 },
        ],
      },
    ],
  },
  {
    family: 'the year a news lead says the report reviewed carries to 他说… after it',
    rows: [
      {
        name: 'news of 北京 1999: 做政府工作报告说,1998年…; 他说,…',
        input: page('municipality-beijing-1999-news.txt', '农民人均纯收入4029元,实际增长6.7%。'),
        title: '',
        expect: [
          { text: '1132.1亿元', kind: 'actual', period: 1998 },
          { text: '15.2个百分点', period: 1998 },
          { text: '4029元', kind: 'actual', period: 1998 },
        ],
      },
    ],
  },
  {
    family: "a communiqué's change from a base with no year (由20.7%提高到23.2%) starts from the year before",
    rows: [
      {
        name: 'a city communiqué of 2003: 出口依存度由20.7%提高到23.2%',
        input: page('city-2003-communique-trad.txt', '出口依存度由20.7%提高到23.2%'),
        title: '',
        expect: [
          { text: '20.7%', period: 2002 },
          { text: '23.2%', period: 2003 },
        ],
      },
    ],
  },
  {
    family: 'a level held through the last N years (连续三年稳定在…) is over those years',
    rows: [
      {
        name: '宁夏 2008: 糧食總產連續三年穩定在300萬噸以上',
        input: page('province-ningxia-2008-trad.txt', '300萬噸以上'),
        title: '',
        expect: [{ text: '300萬噸以上', kind: 'actual', period: 2007, periodFrom: 2005 }],
      },
    ],
  },
  {
    family: 'projects carried out (实施…项目N个) in a review of five years are over the five',
    rows: [
      {
        name: '新乡 2004, 过去五年工作回顾: 全市實施工業結構調整項目336個',
        input: page('city-xinxiang-2004-trad.txt', '實施高新技術產業化項目23個'),
        title: '',
        expect: [
          { text: '336個', kind: 'actual', period: 2003, periodFrom: 1999 },
          { text: '23個', kind: 'actual', period: 2003, periodFrom: 1999 },
        ],
      },
    ],
  },
];

for (const { family, rows } of families) {
  describe(family, () => {
    it.each(rows.map((r) => [rowName(r), r] as const))('%s', (_, row) => checkRow(row));
  });
}
