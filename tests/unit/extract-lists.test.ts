// Lists that share an indicator: a level and a growth of one thing (地区生产总值1635亿元、增长2%以上),
// items of one list that carry a common verb (新增…6家、…2家), and 分别 distributing values over a
// list of nouns (存、贷款余额分别增长22.8%、17.7%).
import { describe, it } from 'vitest';
import { checkRow, rowName, type Row } from './helpers/engine';

const rows: Row[] = [
  {
    name: 'level and growth share the indicator',
    input: '全年实现地区生产总值1635亿元、增长2%以上。',
    exactly: ['1635亿元', '2%以上'],
    expect: [
      { text: '1635亿元', indicator: '地区生产总值', measure: 'level' },
      { text: '2%以上', indicator: '地区生产总值', measure: 'growth', qualifier: 'above' },
    ],
  },
  {
    name: 'a note in parentheses between them',
    input: '地区生产总值1635亿元(预计数,下同)、增长2%以上。',
    expect: [
      { text: '1635亿元', indicator: '地区生产总值' },
      { text: '2%以上', indicator: '地区生产总值', measure: 'growth' },
    ],
  },
  {
    name: 'two level+growth pairs in one sentence, the second with a fall',
    input: '实际使用外资12.5亿美元、增长15%,进出口总额1520亿元、下降3%。',
    expect: [
      { text: '12.5亿美元', ind: '外资' },
      { text: '15%', ind: '外资', measure: 'growth', value: 15 },
      { text: '1520亿元', ind: '进出口总额' },
      { text: '3%', ind: '进出口总额', measure: 'growth', value: -3 },
    ],
  },
  {
    name: '其中 opens a part with its own indicator',
    input: '规上工业产值3100亿元、增长4.7%,其中高技术产业产值1200亿元、增长9%。',
    expect: [
      { text: '4.7%', indicator: '规上工业产值' },
      { text: '1200亿元', indicator: '高技术产业产值' },
      { text: '9%', indicator: '高技术产业产值', measure: 'growth' },
    ],
  },
  {
    name: '分别 over a shared head (存、贷款余额)',
    input: '存、贷款余额分别增长22.8%、17.7%。',
    expect: [
      { text: '22.8%', ind: '存款余额', measure: 'growth', value: 22.8 },
      { text: '17.7%', ind: '贷款余额', measure: 'growth', value: 17.7 },
    ],
  },
  {
    name: '分别 over a shared head with a longer prefix',
    input: '金融机构本外币存、贷款余额分别增长22.8%、17.7%。',
    expect: [
      { text: '22.8%', ind: '存款余额' },
      { text: '17.7%', ind: '贷款余额' },
    ],
  },
  {
    name: '分别 over parallel prefixes (城镇、农村居民…)',
    input: '城镇、农村居民人均可支配收入分别增长3.5%、5.6%。',
    expect: [
      { text: '3.5%', indicator: '城镇居民人均可支配收入' },
      { text: '5.6%', indicator: '农村居民人均可支配收入' },
    ],
  },
  {
    name: '分别 with 和 and levels',
    input: '城镇和农村居民人均可支配收入分别达到7.2万元和4.1万元。',
    expect: [
      { text: '7.2万元', indicator: '城镇居民人均可支配收入', measure: 'level' },
      { text: '4.1万元', indicator: '农村居民人均可支配收入', measure: 'level' },
    ],
  },
  {
    name: '分别 over a shared prefix (一般公共预算收入、支出)',
    input: '一般公共预算收入、支出分别为177.8亿元、210亿元。',
    expect: [
      { text: '177.8亿元', indicator: '一般公共预算收入' },
      { text: '210亿元', indicator: '一般公共预算支出' },
    ],
  },
  {
    name: '分别 over three items',
    input: '第一、二、三产业增加值分别增长2.1%、4.5%和6.8%。',
    expect: [
      { text: '2.1%', ind: '第一产业增加值' },
      { text: '4.5%', ind: '第二产业增加值' },
      { text: '6.8%', ind: '第三产业增加值' },
    ],
  },
  {
    name: '分别 in traditional characters',
    input: '存、貸款餘額分別增長22.8%、17.7%。',
    expect: [
      { text: '22.8%', ind: '存款余额' },
      { text: '17.7%', ind: '贷款余额' },
    ],
  },
  {
    name: '新增 carries over the items of a list',
    input: '新增国家级专精特新“小巨人”企业6家、省工业互联网标杆工厂2家。',
    expect: [
      { text: '6家', ind: '小巨人' },
      { text: '2家', ind: '省工业互联网标杆工厂' },
    ],
  },
  {
    name: 'items of a list each name their own noun',
    input: '建成5G基站1200个、充电桩3000个。',
    expect: [
      { text: '1200个', ind: '5G基站' },
      { text: '3000个', ind: '充电桩', notInd: ['基站'] },
    ],
  },
  {
    name: 'a generic measure after a count belongs to the counted things',
    input: '新谋划重点项目630个、总投资1280亿元。',
    expect: [
      { text: '630个', ind: '重点项目' },
      { text: '1280亿元', ind: '总投资' },
    ],
  },
];

describe('lists and 分别', () => {
  for (const row of rows) it(rowName(row), () => checkRow(row));
});
