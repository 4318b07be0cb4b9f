// Noise real pages carry: the engine must read through it and still point into the original text.
// First hand-written cases of each kind of noise, then every sentence of a small table under every
// noise of helpers/noise.ts (seeded): the same mentions must come out, with `text` the noisy surface
// at the noisy offsets (`input.slice(start, end) === text`, checked on every mention).
import { describe, expect, it } from 'vitest';
import { checkRow, expectMention, mentionsOf, rowName, type Expected, type Row } from './helpers/engine';
import { NOISES, spanOf } from './helpers/noise';
import { rng, seedOf } from './helpers/rng';

const handWritten: Row[] = [
  // traditional
  {
    input: '全年實現地區生產總值1635億元、增長2%以上。',
    expect: [
      { text: '1635億元', indicator: '地区生产总值', unit: '亿元' },
      { text: '2%以上', indicator: '地区生产总值', measure: 'growth' },
    ],
  },
  {
    input: '城鎮居民人均可支配收入8.2萬元,增長3.5%。',
    expect: [
      { text: '8.2萬元', indicator: '城镇居民人均可支配收入', unit: '万元' },
      { text: '3.5%', measure: 'growth' },
    ],
  },
  // full-width digits and signs
  {
    input: '一般公共预算收入１７７.８亿元,同口径增长２.１％。',
    expect: [
      { text: '１７７.８亿元', value: 177.8 },
      { text: '２.１％', value: 2.1, unit: '%' },
    ],
  },
  { input: '新增就业１．２万人。', expect: [{ text: '１．２万人', value: 1.2, unit: '万人' }] },
  // pinyin readings after a character, ASCII and full-width parentheses
  {
    input: '城鎮居民人均可支配收入增長(cháng)5.2%。',
    expect: [{ text: '5.2%', indicator: '城镇居民人均可支配收入', measure: 'growth', value: 5.2 }],
  },
  { input: '地区生产总值增长（zhǎng）3%。', expect: [{ text: '3%', indicator: '地区生产总值', measure: 'growth' }] },
  { input: '全社会用电量(liàng)增长5%。', expect: [{ text: '5%', indicator: '全社会用电量', measure: 'growth' }] },
  // line breaks and spaces inside phrases (text taken from an infographic)
  {
    input: '一般公共预算收入177.8亿元、同口径增\n长 2.1%。',
    expect: [{ text: '2.1%', indicator: '一般公共预算收入', measure: 'growth', value: 2.1 }],
  },
  {
    input: '全年实现地区生产总值1635亿\n元(预计数,下同)、增长2%以上。',
    expect: [{ text: '1635亿\n元', indicator: '地区生产总值', value: 1635, unit: '亿元' }],
  },
  { input: '工业战略性新兴产业产值占比提升4.2个百分\n点。', expect: [{ text: '4.2个百分\n点', measure: 'change', unit: '个百分点' }] },
  { input: '规上工业单位增加值能耗下\n降 8.65%。', expect: [{ text: '8.65%', measure: 'growth', value: -8.65 }] },
  { input: '整治“散乱污”企业(作坊)182\n家。', expect: [{ text: '182\n家', value: 182, unit: '家', ind: '散乱污' }] },
  // a PDF's wrap inside a number: one number, as any reader reads it
  {
    input: '组合式税费优惠1\n63亿元,留抵退税40亿元。',
    expect: [
      { text: '1\n63亿元', value: 163, indicator: '组合式税费优惠' },
      { text: '40亿元', value: 40 },
    ],
  },
  {
    input: '规模以上工业产值31\n00亿元、增长4.7%。',
    expect: [
      { text: '31\n00亿元', value: 3100 },
      { text: '4.7%', indicator: '规模以上工业产值' },
    ],
  },
  { input: '地区生产总值 1635 亿元。', expect: [{ text: '1635 亿元', indicator: '地区生产总值', value: 1635 }] },
  // page-number lines between pages
  { input: '全年实现地区生产\n- 12 -\n总值1635亿元。', expect: [{ text: '1635亿元', indicator: '地区生产总值' }] },
  { input: '一般公共预算收入177.8亿\n— 3 —\n元。', expect: [{ text: '177.8亿\n— 3 —\n元', value: 177.8, unit: '亿元' }] },
  { input: '城镇调查失业率控制在5.5%\n第 4 页\n以内。', expect: [{ text: '5.5%\n第 4 页\n以内', qualifier: 'below' }] },
  // zero-width characters, inside words and numbers
  { input: '地区生\u200b产总值16\u200d35亿元。', expect: [{ text: '16\u200d35亿元', indicator: '地区生产总值', value: 1635 }] },
  { input: '\ufeff地区生产总值增长5.2\u200b%。', expect: [{ text: '5.2\u200b%', value: 5.2, measure: 'growth' }] },
  // CRLF and ideographic-space indentation
  {
    input: '\u3000\u3000地区生产总值1635亿元。\r\n\u3000\u3000一般公共预算收入177.8亿元。',
    expect: [
      { text: '1635亿元', indicator: '地区生产总值' },
      { text: '177.8亿元', indicator: '一般公共预算收入' },
    ],
  },
];

describe('noise, hand-written', () => {
  for (const row of handWritten) it(rowName(row), () => checkRow(row));
});

// Clean sentences of each rule family, and what they hold; every noise is applied to each.
const clean: Array<{ input: string; title?: string; expect: Expected[] }> = [
  {
    input: '全年实现地区生产总值1635亿元、增长2%以上。',
    expect: [
      { text: '1635亿元', indicator: '地区生产总值', value: 1635, unit: '亿元' },
      { text: '2%以上', indicator: '地区生产总值', measure: 'growth', value: 2, qualifier: 'above' },
    ],
  },
  {
    input: '一般公共预算收入177.8亿元,同口径增长2.1%。',
    expect: [
      { text: '177.8亿元', indicator: '一般公共预算收入', value: 177.8 },
      { text: '2.1%', measure: 'growth', value: 2.1 },
    ],
  },
  {
    input: '存、贷款余额分别增长22.8%、17.7%。',
    expect: [
      { text: '22.8%', ind: '存款余额', value: 22.8 },
      { text: '17.7%', ind: '贷款余额', value: 17.7 },
    ],
  },
  {
    input: '新增规上工业企业3~5个,新增上市企业2-3家。',
    expect: [
      { text: '3~5个', value: 3, valueMax: 5, unit: '个' },
      { text: '2-3家', value: 2, valueMax: 3, unit: '家' },
    ],
  },
  {
    input: '城镇调查失业率控制在5.5%以内,居民消费价格涨幅3%左右。',
    expect: [
      { text: '5.5%以内', qualifier: 'below', value: 5.5 },
      { text: '3%左右', qualifier: 'about', value: 3 },
    ],
  },
  { input: '规上工业单位增加值能耗下降8.65%。', expect: [{ text: '8.65%', measure: 'growth', value: -8.65, ind: '能耗' }] },
  {
    input: '研发投入占地区生产总值比重提高0.2个百分点。',
    expect: [{ text: '0.2个百分点', measure: 'change', value: 0.2, unit: '个百分点', ind: '比重' }],
  },
  {
    input: '集装箱吞吐量突破800万标箱,PM2.5平均浓度24微克/立方米。',
    expect: [
      { text: '突破800万标箱', qualifier: 'above', unit: '万标箱' },
      { text: '24微克/立方米', unit: '微克/立方米', value: 24 },
    ],
  },
  {
    input: '实际使用外资12.5亿美元,进出口总额1,520亿元。',
    expect: [
      { text: '12.5亿美元', unit: '亿美元', value: 12.5 },
      { text: '1,520亿元', value: 1520 },
    ],
  },
  {
    input: '加快建设180余个市级重点项目,规上物贸企业实现营收近1400亿元。',
    expect: [
      { text: '180余个', qualifier: 'above', value: 180 },
      { text: '近1400亿元', qualifier: 'near', value: 1400 },
    ],
  },
  {
    input: '新增高新技术企业120家,引进高层次人才1200人,改造提升高标准农田1.4万亩。',
    expect: [
      { text: '120家', ind: '高新技术企业' },
      { text: '1200人', ind: '人才' },
      { text: '1.4万亩', ind: '高标准农田', unit: '万亩' },
    ],
  },
  {
    input: '过去一年,地区生产总值增长6%。今年经济社会发展的主要预期目标是:地区生产总值增长5%左右。',
    title: '某市2024年政府工作报告',
    expect: [
      { text: '6%', kind: 'actual', period: 2023 },
      { text: '5%左右', kind: 'target', period: 2024 },
    ],
  },
];

describe.each(Object.keys(NOISES))('noise: %s', (name) => {
  for (const row of clean) {
    it(row.input.length > 40 ? `${row.input.slice(0, 38)}…` : row.input, () => {
      const noisy = NOISES[name](row.input, rng(seedOf(name + row.input)));
      const mentions = mentionsOf(noisy.text, row.title);
      for (const e of row.expect) {
        const at = row.input.indexOf(e.text);
        expect(at, `${e.text} is in the clean sentence`).toBeGreaterThanOrEqual(0);
        const [s, t] = spanOf(noisy, at, at + e.text.length);
        expectMention(mentions, { ...e, text: noisy.text.slice(s, t) });
      }
    });
  }
});
