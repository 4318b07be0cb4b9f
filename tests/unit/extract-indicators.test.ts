// Indicator phrases: the shortest noun phrase a reader would put as a table column. The tests ask
// that the indicator holds the head phrase a reader needs and none of the words around it that are
// not the indicator (time, place, verbs, comparisons, notes), not for incidental wording.
import { describe, it } from 'vitest';
import { checkRow, rowName, type Row } from './helpers/engine';

const rows: Row[] = [
  // leading time, place, modal and action words are not the indicator
  { input: '全年全市实现社会消费品零售总额520亿元。', expect: [{ text: '520亿元', indicator: '社会消费品零售总额' }] },
  { input: '其中,网络零售额增长12%。', expect: [{ text: '12%', indicator: '网络零售额' }] },
  { input: '今年力争全社会固定资产投资增长6%。', expect: [{ text: '6%', ind: '固定资产投资', notInd: ['今年', '力争', '增长'] }] },
  { input: '年末全市户籍人口52.3万人。', expect: [{ text: '52.3万人', ind: '户籍人口', notInd: ['年末', '全市'] }] },
  { input: '2022年全市完成进出口总额1520亿元。', expect: [{ text: '1520亿元', indicator: '进出口总额' }] },
  { input: '1—11月,规上工业增加值增长5%。', expect: [{ text: '5%', indicator: '规上工业增加值' }] },
  { input: '累计建成充电桩3000个。', expect: [{ text: '3000个', ind: '充电桩', notInd: ['累计'] }] },
  // trailing comparisons and verbs are not the indicator
  { input: '全市规模以上工业总产值比上年增长7.3%。', expect: [{ text: '7.3%', ind: '规模以上工业总产值', notInd: ['比上年', '增长'] }] },
  {
    input: '全县完成地区生产总值385.6亿元,同比增长6.2%。',
    expect: [
      { text: '385.6亿元', indicator: '地区生产总值' },
      { text: '6.2%', indicator: '地区生产总值' },
    ],
  },
  { input: '一般公共预算收入177.8亿元、同口径增长2.1%。', expect: [{ text: '2.1%', indicator: '一般公共预算收入' }] },
  { input: '城镇登记失业率控制在3.5%以内。', expect: [{ text: '3.5%以内', indicator: '城镇登记失业率' }] },
  // a comparison after a growth is no new indicator: the gap is of the growth's rate, named by the benchmark (as the
  // judged samples name it: 地区生产总值增速超过全省, corpus-heldout; tests/unit/extract-benchmark-gaps.test.ts)
  {
    input: '地区生产总值增长6%,高于全国1.4个百分点。',
    expect: [
      { text: '6%', indicator: '地区生产总值' },
      { text: '1.4个百分点', indicator: '地区生产总值增速高于全国' },
    ],
  },
  // a measure word after a list item names the measure of the same thing
  {
    input: '新增市场主体1.2万户,总数突破18万户。',
    expect: [
      { text: '1.2万户', ind: '新增市场主体' },
      { text: '突破18万户', ind: '市场主体', notInd: ['新增'] },
    ],
  },
  // a verb inside the phrase: subject + measured noun
  { input: '规上物贸企业实现营收近1400亿元。', expect: [{ text: '近1400亿元', ind: '营收', notInd: ['实现'] }] },
  // a list summarised by a count word keeps the summary
  { input: '高端装备、先进材料、航空航天、生物医药四大产业规上产值2370亿元。', expect: [{ text: '2370亿元', ind: '四大产业规上产值' }] },
  // the noun after the number, where the words before name nothing
  { input: '建设1个苏州市特色康居示范区。', expect: [{ text: '1个', ind: '康居示范区' }] },
  {
    input: '签约总投资233亿元的63个航空航天产业项目。',
    expect: [
      { text: '233亿元', ind: '总投资' },
      { text: '63个', ind: '航空航天产业项目' },
    ],
  },
  // shares and ratios keep their whole phrase
  {
    input: '数字经济核心产业增加值占地区生产总值比重达到12%。',
    expect: [{ text: '12%', indicator: '数字经济核心产业增加值占地区生产总值比重' }],
  },
  { input: '研发支出占GDP比重超4.12%。', expect: [{ text: '超4.12%', indicator: '研发支出占GDP比重' }] },
  { input: 'PM2.5平均浓度24微克/立方米。', expect: [{ text: '24微克/立方米', ind: 'PM2.5平均浓度' }] },
  // national, provincial and county wording
  {
    input: '国内生产总值超过126万亿元,增长5.2%。',
    expect: [
      { text: '超过126万亿元', indicator: '国内生产总值' },
      { text: '5.2%', indicator: '国内生产总值' },
    ],
  },
  {
    input: '城镇新增就业1244万人,年末城镇调查失业率为5.2%。',
    expect: [
      { text: '1244万人', ind: '新增就业' },
      { text: '5.2%', indicator: '城镇调查失业率' },
    ],
  },
  { input: '全省地区生产总值12.82万亿元、增长5.8%。', expect: [{ text: '12.82万亿元', indicator: '地区生产总值' }] },
  {
    input: '新改建农村公路120公里,改造危房356户。',
    expect: [
      { text: '120公里', ind: '农村公路' },
      { text: '356户', ind: '危房' },
    ],
  },
  { input: '森林覆盖率达到62.5%。', expect: [{ text: '62.5%', indicator: '森林覆盖率' }] },
  { input: 'GDP增长5%。', expect: [{ text: '5%', indicator: 'GDP' }] },
  // traditional text: the indicator comes out simplified
  { input: '全年實現地區生產總值1635億元。', expect: [{ text: '1635億元', indicator: '地区生产总值' }] },
  { input: '一般公共預算收入177.8億元。', expect: [{ text: '177.8億元', indicator: '一般公共预算收入' }] },
  { input: '城鎮居民人均可支配收入8.2萬元。', expect: [{ text: '8.2萬元', indicator: '城镇居民人均可支配收入' }] },
];

describe('indicator phrases', () => {
  for (const row of rows) it(rowName(row), () => checkRow(row));
});
