import { describe, expect, test } from 'vitest';
import { direction, indicatorKey, isIndicator } from '../../lib/compare/indicator-key';
import { ALIASES } from '../../lib/compare/aliases';
import { convert, parseUnit, rowScale, type Scale, shift, shownAsWritten, unitName } from '../../lib/compare/units';
import { bar, compareBars, judge, resultRange, step, type Quantity } from '../../lib/compare/pairing';
import { buildTable, yearsKey, type TableClip } from '../../lib/compare/table';
import { barsAcrossRegions, linesAcrossYears, niceAxis, yearsOf } from '../../lib/compare/series';
import type { Measure } from '../../lib/model/mention';

describe('indicatorKey: one row for one indicator, however a report names it', () => {
  test.each([
    ['地区生产总值', undefined, '地区生产总值'],
    ['GDP', undefined, '地区生产总值'],
    ['国内生产总值', 'growth', '地区生产总值'],
    ['全市地区生产总值', 'level', '地区生产总值'],
    ['经济增长', 'growth', '地区生产总值'],
    ['经济增速', 'growth', '地区生产总值'],
    ['经济总量', 'level', '地区生产总值'],
    ['规上工业产值', 'growth', '规模以上工业总产值'],
    ['规模以上工业产值', 'growth', '规模以上工业总产值'],
    ['实现规模以上工业产值', 'level', '规模以上工业总产值'],
    ['规上工业增加值', 'growth', '规模以上工业增加值'],
    ['全年完成一般公共预算收入', 'level', '一般公共预算收入'],
    ['“社零”总额', 'growth', '社会消费品零售总额'],
    ['社会消费品零售额', 'level', '社会消费品零售总额'],
    ['实际利用外资', 'level', '实际使用外资'],
    ['外贸进出口总额', 'growth', '进出口总额'],
    ['单位GDP能耗', 'growth', '单位地区生产总值能耗'],
    ['细颗粒物(PM2.5)平均浓度', 'level', 'PM2.5平均浓度'],
    ['居民消费价格涨幅', 'growth', '居民消费价格'],
    ['城镇化率', 'level', '常住人口城镇化率'],
    ['四大产业规上产值', 'growth', '四大产业规模以上产值'],
    // the wordings reports across levels and years use for one thing (issue 10)
    ['国内生产总值', 'level', '地区生产总值'],
    ['GDP', 'growth', '地区生产总值'],
    ['经济增长', 'growth', '地区生产总值'],
    ['新增城镇就业', 'level', '城镇新增就业'],
    ['调查失业率', 'level', '城镇调查失业率'],
    ['全国城镇调查失业率', 'level', '城镇调查失业率'],
    ['全社会研发经费支出占比', 'level', '研发经费投入强度'],
    ['研发经费支出占比', 'level', '研发经费投入强度'],
    // a region's name or a list's lead-in in front of a known indicator (real pages: issue 10's pairing)
    ['江苏地区生产总值', 'growth', '地区生产总值'],
    ['我国国内生产总值', 'level', '地区生产总值'],
    ['发展主要预期目标为国内生产总值', 'growth', '地区生产总值'],
    ['目标城镇新增就业', 'level', '城镇新增就业'],
    ['广东规模以上工业增加值', 'growth', '规模以上工业增加值'],
    // an infographic's label run into the name it repeats (national-2021-xinmin: 就业\n城镇新增就业1186万人)
    ['就业城镇新增就业', 'level', '城镇新增就业'],
    // energy intensity is energy per unit of GDP (held-out national-2015: 能耗強度下降3.1%以上)
    ['能耗强度', 'growth', '单位地区生产总值能耗'],
    ['能源消耗强度', 'growth', '单位地区生产总值能耗'],
    // the words of the sentence that dates a figure or calls it a target, around a known name (held-out pages)
    ['中国2016年GDP', 'growth', '地区生产总值'],
    ['提出广东2023年地区生产总值预期目标', 'growth', '地区生产总值'],
    ['GDP预期目标', 'growth', '地区生产总值'],
    ['2023年城镇新增就业', 'level', '城镇新增就业'],
    ['地区生产总值增长目标为', 'growth', '地区生产总值'],
    // urban and rural incomes as lists name them (held-out 福建 2022: 城镇居民、农村居民人均可支配收入分别增长7%、8%)
    ['城镇居民收入', 'growth', '城镇居民人均可支配收入'],
    ['城镇常住居民人均可支配收入', 'growth', '城镇居民人均可支配收入'],
    ['农村常住居民人均可支配收入', 'growth', '农村居民人均可支配收入'],
    ['农村居民收入', 'growth', '农村居民人均可支配收入'],
    // names from held-out batch 4 (河北 2019: 进出口总值增长5%左右, 万元生产总值能耗下降3.6%; 浙江 2011:
    // 研究与试验发展经费支出占生产总值比重1.9%左右): the customs' name of the trade total, GDP's other names
    // under 万元, R&D spelled out
    ['进出口总值', 'growth', '进出口总额'],
    ['外贸进出口总值', 'level', '进出口总额'],
    ['万元生产总值能耗', 'growth', '单位地区生产总值能耗'],
    ['万元国内生产总值能耗', 'growth', '单位地区生产总值能耗'],
    ['研究与试验发展经费支出占生产总值比重', 'level', '研发经费投入强度'],
    ['研究与试验发展经费投入强度', 'level', '研发经费投入强度'],
    ['R&D经费支出占地区生产总值比重', 'level', '研发经费投入强度'],
    // 湖南's name of the industrial value added (held-out 湖南 2022: 规模工业增加值增长7.2%), and a quote's
    // ellipsis before a name (“…地方一般公共预算收入增长6%”)
    ['规模工业增加值', 'growth', '规模以上工业增加值'],
    ['规模工业总产值', 'level', '规模以上工业总产值'],
    ['…地方一般公共预算收入', 'growth', '一般公共预算收入'],
    // a region's name before place, time or verb words and a known name (held-out 重庆 2024: 重庆预计GDP;
    // 北京 2025: 2025北京全市地区生产总值), a work report's lead-in with 经济社会 and 包括 (主要预期目标包括地区
    // 生产总值增长5%左右), a headline's label before a colon (北京︰今年GDP增長目標為5%左右)
    ['重庆预计GDP', 'growth', '地区生产总值'],
    // an adverb before 预计 (held-out 北京 2025: 仍預計全市GDP增長5.2%左右)
    ['仍预计全市GDP', 'growth', '地区生产总值'],
    ['全年还预计地区生产总值', 'growth', '地区生产总值'],
    ['北京全市地区生产总值', 'level', '地区生产总值'],
    ['江苏全年规上工业增加值', 'growth', '规模以上工业增加值'],
    ['经济社会发展主要预期目标包括地区生产总值', 'growth', '地区生产总值'],
    ['北京︰今年GDP', 'growth', '地区生产总值'],
    ['今年目标：城镇新增就业', 'level', '城镇新增就业'],
    // whole national reports (held-out batch 5): the money supply as one year's list and the next name it
    // (广义货币增长17% 左右; 广义货币Ｍ２增长目标为１７％左右), and one budget line planned and spent
    ['广义货币', 'growth', '广义货币M2'],
    ['广义货币M2', 'growth', '广义货币M2'],
    ['广义货币(M2)', 'growth', '广义货币M2'],
    ['中央财政拟安排“三农”投入', 'level', '中央财政三农投入'],
    ['中央财政用于“三农”的支出', 'level', '中央财政三农投入'],
    ['中央财政科技投入', 'level', '中央财政科技投入'],
    ['中央财政用于科技的支出', 'level', '中央财政科技投入'],
    // the headline figures of the 1980s and 1990s (held-out batch 10: 零售物价涨幅 and 商品零售价格总水平; 工农业生产总值 beside
    // 工农业总产值)
    ['商品零售价格总水平', 'growth', '零售物价'],
    ['零售物价', 'growth', '零售物价'],
    ['工农业生产总值', 'growth', '工农业总产值'],
    // the budget's and the plan's own words (held-out batch 11: 1998–2013)
    ['今年全社会固定资产投资预定', 'growth', '全社会固定资产投资'],
    ['全国固定资产投资总规模', 'level', '全社会固定资产投资'],
    ['投资率', 'level', '固定资产投资率'],
    ['固定资产投资率定', 'level', '固定资产投资率'],
    ['中央财政预算赤字', 'level', '中央财政赤字'],
    ['中央财政赤字预算', 'level', '中央财政赤字'],
    ['财政赤字占国内生产总值的比重', 'level', '赤字率'],
    ['中央财政安排“三农”支出', 'level', '中央财政三农投入'],
    ['长期国债', 'level', '长期建设国债'],
    ['国家财政收入', 'level', '财政收入'],
    // older and shorter names (held-out batch 12: provinces 2008–2018)
    ['地方一般预算收入', 'growth', '一般公共预算收入'],
    ['一般预算收入', 'level', '一般公共预算收入'],
    ['城镇居民可支配收入', 'growth', '城镇居民人均可支配收入'],
    ['农民人均可支配收入', 'growth', '农村居民人均可支配收入'],
    ['农民人均纯收入', 'growth', '农村居民人均纯收入'],
    // a region before a list's words, and the clause that sets the target, run into the name (held-out batch 12)
    ['河北经济社会发展主要预期目标是地区生产总值', 'growth', '地区生产总值'],
    ['各部门、各区县必须力保全市GDP', 'growth', '地区生产总值'],
    // held-out batch 13: the statistics bureau's average (2023 communiqué: 全國城鎮調查失業率均值為5.2%), 上海's name of the R&D
    // ratio (2020 and 2024 targets, 2021 and 2025 reports: 全社会研发经费支出相当于全市生产总值的比例), a headline's 國內GDP (hk01, 2026)
    ['全国城镇调查失业率均值', 'level', '城镇调查失业率'],
    ['全社会研发经费支出相当于全市生产总值的比例', 'level', '研发经费投入强度'],
    ['国内GDP', 'growth', '地区生产总值'],
    // held-out batch 15: a list opened by a dash (成都 2018, 每日经济新闻: 報告提出了成都今年發展的主要預期目標——地區生產總值增長7.5%),
    // the CO2 intensity per 10,000 yuan (山西 2017 report: 万元地区生产总值二氧化碳排放量下降3.9%)
    ['报告提出了成都今年发展的主要预期目标——地区生产总值', 'growth', '地区生产总值'],
    ['万元地区生产总值二氧化碳排放量', 'growth', '单位地区生产总值二氧化碳排放'],
    // held-out batch 16: a target cut inside 定为 (海南 2024, a blog's headline: 2024年将GDP目标定为8%), a news page's 该市 and
    // its 将 (杭州 2019, 中新网: 该市将地区生产总值增长目标定为7%)
    ['GDP目标定', 'growth', '地区生产总值'],
    ['该市将地区生产总值', 'growth', '地区生产总值'],
    // its second part: the investment total named as an amount (深圳 2023: 固定资产投资额达1万亿元), a preposition before the name
    // (辽宁 2025's division of work: 对地区生产总值增长5%以上、…等经济社会发展预期目标完成情况进行监测和督导)
    ['固定资产投资额', 'level', '全社会固定资产投资'],
    ['对地区生产总值', 'growth', '地区生产总值'],
    // batch 17: a 2017 report's news (厦门: 2016年预计地方生产总值3737亿元,增长8%); a plan and its digest (郑州 2022: 实际吸收外资增长3% →
    // 实际吸收外资11亿美元,增长323%); the R&D ratio with 全社会 before it and 费用 for 经费 (南京: 全社会研发费用占GDP 比重3.48%;
    // 全社會研發經費支出占GDP比重達3.7%); a list's 预期性指标包括 run into the name (南京 2021: 预期性指标包括地区生产总值增长7%)
    ['地方生产总值', 'growth', '地区生产总值'],
    ['实际吸收外资', 'growth', '实际使用外资'],
    ['全社会研发费用占GDP比重', 'level', '研发经费投入强度'],
    ['全社会研发经费支出占GDP比重', 'level', '研发经费投入强度'],
    ['预期性指标包括地区生产总值', 'growth', '地区生产总值'],
    ['约束性指标是单位地区生产总值能耗', 'growth', '单位地区生产总值能耗'],
    // batch 18: the R&D ratio with neither 支出 nor 投入, spaced as an infographic's line has it (大连 2021, 天健网: 研究与试 验发展经费占
    // 地区生产总值比重3%)
    ['研究与试 验发展经费占地区生产总值比重', 'level', '研发经费投入强度'],
    ['研发经费占GDP比重', 'level', '研发经费投入强度'],
    // batch 19: the trade total's longer name, in a list and in a review (新疆 2020, 中证网: 进出口贸易总额增长5%左右; 新疆 2023's review,
    // victorzhang: 進出口貿易總額增長45.9%)
    ['进出口贸易总额', 'growth', '进出口总额'],
  ] as Array<[string, Measure | undefined, string]>)('%s (%s) → %s', (name, measure, key) => {
    expect(indicatorKey(name, measure)).toBe(key);
  });

  test.each([
    // 物价 by the figure's year: the retail price index up to 2000, the CPI after (held-out batch 10: 1995's
    // 物价上涨幅度…控制在百分之十五左右 against the 1996 report's 零售物价涨幅…１４．８％)
    ['物价', 'growth', 1995, '零售物价'],
    ['物价上涨幅度', 'growth', 1995, '零售物价'],
    ['物价涨幅', 'growth', 1997, '零售物价'],
    ['物价涨幅', 'growth', 2008, '居民消费价格'],
    ['物价', 'growth', 2010, '居民消费价格'],
    ['物价涨幅', 'growth', undefined, '居民消费价格'],
    ['物价', 'growth', null, '物价'],
    ['物价', 'level', 1995, '物价'],
    ['零售物价', 'growth', 2010, '零售物价'],
  ] as Array<[string, Measure, number | null | undefined, string]>)('%s (%s, %s) → %s', (name, measure, year, key) => {
    expect(indicatorKey(name, measure, year)).toBe(key);
  });

  test('names that mean different things stay apart', () => {
    // "经济增长" only means GDP when it is a growth rate
    expect(indicatorKey('经济增长', 'level')).not.toBe('地区生产总值');
    // surveyed and registered unemployment are different rates
    expect(indicatorKey('城镇调查失业率')).not.toBe(indicatorKey('城镇登记失业率'));
    // the retail price index is not the CPI, and 物价 alone is neither
    expect(indicatorKey('零售物价', 'growth')).not.toBe(indicatorKey('居民消费价格', 'growth'));
    expect(indicatorKey('物价', 'growth')).toBe('物价');
    // urban and rural incomes are not the all-residents figure
    expect(indicatorKey('城镇居民人均可支配收入')).not.toBe(indicatorKey('居民人均可支配收入'));
    expect(indicatorKey('农村居民人均可支配收入')).not.toBe(indicatorKey('城镇居民人均可支配收入'));
    // a word before a known name that the name does not repeat is no label
    expect(indicatorKey('农村居民人均可支配收入')).not.toBe(indicatorKey('居民人均可支配收入'));
    expect(indicatorKey('城镇常住居民人均可支配收入')).not.toBe(indicatorKey('居民人均可支配收入'));
    expect(indicatorKey('农村居民收入')).not.toBe(indicatorKey('城镇居民收入'));
    // 纯收入, the rural measure before 2013, is not 可支配收入 (held-out 浙江 2011)
    expect(indicatorKey('农村居民人均纯收入')).not.toBe(indicatorKey('农村居民人均可支配收入'));
    expect(indicatorKey('农民人均纯收入')).not.toBe(indicatorKey('农民人均可支配收入'));
    expect(indicatorKey('城镇居民可支配收入')).not.toBe(indicatorKey('居民人均可支配收入'));
    // a short remainder keeps its place word
    expect(indicatorKey('全年')).toBe('全年');
    // only a known indicator loses the words in front of it: an unknown one keeps them all
    expect(indicatorKey('江苏沿海开发投资')).toBe('江苏沿海开发投资');
    expect(indicatorKey('目标任务完成率')).toBe('目标任务完成率');
    // nor its year or target words: only a known indicator sheds them
    expect(indicatorKey('2023年重点项目预期目标')).toBe('2023年重点项目预期目标');
    // nor its label before a dash (an unknown name after 主要预期目标—— keeps it)
    expect(indicatorKey('主要预期目标——重点项目投资')).toBe('主要预期目标——重点项目投资');
    expect(indicatorKey('提出建议')).toBe('提出建议');
    // nor the label before a colon: only a known indicator after it sheds it
    expect(indicatorKey('说明：江苏沿海开发投资')).toBe('说明：江苏沿海开发投资');
    // a region's name before words that are not place, time or verb words stays
    expect(indicatorKey('重庆农村居民收入')).toBe('农村居民人均可支配收入');
    expect(indicatorKey('重庆高新区GDP')).toBe('重庆高新区GDP');
    // one funder's budget lines are different things; narrow money is not broad money
    expect(indicatorKey('中央财政用于“三农”的支出')).not.toBe(indicatorKey('中央财政用于科技的支出'));
    expect(indicatorKey('中央财政用于“三农”的支出')).not.toBe(indicatorKey('中央财政医疗卫生支出'));
    expect(indicatorKey('狭义货币M1')).not.toBe(indicatorKey('广义货币M2'));
    // the nation's deficit, the centre's and their ratio to GDP are three things
    expect(indicatorKey('中央财政赤字')).not.toBe(indicatorKey('财政赤字'));
    expect(indicatorKey('赤字率')).not.toBe(indicatorKey('财政赤字'));
    // total revenue is not the general budget's revenue (地方财政收入 and 一般公共预算收入 differ in a province's report)
    expect(indicatorKey('国家财政收入')).not.toBe(indicatorKey('一般公共预算收入'));
    // 预定 goes only behind a known name
    expect(indicatorKey('重点项目投资预定')).toBe('重点项目投资预定');
    expect(indicatorKey('重点项目投资目标定')).toBe('重点项目投资目标定');
    // nor 该市 and 将 (该市数字经济核心产业增加值, 杭州 2019's page, keeps them)
    expect(indicatorKey('该市数字经济核心产业增加值')).toBe('该市数字经济核心产业增加值');
    expect(indicatorKey('该市将重点项目投资')).toBe('该市将重点项目投资');
    // nor a preposition (对外开放度 is no 外开放度)
    expect(indicatorKey('对外开放度')).toBe('对外开放度');
    expect(indicatorKey('对重点项目投资')).toBe('对重点项目投资');
    // nor a list's 指标 before a name the table does not know (预期性指标包括重点项目投资 keeps its words)
    expect(indicatorKey('预期性指标包括重点项目投资')).toBe('预期性指标包括重点项目投资');
    expect(indicatorKey('物价稳定')).toBe('物价稳定');
  });

  test.each([
    ['地区生产总值', true],
    ['中央财政三农投入', true],
    ['财政赤字', true],
    ['中央财政赤字', true],
    ['地方政府专项债券', true],
    // no name at all, or only the funder (中央财政拟安排200亿元专项资金 / 中央财政安排429亿元，解决…)
    ['', false],
    ['中央财政', false],
    ['中央政府', false],
    ['地方财政', false],
    ['各级政府', false],
  ] as const)('isIndicator(%s) = %s', (key, yes) => {
    expect(isIndicator(key)).toBe(yes);
  });

  test('the alias table is consistent: no name folds into two indicators for one measure', () => {
    const seen = new Map<string, string>();
    for (const a of ALIASES) {
      for (const n of a.names) {
        for (const m of a.measures ?? ['level', 'growth', 'change']) {
          const k = `${m} ${indicatorKey(n, m as Measure)}`;
          const was = seen.get(`${m} ${n}`);
          expect(was === undefined || was === a.names[0], `${n} (${m}) → ${was} and ${a.names[0]}`).toBe(true);
          seen.set(`${m} ${n}`, a.names[0]);
          expect(k).toBe(`${m} ${a.names[0]}`);
        }
      }
    }
  });

  test.each([
    ['城镇调查失业率', 'down'],
    ['单位地区生产总值能耗', 'down'],
    ['PM2.5平均浓度', 'down'],
    ['居民消费价格', 'down'],
    ['空气质量优良天数比率', 'up'],
    ['地区生产总值', 'up'],
    ['污水处理率', 'up'],
  ] as const)('direction(%s) = %s', (key, dir) => {
    expect(direction(key)).toBe(dir);
  });
});

describe('units: magnitude × base', () => {
  test.each([
    ['亿元', '元', 8],
    ['万元', '元', 4],
    ['万亿元', '元', 12],
    ['千万元', '元', 7],
    ['亿美元', '美元', 8],
    ['万人', '人', 4],
    ['人', '人', 0],
    ['万吨', '吨', 4],
    ['万标箱', '标箱', 4],
    ['万平方米', '平方米', 4],
    ['平方公里', '平方公里', 0],
    ['千瓦', '千瓦', 0],
    ['万千瓦', '千瓦', 4],
    ['亿千瓦时', '千瓦时', 8],
    ['千米', '千米', 0],
    ['公里', '千米', 0],
    // mass in kilograms is mass in tonnes (held-out batch 10: 四千三百五十亿公斤 beside ４１２５０万吨 of grain)
    ['千克', '吨', -3],
    ['公斤', '吨', -3],
    ['亿公斤', '吨', 5],
    ['万千克', '吨', 1],
    ['%', '%', 0],
    ['个百分点', '个百分点', 0],
    ['百分点', '个百分点', 0],
    // the yuan named as the currency (held-out batch 13: 云南 2012's 一萬億元人民幣 beside 10309.8亿元)
    ['万亿元人民币', '元', 12],
    ['亿人民币', '元', 8],

    ['微克/立方米', '微克/立方米', 0],
    ['万人次', '人次', 4],
  ] as const)('%s = 10^%s… base %s', (unit, base, exp) => {
    expect(parseUnit(unit)).toEqual({ base, exp });
  });

  test.each([
    // a 斤 is half a 公斤: mass in tonnes too, at half the power of ten
    ['斤', -3],
    ['万斤', 1],
    ['亿斤', 5],
    ['万亿斤', 9],
  ] as const)('%s = 0.5 × 10^%s 吨', (unit, exp) => {
    expect(parseUnit(unit)).toEqual({ base: '吨', exp, half: true });
  });

  test('shifting is exact in decimal, and names come back', () => {
    expect(shift(7771, -4)).toBe(0.7771);
    expect(shift(1.2, 4)).toBe(12000);
    expect(shift(177.8, 0)).toBe(177.8);
    expect(shift(0.1, 1)).toBe(1);
    expect(unitName('元', 8)).toBe('亿元');
    expect(unitName('元', 12)).toBe('万亿元');
    expect(unitName('人', 0)).toBe('人');
    const v = (value: number, exp: number) => ({ value, exp });
    const rowExp = (values: Array<{ value: number; exp: number }>, base?: string) => rowScale(values, base).exp;
    expect(rowExp([v(1635, 8), v(177.8, 8), v(7771, 4)])).toBe(8);
    expect(rowExp([v(7771, 4), v(1635, 8)])).toBe(8);
    expect(rowExp([v(5, 4), v(3, 4), v(1, 8)])).toBe(4);
    // the unit used most wins, as a reader of the row writes it (issue 11: no 0.1635万亿元); a value
    // it would make a fraction of a larger unit is shown as written
    expect(rowExp([v(1.3, 12), v(1.39, 12), v(1.4, 12), v(3, 8)])).toBe(12);
    expect(rowExp([v(126, 12), v(134.9, 12), v(1635, 8)])).toBe(12);
    // a tie: the unit that keeps every value readable, then the larger
    expect(rowExp([v(6105, 0), v(1.2, 4)])).toBe(4);
    expect(rowExp([v(6105, 0), v(120000, 0), v(1.2, 4), v(2, 4)])).toBe(4);
    // a row of tonnes in a magnitude reports write: 亿公斤 (10^5 吨) as 万吨, 公斤 alone as 公斤
    expect(rowExp([v(4350, 5), v(41250, 4)], '吨')).toBe(4);
    expect(rowExp([v(4350, 5)], '吨')).toBe(4);
    expect(rowExp([v(400, -3), v(420, -3)], '吨')).toBe(-3);
    expect(unitName('吨', -3)).toBe('公斤');
    expect(unitName('吨', 4)).toBe('万吨');
    // a row of 斤 stays in 斤: 亿斤, 万亿斤
    const jin = (value: number, exp: number) => ({ value, exp, half: true as const });
    expect(rowScale([jin(1.3, 9), jin(1.39, 9), jin(1300, 5)], '吨')).toEqual({ exp: 9, half: true });
    expect(rowScale([jin(1300, 5), jin(1324.9, 5), v(6789, 4)], '吨')).toEqual({ exp: 5, half: true });
    expect(unitName('吨', 5, true)).toBe('亿斤');
    expect(unitName('吨', 9, true)).toBe('万亿斤');
    expect(unitName('吨', -3, true)).toBe('斤');
    expect(convert(1300, { exp: 5, half: true }, { exp: 4 })).toBe(6500);
    expect(convert(6789, { exp: 4 }, { exp: 5, half: true })).toBe(1357.8);
  });

  test('grain in 亿斤 beside grain in 万吨 share one row, in the unit written most', () => {
    const t = buildTable([
      clip({ indicator: '粮食产量', measure: 'level', kind: 'target', value: 1300, unit: '亿斤', qualifier: 'above', period: 2024 }),
      clip({
        indicator: '粮食产量',
        measure: 'level',
        kind: 'target',
        value: 1.3,
        unit: '万亿斤',
        qualifier: 'above',
        period: 2024,
        region: '全国',
        regionPath: ['全国'],
      }),
      clip({ indicator: '粮食产量', measure: 'level', kind: 'actual', value: 6789, unit: '万吨', period: 2024 }),
      clip({
        indicator: '粮食产量',
        measure: 'level',
        kind: 'actual',
        value: 1324.9,
        unit: '亿斤',
        period: 2024,
        region: '河南省',
        regionPath: ['河南省'],
      }),
    ]);
    expect(t.rows).toHaveLength(1);
    expect(t.rows[0].unit).toBe('亿斤');
    const cell = t.rows[0].cells.get(t.columns.find((c) => c.region === '太仓市')!.key)!;
    expect(cell.actuals[0]).toMatchObject({
      value: 1357.8,
      shown: { value: 1357.8, unit: '亿斤' },
      original: { value: 6789, unit: '万吨' },
    });
    expect(cell.judgement?.verdict).toBe('met');
    const nation = t.rows[0].cells.get(t.columns.find((c) => c.region === '全国')!.key)!;
    // a larger unit than the row's is shown in the row's when it reads well: 13000亿斤
    expect(nation.targets[0]).toMatchObject({ value: 13000, original: { value: 1.3, unit: '万亿斤' } });
  });

  test('grain in 亿公斤 and in 万吨 share one row, each shown as a reader writes it', () => {
    const t = buildTable([
      clip({ indicator: '粮食产量', measure: 'level', kind: 'target', value: 41250, unit: '万吨', period: 1990 }),
      clip({ indicator: '粮食产量', measure: 'level', kind: 'actual', value: 4350, unit: '亿公斤', period: 1990 }),
    ]);
    expect(t.rows).toHaveLength(1);
    expect(t.rows[0].unit).toBe('万吨');
    const cell = t.rows[0].cells.get(t.columns[0].key)!;
    expect(cell.actuals[0]).toMatchObject({ value: 43500, original: { value: 4350, unit: '亿公斤' } });
    expect(cell.judgement?.verdict).toBe('met');
  });

  test.each<[string, number, Scale, Scale, boolean]>([
    ['6105个 in a row of 万个', 6105, { exp: 0 }, { exp: 4 }, true],
    ['1635亿元 in a row of 万亿元', 1635, { exp: 8 }, { exp: 12 }, true],
    ['7771万元 in a row of 亿元', 7771, { exp: 4 }, { exp: 8 }, true],
    ['3亿斤 in a row of 万亿斤', 3, { exp: 5, half: true }, { exp: 9, half: true }, true],
    ['1500万斤 in a row of 万吨 (750吨)', 1500, { exp: 1, half: true }, { exp: 4 }, true],
    ['12000个 in a row of 万个 (1.2万个 reads well)', 12000, { exp: 0 }, { exp: 4 }, false],
    ['13 000亿斤 … as 1.3万亿斤 in a row of 亿斤 (a smaller unit: converted)', 1.3, { exp: 9, half: true }, { exp: 5, half: true }, false],
    ['1.2万吨 in a row of 万斤 (a smaller unit: converted)', 1.2, { exp: 4 }, { exp: 1, half: true }, false],
    ['a value already in the row’s unit', 0.5, { exp: 4 }, { exp: 4 }, false],
    ['zero', 0, { exp: 0 }, { exp: 4 }, false],
  ])('%s: shown as written is %s', (_what, value, written, row, expected) => {
    expect(shownAsWritten(value, written, row)).toBe(expected);
  });
});

const q = (value: number, qualifier: Quantity['qualifier'] = 'exact', valueMax?: number): Quantity =>
  valueMax === undefined ? { value, qualifier } : { value, valueMax, qualifier };
const RATE_UP = { rate: true, direction: 'up' } as const;
const RATE_DOWN = { rate: true, direction: 'down' } as const;
const COUNT_UP = { rate: false, direction: 'up' } as const;

describe('pairing: target against result', () => {
  test.each([
    // name, verdict, target, result, options — the cases from the issue first
    ['5%左右 vs 5.2%', 'met', q(5, 'about'), q(5.2), RATE_UP],
    ['5%左右 vs 4.6%', 'met', q(5, 'about'), q(4.6), RATE_UP],
    ['5%左右 vs 4.4%', 'not-met', q(5, 'about'), q(4.4), RATE_UP],
    ['5.5%左右 vs 5.3%', 'met', q(5.5, 'about'), q(5.3), RATE_UP],
    ['5.5%左右 vs 5.2%', 'not-met', q(5.5, 'about'), q(5.2), RATE_UP],
    ['5%以上 vs 4.9%', 'not-met', q(5, 'above'), q(4.9), RATE_UP],
    ['5%以上 vs 5%', 'met', q(5, 'above'), q(5), RATE_UP],
    ['exact 8% vs 7.9%', 'not-met', q(8), q(7.9), RATE_UP],
    ['exact 8% vs 8.3%', 'met', q(8), q(8.3), RATE_UP],
    ['3~5个 vs 4', 'met', q(3, 'exact', 5), q(4), COUNT_UP],
    ['3~5个 vs 2', 'not-met', q(3, 'exact', 5), q(2), COUNT_UP],
    ['超1000个 vs 990', 'not-met', q(1000, 'above'), q(990), COUNT_UP],
    ['超1000个 vs 1200', 'met', q(1000, 'above'), q(1200), COUNT_UP],
    ['1000亿元左右 vs 960', 'met', q(1000, 'about'), q(960), COUNT_UP],
    ['1000亿元左右 vs 940', 'not-met', q(1000, 'about'), q(940), COUNT_UP],
    // results stated with qualifiers
    ['5%以上 vs 4.9%以上', 'unclear', q(5, 'above'), q(4.9, 'above'), RATE_UP],
    ['5%以上 vs 4%以上', 'unclear', q(5, 'above'), q(4, 'above'), RATE_UP],
    ['5%以上 vs 6%以上', 'met', q(5, 'above'), q(6, 'above'), RATE_UP],
    ['5.5%左右 vs 2%以上', 'not-met', q(5.5, 'about'), q(2, 'above'), RATE_UP],
    ['5%左右 vs 约5%', 'met', q(5, 'about'), q(5, 'about'), RATE_UP],
    ['6%左右 vs 约5.8%', 'met', q(6, 'about'), q(5.8, 'about'), RATE_UP],
    ['6%左右 vs 约5.5%', 'unclear', q(6, 'about'), q(5.5, 'about'), RATE_UP],
    ['1400亿元 vs 近1400亿元', 'unclear', q(1400), q(1400, 'near'), COUNT_UP],
    // ceilings: qualifier below, and indicators where less is better
    ['失业率5.5%左右 vs 5.2%', 'met', q(5.5, 'about'), q(5.2), RATE_DOWN],
    ['失业率5.5%左右 vs 6.2%', 'not-met', q(5.5, 'about'), q(6.2), RATE_DOWN],
    ['CPI 3%左右 vs 0.2%', 'met', q(3, 'about'), q(0.2), RATE_DOWN],
    ['登记失业率3%以内 vs 1.8%', 'met', q(3, 'below'), q(1.8), RATE_UP],
    ['3%以内 vs 3.2%', 'not-met', q(3, 'below'), q(3.2), RATE_UP],
    ['3%以内 vs 2.5%以内', 'met', q(3, 'below'), q(2.5, 'below'), RATE_UP],
    ['2%以内 vs 2.5%以内', 'unclear', q(2, 'below'), q(2.5, 'below'), RATE_UP],
    ['能耗下降3% vs 下降3.5%', 'met', q(-3), q(-3.5), RATE_DOWN],
    ['能耗下降3% vs 下降2.1%', 'not-met', q(-3), q(-2.1), RATE_DOWN],
    ['PM2.5下降5%以上 vs 下降6%', 'met', q(-5, 'above'), q(-6), RATE_DOWN],
    ['PM2.5下降5%以上 vs 下降4%', 'not-met', q(-5, 'above'), q(-4), RATE_DOWN],
    ['PM2.5 30微克以内 vs 28', 'met', q(30, 'below'), q(28), { rate: false, direction: 'down' }],
  ] as const)('%s → %s', (_name, verdict, target, result, opts) => {
    expect(judge(target, result, opts).verdict).toBe(verdict);
  });

  test('the judgement says where the bar is and how far the result was', () => {
    const j = judge(q(5, 'about'), q(5.2), RATE_UP);
    expect(j).toMatchObject({ bound: 'min', threshold: 4.5, result: [5.2, 5.2] });
    expect(j.gap).toBeCloseTo(0.2);
    expect(bar(q(5.5, 'about'), RATE_DOWN)).toEqual({ bound: 'max', threshold: 5.75 });
    expect(resultRange(q(2, 'above'), true)).toEqual([2, 3]);
    expect(resultRange(q(180, 'above'), false)).toEqual([180, 190]);
    expect(resultRange(q(1.8, 'below'), true)).toEqual([-Infinity, 1.8]);
  });

  test.each([
    [5, true, 1],
    [5.5, true, 0.5],
    [6.3, true, 0.1],
    [22.85, true, 0.01],
    [1000, false, 100],
    [1635, false, 1],
    [180, false, 10],
    [5, false, 1],
    [177.8, false, 0.1],
  ] as const)('step(%s, rate %s) = %s', (v, rate, s) => {
    expect(step(v, rate)).toBeCloseTo(s, 12);
  });

  test('a target that asks more than the one above it is "higher"', () => {
    expect(compareBars(q(5, 'above'), q(5, 'about'), RATE_UP)).toBe('higher');
    expect(compareBars(q(5, 'about'), q(5, 'about'), RATE_UP)).toBe('same');
    expect(compareBars(q(5.5, 'about'), q(6, 'about'), RATE_UP)).toBe('lower');
    expect(compareBars(q(5, 'about'), q(5.5, 'about'), RATE_DOWN)).toBe('higher');
    expect(compareBars(q(5, 'below'), q(5, 'above'), RATE_UP)).toBeNull();
  });
});

let n = 0;
function clip(p: Partial<TableClip> & Pick<TableClip, 'value' | 'unit'>): TableClip {
  n++;
  return {
    id: `c${n}`,
    indicator: '地区生产总值',
    indicatorKey: indicatorKey(p.indicator ?? '地区生产总值', p.measure ?? 'growth'),
    measure: 'growth',
    qualifier: 'exact',
    kind: 'target',
    period: 2023,
    region: '太仓市',
    regionPath: ['太仓市'],
    createdAt: n,
    ...p,
  };
}

describe('buildTable', () => {
  test('targets of two regions and years share the indicator row; growth and level do not', () => {
    const t = buildTable([
      clip({ value: 5, unit: '%', qualifier: 'about', period: 2023 }),
      clip({ value: 5, unit: '%', qualifier: 'above', period: 2025, region: '吴中区', regionPath: ['江苏省', '苏州市', '吴中区'] }),
      clip({ value: 1635, unit: '亿元', measure: 'level', kind: 'actual', period: 2022 }),
    ]);
    expect(t.rows.map((r) => [r.indicatorKey, r.measure, r.unit])).toEqual([
      ['地区生产总值', 'growth', '%'],
      ['地区生产总值', 'level', '亿元'],
    ]);
    const growth = t.rows[0];
    expect(growth.cells.size).toBe(2);
    expect(t.columns.map((c) => `${c.region} ${c.year} ${c.level}`)).toEqual([
      '吴中区 2025 county',
      '太仓市 2022 county',
      '太仓市 2023 county',
    ]);
    const wz = growth.cells.get(t.columns[0].key)!;
    expect(wz.targets).toEqual([
      { kind: 'target', value: 5, qualifier: 'above', clipIds: [expect.any(String)], shown: { value: 5, unit: '%' } },
    ]);
  });

  test('万元 and 亿元 show in one unit per row; equal clips collapse, different ones conflict', () => {
    const a = clip({ indicator: '一般公共预算收入', measure: 'level', kind: 'actual', value: 177.8, unit: '亿元', period: 2022 });
    const b = clip({ indicator: '地方一般公共预算收入', measure: 'level', kind: 'actual', value: 1778000, unit: '万元', period: 2022 });
    const c = clip({ indicator: '一般公共预算收入', measure: 'level', kind: 'actual', value: 160, unit: '亿元', period: 2021 });
    const d = clip({ indicator: '一般公共预算收入', measure: 'level', kind: 'actual', value: 161, unit: '亿元', period: 2021 });
    const t = buildTable([a, b, c, d]);
    expect(t.rows).toHaveLength(1);
    const row = t.rows[0];
    expect(row.unit).toBe('亿元');
    expect(row.names).toEqual(['一般公共预算收入', '地方一般公共预算收入']);
    const y2022 = row.cells.get(t.columns.find((x) => x.year === 2022)!.key)!;
    expect(y2022.actuals).toHaveLength(1);
    expect(y2022.actuals[0].clipIds.sort()).toEqual([a.id, b.id].sort());
    expect(y2022.conflict).toBe(false);
    const y2021 = row.cells.get(t.columns.find((x) => x.year === 2021)!.key)!;
    expect(y2021.conflict).toBe(true);
    expect(y2021.judgement).toBeNull();
  });

  test('a figure said again by a later report is shown as the first report said it; within a report, the latest clip', () => {
    // clipped in this order: the 1991 report's restatement, then the 1990 plan, then the 1990 plan again (corrected)
    const restated = clip({
      indicator: '工业总产值',
      value: 6,
      unit: '%',
      period: 1990,
      reportYear: 1991,
      region: '全国',
      regionPath: ['全国'],
    });
    const set = clip({
      indicator: '工业总产值',
      value: 6,
      unit: '%',
      period: 1990,
      reportYear: 1990,
      region: '全国',
      regionPath: ['全国'],
    });
    const again = clip({
      indicator: '工业总产值',
      value: 6,
      unit: '%',
      period: 1990,
      reportYear: 1990,
      region: '全国',
      regionPath: ['全国'],
    });
    const noYear = clip({ indicator: '工业总产值', value: 6, unit: '%', period: 1990, region: '全国', regionPath: ['全国'] });
    const t = buildTable([restated, noYear, set, again]);
    expect(t.rows[0].cells.get(t.columns[0].key)!.targets[0].clipIds).toEqual([again.id, set.id, restated.id, noYear.id]);
  });

  test('a growth said of both incomes at once stands in the urban and the rural row, under their own names', () => {
    const joint = clip({ indicator: '城乡居民人均可支配收入', value: 7, unit: '%', qualifier: 'about', period: 2019 });
    const urban = clip({ indicator: '城镇居民人均可支配收入', kind: 'actual', value: 7.6, unit: '%', period: 2019 });
    const rural = clip({ indicator: '农村居民人均可支配收入', kind: 'actual', value: 9.1, unit: '%', period: 2019 });
    const t = buildTable([joint, urban, rural]);
    expect(t.rows.map((r) => [r.indicatorKey, r.names])).toEqual([
      ['城镇居民人均可支配收入', ['城镇居民人均可支配收入']],
      ['农村居民人均可支配收入', ['农村居民人均可支配收入']],
    ]);
    const col = t.columns[0].key;
    for (const [row, actual] of [
      [t.rows[0], 7.6],
      [t.rows[1], 9.1],
    ] as const) {
      const cell = row.cells.get(col)!;
      expect(cell.targets).toMatchObject([{ value: 7, joint: '城乡居民人均可支配收入', clipIds: [joint.id] }]);
      expect(cell.actuals).toMatchObject([{ value: actual }]);
      expect(cell.judgement?.verdict).toBe('met');
    }
  });

  test('two known indicators joined in one growth (A和B分别增长10%以上) stand each in its row; a level of two is one row', () => {
    const joint = clip({ indicator: '城镇居民人均可支配收入和农民人均纯收入', value: 10, unit: '%', qualifier: 'above', period: 2009 });
    const sum = clip({ indicator: '城镇居民人均可支配收入和农民人均纯收入', measure: 'level', value: 9, unit: '万元', period: 2009 });
    const unknown = clip({ indicator: '城镇居民人均可支配收入和旅游收入', value: 8, unit: '%', period: 2009 });
    const t = buildTable([joint, sum, unknown]);
    expect(t.rows.map((r) => `${r.indicatorKey} ${r.measure}`).sort()).toEqual(
      [
        '农村居民人均纯收入 growth',
        '城镇居民人均可支配收入 growth',
        '城镇居民人均可支配收入和农民人均纯收入 level',
        '城镇居民人均可支配收入和旅游收入 growth',
      ].sort(),
    );
    const col = t.columns[0].key;
    const rural = t.rows.find((r) => r.indicatorKey === '农村居民人均纯收入')!;
    expect(rural.cells.get(col)!.targets).toMatchObject([{ value: 10, joint: '城镇居民人均可支配收入和农民人均纯收入' }]);
  });

  test("a joint figure gives way to the indicator's own; a level of both, or a stock of both, is one row", () => {
    const t = buildTable([
      clip({ indicator: '城乡居民收入', kind: 'actual', value: 8, unit: '%', period: 2019 }),
      clip({ indicator: '城镇居民人均可支配收入', kind: 'actual', value: 7.6, unit: '%', period: 2019 }),
      clip({ indicator: '城乡居民人均可支配收入', measure: 'level', kind: 'actual', value: 30000, unit: '元', period: 2019 }),
      clip({ indicator: '城乡居民储蓄存款', kind: 'actual', value: 9, unit: '%', period: 2019 }),
    ]);
    const rowOf = (k: string, m = 'growth') => t.rows.find((r) => r.indicatorKey === k && r.measure === m)!;
    const col = t.columns[0].key;
    expect(rowOf('城镇居民人均可支配收入').cells.get(col)!.actuals).toMatchObject([{ value: 7.6 }]);
    expect(rowOf('城镇居民人均可支配收入').cells.get(col)!.actuals[0].joint).toBeUndefined();
    expect(rowOf('农村居民人均可支配收入').cells.get(col)!.actuals).toMatchObject([{ value: 8, joint: '城乡居民收入' }]);
    expect(rowOf('农村居民人均可支配收入').names).toEqual([]);
    expect(rowOf('城乡居民人均可支配收入', 'level')).toBeDefined();
    expect(rowOf('城乡居民储蓄存款')).toBeDefined();
    expect(t.rows.some((r) => r.indicatorKey === '城乡居民收入')).toBe(false);
  });

  test('a converted value remembers how it was written', () => {
    const t = buildTable([
      clip({ indicator: '税收收入', measure: 'level', value: 120, unit: '亿元', period: 2022 }),
      clip({ indicator: '税收收入', measure: 'level', value: 130, unit: '亿元', period: 2023 }),
      clip({ indicator: '税收收入', measure: 'level', value: 7771, unit: '万元', period: 2021 }),
    ]);
    const cell = t.rows[0].cells.get(t.columns.find((x) => x.year === 2021)!.key)!;
    // compared (and charted) in the row's unit; shown as written, not as 0.7771亿元
    expect(cell.targets[0]).toMatchObject({ value: 0.7771, original: { value: 7771, unit: '万元' }, shown: { value: 7771, unit: '万元' } });
    const y2022 = t.rows[0].cells.get(t.columns.find((x) => x.year === 2022)!.key)!;
    expect(y2022.targets[0].shown).toEqual({ value: 120, unit: '亿元' });
  });

  test('a count written in 个 beside one in 万个 is shown as written, the other converted where it reads well', () => {
    const t = buildTable([
      clip({ indicator: '新增市场主体', measure: 'level', value: 6105, unit: '个', period: 2021 }),
      clip({ indicator: '新增市场主体', measure: 'level', value: 1.2, unit: '万个', period: 2022 }),
      clip({ indicator: '新增市场主体', measure: 'level', value: 15000, unit: '个', period: 2023 }),
      clip({ indicator: '新增市场主体', measure: 'level', value: 1.5, unit: '万个', period: 2024 }),
    ]);
    const shown = (year: number) => t.rows[0].cells.get(t.columns.find((x) => x.year === year)!.key)!.targets[0].shown;
    expect(t.rows[0].unit).toBe('万个');
    expect(shown(2021)).toEqual({ value: 6105, unit: '个' });
    expect(shown(2022)).toEqual({ value: 1.2, unit: '万个' });
    expect(shown(2023)).toEqual({ value: 1.5, unit: '万个' });
  });

  test('a five-year total stands in a column of its own, apart from the year it ends in (issue 10)', () => {
    const t = buildTable([
      clip({ indicator: '固定资产投资', measure: 'level', kind: 'actual', value: 3687, unit: '亿元', period: 2020, periodFrom: 2016 }),
      clip({ indicator: '固定资产投资', measure: 'level', kind: 'actual', value: 750, unit: '亿元', period: 2020 }),
      clip({ indicator: '固定资产投资', measure: 'level', kind: 'actual', value: 700, unit: '亿元', period: 2019 }),
    ]);
    expect(t.columns.map(yearsKey)).toEqual(['2019', '2020', '2016-2020']);
    const spanCol = t.columns.find((c) => c.yearFrom === 2016)!;
    expect(t.rows[0].cells.get(spanCol.key)?.actuals.map((e) => e.value)).toEqual([3687]);
    expect(t.rows[0].cells.get(t.columns[1].key)?.conflict).toBe(false);
    // a line across years has one year's figures only
    expect(linesAcrossYears(t, t.rows[0])[0].points.map((p) => p.year)).toEqual([2019, 2020]);
    expect(yearsOf(t, t.rows[0])).toEqual([2019, 2020]);
  });

  test('a column of no known year is not judged: its target and result may be of any two years', () => {
    const t = buildTable([
      clip({ value: 5.5, unit: '%', qualifier: 'about', period: null, kind: 'target' }),
      clip({ value: 2, unit: '%', qualifier: 'above', period: null, kind: 'actual' }),
    ]);
    const cell = t.rows[0].cells.get(t.columns[0].key)!;
    expect([cell.targets.length, cell.actuals.length]).toEqual([1, 1]);
    expect(cell.judgement).toBeNull();
  });

  test('a row that names no indicator, or only the funder, shows its figures but is not judged', () => {
    const t = buildTable([
      clip({ indicator: '', value: 10, unit: '%', qualifier: 'about', period: 2009, kind: 'target' }),
      clip({ indicator: '', value: 10, unit: '%', period: 2009, kind: 'actual' }),
      clip({ indicator: '中央财政', measure: 'level', value: 200, unit: '亿元', period: 2009, kind: 'target' }),
      clip({ indicator: '中央财政', measure: 'level', value: 429, unit: '亿元', period: 2009, kind: 'actual' }),
      clip({ indicator: '中央财政科技投入', measure: 'level', value: 1461, unit: '亿元', period: 2009, kind: 'target' }),
      clip({ indicator: '中央财政用于科技的支出', measure: 'level', value: 1512, unit: '亿元', period: 2009, kind: 'actual' }),
    ]);
    const verdicts = t.rows.map((r) => {
      const cell = r.cells.get(t.columns[0].key)!;
      return [r.indicatorKey, cell.targets.length, cell.actuals.length, cell.judgement?.verdict ?? null];
    });
    expect(verdicts).toEqual([
      ['中央财政科技投入', 1, 1, 'met'],
      ['', 1, 1, null],
      ['中央财政', 1, 1, null],
    ]);
  });

  test('亿美元 and 亿元 of one indicator are two rows', () => {
    const t = buildTable([
      clip({ indicator: '实际使用外资', measure: 'level', value: 10, unit: '亿美元' }),
      clip({ indicator: '实际利用外资', measure: 'level', value: 70, unit: '亿元' }),
    ]);
    expect(t.rows.map((r) => r.unit).sort()).toEqual(['亿元', '亿美元']);
  });

  test("a year's target and its result pair in one cell", () => {
    const t = buildTable([
      clip({ value: 5.5, unit: '%', qualifier: 'about', period: 2022, kind: 'target' }),
      clip({ value: 2, unit: '%', qualifier: 'above', period: 2022, kind: 'actual' }),
      clip({ value: 5, unit: '%', qualifier: 'about', period: 2023, kind: 'target' }),
    ]);
    const cells = t.columns.map((c) => t.rows[0].cells.get(c.key)!);
    expect(cells[0].judgement?.verdict).toBe('not-met');
    expect(cells[1].judgement).toBeNull();
  });

  test('targets beside the targets of the regions above them: raised or not', () => {
    const t = buildTable([
      clip({ value: 5, unit: '%', qualifier: 'about', region: '全国', regionPath: ['全国'] }),
      clip({ value: 5, unit: '%', qualifier: 'above', region: '江苏省', regionPath: ['江苏省'] }),
      clip({ value: 5.5, unit: '%', qualifier: 'about', region: '苏州市', regionPath: ['苏州市'] }),
      clip({ value: 6, unit: '%', qualifier: 'about', region: '太仓市', regionPath: ['太仓市'] }),
      clip({ value: 5, unit: '%', qualifier: 'about', region: '太仓市', regionPath: ['太仓市'], period: 2024 }),
    ]);
    expect(t.columns.map((c) => `${c.region}${c.year}`)).toEqual(['全国2023', '江苏省2023', '苏州市2023', '太仓市2023', '太仓市2024']);
    const row = t.rows[0];
    const raise = t.columns.map((c) => row.cells.get(c.key)!.raise);
    expect(raise[0]).toBeNull();
    expect(raise[1]).toMatchObject({ region: '全国', change: 'higher' });
    expect(raise[2]).toMatchObject({ region: '江苏省', change: 'higher' });
    expect(raise[3]).toMatchObject({ region: '苏州市', change: 'higher' });
    // no 2024 target above it
    expect(raise[4]).toBeNull();
    const byYear = buildTable(
      [
        clip({ value: 5, unit: '%', region: '太仓市', period: 2024 }),
        clip({ value: 5, unit: '%', region: '全国', regionPath: ['全国'], period: 2023 }),
        clip({ value: 5, unit: '%', region: '太仓市', period: 2023 }),
      ],
      { groupBy: 'year' },
    );
    expect(byYear.columns.map((c) => `${c.region}${c.year}`)).toEqual(['全国2023', '太仓市2023', '太仓市2024']);
  });

  test('amounts do not compare across levels: a district is not "lower" than the nation', () => {
    const t = buildTable([
      clip({
        indicator: '城镇新增就业',
        measure: 'level',
        value: 1200,
        unit: '万人',
        qualifier: 'above',
        region: '全国',
        regionPath: ['全国'],
      }),
      clip({ indicator: '城镇新增就业', measure: 'level', value: 3.3, unit: '万人', region: '吴中区', regionPath: ['吴中区'] }),
    ]);
    expect([...t.rows[0].cells.values()].map((c) => c.raise)).toEqual([null, null]);
  });

  test('headline indicators lead, then those filled in most columns', () => {
    const t = buildTable([
      clip({ indicator: '集装箱吞吐量', measure: 'level', value: 900, unit: '万标箱', period: 2022 }),
      clip({ indicator: '集装箱吞吐量', measure: 'level', value: 950, unit: '万标箱', period: 2023 }),
      clip({ indicator: '新增上市企业', measure: 'level', value: 3, unit: '家', period: 2023 }),
      clip({ indicator: '一般公共预算收入', measure: 'growth', value: 6, unit: '%' }),
      clip({ indicator: '地区生产总值', measure: 'level', value: 1635, unit: '亿元' }),
      clip({ indicator: '地区生产总值', measure: 'growth', value: 5, unit: '%' }),
    ]);
    expect(t.rows.map((r) => `${r.indicatorKey}/${r.measure}`)).toEqual([
      '地区生产总值/growth',
      '地区生产总值/level',
      '一般公共预算收入/growth',
      '集装箱吞吐量/level',
      '新增上市企业/level',
    ]);
  });

  test('clips without a region or year get their own column', () => {
    const t = buildTable([clip({ value: 5, unit: '%', region: null, regionPath: [], period: null })]);
    expect(t.columns).toEqual([{ key: '|', region: null, regionId: '', level: null, ancestors: [], year: null }]);
  });
});

describe('chart series', () => {
  const t = buildTable([
    clip({ value: 5, unit: '%', qualifier: 'about', region: '全国', regionPath: ['全国'], period: 2023 }),
    clip({ value: 5.2, unit: '%', kind: 'actual', region: '全国', regionPath: ['全国'], period: 2023 }),
    clip({ value: 5, unit: '%', qualifier: 'about', region: '全国', regionPath: ['全国'], period: 2024 }),
    clip({ value: 5, unit: '%', qualifier: 'about', region: '太仓市', period: 2023 }),
  ]);
  const row = t.rows[0];
  test('bars across regions for a year, lines across years per region', () => {
    const bars = barsAcrossRegions(t, row, 2023);
    expect(bars.map((b) => [b.region, b.target?.value, b.actual?.value ?? null])).toEqual([
      ['全国', 5, 5.2],
      ['太仓市', 5, null],
    ]);
    const lines = linesAcrossYears(t, row);
    expect(lines.map((l) => [l.region, l.points.map((p) => p.year)])).toEqual([
      ['全国', [2023, 2024]],
      ['太仓市', [2023]],
    ]);
    expect(yearsOf(t, row)).toEqual([2023, 2024]);
  });
  test.each([
    [0, 5.2, true, 0, 6],
    [2, 5.5, false, 2, 6],
    [0, 1635, true, 0, 2000],
    [-8.65, 22.8, true, -10, 30],
    [5, 5, true, 0, 5],
    [5, 5, false, 4.4, 5.6],
  ])('niceAxis(%s, %s) spans [%s, %s]', (lo, hi, zero, min, max) => {
    const a = niceAxis(lo, hi, zero);
    expect(a.min).toBe(min);
    expect(a.max).toBe(max);
    expect(a.ticks[0]).toBe(min);
    expect(a.ticks[a.ticks.length - 1]).toBe(max);
  });
});
