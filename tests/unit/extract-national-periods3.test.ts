// Periods, spans and measures of whole national 政府工作报告, by family (sample 20): what five years did spans them
// though its sentence says 五年内, 五年节约 or only 新增加 in the five-year review; 这五年里 after 今后五年 is the coming
// years (after 过去五年, the review's); 今年计划要求 heads the next sentences' figures too; 到1992年,力争… keeps the year
// its target cue said; 到本世纪末 (a report before 2000) is 2000; 增产/增加 X万吨 names what is added and is a change.
// Rows are real sentences read in their whole report up to them: sample 20's reports (chengjun/mybook
// data/gov_reports1954-2021.txt @ 503e0719, in tests/fixtures/judged/pages20) and the 2011 report of
// tests/fixtures/report-pairs.
import { describe, it } from 'vitest';
import { type Expected, expectLastMention, mentionsOf } from './helpers/engine';
import { textUpTo } from './helpers/real-pages';

const R1988 = 'tests/fixtures/judged/pages20/national-1988-chengjun.txt';
const R1992 = 'tests/fixtures/judged/pages20/national-1992-chengjun.txt';
const R2011 = 'tests/fixtures/report-pairs/texts/national-2011-chengjun-report.txt';

interface Row {
  name: string;
  input: string;
  /** what the last mention of each surface must be (periodFrom null: one year's) */
  expect: Expected[];
}

function check(row: Row): void {
  const mentions = mentionsOf(row.input, '');
  for (const e of row.expect) expectLastMention(mentions, e);
}

const families: Array<{ family: string; rows: Row[] }> = [
  {
    family: 'what the five years added, passed or saved spans them (五年内, 五年节约, 新增加 in the review)',
    rows: [
      {
        name: '1988: 全民所有制企业新增加的固定资产达到５８５４亿元 (no 五年 in its sentence)',
        input: textUpTo(R1988, '新增加的固定资产达到５８５４亿元'),
        expect: [{ text: '５８５４亿元', kind: 'actual', period: 1987, periodFrom: 1983 }],
      },
      {
        name: '1988: 五年节约能源折合标准煤１．６亿吨',
        input: textUpTo(R1988, '五年节约能源折合标准煤１．６亿吨'),
        expect: [{ text: '１．６亿吨', period: 1987, periodFrom: 1983 }],
      },
      {
        name: '1988: 五年内国务院提请全国人大常委会审议通过的法律有３０项，…行政法规有２５５项',
        input: textUpTo(R1988, '行政法规有２５５项'),
        expect: [
          { text: '３０项', period: 1987, periodFrom: 1983 },
          { text: '２５５项', period: 1987, periodFrom: 1983 },
        ],
      },
      {
        name: '1988: 五年间为改造现有企业而引进的先进技术和设备有１万多项 (改造现有 is no stock held now)',
        input: textUpTo(R1988, '设备有１万多项'),
        expect: [{ text: '１万多项', period: 1987, periodFrom: 1983 }],
      },
      {
        name: '1988 plan: 五年内使化肥生产能力增加标准肥１５００万吨 (the coming five years, a change)',
        input: textUpTo(R1988, '增加标准肥１５００万吨'),
        expect: [{ text: '１５００万吨', kind: 'target', period: 1992, periodFrom: 1988, measure: 'change' }],
      },
    ],
  },
  {
    family: '到1992年,力争…: the year of the target cue; 这五年里 after 今后五年 is the coming years',
    rows: [
      {
        name: '1988 plan: 到１９９２年，力争…达到１５５００亿元左右，平均每年增长７．５％左右',
        input: textUpTo(R1988, '平均每年增长７．５％左右'),
        expect: [
          { text: '１５５００亿元左右', kind: 'target', period: 1992, periodFrom: null },
          { text: '７．５％左右', kind: 'target', period: 1992, periodFrom: 1988 },
        ],
      },
      {
        name: '2011 review: ——这五年，我国社会生产力…。…年均增长11.2%; 城镇新增就业5771万人 (这五年 after 过去五年 stays the review’s years)',
        input: textUpTo(R2011, '城镇新增就业5771万人'),
        expect: [
          { text: '11.2%', kind: 'actual', period: 2010, periodFrom: 2006 },
          { text: '5771万人', kind: 'actual', period: 2010, periodFrom: 2006 },
        ],
      },
      {
        name: '1988 plan: 在这五年里…。…实现了这个目标，我国国民生产总值将比１９８０年增长１．７倍 (a target of 1992 against a stated base: 1981–1992)',
        input: textUpTo(R1988, '将比１９８０年增长１．７倍'),
        expect: [{ text: '１．７倍', kind: 'target', period: 1992, periodFrom: 1981 }],
      },
    ],
  },
  {
    family: '到本世纪末 in a report of the 1980s is 2000; a target’s yearly average runs from the year planned to its year',
    rows: [
      {
        name: '1988 plan: 到本世纪末，我国粮食生产必须争取达到５０００亿公斤，平均每年增产８０亿公斤',
        input: textUpTo(R1988, '平均每年增产８０亿公斤'),
        expect: [
          { text: '５０００亿公斤', kind: 'target', period: 2000, periodFrom: null },
          { text: '８０亿公斤', kind: 'target', period: 2000, periodFrom: 1988 },
        ],
      },
    ],
  },
  {
    family: '今年计划要求 heads the plan’s figures in the sentences after it too',
    rows: [
      {
        name: '1992: 今年计划要求，…国民生产总值增长百分之六…。…社会商品零售总额增长百分之十二点三，…控制在百分之六以内',
        input: textUpTo(R1992, '零售物价上涨幅度控制在百分之六以内'),
        expect: [
          { text: '百分之十二点三', kind: 'target', period: 1992 },
          { text: '百分之六以内', kind: 'target', period: 1992 },
        ],
      },
      {
        name: '1992 review before it stays 1991’s: 工业生产增长较快，总产值比上年增长百分之十四点二',
        input: textUpTo(R1992, '总产值比上年增长百分之十四点二'),
        expect: [{ text: '百分之十四点二', kind: 'actual', period: 1991 }],
      },
    ],
  },
  {
    family: '增产/增加 X万吨 names what is added between the verb and the amount: a change, not a level',
    rows: [
      {
        name: '1988 plan: 每年增产原煤３０００万吨以上; 每年增产原油３００万吨; 每年增产钢２５０万吨以上; 增加运力４０００万吨以上',
        input: textUpTo(R1988, '保证每年增加运力４０００万吨以上'),
        expect: [
          { text: '３０００万吨以上', kind: 'target', measure: 'change' },
          { text: '３００万吨', kind: 'target', measure: 'change' },
          { text: '２５０万吨以上', kind: 'target', measure: 'change' },
          { text: '４０００万吨以上', kind: 'target', measure: 'change' },
        ],
      },
      {
        name: '1988 review: 国民生产总值１９８７年达到１０９２０亿元 (a level stays a level)',
        input: textUpTo(R1988, '１０９２０亿元'),
        expect: [{ text: '１０９２０亿元', measure: 'level', period: 1987 }],
      },
    ],
  },
];

for (const { family, rows } of families) {
  describe(family, () => {
    for (const row of rows) it(row.name, () => check(row));
  });
}
