// Error families of indicator, qualifier and measure found in the hand-judged sample 13
// (tests/fixtures/judged/pages13-heldout.jsonl, judged before any of these fixes). Each row is a real
// passage of a page of tests/fixtures (the file is named in the row), and failed before its fix.
import { describe, it } from 'vitest';
import { checkRow, type Row } from './helpers/engine';
import { passage } from './helpers/real-pages';

interface Family {
  family: string;
  rows: Array<Row & { source: string }>;
}

const P13 = 'tests/fixtures/judged/pages13';

const GUANGDONG = `${P13}/province-guangdong-2016-news-trad.txt`;
const HUBEI = `${P13}/province-hubei-2016-news-trad-readings.txt`;

const families: Family[] = [
  {
    family: 'a range written with 至於 is one range',
    rows: [
      {
        source: 'pages13 province-guangdong-2016-news-trad.txt: 地區生產總值增長7%至於7.5%',
        title: '',
        input: passage(GUANGDONG, '今年經濟社會發展的主要預期目標是', '出口總額增長1%以上;'),
        exactly: ['7%至於7.5%', '15%以上', '9.5%以上', '1%以上'],
        expect: [{ text: '7%至於7.5%', indicator: '地区生产总值', measure: 'growth', value: 7, valueMax: 7.5 }],
      },
    ],
  },
  {
    family: 'a milestone passed (跨上, 邁過) is a level above it',
    rows: [
      {
        source: 'pages13 province-hubei-2016-news-trad-readings.txt: 地方一般公共財政預算收入先后邁過2千億、3千億兩個大臺階',
        title: '',
        input: passage(HUBEI, '地方一般公共財', '大臺(tái)階'),
        expect: [{ text: '2千億', indicator: '地方一般公共财政预算收入', qualifier: 'above' }],
      },
      {
        source: 'pages13 province-hubei-2016-news-trad-readings.txt: 地區生產總值先后跨上2萬億、逼近3萬億',
        title: '',
        input: passage(HUBEI, '地區(qū)生產(chǎn)總值先后跨上', '逼近3萬(wàn)億'),
        expect: [{ text: '2萬(wàn)億', indicator: '地区生产总值', qualifier: 'above' }],
      },
    ],
  },
  {
    family: 'the English of a bilingual page ends its sentence with a full stop before the Chinese line',
    rows: [
      {
        source: 'pages13 national-2000-bilingual.txt: …the sales rate of products rose steadily.\\n全年工业企业实现利润2202亿元',
        title: '',
        input: passage(`${P13}/national-2000-bilingual.txt`, 'Some outmoded production', '增长52%'),
        expect: [
          { text: '2202亿元', indicator: '工业企业利润' },
          { text: '52%', indicator: '工业企业利润', measure: 'growth' },
        ],
      },
    ],
  },
  {
    family: 'a short news subheading on its own line is not part of the paragraph after it',
    rows: [
      {
        source: 'pages13 province-hubei-2016-news-trad-readings.txt: 2015年這些數據很給力\\n2015年社會消費品零售總額達到13978億元',
        title: '',
        input: passage(HUBEI, '2015年這些數', '第3位;'),
        expect: [{ text: '13978億元', indicator: '社会消费品零售总额' }],
      },
      {
        source: 'pages13 province-hubei-2016-news-trad-readings.txt: 大跨越實現5年進3位的重大突破\\n地區生產總值先后跨上2萬億',
        title: '',
        input: passage(HUBEI, '大跨越', '的重大突破;'),
        expect: [{ text: '2萬(wàn)億', indicator: '地区生产总值' }],
      },
    ],
  },
  {
    family: '城、乡 before a shared noun are 城镇 and 农村',
    rows: [
      {
        source: 'pages13 county-yuanling-2019.txt: 城、乡居民人均可支配收入分别为22694元、9527元,增长8.5%、11%',
        title: '',
        input: passage(`${P13}/county-yuanling-2019.txt`, '城、乡居民人均可支配收入', '11%。'),
        expect: [
          { text: '22694元', indicator: '城镇居民人均可支配收入' },
          { text: '9527元', indicator: '农村居民人均可支配收入' },
          { text: '11%', indicator: '农村居民人均可支配收入', measure: 'growth' },
        ],
      },
    ],
  },
  {
    family: 'a rate that moved (涨幅回落…个百分点) is the rate of the thing before, with no earlier period named',
    rows: [
      {
        source: 'pages13 city-changsha-2017-communique.txt: 全市居民消费价格比上年上涨1.3%,涨幅回落0.6个百分点',
        title: '',
        input: passage(`${P13}/city-changsha-2017-communique.txt`, '全市居民消费价格比上年上涨', '个百分点;'),
        expect: [{ text: '0.6个百分点', indicator: '居民消费价格涨幅', measure: 'change' }],
      },
    ],
  },
  {
    family: 'a bare measure of the industry a paragraph opened on keeps the size of the firms counted (规模工业)',
    rows: [
      {
        source: 'pages13 province-hunan-2010.txt: 全省规模工业实现增加值4250.1亿元,…;实现利润571.9亿元,增长46.1%',
        title: '',
        input: passage(`${P13}/province-hunan-2010.txt`, '(一)新型工业化', '增长46.1%。'),
        expect: [
          { text: '571.9亿元', indicator: '规模工业利润' },
          { text: '46.1%', indicator: '规模工业利润', measure: 'growth' },
        ],
      },
    ],
  },
  {
    family: '每年均 before a verb is no part of the name (not 年均, leaving 每)',
    rows: [
      {
        source: 'pages13 province-guangdong-2016-news-trad.txt: 城鎮登記失業率每年均控制在3.5%以內',
        title: '',
        input: passage(GUANGDONG, '人民生活顯著改善', '2.9%。'),
        expect: [{ text: '3.5%以內', indicator: '城镇登记失业率' }],
      },
    ],
  },
];

describe('extraction families found in judged sample 13', () => {
  for (const { family, rows } of families) {
    describe(family, () => {
      for (const row of rows) it(row.source, () => checkRow(row));
    });
  }
});
