// A rate whose name and rate noun are the clause before its figure's, the figure's clause only the verb that sets it
// (lib/extract/rate-said-before.ts): the headline targets of the plan reports of the 1980s and 1990s, as the whole
// national reports of the judged samples write them (pages26: 1995; pages33: 1982), and what the rule leaves alone.
import { describe, expect, test } from 'vitest';
import { extract } from '../../lib/extract/index';

const ROWS: Array<[string, string, Array<[string, string, string]>]> = [
  // [where, sentence, [figure, indicator, measure]…]
  ['national 1995', '综合分析各方面的条件，今年经济增长速度的宏观调控目标，定为百分之八至九。', [['百分之八至九', '经济增长', 'growth']]],
  [
    'national 1995',
    '宏观调控的目标是，确保物价上涨幅度比去年有明显回落，力争控制在百分之十五左右。',
    [['百分之十五左右', '物价', 'growth']],
  ],
  [
    'national 1982: the outcome after the plan takes the same name',
    '工农业总产值的增长速度，一九八一年计划为百分之三点七，实际达到百分之四点六；',
    [
      ['百分之三点七', '工农业总产值', 'growth'],
      ['百分之四点六', '工农业总产值', 'growth'],
    ],
  ],
  [
    'national 1982: past the ";" a part that only sets its figure goes on with the rate, its estimate named so too',
    '工农业总产值的增长速度，一九八一年计划为百分之三点七，实际达到百分之四点六；一九八二年计划为百分之四，预计可以达到百分之六点四。',
    [
      ['百分之三点七', '工农业总产值', 'growth'],
      ['百分之四点六', '工农业总产值', 'growth'],
      ['百分之四', '工农业总产值', 'growth'],
      ['百分之六点四', '工农业总产值', 'growth'],
    ],
  ],
  [
    'past the ";" a part with a name of its own keeps it',
    '工农业总产值的增长速度，一九八一年计划为百分之三点七，实际达到百分之四点六；农业总产值增长百分之五点七。',
    [
      ['百分之三点七', '工农业总产值', 'growth'],
      ['百分之四点六', '工农业总产值', 'growth'],
      ['百分之五点七', '农业总产值', 'growth'],
    ],
  ],
  ['a price index said with its rate noun', '居民消费价格涨幅，控制在3%左右。', [['3%左右', '居民消费价格', 'growth']]],
  // left alone: a rate that is its own indicator (a level), a change said in the figure's clause
  ['no rate noun: a level', '全国城镇登记失业率，控制在4.5%以内。', [['4.5%以内', '', 'level']]],
  ['the figure clause says more than a setting verb', '今年经济增长速度，比上年提高两个百分点。', [['两个百分点', '', 'change']]],
];

describe('a rate named by the clause before its figure', () => {
  test.each(ROWS)('%s: %s', (_, sentence, expected) => {
    const got = extract(sentence).map((m) => [m.text, m.indicator, m.measure]);
    expect(got).toEqual(expected);
  });
});

// The plan set against its outcome (lib/extract/restated-targets.ts): the outcome may be the estimate of a report delivered at
// its year's end (预计可以达到), and the plan is then that year's target, not a result.
describe('a plan against its estimated outcome, in a report of the year’s end', () => {
  const text =
    '关于第六个五年计划的报告——1982年11月30日在第五届全国人民代表大会第五次会议上\n工农业总产值的增长速度，一九八一年计划为百分之三点七，实际达到百分之四点六；一九八二年计划为百分之四，预计可以达到百分之六点四。';
  test.each([
    ['百分之三点七', 'target', 1981],
    ['百分之四点六', 'actual', 1981],
    ['百分之四', 'target', 1982],
    ['百分之六点四', 'actual', 1982],
  ])('%s is a %s of %i', (figure, kind, period) => {
    const m = extract(text).find((x) => x.text === figure);
    expect([m?.kind, m?.period]).toEqual([kind, period]);
  });
  test('an estimate with no plan in its clause is the year’s result', () => {
    const m = extract(`${text}农业总产值一九八二年预计比一九八一年增长百分之五。`).find((x) => x.text === '百分之五');
    expect([m?.kind, m?.period]).toEqual(['actual', 1982]);
  });
});
