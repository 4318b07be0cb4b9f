// Numbers as reports write them: ASCII and full-width digits, decimals, thousands separators,
// ranges, magnitudes (万/亿/万亿, 萬/億) and Chinese numerals where they count something.
import { describe, it } from 'vitest';
import { checkRow, rowName, type Row } from './helpers/engine';

const rows: Row[] = [
  // plain, decimal, thousands
  { input: '全年实现地区生产总值1635亿元。', expect: [{ text: '1635亿元', value: 1635, unit: '亿元' }] },
  { input: '一般公共预算收入177.8亿元。', expect: [{ text: '177.8亿元', value: 177.8, unit: '亿元' }] },
  { input: '农村居民人均可支配收入21856元。', expect: [{ text: '21856元', value: 21856, unit: '元' }] },
  { input: '全年进出口总额1,520亿元。', expect: [{ text: '1,520亿元', value: 1520, unit: '亿元' }] },
  { input: '一般公共预算支出1,234,567.8万元。', expect: [{ text: '1,234,567.8万元', value: 1234567.8, unit: '万元' }] },
  { input: '城镇居民人均可支配收入0.85万元。', expect: [{ text: '0.85万元', value: 0.85, unit: '万元' }] },
  // full-width digits and signs
  { input: '全年实现地区生产总值１６３５亿元。', expect: [{ text: '１６３５亿元', value: 1635, unit: '亿元' }] },
  {
    input: '一般公共预算收入１７７．８亿元，增长２．１％。',
    expect: [
      { text: '１７７．８亿元', value: 177.8 },
      { text: '２．１％', value: 2.1, unit: '%' },
    ],
  },
  // magnitudes: the unit keeps them, the value is as written
  { input: '国内生产总值超过126万亿元。', expect: [{ text: '超过126万亿元', value: 126, unit: '万亿元' }] },
  { input: '粮食产量1.39万亿斤。', expect: [{ text: '1.39万亿斤', value: 1.39, unit: '万亿斤' }] },
  { input: '新增城镇就业1244万人。', expect: [{ text: '1244万人', value: 1244, unit: '万人' }] },
  { input: '實際使用外資12.5億美元。', expect: [{ text: '12.5億美元', value: 12.5, unit: '亿美元' }] },
  { input: '城鎮新增就業1.2萬人。', expect: [{ text: '1.2萬人', value: 1.2, unit: '万人' }] },
  { input: '年末常住人口130万，比上年末增加1.1万。', expect: [{ text: '130万', value: 130, unit: '万' }] },
  // ranges: value is the low end, valueMax the high end
  { input: '新增规上工业企业3~5个。', expect: [{ text: '3~5个', value: 3, valueMax: 5, unit: '个' }] },
  { input: '新增上市企业2-3家。', expect: [{ text: '2-3家', value: 2, valueMax: 3, unit: '家' }] },
  { input: '地区生产总值增长4.5%-5%。', expect: [{ text: '4.5%-5%', value: 4.5, valueMax: 5, unit: '%', measure: 'growth' }] },
  { input: '打造数字化转型标杆项目3至5个。', expect: [{ text: '3至5个', value: 3, valueMax: 5, unit: '个' }] },
  { input: '完成固定资产投资10-15亿元。', expect: [{ text: '10-15亿元', value: 10, valueMax: 15, unit: '亿元' }] },
  { input: '新增高新技术企业３～５家。', expect: [{ text: '３～５家', value: 3, valueMax: 5, unit: '家' }] },
  { input: '地区生产总值增长5.5%—6%。', expect: [{ text: '5.5%—6%', value: 5.5, valueMax: 6 }] },
  { input: '规上工业增加值增长6%到7%。', expect: [{ text: '6%到7%', value: 6, valueMax: 7 }] },
  { input: '新建保障性住房3到5个。', expect: [{ text: '3到5个', value: 3, valueMax: 5 }] },
  { input: '单位地区生产总值能耗下降2%-3%。', expect: [{ text: '2%-3%', value: -3, valueMax: -2, measure: 'growth' }] },
  // Chinese numerals where they count something
  { input: '新增两家上市公司。', expect: [{ text: '两家', value: 2, unit: '家' }] },
  { input: '去年建成三个口袋公园。', expect: [{ text: '三个', value: 3, unit: '个' }] },
  { input: '全年引进十二家总部企业。', expect: [{ text: '十二家', value: 12, unit: '家' }] },
  { input: '累计培育二十五个省级示范村。', expect: [{ text: '二十五个', value: 25, unit: '个' }] },
  // rates in words, as older reports write them: per cent, and per thousand (‰)
  { input: '国民生产总值增长百分之十三点四。', expect: [{ text: '百分之十三点四', value: 13.4, unit: '%' }] },
  {
    input: '今年人口自然增长率要降到千分之十左右。',
    expect: [{ text: '千分之十左右', value: 10, unit: '‰', qualifier: 'about', indicator: '人口自然增长率' }],
  },
  { input: '人口出生率为千分之十二点一。', expect: [{ text: '千分之十二点一', value: 12.1, unit: '‰' }] },
  // a repost's digits after the words (gold-heldout3, national 2007)
  { input: '国内生产总值增长百分之8左右。', expect: [{ text: '百分之8左右', value: 8, unit: '%', qualifier: 'about' }] },
  { input: '城镇登记失业率控制在百分之4.6以內。', expect: [{ text: '百分之4.6以內', value: 4.6, unit: '%', qualifier: 'below' }] },
  { input: '人口自然增长率控制在千分之十至千分之十二。', expect: [{ text: '千分之十至千分之十二', value: 10, valueMax: 12, unit: '‰' }] },
  // the 支 of 支持 and the 项 of 项目 are no units after a bare magnitude; a verb of what the sum is for ends it
  { input: '828亿支持加快交通建设', expect: [{ text: '828亿', value: 828, unit: '亿' }] },
  { input: '全年安排3亿项目资金。', expect: [] },
  { input: '引进5支团队。', expect: [{ text: '5支', value: 5, unit: '支' }] },
  // a fraction is no rate of its own: 三分之一的企业
  { input: '三分之一的企业实现扭亏。', expect: [] },
];

describe('numbers, ranges, magnitudes', () => {
  for (const row of rows) it(rowName(row), () => checkRow(row));
});
