// Period (year) families found in the hand-judged sample 10 (tests/fixtures/judged/pages10-heldout.jsonl,
// judged before any of these fixes). Each row is a real passage of a page of tests/fixtures/judged/pages10
// (the file is named in the row), cut from the page's start so that its headings and years stand before
// it; a row marked `page date` changes only the page's own dating line, to show the rule does not lean on it.
import { describe, expect, it } from 'vitest';
import { reportMeta } from '../../lib/detect/metadata';
import { normalize } from '../../lib/text/normalize';
import { checkRow, mentionsOf, pick, rowName, type Row } from './helpers/engine';
import { textUpTo } from './helpers/real-pages';

interface Family {
  family: string;
  /** `oneYear`: the surfaces that must have no periodFrom (a quantity of one year) */
  rows: Array<Row & { source: string; oneYear?: string[]; years?: { year: number | null; resultsYear: number | null } }>;
}

/** a page of tests/fixtures/judged/pages10 from its start to the end of the first place that says `upTo` */
const pageUpTo = (file: string, upTo: string): string => textUpTo(`tests/fixtures/judged/pages10/${file}`, upTo);

const HEFEI = 'city-hefei-2006.txt';
const HEFEI_REVIEW = pageUpTo(HEFEI, '是“九五”的2.9倍。');
/** 合肥's page with its heading's year gone and its update date made a publish date */
const HEFEI_REDATED = HEFEI_REVIEW.replace('合肥市 2006 政府工作报告', '合肥市政府工作报告').replace(
  '更新时间:2012-04-14',
  '发布日期:2012-04-14',
);
const HEFEI_EXPECT: Row['expect'] = [
  { text: '16.5%', indicator: '地区生产总值', period: 2005, periodFrom: 2001 },
  { text: '15.9%', period: 2005 },
  { text: '25.4%', indicator: '财政收入', period: 2005, periodFrom: 2001 },
  { text: '1424.6亿元', period: 2005, periodFrom: 2001 },
];

const families: Family[] = [
  {
    family: 'a review of a named five-year plan is over its years, and its report is of the year after, whatever the page date',
    rows: [
      {
        source: 'pages10 city-hefei-2006.txt: 合肥市 2006 政府工作报告 / 更新时间:2012-04-14 / 一、“十五”期间回顾… 5年来,…',
        title: '',
        input: HEFEI_REVIEW,
        expect: HEFEI_EXPECT,
        years: { year: 2006, resultsYear: 2005 },
      },
      {
        source: 'pages10 city-hefei-2006.txt, page date: no year in its heading, 发布日期:2012-04-14',
        title: '',
        input: HEFEI_REDATED,
        expect: HEFEI_EXPECT,
        years: { year: 2006, resultsYear: 2005 },
      },
    ],
  },
  {
    family: "a page that gives its year only as its plans' (2025年是…之年) or its review's (过去一年…2014年…实现) dates its targets",
    rows: [
      {
        source: 'pages10 district-licheng-2025-news.txt: 2025年是…收官之年 … 经济社会发展主要预期目标是:',
        title: '',
        input: pageUpTo('district-licheng-2025-news.txt', '实际使用外资1.6亿美元'),
        expect: [
          { text: '7.5%以上', kind: 'target', period: 2025 },
          { text: '1.6亿美元', kind: 'target', period: 2025 },
        ],
        years: { year: 2025, resultsYear: 2024 },
      },
      {
        source: 'pages10 district-licheng-2025-news.txt, its headline: 地区生产总值增长5.6%以上,历城区描绘2025年发展蓝图',
        title: '',
        input: pageUpTo('district-licheng-2025-news.txt', '发展蓝图'),
        expect: [{ text: '5.6%以上', indicator: '地区生产总值', kind: 'target', period: 2025 }],
      },
      {
        source: 'pages10 province-gansu-2015-news-trad.txt: 今年…主要預期目標:… 過去一年,… 據介紹,2014年甘肅省實現生產總值',
        title: '',
        input: pageUpTo('province-gansu-2015-news-trad.txt', '增長21.1%'),
        expect: [
          { text: '8%左右', kind: 'target', period: 2015 },
          { text: '12%左右', kind: 'target', period: 2015 },
          { text: '21.1%', kind: 'actual', period: 2014 },
        ],
        years: { year: 2015, resultsYear: 2014 },
      },
    ],
  },
  {
    family: 'a growth on the year before (较上年增长) and its gap to the year’s target are one year’s, inside a review of several',
    rows: [
      {
        source: 'pages10 county-jingxian-2007.txt: 一、过去四年政府工作回顾 … 2006年地区生产总值26.8亿元,较上年增长12%,年均增长11%',
        title: '',
        input: pageUpTo('county-jingxian-2007.txt', '较上年增长12%,年均增长11%'),
        expect: [
          { text: '12%', period: 2006 },
          { text: '11%', period: 2006, periodFrom: 2003 },
        ],
        oneYear: ['12%'],
      },
      {
        source: 'pages10 county-jingxian-2007.txt: …较上年增长20.4%,高于年初人代会18%的目标2.4个百分点,年均增长33.4%',
        title: '',
        input: pageUpTo('county-jingxian-2007.txt', '高于年初人代会18%的目标2.4个百分点,年均增长33.4%'),
        expect: [
          { text: '26.4%', period: 2006 },
          { text: '20.4%', period: 2006 },
          { text: '2.4个百分点', period: 2006 },
          { text: '33.4%', period: 2006, periodFrom: 2003 },
        ],
        oneYear: ['26.4%', '20.4%', '2.4个百分点'],
      },
    ],
  },
];

describe('period families found in judged sample 10', () => {
  for (const { family, rows } of families) {
    describe(family, () => {
      for (const row of rows) {
        it(`${rowName(row)} (${row.source})`, () => {
          checkRow(row);
          const mentions = mentionsOf(row.input, row.title);
          for (const text of row.oneYear ?? []) expect(pick(mentions, text).periodFrom, `periodFrom of «${text}»`).toBeUndefined();
          if (row.years) {
            const meta = reportMeta(normalize(row.input).text, row.title);
            expect({ year: meta.year, resultsYear: meta.resultsYear }).toEqual(row.years);
          }
        });
      }
    });
  }
});
