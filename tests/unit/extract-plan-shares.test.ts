// A share of a plan reached (为预算的101.2%, 完成年度计划的105%, 占年度计划的91.2%) is named by the item whose plan
// it is (lib/extract/plan-shares.ts): the item the clause names before the verb, one each over a 分别 list, or else the
// figure before in the same sentence; never by the plan or by who passed it (年度目标任务, 人大通过预算, 了原定计划).
// Every row is a real sentence; the file or page address it comes from is named.
import { describe, expect, it } from 'vitest';
import { extract } from '../../lib/extract';
import { passage, sentenceOf } from './helpers/real-pages';

const NEIMENGGU_2025 = '../shared/eval/real-dev/reports/prov-neimenggu-2025.txt';
const NATIONAL_1956 = 'tests/fixtures/judged/pages41/national-1956-chengjun.txt';
const DONGFENG_2011 = 'tests/fixtures/detect-corpus/texts/h10-bud-dongfeng-town-2011-zsgov.txt';
const COUNTY_2008 = 'tests/fixtures/detect-corpus/texts/h10-plan-county-2008-gwyoo.txt';
const HAINAN_2021 = 'tests/fixtures/gold-heldout3/docs/budget-hainan-2021-h1-infographic.txt';
const SUNITE_2023 = 'tests/fixtures/judged/pages12/banner-sunite-2023.txt';
const BISHAN_2020 = 'tests/fixtures/detect-corpus/texts/bud-bishan-2020-final-accounts.txt';
const GANSU_2014 = 'tests/fixtures/gold-heldout2/docs/accounts-gansu-2014-news.txt';
/** 汉南 (武汉经开区) 2021 plan report, a government page (search corpus `pages`) */
const HANNAN_2021 = {
  url: 'http://www.whkfq.gov.cn/xxgk/fdzdgk/fzgh/ndgh/202301/t20230117_2134569.html',
  text: '——地区生产总值预计实现1900亿元,完成全年总量目标的107%,同比增长15%,高于全年增速目标7.5个百分点;',
};
/** a province's 2018 half-year budget report, an essay site's repost (search corpus `pages`) */
const PROVINCE_2018_H1 = {
  url: 'https://m.shzx.org/a/37-28716-0.html',
  text: '上半年,全省一般公共预算支出累计执行1864.2亿元,为年度变动预算的51.2%,同比增长7.8%。',
};
/** 长泰县 1-2月 财政收入, a news page (search corpus `pages`) */
const CHANGTAI_2019 = {
  url: 'http://zz.mnw.cn/changtai/xw/2144026.html',
  text: '今年1-2月,长泰县实现公共财政总收入4.68亿元,完成年初预算的19.58%。其中,地方级公共财政收入2.7亿元,完成年初预算的19.48%;中央级收入1.98亿元,完成年初预算的19.7%。',
};

/** the indicators of the mentions whose texts are `texts`, in `input` */
function names(input: string, texts: string[]): Array<string | undefined> {
  const ms = extract(input, { title: '' });
  return texts.map((t) => ms.find((m) => m.text === t)?.indicator);
}

describe('a share of a plan, named by the item whose plan it is', () => {
  it.each([
    // the items before 分别, one each
    [
      NEIMENGGU_2025,
      sentenceOf(NEIMENGGU_2025, '分别完成年度目标任务的'),
      ['113%', '220%', '148%'],
      ['治沙完成率', '造林完成率', '种草完成率'],
    ],
    // 分别 with no items of its own: the figures before it, one each
    [
      COUNTY_2008,
      sentenceOf(COUNTY_2008, '分别完成年度计划的113.1%'),
      ['113.1%', '120.4%', '26.1%'],
      ['县市财政总收入完成率', '地方一般预算收入完成率', '地方一般预算收入'],
    ],
    // the item before the verb, and what follows goes on with it
    [NATIONAL_1956, sentenceOf(NATIONAL_1956, '全国工业总产值完成了原定计划'), ['１０１％', '８％'], ['工业总产值完成率', '工业总产值']],
    [NATIONAL_1956, sentenceOf(NATIONAL_1956, '完成年计划２７％'), ['２７％'], ['基本建设投资总额完成率']],
    // the budget the people's congress passed is the item's budget
    [DONGFENG_2011, sentenceOf(DONGFENG_2011, '完成人大通过预算的'), ['115.15%', '33.24%'], ['财政总收入预算完成率', '财政总收入']],
    // an infographic: the item on the line before
    [HAINAN_2021, passage(HAINAN_2021, '上半年我省地方', '57.1%'), ['57.1%'], ['地方一般公共预算收入进度预算完成率']],
    // as before: the figure before, in the same sentence
    [CHANGTAI_2019.url, CHANGTAI_2019.text, ['19.58%', '19.7%'], ['公共财政总收入预算完成率', '中央级收入预算完成率']],
    // a budget changed in the year (变动预算); what was spent, not the verb (累计执行)
    [
      PROVINCE_2018_H1.url,
      PROVINCE_2018_H1.text,
      ['1864.2亿元', '51.2%', '7.8%'],
      ['一般公共预算支出', '一般公共预算支出预算完成率', '一般公共预算支出'],
    ],
    // the plan's total (总量目标): a share of the figure before, and the growth after it goes on with that figure
    [HANNAN_2021.url, HANNAN_2021.text, ['107%', '15%'], ['地区生产总值完成率', '地区生产总值']],
  ])('%s', (_from, input, texts, expected) => {
    expect(names(input, texts)).toEqual(expected);
  });

  it('is not of a figure of the sentence before (…邮电业务总量…。但是全国社会商品零售总额，…只完成原定计划的９４％)', () => {
    const input = passage(NATIONAL_1956, '邮电业务总量比１９５４年', '只增长了３％。');
    const [share, growth] = names(input, ['９４％', '３％']);
    expect(share).not.toMatch(/^邮电|原定计划$/);
    expect(growth).toBe('全国社会商品零售总额');
  });

  it.each([
    // the meeting that approved the budget is no part of the budget's item (lib/extract/name-lead.ts APPROVED_BY)
    [BISHAN_2020, '会议批准年初一般公共预算收入', '81.75亿元', '年初一般公共预算收入'],
    // with 的 after the approver (a news page of final accounts)
    [GANSU_2014, '省人大批准的省级收入预算', '196.2亿元', '省级收入预算'],
  ])('%s: a budget named without who approved it (%s)', (path, phrase, text, expected) => {
    expect(names(sentenceOf(path, phrase), [text])).toEqual([expected]);
  });

  it('names no amount a rate (超额完成年度任务2.1亿元 is no share)', () => {
    const [amount] = names(sentenceOf(SUNITE_2023, '超额完成年度任务'), ['2.1亿元']);
    expect(amount).not.toMatch(/完成率$/);
  });
});
