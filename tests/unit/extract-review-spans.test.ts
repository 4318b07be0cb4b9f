// A review of several years (过去五年…) read over its years where the form says so: the heading's second mark
// (一、过去五年工作回顾) goes on in the years its first said (tense.ts); a clause opened on the span's count of years, and the
// clauses listed after a sum or such a clause in one sentence (span-clauses.ts); the start of a change with its year and a
// basis between (从2004年人均每月700元), or with no year of its own after a change that started from one in the sentence
// (comparison-bases.ts). Rows are real texts up to the mention; `periodFrom: null` says one year's.
import { describeLastMentions, type Row } from './helpers/engine';
import { textUpTo } from './helpers/real-pages';

const J = 'tests/fixtures/judged';
const N2013 = `${J}/pages25/national-2013-chengjun.txt`;
const N2011 = 'tests/fixtures/report-pairs/texts/national-2011-chengjun-report.txt';

const families: Array<{ family: string; rows: Row[] }> = [
  {
    family: 'a heading of two marks (过去五年 + 工作回顾) reviews the five years',
    rows: [
      {
        name: 'national 2013 (judged 25): 一、过去五年工作回顾…公共财政收入从5.1万亿元增加到11.7万亿元；累计新增城镇就业5870万人 → 5.1 is 2007’s, 5870万 2008–2012',
        input: textUpTo(N2013, '年均分别增长8.8%、9.9%'),
        title: '',
        expect: [
          { text: '5.1万亿元', kind: 'actual', period: 2007, periodFrom: null },
          { text: '11.7万亿元', kind: 'actual', period: 2012, periodFrom: null },
          { text: '5870万人', kind: 'actual', period: 2012, periodFrom: 2008 },
          { text: '8.8%', period: 2012, periodFrom: 2008 },
          { text: '9.9%', period: 2012, periodFrom: 2008 },
        ],
      },
    ],
  },
  {
    family: 'a clause opened on the span’s years, and a list after a sum, run over the span',
    rows: [
      {
        name: 'national 2013 (judged 25): 五年转移农村人口8463万人，城镇化率由45.9%提高到52.6% → the count 2008–2012, the rate’s start 2007’s',
        input: textUpTo(N2013, '城镇化率由45.9%提高到52.6%'),
        title: '',
        expect: [
          { text: '8463万人', kind: 'actual', period: 2012, periodFrom: 2008 },
          { text: '45.9%', period: 2007, periodFrom: null },
          { text: '52.6%', period: 2012, periodFrom: null },
        ],
      },
      {
        name: 'national 2013 (judged 25): 五年中分两轮取消和调整行政审批事项498项，…总数达到2497项，占原有审批项目的69.3% → only the first over the years',
        input: textUpTo(N2013, '占原有审批项目的69.3%'),
        title: '',
        expect: [
          { text: '498项', period: 2012, periodFrom: 2008 },
          { text: '2497项', period: 2012, periodFrom: null },
          { text: '69.3%', period: 2012, periodFrom: null },
        ],
      },
      {
        name: 'national 2013 (judged 25): 五年累计投入就业专项资金1973亿元，实现高校毕业生就业2800万人，城镇就业困难人员就业830万人 → all 2008–2012',
        input: textUpTo(N2013, '城镇就业困难人员就业830万人'),
        title: '',
        expect: [
          { text: '1973亿元', period: 2012, periodFrom: 2008 },
          { text: '2800万人', period: 2012, periodFrom: 2008 },
          { text: '830万人', period: 2012, periodFrom: 2008 },
        ],
      },
      {
        name: '山东 2018 (judged 23): 五年来…提请省人大常委会审议通过地方性法规41件、修改50件、废止25件 → each 2013–2017',
        input: textUpTo(`${J}/pages23/province-shandong-2018.txt`, '废止25件'),
        title: '',
        expect: [
          { text: '41件', period: 2017, periodFrom: 2013 },
          { text: '50件', period: 2017, periodFrom: 2013 },
          { text: '25件', period: 2017, periodFrom: 2013 },
        ],
      },
      {
        name: 'national 2013 (judged 25): 新建改建农村公路146.5万公里，改造农村危房1033万户，解决了3亿多农村人口的饮水安全 → all 2008–2012',
        input: textUpTo(N2013, '解决了3亿多'),
        title: '',
        expect: [
          { text: '146.5万公里', period: 2012, periodFrom: 2008 },
          { text: '1033万户', period: 2012, periodFrom: 2008 },
          { text: '3亿多', period: 2012, periodFrom: 2008 },
        ],
      },
      {
        name: 'national 2018: 城镇新增就业6600万人以上，13亿多人口的大国实现了比较充分就业 → the population is no sum of the years',
        input: textUpTo('tests/fixtures/report-pairs/texts/national-2018-chengjun-report.txt', '13亿多人口'),
        title: '',
        expect: [
          { text: '6600万人以上', period: 2017, periodFrom: 2013 },
          { text: '13亿多', period: 2017, periodFrom: null },
        ],
      },
      {
        name: '宣城 2011 (judged 7): 销售收入超亿元企业120户,其中新增74户;超10亿元企业13户 → a ; closes the list: 13户 is 2010’s',
        input: textUpTo(`${J}/pages7/city-xuancheng-2011.txt`, '超10亿元企业13户'),
        title: '',
        expect: [{ text: '13户', period: 2010, periodFrom: null }],
      },
      {
        name: 'national 2011: 累计对外直接投资2200亿美元，对外工程承包和劳务合作营业额3352亿美元 → both 2006–2010',
        input: textUpTo(N2011, '对外工程承包和劳务合作营业额3352亿美元'),
        title: '',
        expect: [
          { text: '2200亿美元', period: 2010, periodFrom: 2006 },
          { text: '3352亿美元', period: 2010, periodFrom: 2006 },
        ],
      },
    ],
  },
  {
    family: 'a plan named as the base of a comparison is not the years of the quantity',
    rows: [
      {
        name: 'national 2001 (judged 19): 五年累计实际利用外资2894亿美元，比“八五”时期增长79.6％ → 1996–2000, not 1991–1995',
        input: textUpTo(`${J}/pages19/national-2001-chengjun.txt`, '比“八五”时期增长79.6％'),
        title: '',
        expect: [
          { text: '2894亿美元', period: 2000, periodFrom: 1996 },
          { text: '79.6％', period: 2000, periodFrom: 1996 },
        ],
      },
    ],
  },
  {
    family: 'a sentence that opens on one year inside a review of five is that year’s',
    rows: [
      {
        name: 'national 2013 (judged 25): 2012年，…国内生产总值增长7.8%，城镇新增就业1266万人 → 2012, no span',
        input: textUpTo(N2013, '城镇新增就业1266万人'),
        title: '',
        expect: [
          { text: '7.8%', kind: 'actual', period: 2012, periodFrom: null },
          { text: '1266万人', kind: 'actual', period: 2012, periodFrom: null },
        ],
      },
    ],
  },
  {
    family: 'the start of a change is the year its sentence started from',
    rows: [
      {
        name: 'national 2013 (judged 25): 资本充足率从2007年底的8.4%提升到去年底的13.3%，不良贷款率由6.1%下降到0.95% → 6.1% is 2007’s',
        input: textUpTo(N2013, '不良贷款率由6.1%下降到0.95%'),
        title: '',
        expect: [
          { text: '8.4%', period: 2007, periodFrom: null },
          { text: '13.3%', period: 2012, periodFrom: null },
          { text: '6.1%', period: 2007, periodFrom: null },
          { text: '0.95%', period: 2012, periodFrom: null },
        ],
      },
      {
        name: 'national 2013 (judged 25): 企业退休人员基本养老金从2004年人均每月700元提高到现在的1721元 → 700 is 2004’s',
        input: textUpTo(N2013, '提高到现在的1721元'),
        title: '',
        expect: [
          { text: '700元', period: 2004, periodFrom: null },
          { text: '1721元', period: 2012, periodFrom: null },
        ],
      },
    ],
  },
];

describeLastMentions(families);
