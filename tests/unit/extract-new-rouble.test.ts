// 新卢布 (the rouble of 1961 on, in which the Soviet debt was reckoned) is a unit of money, as 卢布 is (lib/extract/units.ts):
// the 1964 report's debt figures were found by no reading before. A sentence from a whole real national report.
import { describe, it } from 'vitest';
import { checkRow, rowName, type Row } from './helpers/engine';

const rows: Row[] = [
  {
    name: 'the debt and what was repaid, in words (judged sample 45, national 1964)',
    title: '1964年政府工作报告',
    input:
      '我们欠苏联的各项借款和应付利息共计十四亿零六百万新卢布，已经按期偿还了十三亿八千九百万新卢布，剩下的尾数一千七百万新卢布，我们已经向苏方提出，用今年对苏贸易的顺差额中的一部分来提前全部还清。',
    expect: [
      { text: '十四亿零六百万新卢布', value: 14.06, unit: '亿新卢布', measure: 'level' },
      { text: '十三亿八千九百万新卢布', value: 13.89, unit: '亿新卢布' },
    ],
  },
];

describe('新卢布, a unit of money', () => {
  for (const row of rows) it(rowName(row), () => checkRow(row));
});
