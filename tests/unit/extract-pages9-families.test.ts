// Error families found in the hand-judged sample 9 (tests/fixtures/judged/pages9-heldout.jsonl, judged
// before any of these fixes). Each row is a real passage of a page of tests/fixtures/judged/pages9 (the
// file is named in the row), cut from the page's start so that its headings and years stand before it.
import { describe, expect, it } from 'vitest';
import { checkRow, mentionsOf, pick, rowName, type Row } from './helpers/engine';
import { textUpTo } from './helpers/real-pages';

interface Family {
  family: string;
  /** `oneYear`: the surfaces that must have no periodFrom (a quantity of one year) */
  rows: Array<Row & { source: string; oneYear?: string[] }>;
}

function check(row: Row & { oneYear?: string[] }): void {
  checkRow(row);
  if (!row.oneYear) return;
  const mentions = mentionsOf(row.input, row.title);
  for (const text of row.oneYear) expect(pick(mentions, text).periodFrom, `periodFrom of «${text}»`).toBeUndefined();
}

/** a page of tests/fixtures/judged/pages9 from its start to the end of the first place that says `upTo` */
const pageUpTo = (file: string, upTo: string): string => textUpTo(`tests/fixtures/judged/pages9/${file}`, upTo);

const QUANZHOU = 'city-quanzhou-2012.txt';

const families: Family[] = [
  {
    family: 'a target list on a page that does not say its year takes the year the paragraph before opens with',
    rows: [
      {
        source: 'pages9 city-ziyang-2015-news.txt: 2015年是“十二五”收官之年,…。\\n\\n主要预期目标建议为…',
        title: '',
        input: pageUpTo('city-ziyang-2015-news.txt', '城镇新增就业2.25万人'),
        expect: [
          { text: '8.5%', indicator: '地区生产总值', kind: 'target', period: 2015 },
          { text: '16.7%', indicator: '全社会固定资产投资', period: 2015 },
          { text: '2.25万人', kind: 'target', period: 2015 },
        ],
      },
    ],
  },
  {
    family: 'a level reached or held at the end of a five-year review is of its last year only',
    rows: [
      {
        source: `pages9 ${QUANZHOU}: 五年来,…年均分别增长…,达4270亿元、…8240亿元和1573亿元`,
        title: '',
        input: pageUpTo(QUANZHOU, '分别是2006年的3倍、3.4倍和3倍。'),
        expect: [
          { text: '14.1%', measure: 'growth', period: 2011, periodFrom: 2007 },
          { text: '8240亿元', measure: 'level', period: 2011 },
          { text: '1573亿元', period: 2011 },
          { text: '1470家', period: 2011 },
          { text: '3.4倍', period: 2011 },
        ],
        oneYear: ['8240亿元', '1573亿元', '1470家', '74家', '3.4倍'],
      },
    ],
  },
  {
    family: 'N年 right before what it sums or averages is a span, after a year too (五年增加…, 五年年均…)',
    rows: [
      {
        source: 'pages9 province-hunan-2011.txt: 2010年,…,五年年均分别增长14%和13.3%;…分别达到…,五年增加10036.8亿元和7362.5亿元',
        title: '',
        input: pageUpTo('province-hunan-2011.txt', '五年增加10036.8亿元和7362.5亿元。'),
        expect: [
          { text: '13.3%', measure: 'growth', period: 2010, periodFrom: 2006 },
          { text: '10036.8亿元', period: 2010, periodFrom: 2006 },
          { text: '7362.5亿元', period: 2010, periodFrom: 2006 },
        ],
        oneYear: ['1.66万亿元', '1.15万亿元'],
      },
    ],
  },
  {
    family: 'a list of bare measures takes the industry its clause before names (民营经济快速发展,销售收入、增加值…)',
    rows: [
      {
        source: 'pages9 county-yifeng-2009.txt: 民营经济快速发展,销售收入、增加值同比分别增长30%、29%',
        title: '',
        input: pageUpTo('county-yifeng-2009.txt', '销售收入、增加值同比分别增长30%、29%。'),
        expect: [
          { text: '30%', indicator: '民营经济销售收入', measure: 'growth', period: 2008 },
          { text: '29%', indicator: '民营经济增加值', measure: 'growth', period: 2008 },
        ],
      },
    ],
  },
  {
    family: '净增 is an absolute change',
    rows: [
      {
        source: 'pages9 county-yifeng-2009.txt: 农民人均纯收入4878元,净增582元',
        title: '',
        input: pageUpTo('county-yifeng-2009.txt', '净增582元'),
        expect: [{ text: '582元', indicator: '农民人均纯收入', measure: 'change', value: 582 }],
      },
    ],
  },
  {
    family: 'a footnote mark after the indicator is no part of it',
    rows: [
      {
        source: 'pages9 district-2021-communique.txt: 2021年全区生产总值 (GDP)[2]91.3亿元',
        title: '',
        input: pageUpTo('district-2021-communique.txt', '比上年增长7.5%'),
        expect: [{ text: '91.3亿元', indicator: '生产总值', period: 2021 }],
      },
    ],
  },
  {
    family: 'a unit written once after the last of two values is the first one’s too',
    rows: [
      {
        source: 'pages9 province-zhejiang-2011.txt: …和社会消费品零售总额均突破万亿元,分别达到12488和10163亿元',
        title: '',
        input: pageUpTo('province-zhejiang-2011.txt', '分别达到12488和10163亿元'),
        expect: [
          { text: '12488', indicator: '全社会固定资产投资', unit: '亿元', value: 12488 },
          { text: '10163亿元', indicator: '社会消费品零售总额', unit: '亿元' },
        ],
      },
    ],
  },
  {
    family: 'a total its clause adds up (累计) in a sentence that averages over the years is over years the page does not say: no one year',
    rows: [
      {
        source: 'pages9 district-banan-2022-news-trad.txt: 2021年預計實現地區生產總值947億,…累計完成工業投資358.7億元,年均增長11.8%',
        title: '',
        input: pageUpTo('district-banan-2022-news-trad.txt', '投資2719億元,年均增長6.5%。'),
        expect: [
          { text: '947億', period: 2021 },
          { text: '358.7億元', period: null },
          { text: '11.8%', period: null },
          { text: '2719億元', period: null },
        ],
      },
    ],
  },
];

describe('extraction families found in judged sample 9', () => {
  for (const { family, rows } of families) {
    describe(family, () => {
      for (const row of rows) it(`${rowName(row)} (${row.source})`, () => check(row));
    });
  }
});
