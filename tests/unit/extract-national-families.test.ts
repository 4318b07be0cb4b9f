// Indicator families found reading whole national work reports (tests/fixtures/report-pairs/texts: the 2009, 2011,
// 2018, 2019, 2020 and 2021 reports, each one year's line of chengjun/mybook data/gov_reports1954-2021.txt @ 503e0719),
// tested on real sentences of those reports (the report and year named in each row's name). Each row failed before
// its fix.
import { describe, it } from 'vitest';
import { checkRow, type Row } from './helpers/engine';
import { sentenceOf } from './helpers/real-pages';

const PAIRS = 'tests/fixtures/report-pairs/texts';
const N = (year: number) => `${PAIRS}/national-${year}-chengjun-report.txt`;

interface Family {
  family: string;
  rows: Row[];
}

/** a row of one sentence of the national report of `year` that says `phrase`, read without a title */
const row = (year: number, phrase: string, expect: Row['expect']): Row => ({
  name: `national ${year}: ${phrase}`,
  input: sentenceOf(N(year), phrase),
  title: '',
  expect,
});

const families: Family[] = [
  {
    family: '人均 stays whole: a noun’s own, or a per-head word after a verb of reaching',
    rows: [
      row(2009, '养老金人均每月新增', [{ text: '110 元', ind: '养老金人均', notInd: ['养老金人均每'] }]),
      row(2009, '扶助标准由人均600元', [
        { text: '600元', indicator: '农村部分计划生育家庭奖励扶助标准' },
        { text: '720元', indicator: '农村部分计划生育家庭奖励扶助标准' },
      ]),
      row(2009, '新标准提高到人均1196', [{ text: '1196 元', indicator: '新标准' }]),
    ],
  },
  {
    family: 'the 人 of 人口 after a number is no unit: the figure counts 人口',
    rows: [
      row(2019, '近14亿人口的发展中大国', [{ text: '近14亿', indicator: '人口', value: 14, unit: '亿', qualifier: 'near' }]),
      row(2018, '13亿多人口', [{ text: '13亿多', ind: '人口', notInd: ['口的'] }]),
    ],
  },
  {
    family: '要 before a verb of change is a modal, not part of the name',
    rows: [
      row(2019, '氮氧化物排放量要下降3%', [{ text: '3%', indicator: '二氧化硫、氮氧化物排放量', measure: 'growth', value: -3 }]),
      row(2018, '氨氮排放量要下降2%', [{ text: '2%', indicator: '化学需氧量、氨氮排放量', measure: 'growth', value: -2 }]),
    ],
  },
  {
    family: 'a payer and its verb before a sum: the indicator is the payer’s money named after the sum',
    rows: [
      row(2009, '中央财政安排423 亿元资金', [{ text: '423 亿元', indicator: '中央财政资金' }]),
      row(2009, '384 亿元救灾款', [
        { text: '384 亿元', indicator: '中央财政救灾款' },
        { text: '740 亿元', indicator: '恢复重建资金' },
      ]),
      row(2009, '1300 亿元灾后重建资金', [{ text: '1300 亿元', indicator: '中央财政灾后重建资金' }]),
      row(2009, '200亿元专项资金', [{ text: '200亿元', indicator: '中央财政专项资金' }]),
      row(2009, '拟投入420亿元资金', [{ text: '420亿元', indicator: '中央财政资金' }]),
    ],
  },
  {
    family: '把 before the object acted on, 落实好 before a name: no part of it',
    rows: [
      row(2011, '医保财政补助标准提高到200元', [{ text: '200元', indicator: '新农合和城镇居民医保财政补助标准' }]),
      row(2009, '人均公用经费分别提高到300元', [
        { text: '300元', ind: '小学', notInd: ['把'] },
        { text: '500元', indicator: '初中学生人均公用经费' },
      ]),
      row(2019, '增值税起征点从月销售额3万元', [{ text: '3万元', ind: '小规模纳税人增值税起征点', notInd: ['好小'] }]),
    ],
  },
];

describe.each(families)('national family: $family', ({ rows }) => {
  it.each(rows.map((r) => [r.name ?? '', r] as const))('%s', (_name, r) => checkRow(r));
});
