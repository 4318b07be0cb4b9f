// Periods and kinds of whole national 政府工作报告 (issue 10), by family: a sentence headed by its year and its base
// (1986年同1978年相比,…), a comparison with a stated base (比1995年增长69%: over 1996–2000), what five years did (spans them)
// against a stock held now (none), a plan section of a report that also sets a five-year plan (今年 is the report's
// year; a numbered heading ends the plan's years; 2001年是… opens that year's plans), and words that state the kind at
// the quantity (低于8%的预定目标, 比现有的86个, 从2002年1月1日起…已由). Rows are real sentences read in their whole report
// up to them: samples 18 and 19's reports (chengjun/mybook data/gov_reports1954-2021.txt @ 503e0719, in
// tests/fixtures/judged/pages18 and pages19), the 2011 and 2018 reports of tests/fixtures/report-pairs, 1996's last section
// (the same file, read at offset 470000; the 1996 line is in no fixture) and a county's review of 十一五 (judged/pages).
import { describe, it } from 'vitest';
import { type Expected, expectLastMention, mentionsOf } from './helpers/engine';
import { pageUpTo, textUpTo } from './helpers/real-pages';

const P18 = 'tests/fixtures/judged/pages18';
const P19 = 'tests/fixtures/judged/pages19';
const R1987 = `${P19}/national-1987-chengjun.txt`;
const R1993 = `${P18}/national-1993-chengjun.txt`;
const R1999 = `${P18}/national-1999-chengjun.txt`;
const R2001 = `${P19}/national-2001-chengjun.txt`;
const R2002 = `${P18}/national-2002-chengjun.txt`;
const R2011 = 'tests/fixtures/report-pairs/texts/national-2011-chengjun-report.txt';
const R2018 = 'tests/fixtures/report-pairs/texts/national-2018-chengjun-report.txt';

/** 1996's report, its last numbered section (chengjun/mybook @ 503e0719, data/gov_reports1954-2021.txt, the 1996 line) */
const R1996_TASKS =
  '　　九、努力做好１９９６年的工作，为“九五”创造一个良好开端　　过去的一年，我国改革开放和经济、社会发展取得新的成就，完成了八届人大三次会议确定的任务。国内生产总值比上年增长１０．２％，零售物价涨幅从２１．７％回落到１４．８％，既降低了物价涨幅，又保持了经济较快增长，实现了年初预定的调控目标。　　１９９６年是“九五”计划第一年，有个好的开端非常重要。要紧紧围绕经济体制和经济增长方式的转变，安排和开展各方面的工作。今年经济增长速度的调控目标定为８％，物价上涨幅度控制在１０％左右，固定资产投资率定为３２％左右。';

interface Row {
  name: string;
  input: string;
  title?: string;
  /** what the last mention of each surface must be (periodFrom null: one year's) */
  expect: Expected[];
}

function check(row: Row): void {
  const mentions = mentionsOf(row.input, row.title ?? '');
  for (const e of row.expect) expectLastMention(mentions, e);
}

const families: Array<{ family: string; rows: Row[] }> = [
  {
    family:
      'a sentence headed by its year and its base: the start is the base’s, a level reached the year’s, a change spans the years after the base',
    rows: [
      {
        name: '1987: １９８６年同１９７８年相比，国民生产总值由３４８０亿元增加到９３８０亿元，…增长１０２％; 预算外资金由的３４７亿元',
        input: textUpTo(R1987, '扣除物价上升因素增长８６．９％。'),
        expect: [
          { text: '３４８０亿元', kind: 'actual', period: 1978 },
          { text: '９３８０亿元', kind: 'actual', period: 1986, periodFrom: null },
          { text: '１０２％', kind: 'actual', period: 1986, periodFrom: 1979 },
          { text: '３４７亿元', period: 1978 },
          { text: '１７５元', period: 1978 },
        ],
      },
      {
        name: '1993: １９９２年同１９８７年相比，钢产量增长百分之四十二 (1988–1992); 铁路货运周转量增长百分之二十三 after it spans the five years',
        input: textUpTo(R1993, '铁路货运周转量增长百分之二十三'),
        expect: [
          { text: '百分之四十二', kind: 'actual', period: 1992, periodFrom: 1988 },
          { text: '百分之二十', period: 1992, periodFrom: 1988 },
          { text: '百分之二十三', period: 1992, periodFrom: 1988 },
        ],
      },
    ],
  },
  {
    family: 'a change against a stated base year spans the years after it (分别比1995年增长69％, 比1995年底增加920亿美元)',
    rows: [
      {
        name: '2001: 2000年进出口总额达4743亿美元，其中出口2492亿美元，分别比1995年增长69％和67％',
        input: textUpTo(R2001, '比1995年底增加920亿美元。'),
        expect: [
          { text: '69％', kind: 'actual', period: 2000, periodFrom: 1996 },
          { text: '67％', kind: 'actual', period: 2000, periodFrom: 1996 },
          { text: '920亿美元', kind: 'actual', period: 2000, periodFrom: 1996 },
        ],
      },
    ],
  },
  {
    family: 'what five years did spans them; a stock held now does not, nor 刚刚过去的1992年’s; 由五年前的 is five years before',
    rows: [
      {
        name: '1993: 五年全社会固定资产投资完成２６０００亿元; 五年来…投入达３２００亿元; 相当于五年少生１５００万人左右',
        input: textUpTo(R1993, '相当于五年少生１５００万人左右。'),
        expect: [
          { text: '２６０００亿元', period: 1992, periodFrom: 1988 },
          { text: '３２００亿元', period: 1992, periodFrom: 1988 },
          { text: '１５００万人左右', period: 1992, periodFrom: 1988 },
          { text: '１亿多人', period: 1992, periodFrom: null },
        ],
      },
      {
        name: '静宁 2011 (a county’s report, a document page): 全县生产总值由“十五”末的 [line breaks] 12.8亿元增加到19.2亿元 (2005)',
        ...pageUpTo('judged-pages', 'county-jingning-2011.txt', '12.8亿元增加到19.2亿元'),
        expect: [
          { text: '12.8亿元', period: 2005 },
          { text: '19.2亿元', period: 2010, periodFrom: null },
        ],
      },
      {
        name: '1993: 由五年前的百分之五十左右扩大到百分之八十左右; 农村新建住房３６亿平方米 in the five-year paragraph',
        input: textUpTo(R1993, '农村新建住房３６亿平方米'),
        expect: [
          { text: '百分之五十左右', period: 1987 },
          { text: '３６亿平方米', period: 1992, periodFrom: 1988 },
        ],
      },
      {
        name: '1993: 这里要特别指出，刚刚过去的１９９２年，… 增加了３４个开放口岸 (1992’s, no span in the five-year review)',
        input: textUpTo(R1993, '增加了３４个开放口岸'),
        expect: [{ text: '３４个', kind: 'actual', period: 1992, periodFrom: null }],
      },
      {
        name: '2018: 五年来，… 刚刚过去的2017年，…国内生产总值增长6.9% (2017’s, no span)',
        input: textUpTo(R2018, '国内生产总值增长6.9%'),
        expect: [{ text: '6.9%', kind: 'actual', period: 2017, periodFrom: null }],
      },
    ],
  },
  {
    family: 'a report that also sets a five-year plan: 今年 is the report’s year, a numbered heading ends the plan’s years',
    rows: [
      {
        name: '1993: 今年国民生产总值计划增长百分之八 (1993, no span) in a section of 今后五年',
        input: textUpTo(R1993, '今年国民生产总值计划增长百分之八'),
        expect: [{ text: '百分之八', kind: 'target', period: 1993, periodFrom: null }],
      },
      {
        name: '1993: 四、认真进行行政管理体制和政府机构改革: 国务院组成部门设置４１个, 比现有的８６个 (the present count)',
        input: textUpTo(R1993, '比现有的８６个减少２７个。'),
        expect: [
          { text: '４１个', kind: 'target', period: 1993 },
          { text: '８６个', kind: 'actual', period: 1993 },
          { text: '２７个', kind: 'target', period: 1993, periodFrom: null },
        ],
      },
      {
        name: '2001: 2001年是…“十五”计划的第一年。…继续发行1500亿元长期建设国债 (2001); the 十五 growth target over 2001–2005',
        input: textUpTo(R2001, '继续发行1500亿元长期建设国债'),
        expect: [
          { text: '1500亿元', kind: 'target', period: 2001, periodFrom: null },
          { text: '7％左右', kind: 'target', period: 2005, periodFrom: 2001 },
        ],
      },
      {
        name: '2011: 今后五年，我国经济增长预期目标是在…基础上年均增长7% (基础上年 is no 上年); 按2010年价格计算，2015年…将超过55万亿元',
        input: textUpTo(R2011, '2015年国内生产总值将超过55万亿元'),
        expect: [
          { text: '7%', kind: 'target', period: 2015, periodFrom: 2011 },
          { text: '超过55万亿元', kind: 'target', period: 2015 },
        ],
      },
      {
        name: '1996: 九、努力做好１９９６年的工作: 过去的一年 (1995), then １９９６年是“九五”计划第一年…今年…调控目标定为８％ (1996)',
        input: R1996_TASKS,
        title: '1996年政府工作报告',
        expect: [
          { text: '１０．２％', kind: 'actual', period: 1995 },
          { text: '８％', kind: 'target', period: 1996, periodFrom: null },
          { text: '３２％左右', kind: 'target', period: 1996, periodFrom: null },
        ],
      },
    ],
  },
  {
    family: 'words at the quantity state its kind: a target named after it, the present count, what took effect this year',
    rows: [
      {
        name: '1999: 国内生产总值比上年增长7.8％，虽然略低于8％的预定目标 (1998’s target); 实现7％左右的增长速度…预计…可以达到 (1999’s)',
        input: textUpTo(R1999, '但是预计经过努力还是可以达到的。'),
        expect: [
          { text: '7.8％', kind: 'actual', period: 1998 },
          { text: '8％', kind: 'target', period: 1998 },
          { text: '7％左右', kind: 'target', period: 1999 },
        ],
      },
      {
        name: '2002: 从２００２年１月１日起，我国关税总水平已由１５．３％降到１２％ (done, 2002)',
        input: textUpTo(R2002, '涉及５３００多个税目。'),
        expect: [
          { text: '１５．３％', kind: 'actual', period: 2001 },
          { text: '１２％', kind: 'actual', period: 2002 },
          { text: '５３００多个', kind: 'actual', period: 2002 },
        ],
      },
      {
        name: '1987: 国务院决定今年…各项开支要比去年预算执行数节约１０％ (比去年 is a base: this year’s target)',
        input: textUpTo(R1987, '节约１０％的总要求'),
        expect: [{ text: '１０％', kind: 'target', period: 1987 }],
      },
    ],
  },
];

describe.each(families)('$family', ({ rows }) => {
  it.each(rows.map((r) => [r.name, r] as const))('%s', (_name, row) => check(row));
});
