// 多 or 余 inside the points' 个 (提高2个多百分点, 高4個多百分點) is "more than" N points: the unit is 个百分点 and the
// qualifier above (lib/extract/units.ts UNIT_AT), not a count of N 个. Sentences from real reports.
import { describe, it } from 'vitest';
import { checkRow, rowName, type Row } from './helpers/engine';

const rows: Row[] = [
  {
    name: 'a share of a market raised by more than two points (judged sample 25, national 2013)',
    title: '2013年政府工作报告',
    input: '其中出口额跃居世界第一位，占国际市场份额比2007年提高2个多百分点，进出口结构优化',
    expect: [{ text: '2个多百分点', measure: 'change', value: 2, unit: '个百分点', qualifier: 'above' }],
  },
  {
    name: 'a gap to the world average, traditional (gold-heldout4 national-2003-enorth-trad-sidelights)',
    title: '2003年政府工作报告',
    input: '他提到過去五年國民經濟年均增長7.7%--這比世界經濟增長的平均水平要高4個多百分點。',
    expect: [{ text: '4個多百分點', measure: 'change', value: 4, unit: '个百分点', qualifier: 'above' }],
  },
  {
    name: 'points written once after a list keep their 个 apart, as before (judged sample 16, 金华 2025)',
    title: '金华市2025年政府工作报告',
    input: '产总值6925.5亿元、增长6.3%,增速分别高于全省和全国0.8个、1.3个百分点,经济总量',
    expect: [
      { text: '0.8个', unit: '个百分点', qualifier: 'exact' },
      { text: '1.3个百分点', unit: '个百分点', qualifier: 'exact' },
    ],
  },
];

describe('more than N points, 个多百分点', () => {
  for (const row of rows) it(rowName(row), () => checkRow(row));
});
