// Quantities over several years carry periodFrom (the first year) and period (the last); one year's
// quantity has no periodFrom. Real sentences, with their sources noted.
import { describe, expect, it } from 'vitest';
import { mentionsOf, pick } from './helpers/engine';

interface PeriodRow {
  name: string;
  source: string;
  input: string;
  title?: string;
  expect: Array<{ text: string; period: number | null; periodFrom?: number }>;
}

const NATIONAL_2023 = '政府工作报告（2023年）';
const rows: PeriodRow[] = [
  {
    name: 'a five-year review: 年均 and 累计 over the five years, 从X the year before, 增加到Y the last year',
    source: 'tests/fixtures/challenge/docs/national-2023-report.txt (国务院政府工作报告 2023)',
    title: NATIONAL_2023,
    input:
      '过去五年极不寻常、极不平凡。\n五年来，我们集中精力推进经济建设，经济实力明显提升。国内生产总值从82.5万亿元增加到119.6万亿元，年均增长5.1%；人均国内生产总值从6.4万元增加到8.5万元。财政收入增加到20.6万亿元。城镇新增就业年均1260万人以上。',
    expect: [
      { text: '82.5万亿元', period: 2017 },
      { text: '119.6万亿元', period: 2022 },
      { text: '5.1%', period: 2022, periodFrom: 2018 },
      { text: '20.6万亿元', period: 2022 },
      { text: '1260万人以上', period: 2022, periodFrom: 2018 },
    ],
  },
  {
    name: 'a change in a five-year review is over the five years; a level reached is the last year',
    source: 'tests/fixtures/challenge/docs/national-2023-report.txt (国务院政府工作报告 2023)',
    title: NATIONAL_2023,
    input:
      '过去五年极不寻常、极不平凡。\n我们坚定不移打好三大攻坚战，脱贫攻坚成果持续巩固。农村贫困人口减少6800多万，贫困发生率从8.5%下降到0.6%。累计建成5G基站231万个，5G用户达到5.6亿户。',
    expect: [
      { text: '6800多万', period: 2022, periodFrom: 2018 },
      { text: '8.5%', period: 2017 },
      { text: '0.6%', period: 2022 },
      { text: '231万个', period: 2022, periodFrom: 2018 },
      { text: '5.6亿户', period: 2022 },
    ],
  },
  {
    name: 'a range of years names the span (statistics release)',
    source: 'http://wlchinahc.com/news/hangyezixun/202209/172032.html (新华社, 国家统计局十八大以来成就报告)',
    input: '2013年至2021年,全社会固定资产投资累计完成409万亿元,年均增长9.4%,在促进经济增长、优化供给结构中的关键作用不断增强。',
    expect: [
      { text: '409万亿元', period: 2021, periodFrom: 2013 },
      { text: '9.4%', period: 2021, periodFrom: 2013 },
    ],
  },
  {
    name: 'a range of years, traditional characters',
    source: 'http://big5.chinataiwan.cn/xwzx/PoliticsNews/201907/t20190730_12188461.htm (新華社)',
    input: '2014年至2018年,全國城鎮棚戶區住房改造共開工2912萬套。',
    expect: [{ text: '2912萬套', period: 2018, periodFrom: 2014 }],
  },
  {
    name: '"十四五"以来: from the plan’s first year to the year reviewed; a year named later is that year’s',
    source: '../shared/eval/real-dev/reports/prov-gansu-2025.txt (甘肃省政府工作报告 2025)',
    title: '2025年甘肃省政府工作报告',
    input: '“十四五”以来，全省地区生产总值连跨4个千亿台阶，2024年达到1.3万亿元、增长5.8%，增速居全国第3位。',
    expect: [
      { text: '4个', period: 2024, periodFrom: 2021 },
      { text: '1.3万亿元', period: 2024 },
      { text: '5.8%', period: 2024 },
    ],
  },
  {
    name: 'N年来 in a comparison (创10年来新高, 近10年来最大降幅) is not a span',
    source: '../shared/eval/real-dev/reports/prov-liaoning-2025.txt, prov-guangdong-2025.txt (2025)',
    title: '2025年辽宁省政府工作报告',
    input:
      '研发投入增速6年来首次超过全国水平，投入强度创10年来新高，技术合同成交额增长17.8%。道路交通事故死亡人数下降18.2%、为近10年来最大降幅。',
    expect: [
      { text: '17.8%', period: 2024 },
      { text: '18.2%', period: 2024 },
    ],
  },
  {
    name: 'one year’s figure in a one-year review has no periodFrom',
    source: '../shared/eval/real-dev/reports/prov-hebei-2025.txt (河北省政府工作报告 2025)',
    title: '2025年河北省政府工作报告',
    input: '过去的一年，是党的二十届三中全会胜利召开之年。全省生产总值增长5.4%，规上工业增加值增长7.5%。',
    expect: [
      { text: '5.4%', period: 2024 },
      { text: '7.5%', period: 2024 },
    ],
  },
];

describe('quantities over several years: periodFrom and period', () => {
  it.each(rows.map((r) => [r.name, r] as const))('%s', (_, row) => {
    const mentions = mentionsOf(row.input, row.title ?? '');
    for (const e of row.expect) {
      const m = pick(mentions, e.text);
      expect(m.period, `period of ${e.text} (${row.source})`).toBe(e.period);
      expect(m.periodFrom, `periodFrom of ${e.text} (${row.source})`).toBe(e.periodFrom);
    }
  });
});

describe('a page that does not say its year: the year its target list opens with', () => {
  // tests/fixtures/report-pairs/texts/prov-sichuan-2024-people.txt (sc.people.com.cn, 2024-01-22): news
  // quoting the report, no title year, no congress date line
  const text = '2024年,四川省经济社会发展主要预期目标是:地区生产总值增长6%左右,城镇新增就业85万人以上,城镇调查失业率5.5%左右。';
  it.each([['6%左右'], ['85万人以上'], ['5.5%左右']])('%s is a 2024 target', (surface) => {
    const m = mentionsOf(text, '').find((x) => x.text === surface);
    expect(m).toMatchObject({ kind: 'target', period: 2024 });
  });
  it('a year that only comes after, in another sentence, does not date the list', () => {
    const m = mentionsOf('主要预期目标是:地区生产总值增长6%左右。2023年全省经济平稳。', '').find((x) => x.text === '6%左右');
    expect(m).toMatchObject({ kind: 'target', period: null });
  });
});
