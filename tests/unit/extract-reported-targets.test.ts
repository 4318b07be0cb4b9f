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
