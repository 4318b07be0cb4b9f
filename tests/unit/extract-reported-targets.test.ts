// A report that proposes (他在政府工作报告中还提出,…: news of a report's targets) makes what follows targets where no section
// says otherwise (tense-cues.ts), unless the report is last year's or a year follows to date what it tells. Rows are real
// pages read from their start: 中新社 on the 2007 national report (gold-heldout3, URL_2007 below), 惠州 2012 (judged sample 14,
// http://news.cntv.cn/20120112/110369.shtml) and the national report of 1997 (judged sample 31; chengjun/mybook
// data/gov_reports1954-2021.txt @ 503e0719).
import { describeLastMentions } from './helpers/engine';
import { textUpTo } from './helpers/real-pages';

// URL_2007: http://www.udnbkk.com/article/2007/0306/article_12576.html (tests/fixtures/gold-heldout3/manifest.jsonl)
const NEWS_2007 = 'tests/fixtures/gold-heldout3/docs/national-2007-udnbkk-trad.txt';
const HUIZHOU_2012 = 'tests/fixtures/judged/pages14/city-huizhou-2012-news.txt';
const R1997 = 'tests/fixtures/judged/pages31/national-1997-chengjun.txt';

describeLastMentions([
  {
    family: 'what a report proposes is a target',
    rows: [
      {
        name: '2007 news: 他在政府工作報告中還提出,城鎮新增就業人數不低於900萬人,城鎮登記失業率控制在百分之4.6以內',
        input: textUpTo(NEWS_2007, '城鎮登記失業率控制在百分之4.6以內'),
        title: '',
        expect: [
          { text: '不低於900萬人', kind: 'target' },
          { text: '百分之4.6以內', kind: 'target' },
        ],
      },
    ],
  },
  {
    family: 'not a report of last year’s, nor what a year said after it dates',
    rows: [
      {
        name: '惠州 2012: 报告提出,预计2011年全市生产总值为2060亿元',
        input: textUpTo(HUIZHOU_2012, '预计2011年全市生产总值为2060亿元'),
        title: '',
        expect: [{ text: '2060亿元', kind: 'actual', period: 2011 }],
      },
      {
        name: '1997: 去年政府工作报告提出，物价涨幅要从１４．８％降到１０％左右',
        input: textUpTo(R1997, '物价涨幅要从１４．８％降到１０％左右'),
        title: '',
        expect: [
          { text: '１４．８％', kind: 'actual', period: 1995 },
          { text: '１０％左右', kind: 'target', period: 1996 },
        ],
      },
    ],
  },
]);

// The target named right after a figure, or after the list the figure is an item of (stated-kinds.ts): …的节能减排目标,
// …的控制目标, 高于年初人代会12%的目标. Rows are real pages read from their start: 福建 2010 (judged sample 37,
// http://district.ce.cn/newarea/roll/201203/22/t20120322_23179657.shtml), 泾县 2007 (judged sample 10,
// http://www.ahjx.gov.cn/OpennessContent/show/1207858.html) and a county's 2021 communiqué (judged sample 5,
// https://tjgb.hongheiku.com/xjtjgb/xj2020/32060.html).
const FUJIAN_2010 = 'tests/fixtures/judged/pages37/province-fujian-2010.txt';
const JINGXIAN_2007 = 'tests/fixtures/judged/pages10/county-jingxian-2007.txt';
const COUNTY_2021 = 'tests/fixtures/judged/pages5/county-2021-communique.txt';

describeLastMentions([
  {
    family: 'a figure, or the items of a list, that a target named after it sets',
    rows: [
      {
        name: '福建 2010: 单位生产总值能耗降低3.2%、二氧化硫排放量下降1.5%、化学需氧量排放减少0.2%的节能减排目标预计可以完成',
        input: textUpTo(FUJIAN_2010, '化学需氧量排放减少0.2%的节能减排目标'),
        title: '',
        expect: [
          { text: '3.2%', kind: 'target', period: 2009 },
          { text: '1.5%', kind: 'target', period: 2009 },
          { text: '0.2%', kind: 'target', period: 2009 },
        ],
      },
      {
        name: '泾县 2007: 财政收入(不含基金)2.01亿元,较上年增长26.4%,高于年初人代会12%的目标14.4个百分点',
        input: textUpTo(JINGXIAN_2007, '高于年初人代会12%的目标14.4个百分点'),
        title: '',
        expect: [
          { text: '12%', kind: 'target', period: 2006 },
          { text: '26.4%', kind: 'actual', period: 2006 },
        ],
      },
      {
        name: '2021 communiqué: 年末城镇登记失业率1.89%,低于2.5%的控制目标',
        input: textUpTo(COUNTY_2021, '低于2.5%的控制目标'),
        title: '',
        expect: [
          { text: '低于2.5%', kind: 'target' },
          { text: '1.89%', kind: 'actual' },
        ],
      },
    ],
  },
]);

// What a year's accounts carry over from the year before (上年结转, 上年结余) is the year's own item, not last year's result:
// the 1956 national report's budget (judged sample 41; chengjun/mybook data/gov_reports1954-2021.txt @ 503e0719), and
// 三明's final accounts of 2023 (judged sample 17), where it is the year's result.
const R1956 = 'tests/fixtures/judged/pages41/national-1956-chengjun.txt';
const SANMING_2023 = 'tests/fixtures/judged/pages17/city-sanming-2023-final-accounts.txt';

describeLastMentions([
  {
    family: 'a carry-over from the year before is the year’s own',
    rows: [
      {
        name: '1956: １９５６年国家预算规定，本年收入共为２９，７３１，７３２，０００元，上年结转收入１，０１１，０３８，０００元，收入总数共为３０，７４２，７７０，０００元',
        input: textUpTo(R1956, '收入总数共为３０，７４２，７７０，０００元'),
        title: '',
        expect: [
          { text: '１，０１１，０３８，０００元', kind: 'target', period: 1956 },
          { text: '３０，７４２，７７０，０００元', kind: 'target', period: 1956 },
        ],
      },
      {
        name: '三明 2023 final accounts: 加上上级补助收入2,272,036万元、上年结转512,099万元',
        input: textUpTo(SANMING_2023, '上年结转512,099万元'),
        title: '',
        expect: [{ text: '512,099万元', kind: 'actual', period: 2023 }],
      },
    ],
  },
]);
