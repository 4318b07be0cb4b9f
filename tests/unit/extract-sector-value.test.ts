// A sector said alone as the subject of a growth: its value added, where the report measures sectors by value added
// (lib/extract/sector-value.ts). Sentences from whole real reports.
import { describe, it } from 'vitest';
import { checkRow, rowName, type Row } from './helpers/engine';

const NATIONAL = '政府工作报告';

const rows: Row[] = [
  {
    name: 'an industry said alone, in a report that speaks of value added (河南 2025)',
    input: '“7+28+N”产业链群对规上工业增长贡献率达72.4%，高技术制造业增加值增长12%，战略性新兴产业增长9.2%。',
    expect: [
      { text: '12%', indicator: '高技术制造业增加值' },
      { text: '9.2%', indicator: '战略性新兴产业增加值', measure: 'growth' },
    ],
  },
  {
    name: 'a sector after a figure of value added in the same text (陕西 2014)',
    input:
      '规模以上工业预计完成增加值7200亿元,增长13%以上。文化产业增长26%,占GDp比重提高0.5个百分点,社会消费品零售总额增长13.8%左右,居民消费价格上涨3%,保持基本稳定。',
    expect: [
      { text: '26%', indicator: '文化产业增加值' },
      { text: '13.8%左右', indicator: '社会消费品零售总额' },
    ],
  },
  {
    name: 'a report that measures by gross output keeps the bare sector (1983)',
    title: NATIONAL,
    input:
      '一九八二年全国工农业总产值达到八千二百九十一亿元，比一九七八年增长百分之三十二点六，平均每年增长百分之七点三。从一九七九年到一九八二年的四年内，轻工业平均每年增长百分之十一点八，超过重工业每年平均增长百分之三点四的速度。',
    expect: [{ text: '百分之十一点八', indicator: '轻工业' }],
  },
];

describe('a sector said alone is its value added', () => {
  for (const row of rows) it(rowName(row), () => checkRow(row));
});
