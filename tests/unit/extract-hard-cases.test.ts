// Hard cases found by testing the engine against the contract and the challenge set
// (tests/fixtures/challenge): each row is a way real reports write that once read wrong.
import { describe, it } from 'vitest';
import { checkRow, rowName, type Row } from './helpers/engine';

const rows: Row[] = [
  // ranges with a magnitude on each end, and across magnitudes
  { input: '今年新增就业1.5万-2万人。', expect: [{ text: '1.5万-2万人', value: 1.5, valueMax: 2, unit: '万人', ind: '新增就业' }] },
  { input: '投资规模800亿-1000亿元。', expect: [{ text: '800亿-1000亿元', value: 800, valueMax: 1000, unit: '亿元' }] },
  { input: '单个项目补助5000万元至1亿元。', expect: [{ text: '5000万元至1亿元', value: 0.5, valueMax: 1, unit: '亿元' }] },
  // signs and falls
  { input: '2022年利用外资负增长3%。', expect: [{ text: '3%', value: -3, measure: 'growth', ind: '利用外资', notInd: ['负'] }] },
  { input: '2022年全市工业投资增长-2.1%。', expect: [{ text: '-2.1%', value: -2.1, measure: 'growth' }] },
  // a rate of growth named as a noun stays growth
  { input: '今年研发经费投入增速达到15%。', expect: [{ text: '15%', measure: 'growth', ind: '研发经费投入' }] },
  { input: '今年一般公共预算收入增幅为8%。', expect: [{ text: '8%', measure: 'growth', ind: '一般公共预算收入' }] },
  { input: '今年居民消费价格涨幅控制在3%左右。', expect: [{ text: '3%左右', measure: 'growth', qualifier: 'about', ind: '居民消费价格' }] },
  {
    input: '全年人口自然增长率为-1.20‰。',
    title: '2023年河南省国民经济和社会发展统计公报',
    expect: [{ text: '-1.20‰', measure: 'level', ind: '人口自然增长率' }],
  },
  // 分别 over pairs and whole noun phrases
  {
    input: '城镇和农村居民人均可支配收入分别比上年增长4.8%和6.9%。',
    expect: [
      { text: '4.8%', ind: '城镇居民人均可支配收入' },
      { text: '6.9%', ind: '农村居民人均可支配收入' },
    ],
  },
  {
    input: '全市进出口总额、出口额同比分别增长8.2%、10.5%。',
    expect: [
      { text: '8.2%', indicator: '进出口总额' },
      { text: '10.5%', indicator: '出口额' },
    ],
  },
  {
    input: '城乡居民人均可支配收入分别增长5.5%和7.5%。',
    expect: [
      { text: '5.5%', ind: '城镇居民' },
      { text: '7.5%', ind: '农村居民' },
    ],
  },
  {
    input: '金融机构存、贷款余额分别为245.3亿元、198.7亿元,分别增长11.2%、14.6%。',
    expect: [
      { text: '245.3亿元', ind: '存款余额' },
      { text: '198.7亿元', ind: '贷款余额' },
      { text: '11.2%', ind: '存款余额' },
      { text: '14.6%', ind: '贷款余额' },
    ],
  },
  {
    input: '全年接待游客4.3亿人次、实现旅游花费3150亿元,分别增长12.6%和18.4%。',
    expect: [
      { text: '4.3亿人次', ind: '游客' },
      { text: '12.6%', ind: '游客' },
      { text: '18.4%', ind: '旅游花费' },
    ],
  },
  // time spans and comparisons are not indicators
  {
    input: '国内生产总值增加到121万亿元,五年年均增长5.2%,十年增加近70万亿元。',
    expect: [
      { text: '5.2%', ind: '国内生产总值', period: null },
      { text: '近70万亿元', ind: '国内生产总值' },
    ],
  },
  { input: '粮食产量连续8年稳定在1.3万亿斤以上。', expect: [{ text: '1.3万亿斤以上', indicator: '粮食产量' }] },
  { input: '地区生产总值增长6.2%,增速高于全国0.9个百分点。', expect: [{ text: '0.9个百分点', measure: 'change', ind: '地区生产总值' }] },
  { input: '粮食产量首次超过1.4万亿斤。', expect: [{ text: '超过1.4万亿斤', indicator: '粮食产量' }] },
  { input: '建成区绿化覆盖率43.5%。', expect: [{ text: '43.5%', indicator: '建成区绿化覆盖率' }] },
  // list items: a noun after a number belongs to it
  {
    input: '全市共有1个街道、5个镇。',
    expect: [
      { text: '1个', ind: '街道' },
      { text: '5个', indicator: '镇' },
    ],
  },
  {
    input: '其中出口4850.6亿元、增长5.1%。',
    expect: [
      { text: '4850.6亿元', indicator: '出口' },
      { text: '5.1%', indicator: '出口' },
    ],
  },
  {
    input: '其中玉米185万亩、大豆42.3万亩、水稻63.2万亩。',
    expect: [
      { text: '185万亩', indicator: '玉米' },
      { text: '42.3万亩', indicator: '大豆' },
    ],
  },
  { input: '新认定高新技术企业5100余家,总数达到14800家。', expect: [{ text: '14800家', ind: '高新技术企业总数', notInd: ['新认定'] }] },
  { input: '新建冷库12座、库容3.5万吨。', expect: [{ text: '3.5万吨', ind: '冷库库容' }] },
  { input: '1.4亿农业转移人口在城镇落户。', expect: [{ text: '1.4亿', unit: '亿', ind: '农业转移人口' }] },
  // thresholds and alternatives name a class
  { input: '集体经营性收入100万元以上的村达到46个。', exactly: ['46个'], expect: [] },
  { input: '新引进10亿元或1亿美元以上重大项目16个。', exactly: ['16个'], expect: [] },
  // comparisons with a plan and shares of it
  {
    input: '规上工业增加值增长8.5%,高于年度目标1.5个百分点。',
    expect: [{ text: '1.5个百分点', measure: 'change', indicator: '规上工业增加值' }],
  },
  { input: '新增城镇就业6500人,完成年度任务的130%。', expect: [{ text: '130%', ind: '新增城镇就业', notInd: ['年度任务'] }] },
  {
    input: '一般公共预算收入完成85亿元,为预算的102%,增长6.1%。',
    expect: [
      { text: '102%', ind: '预算完成率' },
      { text: '6.1%', indicator: '一般公共预算收入', measure: 'growth' },
    ],
  },
  // plans
  { input: '计划新建学校5所。', expect: [{ text: '5所', kind: 'target', period: 2023 }] },
  {
    input: '二、2024年预算草案\n全省一般公共预算收入预期3494.9亿元,增长4%。',
    title: '湖南省2023年预算执行情况和2024年预算草案的报告',
    expect: [
      { text: '3494.9亿元', kind: 'target', period: 2024 },
      { text: '4%', kind: 'target' },
    ],
  },
  // page breaks: a running header and a page number between two lines, a number broken over lines
  { input: '社会消费品零\n- 4 -\n南湖区人民政府工作报告\n售总额增长6.5%。', expect: [{ text: '6.5%', indicator: '社会消费品零售总额' }] },
  {
    input: '全区实现地区生产总值98\n6.4亿元,增长6.8%。',
    expect: [
      { text: '98\n6.4亿元', value: 986.4, indicator: '地区生产总值' },
      { text: '6.8%', indicator: '地区生产总值' },
    ],
  },
  { input: '城镇新增就业1.2万\n-\u00a09\u00a0-\n人。', expect: [{ text: '1.2万\n-\u00a09\u00a0-\n人', value: 1.2, unit: '万人' }] },
  { input: '一般公共预算收入\n第 4 页 / 共 20 页\n72.3亿元。', expect: [{ text: '72.3亿元', indicator: '一般公共预算收入' }] },
  // a heading line stays apart from the sentence after it
  {
    input: '四、固定资产投资\n全年固定资产投资比上年增长5.2%。',
    title: '2023年河南省国民经济和社会发展统计公报',
    expect: [{ text: '5.2%', indicator: '固定资产投资' }],
  },
  // pinyin readings: the reading after the last character is part of the surface
  {
    input: '國(guó)內(nèi)生產(chǎn)總(zǒng)值(zhí)41.8萬(wàn)億(yì)元(yuán)。',
    expect: [{ text: '41.8萬(wàn)億(yì)元(yuán)', value: 41.8, unit: '万亿元', indicator: '国内生产总值' }],
  },
];

describe('hard cases', () => {
  for (const row of rows) it(rowName(row), () => checkRow(row));
});
