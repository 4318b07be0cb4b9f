// Tables flattened into text (lib/extract/table-cells.ts): a header naming its columns' units, then rows of a label
// and numbers; each number is read in its column's unit and named by its row. Each input is a real table's first
// lines, where it came from beside it; a block with no unit in its header gives nothing.
import { describe, it } from 'vitest';
import { checkRow, rowName, type Row } from './helpers/engine';

const COMMUNIQUE_2022 = '2022年统计公报';

const rows: Row[] = [
  {
    name: 'columns split by |, a level and a growth (judged/pages17/city-2022-communique.txt)',
    title: COMMUNIQUE_2022,
    input:
      '2022年全市地区生产总值及增速\n指 标 | 绝对数(亿元) | 比上年增长(%) |\n地区生产总值 | 609.91 | 5.2 |\n其中:第一产业 | 63.44 | 4.5 |',
    expect: [
      { text: '609.91', indicator: '地区生产总值', measure: 'level', value: 609.91, unit: '亿元', kind: 'actual' },
      { text: '5.2', indicator: '地区生产总值', measure: 'growth', value: 5.2, unit: '%' },
      { text: '63.44', indicator: '第一产业', measure: 'level', unit: '亿元' },
      { text: '4.5', indicator: '第一产业', measure: 'growth', unit: '%' },
    ],
    exactly: ['609.91', '5.2', '63.44', '4.5'],
  },
  {
    name: 'a header with no separators, a fall in the growth column (judged/pages/county-jingyuan-2018-communique.txt)',
    input:
      '表1:2018年泾源县地区生产总值及其增长速度\n指标 绝对值(万元) 比上年增长(%)\n全县地区生产总值 184413 6.0\n农林牧渔业 37554 4.0\n工业 8848 -45.1',
    expect: [
      { text: '184413', indicator: '全县地区生产总值', measure: 'level', value: 184413, unit: '万元' },
      { text: '6.0', measure: 'growth', value: 6, unit: '%' },
      { text: '8848', indicator: '工业', unit: '万元' },
      { text: '-45.1', indicator: '工业', measure: 'growth', value: -45.1 },
    ],
    exactly: ['184413', '6.0', '37554', '4.0', '8848', '-45.1'],
  },
  {
    name: 'each row’s unit in a 单位 column, a cell a line (judged/pages9/district-2021-communique.txt)',
    input:
      '表一: 地 区 生 产 总 值\n指 标 |\n单位 |\n2021年 |\n比上年增长(%) |\n地区生产总值 |\n亿元 |\n91.3 |\n7.5 |\n第一产业 |\n亿元 |\n6.2 |\n6.9 |\n第二产业 |',
    expect: [
      { text: '91.3', indicator: '地区生产总值', measure: 'level', unit: '亿元' },
      { text: '7.5', indicator: '地区生产总值', measure: 'growth', unit: '%' },
      { text: '6.2', indicator: '第一产业', unit: '亿元' },
    ],
    exactly: ['91.3', '7.5', '6.2', '6.9'],
  },
  {
    name: 'a group’s heading row with empty cells inside the table (tjj.beijing.gov.cn/tjsj_31433/yjdsj_31440/gy_31782/2020/202010/t20201021_2116734.html)',
    input:
      '2020年1-9月 | ||\n项 目 | 9月同比增长(%) | 1-9月同比增长(%) |\n合 计 | 5.4 | -0.1 |\n按经济类型分组 | ||\n其中:国有企业 | 7.9 | -3.1 |\n股份制企业 | 2.9 | -0.5 |',
    expect: [
      { text: '-0.1', indicator: '合计', measure: 'growth', value: -0.1 },
      { text: '-3.1', indicator: '国有企业', measure: 'growth' },
    ],
    exactly: ['5.4', '-0.1', '7.9', '-3.1', '2.9', '-0.5'],
  },
  {
    name: 'no unit in the header: counts of a yearbook table are not read (tjj.shandong.gov.cn/tjnj/nj2003/12/12-11.htm)',
    input: '| 类 别 | 企 业 | 工 业 | 工 业 | 工 业 | 资产合计 | |\n| 总 计 | 8377 | 1047 | 45461718 | 44155651 | 12868357 | 35949602 |',
    expect: [],
    exactly: [],
  },
];

describe('table cells read in their column’s unit', () => {
  for (const row of rows) it(rowName(row), () => checkRow(row));
});
