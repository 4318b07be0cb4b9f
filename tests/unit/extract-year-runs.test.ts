// One year told inside a review of several years (lib/extract/year-runs.ts): a sentence that opens on one of the
// review's years turns its paragraph to that year, so the sentences after it are that year's (their changes and what it
// added), while a sum or an average said in them (累计, 年均) is still the span's. Rows are real pages read from their
// start: 吉林 2018 (东亚经贸新闻 on fang.com, https://jl.news.fang.com/2018-01-27/27676392.htm, report-pairs), and, for what
// must stay over the span, 天津 2013 (judged sample 34), 长沙 2008 (http://e-gov.org.cn/article-82614.html, detect-corpus)
// and the national report of 1998 (judged sample 36); and, for a range of years, the national report of 1983 (judged
// sample 29; chengjun/mybook data/gov_reports1954-2021.txt @ 503e0719).
import { describeLastMentions } from './helpers/engine';
import { textUpTo } from './helpers/real-pages';

const JILIN_2018 = 'tests/fixtures/report-pairs/texts/prov-jilin-2018-fang-review.txt';
const TIANJIN_2013 = 'tests/fixtures/judged/pages34/province-tianjin-2013.txt';
const CHANGSHA_2008 = 'tests/fixtures/detect-corpus/texts/rep-changsha-2008-egov.txt';
const R1998 = 'tests/fixtures/judged/pages36/national-1998-chengjun.txt';
const R1983 = 'tests/fixtures/judged/pages29/national-1983-chengjun.txt';

describeLastMentions([
  {
    family: 'the sentences after one that opens on a year of the review are that year’s',
    rows: [
      {
        name: '吉林 2018: 过去五年,民生实事全面实施…。2017年,吉林省地区生产总值增长5.3%。…城镇居民人均可支配收入增长6.7%,农民人均可支配收入增长6.8%',
        input: textUpTo(JILIN_2018, '农民人均可支配收入增长6.8%'),
        title: '',
        expect: [
          { text: '5.3%', kind: 'actual', period: 2017, periodFrom: null },
          { text: '6.7%', kind: 'actual', period: 2017, periodFrom: null },
          { text: '6.8%', kind: 'actual', period: 2017, periodFrom: null },
        ],
      },
      {
        name: '吉林 2018: …。城镇新增就业53.2万人,完成年度计划的106.4% (what the year added, and its year’s plan)',
        input: textUpTo(JILIN_2018, '完成年度计划的106.4%'),
        title: '',
        expect: [
          { text: '53.2万人', kind: 'actual', period: 2017, periodFrom: null },
          { text: '106.4%', kind: 'actual', period: 2017, periodFrom: null },
        ],
      },
      {
        name: '吉林 2018: 过去五年,…累计完成200余项重大民生实事,投入民生资金12981亿元 (before the year’s sentence: the span’s)',
        input: textUpTo(JILIN_2018, '投入民生资金12981亿元'),
        title: '',
        expect: [{ text: '12981亿元', kind: 'actual', period: 2017, periodFrom: 2013 }],
      },
    ],
  },
  {
    family: 'a sum or an average said after the year is the span’s still',
    rows: [
      {
        name: '天津 2013: 2012年,全市生产总值12885亿元,是2007年的2.5倍,年均增长16.1%',
        input: textUpTo(TIANJIN_2013, '年均增长16.1%'),
        title: '2013年天津市人民政府工作报告',
        expect: [
          { text: '16.1%', kind: 'actual', period: 2012, periodFrom: 2008 },
          { text: '12885亿元', kind: 'actual', period: 2012, periodFrom: null },
        ],
      },
      {
        name: '天津 2013: …;万元生产总值能耗累计下降21%',
        input: textUpTo(TIANJIN_2013, '万元生产总值能耗累计下降21%'),
        title: '2013年天津市人民政府工作报告',
        expect: [{ text: '21%', kind: 'actual', period: 2012, periodFrom: 2008 }],
      },
      {
        name: '长沙 2008: 2007年,全市地区生产总值达2179亿元(预计数,下同),五年翻了一番,年均增长15.2%',
        input: textUpTo(CHANGSHA_2008, '年均增长15.2%'),
        title: '长沙市2008年政府工作报告',
        expect: [{ text: '15.2%', kind: 'actual', period: 2007, periodFrom: 2003 }],
      },
      {
        name: '1998: 社会消费品零售总额年均实际增长10.3%',
        input: textUpTo(R1998, '社会消费品零售总额年均实际增长1 0 ．3 ％'),
        title: '',
        expect: [{ text: '1 0 ．3 ％', kind: 'actual', period: 1997, periodFrom: 1993 }],
      },
    ],
  },
  {
    family: 'the sentences after one that opens on a range of the review’s years are over that range',
    rows: [
      {
        name: '1983: 从一九七九年到一九八二年的四年内，轻工业平均每年增长百分之十一点八…。…自行车增长一点八倍，缝纫机增长一点六倍，手表增长一点四倍，电视机增长十点四倍',
        input: textUpTo(R1983, '电视机增长十点四倍'),
        title: '',
        expect: [
          { text: '百分之十一点八', kind: 'actual', period: 1982, periodFrom: 1979 },
          { text: '一点六倍', kind: 'actual', period: 1982, periodFrom: 1979 },
          { text: '一点四倍', kind: 'actual', period: 1982, periodFrom: 1979 },
          { text: '十点四倍', kind: 'actual', period: 1982, periodFrom: 1979 },
        ],
      },
    ],
  },
]);
