// A rate of growth named as its clause's subject, then where it moved with no start said (涨幅已回落至2.5%,
// 经济增长目标下调至7%): the value is still the rate, a growth (lib/extract/measure.ts, RATE_LINK). Real sentences,
// where each came from beside it.
import { describe, it } from 'vitest';
import { checkRow, rowName, type Row } from './helpers/engine';

const rows: Row[] = [
  {
    name: 'a price rise that fell back to a rate (detect-corpus/texts/rep-shenzhen-2009-mislabeled.txt)',
    input: '居民消费价格上涨5.9%,高出预期目标1.9个点,但12月价格涨幅已回落至2.5%',
    expect: [
      { text: '5.9%', measure: 'growth', value: 5.9 },
      { text: '2.5%', measure: 'growth', value: 2.5, ind: '价格', notInd: ['回落'] },
    ],
  },
  {
    name: 'a growth target cut to a rate, in traditional characters (e123.hk/news/179081)',
    input: '中國政府可能將明年的經濟增長目標下調至7%,這符合十二五規劃',
    expect: [{ text: '7%', measure: 'growth', value: 7, ind: '经济增长', notInd: ['下调'] }],
  },
  {
    name: 'a natural growth rate is a level, whatever moved it (judged/pages30/national-1980-chengjun.txt)',
    input: '计划生育取得了进展，１９７９年人口自然增长率由上年的１．２％下降到１．１７％',
    expect: [
      { text: '１．２％', measure: 'level' },
      { text: '１．１７％', measure: 'level' },
    ],
  },
];

describe('a rate that moved to a value', () => {
  for (const row of rows) it(rowName(row), () => checkRow(row));
});
