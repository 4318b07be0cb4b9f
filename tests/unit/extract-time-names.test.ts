// A figure named only by a time inside its year is of the thing the figure before it is of; a time before a name is no part
// of the name (lib/extract/time-names.ts). Each row a real passage, where it came from beside it; guards last.
import { describe, expect, it } from 'vitest';
import { extract } from '../../lib/extract';
import { passage, sentenceOf } from './helpers/real-pages';

const Q3_2020 = 'tests/fixtures/gold-heldout3/docs/stats-national-2020-q3-trad.txt';
const WENZHOU_2023 = 'tests/fixtures/gold-heldout5/docs/communique-wenzhou-2023-trad-readings.txt';
const SICHUAN_2009 = 'tests/fixtures/detect-corpus/texts/h11-news-sichuan-2009-report-ccass.txt';
const TARGETS_2020 = 'tests/fixtures/gold-heldout3/docs/national-2020-review-of-targets-trad-readings.txt';

function named(input: string, texts: string[]): Array<[string, string | undefined, string | undefined]> {
  const ms = extract(input, { title: '' });
  return texts.map((t) => {
    const m = ms.find((x) => x.text === t);
    return [t, m?.indicator, m?.measure];
  });
}

describe('a time inside the year names nothing', () => {
  it('quarters after the year so far (NBS 2020 Q3, traditional): the quarters are of 国内生产总值', () => {
    const input = passage(Q3_2020, '初步核算,前三季度', '三季度增長4.9%');
    expect(named(input, ['6.8%', '3.2%', '4.9%'])).toEqual([
      ['6.8%', '国内生产总值', 'growth'],
      ['3.2%', '国内生产总值', 'growth'],
      ['4.9%', '国内生产总值', 'growth'],
    ]);
  });

  it('a series from the first quarter to the year (温州 2023, traditional with readings): its rates are GDP’s growth', () => {
    const input = passage(WENZHOU_2023, '從一季度GDP', '再到全年的6.9%');
    expect(named(input, ['5.2%', '7.5%', '7.2%', '6.9%'])).toEqual([
      ['5.2%', 'GDP', 'growth'],
      ['7.5%', 'GDP', 'growth'],
      ['7.2%', 'GDP', 'growth'],
      ['6.9%', 'GDP', 'growth'],
    ]);
  });

  it('a quarter before the name (四川 2009 news): 三季度GDP增长10.1% is of GDP', () => {
    expect(named(sentenceOf(SICHUAN_2009, '三季度GDP增长10.1%'), ['10.1%'])).toEqual([['10.1%', 'GDP', 'growth']]);
  });

  it('a guard: a time the name holds stays (四季度末城镇登记失业率, traditional with readings)', () => {
    const [[, name]] = named(sentenceOf(TARGETS_2020, '登記失業(yè)率為4.24%'), ['4.24%']);
    expect(name).toBe('四季度末城镇登记失业率');
  });
});
