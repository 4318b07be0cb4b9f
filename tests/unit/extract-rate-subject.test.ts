// A rate of growth named as the subject of its clause (增幅, 增长速度, GDP增长目标, GDP目标), with only words of linking
// between it and its value — adverbs (均, 都), a target's words (原定…目标要求), a verb of setting (定在, 设定为, 控制在) —
// measures a growth, not a level (lib/extract/measure.ts). A rate that is a level (失业率, 达标率) stays a level.
// Sentences from real pages: the gold sets (tests/fixtures/gold-heldout*) and the judged samples (tests/fixtures/judged).
import { describe, it } from 'vitest';
import { checkRow, rowName, type Row } from './helpers/engine';

const rows: Row[] = [
  {
    name: 'a GDP target set by a province, said without 增长 (gold-heldout4 province-31-2019-targets-trad-readings)',
    title: '31省份2019年GDP增长目标',
    input: '其中,西藏設(shè)定今年GDP目標(biāo)為10%左右,為全國最高。',
    expect: [{ text: '10%左右', measure: 'growth', value: 10, qualifier: 'about' }],
  },
  {
    name: 'a growth target set at a floor, 定在 (gold-heldout4 city-wuhan-2023-spun-news)',
    title: '武汉市2023年政府工作报告',
    input: '同时武汉将2023年GDP增长目标定在6.5%以上。',
    expect: [{ text: '6.5%以上', measure: 'growth', value: 6.5, qualifier: 'above' }],
  },
  {
    name: 'the rate of a list of funds, with 均 before its bound (gold-heldout4 national-2021-wikipedia-trad-bullets)',
    title: '2021年国务院政府工作报告',
    input: '對地方一般性轉移支付增長7.8%,其中均衡性轉移支付、縣級基本財力保障機制獎補資金等增幅均超過10%。',
    expect: [{ text: '超過10%', measure: 'growth', value: 10, qualifier: 'above' }],
  },
  {
    name: 'the target set for a rise of prices, 原定…目标要求控制在 (gold-heldout3 national-2020-review-of-targets-trad-readings)',
    title: '2021年政府工作报告',
    input: '2020年,全國居民消費價格指數(CPI)漲幅為2.5%,原定漲幅目標要求控制在3.5%左右。',
    expect: [
      { text: '2.5%', measure: 'growth' },
      { text: '3.5%左右', measure: 'growth', value: 3.5, qualifier: 'about' },
    ],
  },
  {
    name: 'a yearly rate of growth, 的增长速度都在 (judged sample 45, national 1978)',
    title: '1978年国务院政府工作报告',
    input: '仍然有三分之一的省、市、自治区，粮食产量平均每年的增长速度都在百分之四点三以上，高的达到百分之五点五；',
    expect: [{ text: '百分之四点三以上', measure: 'growth', value: 4.3, qualifier: 'above' }],
  },
  {
    name: 'the same, of industry (judged sample 45, national 1978)',
    title: '1978年国务院政府工作报告',
    input: '也有三分之一的省、市、自治区，工业产值平均每年的增长速度都在百分之十二以上，高的达到百分之十八点五。',
    expect: [{ text: '百分之十二以上', measure: 'growth', value: 12, qualifier: 'above' }],
  },
  {
    name: 'a rate that is a level keeps its level, with 均 (real-dev prov-guizhou-2025)',
    title: '2025年政府工作报告',
    input: '退役军人职业技能培训合格率、就业率均超过90%。',
    expect: [{ text: '超过90%', measure: 'level' }],
  },
  {
    name: 'a level rate with a target verb, 每年均控制在 (judged sample 13, 广东 2016 news)',
    title: '广东省政府工作报告',
    input: '人民生活顯著改善,城鎮登記失業率每年均控制在3.5%以內,',
    expect: [{ text: '3.5%以內', measure: 'level' }],
  },
];

describe('a rate of growth named as the subject of its clause', () => {
  for (const row of rows) it(rowName(row), () => checkRow(row));
});
