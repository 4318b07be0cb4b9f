// A part said under 其中 as a kind of the whole's thing takes what was done to the whole and what it measures
// (lib/extract/among-parts.ts): 新增公路通车里程…,其中高速公路… → 新增高速公路通车里程; not a part of a rate or share, not a
// whole whose words before its thing are a subject, not a part that is no kind of the whole's thing, and not a whole with no
// verb of adding (铁路营业里程…,其中高速铁路…; 公路通车里程…,其中高速公路: the kind alone, as sample 36 judges it).
// Sentences from whole real reports.
import { describe, it } from 'vitest';
import { checkRow, rowName, type Row } from './helpers/engine';

const NATIONAL = '政府工作报告';

const rows: Row[] = [
  {
    name: 'what was done to the whole and its head go to the kind (2000, 2008)',
    title: NATIONAL,
    input: '新增公路通车里程1．2万公里，其中高速公路3358公里。新增公路19.2万公里，其中高速公路2.8万公里；',
    expect: [
      { text: '3358公里', indicator: '新增高速公路通车里程' },
      { text: '2.8万公里', indicator: '新增高速公路' },
    ],
  },

  {
    name: 'a rate before the part, a subject before the whole’s thing, a part of another thing: left (2012, 统计公报)',
    title: NATIONAL,
    input:
      '赤字率下降到1．5%左右，其中中央财政赤字5500亿元。全国财政收入2万亿元，其中税收收入1.8万亿元。新增公路19.2万公里，其中农村道路2万公里。',
    expect: [
      { text: '5500亿元', indicator: '中央财政赤字' },
      { text: '1.8万亿元', indicator: '税收收入' },
      { text: '2万公里', indicator: '农村道路' },
    ],
  },
];

describe('a part under 其中 that is a kind of the whole’s thing', () => {
  for (const row of rows) it(rowName(row), () => checkRow(row));
});
