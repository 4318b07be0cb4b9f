// A sector said alone as the subject of a growth: its value added, unless the report measures sectors by gross output
// (lib/extract/sector-value.ts). Sentences from whole real reports.
import { describe, it } from 'vitest';
import { checkRow, rowName, type Row } from './helpers/engine';

const NATIONAL = '政府工作报告';

const rows: Row[] = [
  {
    name: 'a sector said alone, in a report that speaks of no gross output (1996)',
    title: NATIONAL,
    input: '五年来，农村经济全面发展，农业年均增长４．１％，乡镇企业保持发展势头。工业年均增长１７．８％，产品结构调整加快。',
    expect: [
      { text: '４．１％', indicator: '农业增加值', measure: 'growth' },
      { text: '１７．８％', indicator: '工业增加值', measure: 'growth' },
    ],
  },
  {
    name: 'an industry named by its products (湖南 2025, 陕西 2014)',
    input: '成功举办中国国际农业机械展览会，农机装备产业增长10.2%。文化产业增长26%,占GDp比重提高0.5个百分点,社会消费品零售总额增长13.8%左右,居民消费价格上涨3%,保持基本稳定。',
    expect: [
      { text: '10.2%', indicator: '农机装备产业增加值' },
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
