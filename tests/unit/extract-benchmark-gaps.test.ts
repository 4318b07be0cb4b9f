// A gap to a benchmark, named by the benchmark: the points (or the amount) by which a figure stands above or below
// another place's, another period's or a target, said after the figure and without the figure's name
// (…增长8.5%,超过全省0.4个百分点 → 地区生产总值增速超过全省). The gap is named by what is compared and what it is
// compared with (lib/extract/rate-words.ts rateGap, lib/extract/rate-gaps.ts); never by the figure's name alone, which
// would read as a change of the figure itself. Every row is a real sentence; the file it comes from is named.
import { describe, expect, it } from 'vitest';
import { extract } from '../../lib/extract';
import { rateGap } from '../../lib/extract/rate-words';
import { sentenceOf } from './helpers/real-pages';

const MAANSHAN_2019 = 'tests/fixtures/detect-corpus/texts/h3-rep-maanshan-2019.txt';
const SHANDONG_2025 = '../shared/eval/real-dev/reports/prov-shandong-2025.txt';
const ANHUI_2025 = '../shared/eval/real-dev/reports/prov-anhui-2025.txt';
const JIANGSU_2025 = '../shared/eval/real-dev/reports/prov-jiangsu-2025.txt';
const JINGXIAN_2007 = 'tests/fixtures/judged/pages10/county-jingxian-2007.txt';
const LIAONING_2011 = 'tests/fixtures/judged/pages37/province-liaoning-2011.txt';
const XIHU_2016 = 'tests/fixtures/judged/pages39/district-xihu-nanchang-2016.txt';
const SHIWU = 'tests/fixtures/gold-heldout3/docs/county-review-shiwu-mangled-years.txt';
const JIANGXI_2024 = 'tests/fixtures/challenge/docs/jiangxi-2024-report.txt';
const HUNAN_2025 = '../shared/eval/real-dev/reports/prov-hunan-2025.txt';
const COMMAS = 'tests/fixtures/gold-heldout2/docs/budget-month-city-commas.txt';

/** the indicator of the mention whose text is `text` in the sentence of `path` that holds `phrase` */
function nameIn(path: string, phrase: string, text: string): string | undefined {
  return extract(sentenceOf(path, phrase), { title: '' }).find((m) => m.text === text)?.indicator;
}

describe('the words of a gap, said bare after the figure', () => {
  it.each([
    // after a growth: the gap is of its rate
    ['超过全省', true, '增速超过全省'],
    ['高于全国', true, '增速高于全国'],
    ['低于全国', false, '低于全国'],
    // the benchmark a period's rate (比“九五”期间增幅高, 高出“九五”期间增幅)
    ['比“九五〞期间增幅高', true, '增幅高于“九五”期间'],
    ['高出“九五〞期间增幅', true, '增幅高出“九五”期间'],
    // as before
    ['增速高于全省平均', true, '增速高于全省平均'],
    ['高出全国平均水平', true, '高出全国平均水平'],
    // must not fire: a change over time, a time of the place's, a target's words alone
    ['比上年提高', true, undefined],
    ['高于全国一季度', true, undefined],
    ['高于预期', true, undefined],
    ['比上年末提高', false, undefined],
  ])('%s (after a growth: %s) → %s', (context, ofGrowth, name) => {
    expect(rateGap(context, ofGrowth)).toBe(name);
  });
});

describe('a gap to a benchmark, named by what is compared and the benchmark', () => {
  it.each([
    [MAANSHAN_2019, '超过全省0.4个百分点', '0.4个百分点', '地区生产总值增速超过全省'],
    [SHANDONG_2025, '增长8.3%，高于全国2.5个百分点', '2.5个百分点', '规上工业增加值增速高于全国'],
    [ANHUI_2025, '制造业技改投资增长20.4%、高于全国12.4个百分点', '12.4个百分点', '制造业技改投资增速高于全国'],
    // a rate's own level against the country's: the gap is of the rate, no growth in it
    [JIANGSU_2025, '城镇调查失业率4.5%、低于全国0.6个百分点', '0.6个百分点', '城镇调查失业率低于全国'],
    [JIANGXI_2024, '规模以上工业增加值增长5.2%，高于全国0.6个百分点', '0.6个百分点', '规模以上工业增加值增速高于全国'],
    // a target the growth beat, its value between (高于年初人代会18%的目标2.4个百分点)
    [JINGXIAN_2007, '高于年初人代会18%的目标2.4个百分点', '2.4个百分点', '全社会固定资产投资增速高于年初人代会目标'],
    [JINGXIAN_2007, '高于年初人代会12%的目标14.4个百分点', '14.4个百分点', '财政收入增速高于年初人代会目标'],
    // a level's gap, in its own unit
    [LIAONING_2011, '高出全国平均水平989元', '989元', '农民人均纯收入高出全国平均水平'],
    // the rate named in the clause before a list of gaps (…增幅,分别高于全省、全市4.6和6个百分点)
    [XIHU_2016, '地方财政收入增幅,分别高于', '4.6', '地方财政收入增幅高于全省'],
    [XIHU_2016, '地方财政收入增幅,分别高于', '6个百分点', '地方财政收入增幅高于全市'],
    [XIHU_2016, '省口径和市口径增幅,分别高于', '7.4', '财政总收入增幅高于全省'],
    // the gap to an average level as the next item after the figure (、高于全国平均水平)
    [HUNAN_2025, '城市空气优良天数比例达89%、高于全国平均水平', '1.8个百分点', '城市空气优良天数比例高于全国平均水平'],
    // the benchmark's rate said with its value in brackets: the value is the benchmark's, the gap the rate's
    [COMMAS, '增幅比全省平均增幅(15.97%)高', '15.97%', '全省平均增幅'],
    [COMMAS, '增幅比全省平均增幅(15.97%)高', '6個百分點', '全市公共财政预算收入增幅高于全省平均'],
    // a period's rate as the benchmark
    [SHIWU, '比“九五〞期间增幅高8个百分点', '8个百分点', '生产总值增幅高于“九五”期间'],
  ])('%s: %s', (path, phrase, text, name) => {
    expect(nameIn(path, phrase, text)).toBe(name);
  });

  it('leaves the figure compared and a change over time as they were', () => {
    expect(nameIn(MAANSHAN_2019, '超过全省0.4个百分点', '8.5%')).toBe('地区生产总值');
    expect(nameIn(JINGXIAN_2007, '高于年初人代会18%的目标2.4个百分点', '20.4%')).toBe('全社会固定资产投资');
  });
});
