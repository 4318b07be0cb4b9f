// Period families of the fourteenth judged sample (tests/fixtures/judged/pages14, judged before any fix and listed
// at the end of its README), each with rows from other real texts: a page from its start to the mention, read
// without a title as the sample was. `oneYear` lists mentions that must carry no periodFrom.
import { describe, expect, it } from 'vitest';
import { checkRow, mentionsOf, pick, rowName, type Row } from './helpers/engine';
import { textUpTo } from './helpers/real-pages';

const P14 = 'tests/fixtures/judged/pages14';
const P13 = 'tests/fixtures/judged/pages13';
const P11 = 'tests/fixtures/judged/pages11';

type SpanRow = Row & { oneYear?: string[] };

const families: Array<{ family: string; rows: SpanRow[] }> = [
  {
    family: 'a congress that meets in November or December hears a review of the year it meets in, over an explicit year',
    rows: [
      {
        name: '芷江 county, delivered 2016-11-26 (traditional, readings): the term’s four years are 2013–2016, their base 2012',
        input: textUpTo(`${P14}/county-zhijiang-2016-trad-readings.txt`, '年均增長(zhǎng)12.5%'),
        title: '',
        expect: [
          { text: '99.3億元', kind: 'actual', period: 2016 },
          { text: '8.5%', kind: 'actual', period: 2016, periodFrom: 2013 },
          { text: '3.57億元', kind: 'actual', period: 2012 },
          { text: '4.86億元', kind: 'actual', period: 2016 },
          { text: '200.35億元', kind: 'actual', period: 2016, periodFrom: 2013 },
        ],
      },
      {
        name: '谷城 county, delivered 2020-12-23 under the title 2020年谷城县人民政府工作报告: its 十三五 review ends in 2020',
        input: textUpTo(`${P13}/county-gucheng-2020.txt`, '外贸出口'),
        title: '',
        expect: [
          { text: '突破400亿元', kind: 'actual', period: 2020 },
          { text: '6.2%', kind: 'actual', period: 2020, periodFrom: 2016 },
        ],
      },
      {
        name: '萨尔图 district, delivered 2021-12-18 with no year in its title: 2021年…预计 and 年均 over 2017–2021',
        input: textUpTo('tests/fixtures/detect-corpus/texts/h2-rep-saertu-2021.txt', '社会消费品零售总额年均增长6%'),
        title: '',
        expect: [
          { text: '151.7亿元', kind: 'actual', period: 2021 },
          { text: '4.6%', kind: 'actual', period: 2021, periodFrom: 2017 },
        ],
      },
      {
        name: '沅陵 county, delivered 2018-12-25: the year reviewed is 2018',
        input: textUpTo(`${P13}/county-yuanling-2019.txt`, '8.06亿元'),
        title: '',
        expect: [{ text: '170.98亿元', kind: 'actual', period: 2018 }],
      },
    ],
  },
  {
    family: 'in a review of five years, a bare growth right after a level, or in a sentence of last year, is one year’s',
    rows: [
      {
        name: '惠州 2012 news: 过去五年…来源于惠州的财税总收入737.1亿元,增长23.3%;地方财政一般预算收入162.8亿元,增长31.3%',
        input: textUpTo(`${P14}/city-huizhou-2012-news.txt`, '增长31.3%'),
        title: '',
        expect: [
          { text: '737.1亿元', period: 2011 },
          { text: '23.3%', period: 2011 },
          { text: '31.3%', period: 2011 },
        ],
        oneYear: ['23.3%', '31.3%'],
      },
      {
        name: '惠州 2012 news: 去年城镇居民可支配收入…,分别增长12.5%和19%,年均分别增长8.7%和16.2%',
        input: textUpTo(`${P14}/city-huizhou-2012-news.txt`, '16.2%'),
        title: '',
        expect: [
          { text: '12.5%', period: 2011 },
          { text: '19%', period: 2011 },
          { text: '8.7%', period: 2011, periodFrom: 2007 },
          { text: '16.2%', period: 2011, periodFrom: 2007 },
        ],
        oneYear: ['12.5%', '19%'],
      },
      {
        name: '德州 2008: 预计2007年,全市生产总值达到1180亿元,增长15%,比2002年翻了一番多,年均增长16.4%; 分别增长20%和17.6%',
        input: textUpTo('tests/fixtures/detect-corpus/texts/rep-dezhou-2008-egov.txt', '年均增长21%和16.7%'),
        title: '',
        expect: [
          { text: '15%', period: 2007 },
          { text: '16.4%', period: 2007, periodFrom: 2003 },
          { text: '20%', period: 2007 },
        ],
        oneYear: ['15%', '20%'],
      },
      {
        name: '西安 2017 news: 过去五年,…生产总值…2016年达到6257.2亿元,增长8.5%',
        input: textUpTo('tests/fixtures/metadata/texts/98-xian-2017-work-news.txt', '6257.2亿元,增长8.5%'),
        title: '',
        expect: [{ text: '8.5%', period: 2016 }],
        oneYear: ['8.5%'],
      },
      {
        // a growth of several times is what the five years added, though a level comes just before it
        name: '宁夏 2008 (traditional): 消費品零售總額達232億元,增長1.1倍 over 2003–2007',
        input: textUpTo(`${P11}/province-ningxia-2008-trad.txt`, '增長1.1倍'),
        title: '',
        expect: [{ text: '1.1倍', period: 2007, periodFrom: 2003 }],
      },
    ],
  },
  {
    family: 'a span said once (五年(下同)年均…, 五年累计…) reaches what it governs, in a sentence that says no year',
    rows: [
      {
        name: '惠州 2012 news: 预计2011年…,五年(下同)年均增长15%',
        input: textUpTo(`${P14}/city-huizhou-2012-news.txt`, '年均增长15%'),
        title: '',
        expect: [{ text: '15%', period: 2011, periodFrom: 2007 }],
      },
      {
        name: '惠州 2012 news: after 过去五年, 报告提出,五年累计投入…434.4亿元,完成民生工程项目108个',
        input: textUpTo(`${P14}/city-huizhou-2012-news.txt`, '108个'),
        title: '',
        expect: [
          { text: '434.4亿元', period: 2011, periodFrom: 2007 },
          { text: '108个', period: 2011, periodFrom: 2007 },
        ],
      },
      {
        name: '天水 2006 news (traditional): 2005年,…五年完成全社會固定資產投資201.3億元 over 2001–2005',
        input: textUpTo('tests/fixtures/metadata/texts/118-tianshui-2006-work-news-trad.txt', '201.3億元'),
        title: '',
        expect: [{ text: '201.3億元', period: 2005, periodFrom: 2001 }],
      },
      {
        name: '深圳 2011: in its 十一五 review, 五年累计专利申请量和授权量分别达到19.38万件和10.67万件',
        input: textUpTo(`${P14}/city-shenzhen-2011.txt`, '10.67万件'),
        title: '',
        expect: [
          { text: '19.38万件', period: 2010, periodFrom: 2006 },
          { text: '10.67万件', period: 2010, periodFrom: 2006 },
        ],
      },
    ],
  },
  {
    family: '连续N年 reaching or passing a level (达到, 超过, 高于): the last N years',
    rows: [
      {
        name: 'national 2007 (bilingual): 经济增长连续四年达到或略高于10% over 2003–2006',
        input: textUpTo(`${P14}/national-2007-bilingual.txt`, '略高于10%'),
        title: '',
        expect: [{ text: '高于10%', period: 2006, periodFrom: 2003 }],
      },
      {
        // a heading's 连续三年 stops at its colon: the level after it is the year's
        name: '成都 2004 news: 生产总值增长连续三年达到13%:全市生产总值(GDP)1870.8亿元,…增速连续三年达到或超过13%',
        input: textUpTo('tests/fixtures/judged/pages11/city-chengdu-2004-news.txt', '均为13.1%'),
        title: '',
        expect: [
          { text: '1870.8亿元', period: 2003 },
          { text: '超过13%', period: 2003, periodFrom: 2001 },
        ],
        oneYear: ['1870.8亿元'],
      },
      {
        name: '湖北 2025: 城镇新增就业连续4年超过90万人 over 2021–2024',
        input: textUpTo('../shared/eval/real-dev/reports/prov-hubei-2025.txt', '超过90万人'),
        title: '湖北省2025年政府工作报告',
        expect: [{ text: '超过90万人', period: 2024, periodFrom: 2021 }],
      },
    ],
  },
  {
    family: 'a rate a year on average after a comparison with a base (比2002年增长65.5%,年均增长…) runs from that base',
    rows: [
      {
        name: 'national 2008 (cctv, traditional): 2007年,國內生産總值達到24.66萬億元,比2002年增長65.5%,年均增長10.6%',
        input: textUpTo('tests/fixtures/detect-corpus/texts/h5-rep-national-2008-cctv-trad.txt', '年均增長10.6%'),
        title: '',
        expect: [{ text: '10.6%', period: 2007, periodFrom: 2003 }],
      },
      {
        name: '天水 2006 news (traditional): 2005年,…比“九五”末增長了68.1%,年均增長10.9% over 2001–2005',
        input: textUpTo('tests/fixtures/metadata/texts/118-tianshui-2006-work-news-trad.txt', '年均增長10.9%'),
        title: '',
        expect: [{ text: '10.9%', period: 2005, periodFrom: 2001 }],
      },
    ],
  },
  {
    family: 'every start of a change over the years is the year before them, the second of 分别由…和… too',
    rows: [
      {
        name: '甘肃 2018 news: 过去五年…分别由17979元和4931元增加到27763元和8076元',
        input: textUpTo(`${P14}/province-gansu-2018-news.txt`, '8076元'),
        title: '',
        expect: [
          { text: '17979元', period: 2012 },
          { text: '4931元', period: 2012 },
          { text: '27763元', period: 2017 },
          { text: '8076元', period: 2017 },
        ],
      },
    ],
  },
  {
    family: 'a multiple of a plan’s end level (是“十五”期末的3倍) is a level at the span’s end; 与上年度持平 is no result word',
    rows: [
      {
        name: '和林格尔 2011: 固定资产投资五年累计完成300多亿元,是“十五”期末的3倍',
        input: textUpTo('tests/fixtures/detect-corpus/texts/h6-rep-helingeer-2011.txt', '期末的3倍'),
        title: '',
        expect: [
          { text: '300多亿元', period: 2010, periodFrom: 2006 },
          { text: '3倍', period: 2010 },
        ],
        oneYear: ['3倍'],
      },
      {
        name: '湟中 2024 news (traditional): 主要預期目標是:…固定資產投資與上年度持平,…糧食總產量保持在10.42萬噸以上',
        input: textUpTo('tests/fixtures/detect-corpus/texts/h-news-huangzhong-2024-trad.txt', '10.42萬噸以上'),
        title: '',
        expect: [
          { text: '6%左右', kind: 'target', period: 2024 },
          { text: '10.42萬噸以上', kind: 'target', period: 2024 },
        ],
      },
    ],
  },
  {
    family: 'a quotation of the report that the words after it call targets holds targets, though no target word is inside',
    rows: [
      {
        name: '湖南 2022 news (dongannews): “规模工业增加值增长7.2%…城镇调查失业率控制在5.5%以内…”《政府工作报告》…描绘出新的目标',
        input: textUpTo('tests/fixtures/report-pairs/texts/prov-hunan-2022-dongannews-targets.txt', '描绘出新的目标'),
        title: '',
        expect: [
          // the quotation before it, of the year's estimates, is called nothing and stays results
          { text: '10675美元', kind: 'actual', period: 2021 },
          { text: '7.2%', kind: 'target', period: 2022 },
          { text: '6%', kind: 'target', period: 2022 },
          { text: '70万人', kind: 'target', period: 2022 },
          { text: '5.5%以内', kind: 'target', period: 2022 },
        ],
      },
    ],
  },
];

for (const { family, rows } of families)
  describe(family, () => {
    for (const row of rows)
      it(rowName(row), () => {
        checkRow(row);
        const mentions = mentionsOf(row.input, row.title);
        for (const t of row.oneYear ?? []) expect(pick(mentions, t).periodFrom, `periodFrom of «${t}»`).toBeUndefined();
      });
  });
