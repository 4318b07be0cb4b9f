// Measure and sign: a level (an amount, count, share or rate), a growth (增长/下降/增速 X%: a relative
// change, negative for a fall) or a change (提高/下降 X个百分点: an absolute change of a rate).
import { describe, it } from 'vitest';
import { checkRow, rowName, type Row } from './helpers/engine';

const rows: Row[] = [
  // levels: amounts, counts, shares, rates stated as they stand
  { input: '全年实现地区生产总值1635亿元。', expect: [{ text: '1635亿元', measure: 'level', value: 1635 }] },
  { input: '全年新增城镇就业3.3万人。', expect: [{ text: '3.3万人', measure: 'level' }] },
  { input: '新增两家上市公司。', expect: [{ text: '两家', measure: 'level', value: 2 }] },
  { input: '年末城镇调查失业率为5.2%。', expect: [{ text: '5.2%', measure: 'level', value: 5.2 }] },
  { input: '森林覆盖率达到62.5%。', expect: [{ text: '62.5%', measure: 'level' }] },
  { input: '工业战略性新兴产业产值占比达48%。', expect: [{ text: '48%', measure: 'level' }] },
  { input: '高新技术产业产值占比稳定在70%以上。', expect: [{ text: '70%以上', measure: 'level' }] },
  // a rate moved *to* a value is a level, not a growth
  { input: '城镇化率提高到75%。', expect: [{ text: '75%', measure: 'level', value: 75 }] },
  { input: '城镇调查失业率下降到5%。', expect: [{ text: '5%', measure: 'level', value: 5 }] },
  { input: '制造业投资占比提高至35%。', expect: [{ text: '35%', measure: 'level', value: 35 }] },
  { input: '社会消费品零售总额回落到400亿元。', expect: [{ text: '400亿元', measure: 'level', value: 400 }] },
  // growth: relative change, the sign from the verb
  { input: '地区生产总值增长5.2%。', expect: [{ text: '5.2%', measure: 'growth', value: 5.2 }] },
  { input: '一般公共预算收入同口径增长2.1%。', expect: [{ text: '2.1%', measure: 'growth', value: 2.1 }] },
  { input: '全县地区生产总值比上年增长6.2%。', expect: [{ text: '6.2%', measure: 'growth', value: 6.2 }] },
  { input: '居民消费价格上涨2.1%。', expect: [{ text: '2.1%', measure: 'growth', value: 2.1 }] },
  { input: '规上工业单位增加值能耗下降8.65%。', expect: [{ text: '8.65%', measure: 'growth', value: -8.65 }] },
  { input: '工业用电量同比减少4.2%。', expect: [{ text: '4.2%', measure: 'growth', value: -4.2 }] },
  { input: '规上工业企业利润下降12.3%。', expect: [{ text: '12.3%', measure: 'growth', value: -12.3 }] },
  { input: '外贸进出口下滑6.1%。', expect: [{ text: '6.1%', measure: 'growth', value: -6.1 }] },
  { input: '单位国内生产总值能耗降低2.5%左右。', expect: [{ text: '2.5%左右', measure: 'growth', value: -2.5 }] },
  { input: '單位地區生產總值能耗下降3‰。', expect: [{ text: '3‰', measure: 'growth', value: -3 }] },
  { input: '工业增加值增长-2.1%。', expect: [{ text: '-2.1%', measure: 'growth', value: -2.1 }] },
  // a minus after 的 and 至 of a rate's start and end (珠海 2013, judged sample 43); a dash between amounts is a range
  {
    input: '外贸进出口总额456.7亿美元,降幅由谷底的-14.2%收窄至-11.6%。',
    expect: [
      { text: '-14.2%', value: -14.2 },
      { text: '-11.6%', value: -11.6 },
    ],
  },
  { input: '每年培训1.5万-2万人。', expect: [{ text: '1.5万-2万人', value: 1.5, valueMax: 2 }] },
  { input: '出口额增长1.5倍。', expect: [{ text: '1.5倍', measure: 'growth', value: 1.5 }] },
  {
    input: '地区生产总值增长5%，增速高于全国0.8个百分点。',
    expect: [
      { text: '5%', measure: 'growth' },
      { text: '0.8个百分点', measure: 'change' },
    ],
  },
  // a rate of growth named by its noun a few words before the value, and where it went from a start
  {
    input: '大型商业银行普惠型小微企业贷款增速要高于40%。',
    expect: [{ text: '高于40%', measure: 'growth', value: 40 }],
  },
  {
    input: '虽然在这方面做了很大努力，涨幅仍然高达百分之二十一点七。',
    expect: [{ text: '百分之二十一点七', measure: 'growth', value: 21.7 }],
  },
  {
    input: '去年我在政府工作报告中曾提出，要把全年商品零售物价上涨幅度控制在百分之十以内。',
    expect: [{ text: '百分之十以内', measure: 'growth', value: 10 }],
  },
  {
    input: '全社会固定资产投资增长幅度由上年的58.6%回落到27.8%。',
    expect: [
      { text: '58.6%', measure: 'growth', value: 58.6 },
      { text: '27.8%', measure: 'growth', value: 27.8 },
    ],
  },
  // where a rate went, said 降到, and where it went in fact a clause or two later (national 1997)
  {
    input: '去年政府工作报告提出，物价涨幅要从１４．８％降到１０％左右，经过上下各方面的努力，实际回落到６．１％，明显低于经济增长率。',
    expect: [
      { text: '１４．８％', measure: 'growth', value: 14.8 },
      { text: '１０％左右', measure: 'growth', value: 10 },
      { text: '６．１％', measure: 'growth', value: 6.1 },
    ],
  },
  // (not a level of another thing said after a rate: its own noun stands before the verb)
  {
    input: '国内生产总值增长5.2%，城镇调查失业率回落到5.1%。',
    expect: [
      { text: '5.2%', measure: 'growth', value: 5.2 },
      { text: '5.1%', measure: 'level', value: 5.1 },
    ],
  },
  { input: '城镇化率由45.9%提高到52.6%。', expect: [{ text: '52.6%', measure: 'level', value: 52.6 }] },
  // change: points
  {
    input: '研发投入占地区生产总值比重提高0.2个百分点。',
    expect: [{ text: '0.2个百分点', measure: 'change', value: 0.2, unit: '个百分点' }],
  },
  { input: '城镇登记失业率下降0.3个百分点。', expect: [{ text: '0.3个百分点', measure: 'change', value: -0.3 }] },
  { input: '工业战略性新兴产业产值占比提升4.2个百分点。', expect: [{ text: '4.2个百分点', measure: 'change', value: 4.2 }] },
  // a level and a growth of one indicator in one sentence
  {
    input: '规上工业增加值增长7.6%，高新技术产业产值占规上工业比重提高1.5个百分点、达到49.9%。',
    exactly: ['7.6%', '1.5个百分点', '49.9%'],
    expect: [
      { text: '7.6%', measure: 'growth', value: 7.6 },
      { text: '1.5个百分点', measure: 'change', value: 1.5 },
      { text: '49.9%', measure: 'level', value: 49.9 },
    ],
  },
  // a share saved or lightened is a fall of the thing (judged samples 33, 36, 19: national 2016, 2003, 1987); an amount
  // saved is a level
  {
    input: '工商登记前置审批精简85%，全面实施三证合一、一照一码。',
    expect: [{ text: '85%', indicator: '工商登记前置审批', measure: 'growth', value: -85 }],
  },
  { input: '试点地区农民负担平均减轻３０％。', expect: [{ text: '３０％', indicator: '试点地区农民负担', measure: 'growth', value: -30 }] },
  {
    input: '国务院决定今年行政费、事业费和管理费等各项开支要比去年预算执行数节约１０％的总要求，必须努力做到。',
    expect: [{ text: '１０％', measure: 'growth', value: -10, qualifier: 'exact' }],
  },
  { input: '节约资金1.2亿元。', expect: [{ text: '1.2亿元', measure: 'level', value: 1.2 }] },
  // a growth said with 为 after its verb (national 2017, judged sample 26): growth, not the level of a rate
  {
    input: '今年广义货币M2和社会融资规模余额预期增长均为12%左右。',
    expect: [{ text: '12%左右', measure: 'growth', value: 12, qualifier: 'about' }],
  },
  {
    input: '城乡居民收入增长分别为8%和9%。',
    expect: [
      { text: '8%', measure: 'growth' },
      { text: '9%', measure: 'growth' },
    ],
  },
  { input: '人口自然增长率为5.2‰。', expect: [{ text: '5.2‰', measure: 'level' }] },
];

describe('measure and sign', () => {
  for (const row of rows) it(rowName(row), () => checkRow(row));
});
