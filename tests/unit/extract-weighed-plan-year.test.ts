// News of a draft budget whose paragraph opens on the report's words, what the plan weighs, then the year it plans
// (报告提出,综合考虑…,2018年全省一般公共预算收入安排…), or the year straight on its budget (报告提出,2018年省级一般公共预算收入安排…):
// the paragraph's later sentences, which name no year (全省当年…收入共计10285亿元; 按照现行财政体制,…加…3003.1亿元), are that year's
// budget too. The rows are the page's paragraphs, with a paragraph of the year reviewed that stays results.
import { describe, it } from 'vitest';
import { checkRow, rowName, type Row } from './helpers/engine';

// http://jinan.baogaosu.com/xinwen/%E5%85%A8%E7%9C%81%E4%B8%80%E8%88%AC%E5%85%AC%E5%85%B1%E9%A2%84%E7%AE%97%E6%94%B6%E5%85%A5%E5%AE%89%E6%8E%92%E5%A2%9E/64403416/
// (齐鲁晚报 2018-01-26, news of 山东省2017年预算执行情况和2018年预算草案的报告)
const TITLE = '今年全省一般公共预算收入安排增6.5%';
const OPENING =
  '  本报济南1月25日讯 今天提交省十三届人大一次会议审查的《关于山东省2017年预算执行情况和2018年预算草案的报告》显示,2017年,全省经济社会呈现提质增效、稳中向好的良好态势,财政预算任务圆满完成。全省一般公共预算总收入10144.98亿元,总支出9737.83亿元。\n';

const rows: Row[] = [
  {
    name: '综合考虑…, then 2018年: the paragraph’s sums after its first sentence are 2018’s budget',
    title: TITLE,
    input: `${OPENING}  报告提出,综合考虑全省主要经济预期指标和各项政策性收支增减因素,2018年全省一般公共预算收入安排6495亿元,比上年增长6.5%;全省一般公共预算支出安排9767亿元(含中央补助安排的支出),增长5.5%。全省当年一般公共预算收入,加新增一般债券收入、中央税收返还和转移支付补助、上年结转收入等3790亿元,收入共计10285亿元。当年一般公共预算支出,加上解中央支出及结转下年支出等518亿元,支出共计10285亿元,收支安排是平衡的。`,
    expect: [
      { text: '10144.98亿元', kind: 'actual', period: 2017 },
      { text: '6495亿元', kind: 'target', period: 2018 },
      { text: '3790亿元', kind: 'target', period: 2018 },
      { text: '518亿元', kind: 'target', period: 2018 },
    ],
  },
  {
    name: '报告提出,2018年省级…安排: the paragraph’s sums after its first sentence are 2018’s budget',
    title: TITLE,
    input: `${OPENING}  报告提出,2018年省级一般公共预算收入安排208.3亿元,比上年执行数下降16.6%,其中税收收入130.8亿元,增长9%,非税收入77.5亿元,下降40.2%。按照现行财政体制,上述省级预算收入,加税收返还及转移支付收入3003.1亿元,调入预算稳定调节基金及计划单列市上解收入等82.19亿元,新增一般债券及上年结转收入291.08亿元后,2018年省级一般公共预算总收入为3584.67亿元,总支出相应安排3584.67亿元。`,
    expect: [
      { text: '9737.83亿元', kind: 'actual', period: 2017 },
      { text: '208.3亿元', kind: 'target', period: 2018 },
      { text: '3003.1亿元', kind: 'target', period: 2018 },
      { text: '82.19亿元', kind: 'target', period: 2018 },
      { text: '291.08亿元', kind: 'target', period: 2018 },
    ],
  },
];

describe('a budget news paragraph opening on what it weighs, then the year planned', () => {
  for (const row of rows) it(rowName(row), () => checkRow(row));
});
