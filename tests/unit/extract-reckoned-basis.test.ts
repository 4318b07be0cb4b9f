// The basis a figure is reckoned on (按可比价格, 按可比口径计算, 自然, 同口径) is no part of its name, and a
// name that is only a basis is of the thing the figure before measured (lib/extract/name-compared.ts). Sentences from real
// report pages (gold set 4; judged corpora pages11 and pages12).
import { describe, it } from 'vitest';
import { checkRow, rowName, type Row } from './helpers/engine';

const rows: Row[] = [
  {
    name: '自然 and 同口径 before a budget revenue’s growth and level (gold set 4, a county report of 2023)',
    title: '',
    input: '第三产业增加值46亿元,增长3.5%;地方一般公共预算收入3.5亿元,自然增幅2%,同口径完成3.67亿元,增幅6.1%;固定资产投资增长19%;',
    expect: [
      { text: '2%', indicator: '地方一般公共预算收入', measure: 'growth' },
      { text: '3.67亿元', indicator: '地方一般公共预算收入' },
      { text: '6.1%', indicator: '地方一般公共预算收入', measure: 'growth' },
    ],
  },
  {
    name: '按可比价格 after the output and its note (judged corpus pages12, 嘉鱼县 2019 communiqué)',
    title: '',
    input: '2019年,全年实现地区生产总值288.96亿元(现价,下同),按可比价格比上年增长7.8%。',
    expect: [{ text: '7.8%', indicator: '地区生产总值', measure: 'growth' }],
  },
  {
    name: '按可比口径计算 after the name (judged corpus pages11, 北京 1999)',
    title: '',
    input: '国民经济运行的整体效益明显提高,地方财政收入按可比口径计算增长20%,达到227.3亿元,社会商品零售价格总水平下降1.7%。',
    expect: [
      { text: '20%', indicator: '地方财政收入' },
      { text: '227.3亿元', indicator: '地方财政收入' },
    ],
  },
];

describe('a name without the basis its figure is reckoned on', () => {
  for (const row of rows) it(rowName(row), () => checkRow(row));
});
