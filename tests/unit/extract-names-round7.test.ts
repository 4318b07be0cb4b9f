// Names read by structure, round 7: a list of times between a name and the values that go over them
// (lib/extract/name-years.ts withoutTimeList). Each table has rows where the rule must not fire.
import { describe, expect, it } from 'vitest';
import { extract } from '../../lib/extract';
import { trimNameWords } from '../../lib/extract/name-lead';
import { withoutTimeList } from '../../lib/extract/name-years';
import { leftContext, phraseBefore, stripTrailing } from '../../lib/extract/phrases';
import { rateGap } from '../../lib/extract/rate-words';
import { ownerOfBare, subjectOfClauseAlone } from '../../lib/extract/subjects';
import { passage, sentenceOf } from './helpers/real-pages';

const SHANXI_2016 = 'tests/fixtures/gold-heldout2/docs/province-shanxi-2016-trad-news.txt';
const MONTH_2022 = 'tests/fixtures/gold-heldout2/docs/budget-month-trad-2022.txt';
const NATIONAL_1981 = 'tests/fixtures/judged/pages21/national-1981-chengjun.txt';
const QUARTER_2022 = 'tests/fixtures/gold-heldout2/docs/stats-quarter-2022-trad-readings.txt';
const HUOJIA_2011 = 'tests/fixtures/gold-heldout2/docs/county-huojia-2011-opening.txt';
const FUJIAN_2025 = '../shared/eval/real-dev/reports/prov-fujian-2025.txt';
const DISTRICT_2022 = 'tests/fixtures/gold-heldout/docs/communique-district-2022.txt';
const NATIONAL_1955 = 'tests/fixtures/judged/pages41/national-1955-chengjun.txt';
const YUNNAN_2025 = '../shared/eval/real-dev/reports/prov-yunnan-2025.txt';
const NATIONAL_1956 = 'tests/fixtures/judged/pages41/national-1956-chengjun.txt';
const WENSHANG_2009 = 'tests/fixtures/gold-heldout/docs/county-wenshang-2009-trad-readings.txt';
const HUNAN_2008 = 'tests/fixtures/gold-heldout/docs/province-hunan-2008-spam.txt';
const MINHE_2016 = 'tests/fixtures/gold-heldout/docs/budget-minhe-2016-draft.txt';
const NATIONAL_1979 = 'tests/fixtures/judged/pages38/national-1979-chengjun.txt';
const GANSU_2016 = 'tests/fixtures/judged/pages40/province-gansu-2016-digest.txt';
const JIAN_2016 = 'tests/fixtures/judged/pages39/city-jian-2016.txt';
const COMMAS = 'tests/fixtures/gold-heldout2/docs/budget-month-city-commas.txt';

/** the figure before, as ownerOfBare reads it */
const figure = (carry: string, unitClass: 'count' | 'percent' | 'money') => ({ q: { unitClass }, carry });

/** the indicator of the mention whose text is `text` in the sentence of `path` that holds `phrase` */
function nameIn(path: string, phrase: string, text: string): string | undefined {
  return extract(sentenceOf(path, phrase), { title: '' }).find((m) => m.text === text)?.indicator;
}

describe('a list of times at the end of a name', () => {
  it.each([
    ['地区生产总值一季度、上半年、前三季度、全年', '地区生产总值'],
    ['规模以上工业增加值1-5月、1-6月', '规模以上工业增加值'],
    ['城镇居民人均可支配收入2011年、2012年', '城镇居民人均可支配收入'],
    ['出口额前10个月和全年', '出口额'],
    // must not fire: one time is no list (the year readers take it), a list of times alone names nothing
    ['地区生产总值上半年', '地区生产总值上半年'],
    ['一季度、上半年', '一季度、上半年'],
    // must not fire: a list of things, not of times
    ['粮食、棉花产量', '粮食、棉花产量'],
  ])('%s → %s', (name, left) => {
    expect(withoutTimeList(name)).toBe(left);
  });

  it('gives each value of the list the name (a 分别 list over the parts of the year)', () => {
    const sentence = sentenceOf(SHANXI_2016, '地區生產總值一季度、上半年');
    const ms = extract(sentence, { title: '' });
    expect(ms.map((m) => [m.text, m.indicator])).toEqual([
      ['3%', '地区生产总值'],
      ['3.4%', '地区生产总值'],
      ['4%', '地区生产总值'],
      ['4.5%左右', '地区生产总值'],
    ]);
  });
});

describe('a verb of how the sum changed is no name (增支 as 增收, 同步)', () => {
  it.each([
    // after the growth of the sum: the sum's
    [MONTH_2022, '增支32770', '32770萬元', '一般公共预算支出'],
    [COMMAS, '同比增支218,447', '218,447萬元', '地方公共财政预算支出'],
    // 同步 before the growth: the things before grew together, theirs
    [HUOJIA_2011, '同步增长9%', '9%', '城镇居民家庭人均可支配收入、农民人均纯收入'],
    // must not fire: 同步 closing a clause of no figure leaves the next clause's name alone
    [FUJIAN_2025, '保持同步，粮食产量511', '511万吨以上', '粮食产量'],
    // must not fire: revenue lost and spending added, a noun of its own
    [NATIONAL_1981, '减收增支九百二十五亿元', '九百二十五亿元', '减收增支'],
  ])('%s: %s', (path, phrase, text, name) => {
    expect(nameIn(path, phrase, text)).toBe(name);
  });

  it('减收 after the sum, as 增收 (m.wenke99.com/p-670815.html, a county’s four months of 2018)', () => {
    const text = '1-4 月份,全县累计完成地方收入6,213 万元,同比减收 1,385 万元,下降 18.2%,完成年度预算的 35.1%';
    const names = extract(text, { title: '' }).map((m) => [m.text, m.indicator, m.value]);
    expect(names.slice(0, 3)).toEqual([
      ['6,213 万元', '地方收入', 6213],
      ['1,385 万元', '地方收入', -1385],
      ['18.2%', '地方收入', -18.2],
    ]);
  });
});

describe("the gap of a rate to another place's, the place's rate said after it", () => {
  it.each([
    ['高于全国一季度增速', '增速高于全国'],
    ['低于全省同期增幅', '增幅低于全省'],
    ['高出全国平均水平', '高出全国平均水平'],
    ['增速高于全省平均', '增速高于全省平均'],
    // must not fire: a gap to a target or to an earlier time is no gap to a place
    ['高于预期', undefined],
    ['比上年提高', undefined],
    ['高于全国一季度', undefined],
  ])('%s → %s', (context, name) => {
    expect(rateGap(context)).toBe(name);
  });

  it('names the gap by the thing whose growth is compared', () => {
    expect(nameIn(QUARTER_2022, '一季度增速0.3個', '0.3個百分點')).toBe('生产总值增速高于全国');
  });
});

describe('a share of a bare measure (产值占全区总量) in a chain of clauses after its subject', () => {
  it.each([
    // the things counted before, or the part of the share of them before
    ['产值占全区总量', figure('产值过亿元企业', 'count'), '产值过亿元企业产值占全区总量'],
    ['产值占全区总量', figure('产值过亿元企业占全区规模以上工业企业总数比重', 'percent'), '产值过亿元企业产值占全区总量'],
    // the subject of a measure before
    ['利润占全省比重', figure('规模以上工业企业营业收入', 'money'), '规模以上工业企业利润占全省比重'],
    // must not fire: a thing before that is neither a producer nor a measure's subject, or a list
    ['产值占全区总量', figure('地区生产总值', 'money'), '产值占全区总量'],
    ['产值占全区总量', figure('国有企业、民营企业', 'count'), '产值占全区总量'],
  ] as Array<[string, ReturnType<typeof figure>, string]>)('%s after %j → %s', (name, b, owned) => {
    expect(ownerOfBare('', name, 0, b)).toBe(owned);
  });

  it('carries the measure, not its share, to the growth after it (产值过亿元企业…产值占全区总量的95%,增长27.8%)', () => {
    const sentence = sentenceOf(DISTRICT_2022, '产值占全区总量的95%');
    const ms = extract(sentence, { title: '' });
    expect(ms.find((m) => m.text === '27.8%')?.indicator).toBe('产值过亿元企业产值');
    expect(ms.find((m) => m.text === '15.5个百分点')?.indicator).toMatch(/^产值过亿元企业产值/);
  });
});

describe('the head of a line of a list (钢:从…增加到…) names the figures of its line', () => {
  /** the names of the figures of a real passage, by their text */
  const names = (path: string, from: string, to: string) =>
    new Map(extract(passage(path, from, to), { title: '' }).map((m) => [m.text, m.indicator]));
  it.each([
    // the thing alone, where the words before the figure name nothing; the later clauses of the line go on with it
    [NATIONAL_1955, '主要产品在一九五七年', '增长一点八倍。', '一百三十五万吨', '钢'],
    [NATIONAL_1955, '主要产品在一九五七年', '增长一点八倍。', '四百十二万吨', '钢'],
    [NATIONAL_1955, '主要产品在一九五七年', '增长一点八倍。', '二点一倍', '钢'],
    [NATIONAL_1955, '主要产品在一九五七年', '增长一点八倍。', '六百万吨', '水泥'],
    // before the words that only frame the figure (a relative clause)
    [NATIONAL_1955, '主要工业品的建设规模', '五年内增加的年产能力为二百五十三万吨。', '六百一十万吨', '钢全部建成后增加的年产能力'],
  ])('%s: %s…%s: %s → %s', (path, from, to, text, name) => {
    expect(names(path, from, to).get(text)).toBe(name);
  });

  it.each([
    // must not fire: a clause said to someone (或者有人认为:), its figure in a later clause with no head before it
    [NATIONAL_1955, '机制糖：从', '不仅远远落后于美国和英国', '四百多万吨', '或者有人认为'],
    // must not fire: a frame a preposition opens
    [NATIONAL_1955, '在商业方面', '大约增长百分之四十一点七。', '百分之四十一点七', '在商业方面'],
    [NATIONAL_1955, '在运输交通方面', '旅客周转量增长百分之四十五', '百分之五十五', '在运输交通方面'],
    // must not fire: a line of a form (年度目标: then 主办单位:, a line with no figure), not of a list of things
    [YUNNAN_2025, '七、推动法律援助扩面提质', '主办单位：省司法厅', '30万人次', '年度目标'],
  ])('%s: %s…%s: %s not under %s', (path, from, to, text, head) => {
    const name = names(path, from, to).get(text);
    expect(name).toBeDefined();
    expect(name?.startsWith(head)).toBe(false);
  });
});

describe('the words a sentence runs into a name: a conjunctive adverb before the verb, an example-giving word before the subject', () => {
  it.each([
    [NATIONAL_1955, '消费资料的产值则增长', '百分之七十九点七', '消费资料的产值'],
    [NATIONAL_1956, '而私营工业则只占', '０．４％', '私营工业'],
  ])('%s: %s → %s', (path, phrase, text, name) => {
    expect(nameIn(path, phrase, text)).toBe(name);
  });

  it('leaves 例如 off the subject it gives as an example', () => {
    expect(nameIn(NATIONAL_1955, '例如本溪钢铁公司', '百分之五十六')).toMatch(/^本溪钢铁公司/);
  });

  it.each([
    ['消费资料的产值则', '消费资料的产值'],
    ['私营工业所占的比重则', '私营工业所占的比重'],
    // must not fire: 则 as the noun of a rule
    ['出台实施细则', '出台实施细则'],
    ['修订管理规则', '修订管理规则'],
  ])('%s → %s', (words, left) => {
    expect(stripTrailing(words)).toBe(left);
  });
});

describe('a comparative verb taken for the name of the value compared with (好于下降7%的预期)', () => {
  it.each([
    // the thing the figure before measured
    [SHANXI_2016, '好于下降7%', '7%', '一般公共预算收入'],
    // what it is compared with alone (同1955年比较): the thing's, not its share's, for a growth
    [NATIONAL_1956, '同１９５５年比较增长１８．３６％', '１８．３６％', '社会文教事业支出$'],
    // the gap to the target after a figure stays the thing's, named as a gap (高于预期1.5个百分点)
    [SHANXI_2016, '高于預期1.5', '1.5個百分點', '社会消费品零售总额'],
  ])('%s: %s → %s', (path, phrase, text, name) => {
    expect(nameIn(path, phrase, text)).toMatch(new RegExp(`^${name}`));
  });
});

describe('a Latin name before its number with a space between (完成GDP 115亿元), and a price basis before the growth (现价增长)', () => {
  it.each([
    ['完成GDP 115亿元', 'GDP 115', '完成GDP'],
    ['CPI 102.1', 'CPI 102', 'CPI'],
    // must not fire: a space after a number or a Chinese word stays a break (PM2.5 35微克)
    ['PM2.5 35微克', '5 35', ''],
  ])('%s', (text, around, words) => {
    const at = text.indexOf(around) + around.indexOf(' ') + 1;
    expect(leftContext(text, 0, at)).toBe(words);
  });

  it.each([
    [WENSHANG_2009, '現(xiàn)價(jià)增長27.7%', '115億元'],
    [WENSHANG_2009, '現(xiàn)價(jià)增長27.7%', '27.7%'],
  ])('%s: %s → %s is GDP', (path, phrase, text) => {
    expect(nameIn(path, phrase, text)).toMatch(/GDP$/);
  });
});

describe('n values with no name and no 分别 after the n things of the sentence (…2007年底达到9155亿元、6158亿元)', () => {
  it.each([
    [HUNAN_2008, '9155亿元', '存款余额'],
    [HUNAN_2008, '6158亿元', '贷款余额'],
    // the 分别 list after them goes back to them
    [HUNAN_2008, '17.4%', '存款余额'],
    // must not fire past the sentence: the clause after the ; keeps its own name
    [HUNAN_2008, '495亿元', '资本市场直接融资'],
  ])('%s: %s → %s', (path, text, name) => {
    expect(nameIn(path, '2007年底达到9155亿元', text)).toBe(name);
  });
});

describe('a verb inside the base a growth is on (收入在上年实际完成任务基础上…增长10.5%) is no verb of the name', () => {
  it.each([
    [MINHE_2016, '10.5%', '地方公共财政预算收入'],
    [MINHE_2016, '30438万元', '地方公共财政预算收入'],
  ])('%s: %s → %s', (path, text, name) => {
    expect(nameIn(path, '实际完成任务基础上', text)).toBe(name);
  });

  it.each([
    // the verb of the name itself, with no base after it, still joins its subject and measured noun
    ['规上物贸企业实现营收', '规上物贸企业营收'],
    // must not fire: a name that is only the base (在一九五○年农产总量的基础上) keeps it for the base reader
    ['在农产总量的基础上', '在农产总量的基础上'],
  ])('%s → %s', (words, name) => {
    expect(phraseBefore(words).indicator).toBe(name);
  });
});

describe('a budget or a plan that lays a figure down (国家预算规定…) is no part of its name', () => {
  it.each([
    [NATIONAL_1956, '国家预算规定国防费支出为', '６，１４１，３９１，０００元', '国防费支出'],
    [NATIONAL_1956, '国家预算规定经济建设支出为', '１６，０５５，２０６，０００元', '经济建设支出'],
    [NATIONAL_1955, '我国第一个五年计划规定工业总产值', '百分之九十八点三', '工业总产值'],
  ])('%s: %s → %s', (path, phrase, text, name) => {
    expect(nameIn(path, phrase, text)).toBe(name);
  });

  it.each([
    // must not fire: 规定 with no budget or plan before it is a word of the name (规定动作, 法定…)
    ['规定动作完成率', '规定动作完成率'],
    ['计划生育率', '计划生育率'],
  ])('%s → %s', (name, left) => {
    expect(trimNameWords(name)).toBe(left);
  });
});

describe('the school counts of a list after the first names its school (高等学校新招生…,毕业学生…,在校学生…)', () => {
  it.each([
    ['毕业学生６．４万人', '６．４万人', '高等学校毕业学生'],
    ['毕业学生６．４万人', '３８万余人', '高等学校在校学生'],
    ['毕业学生６．４万人', '３２％', '高等学校在校学生'],
  ])('%s: %s → %s', (phrase, text, name) => {
    expect(nameIn(NATIONAL_1956, phrase, text)).toBe(name);
  });

  it.each([
    // the schools counted before (普通中学38所,在校学生…): theirs, as before
    [figure('普通中学', 'count'), '在校学生', '普通中学在校学生'],
    // must not fire: a count of no school leaves a school count bare
    [figure('地区生产总值', 'money'), '在校学生', '在校学生'],
  ] as Array<[ReturnType<typeof figure>, string, string]>)('%j, %s → %s', (b, name, owned) => {
    expect(ownerOfBare('', name, 0, b)).toBe(owned);
  });
});

describe('a record clause before a bare total (粮食按人口平均占有量超过了建国以来的最高水平,总产量达到…) gives it its subject', () => {
  it.each([
    ['三亿零四百七十五万吨', '粮食总产量'],
    ['百分之七点八', '粮食总产量'],
  ])('%s → %s', (text, name) => {
    expect(nameIn(NATIONAL_1979, '总产量达到三亿零四百七十五万吨', text)).toBe(name);
  });

  it.each([
    ['粮食按人口平均占有量超过了建国以来的最高水平,', '粮食'],
    ['粮食产量屡创历史新高,', '粮食产量'],
    // must not fire: a clause that passes a level that is no record, or says more than the record
    ['粮食按人口平均占有量超过了一千斤,', ''],
    ['粮食按人口平均占有量超过了建国以来的最高水平并继续增加,', ''],
  ])('the subject of the record clause %s → %s', (clause, subject) => {
    const text = `${clause}总产量达到1万吨`;
    expect(subjectOfClauseAlone(text, clause.length, 0)).toBe(subject);
  });
});

describe('a milestone clause before an estimate of the growth a year (…连续跨越两个千亿元台阶,预计年均增长10.5%,达到6790亿元)', () => {
  it.each([
    [GANSU_2016, '连续跨越两个千亿元台阶', '10.5%', '生产总值'],
    [GANSU_2016, '连续跨越两个千亿元台阶', '6790亿元', '生产总值'],
    // an adverb of how the counted things go is no part of their name (400个重点项目扎实推进)
    [JIAN_2016, '400个重点项目扎实推进', '400个', '重点项目'],
  ])('%s: %s: %s → %s', (path, phrase, text, name) => {
    expect(nameIn(path, phrase, text)).toBe(name);
  });
});
