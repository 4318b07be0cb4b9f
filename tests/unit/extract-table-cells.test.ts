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
      { text: '63.44', indicator: '第一产业增加值', measure: 'level', unit: '亿元' },
      { text: '4.5', indicator: '第一产业增加值', measure: 'growth', unit: '%' },
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
      { text: '8848', indicator: '工业增加值', unit: '万元' },
      { text: '-45.1', indicator: '工业增加值', measure: 'growth', value: -45.1 },
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
      { text: '6.2', indicator: '第一产业增加值', unit: '亿元' },
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
  {
    name: 'a cell a line, no separators, two number cells a row (xiaomonv0755.com/tjgb/30nx/35663.html, 宁夏 2017, traditional)',
    input:
      '表12017年全區生產總值及其增長速度\n指標\n絕對值(億元)\n比上年增長(%)\n全區生產總值\n3453.93\n7.8\n農林牧漁業\n276.64\n4.3\n工業\n1096.30\n8.4\n' +
      '年末全區常住人口681.79萬人,比上年末增加6.89萬人。',
    expect: [
      { text: '3453.93', indicator: '全区生产总值', measure: 'level', value: 3453.93, unit: '亿元', kind: 'actual' },
      { text: '7.8', indicator: '全区生产总值', measure: 'growth', value: 7.8, unit: '%' },
      { text: '1096.30', indicator: '工业增加值', unit: '亿元' },
      { text: '8.4', indicator: '工业增加值', measure: 'growth', unit: '%' },
    ],
    exactly: ['3453.93', '7.8', '276.64', '4.3', '1096.30', '8.4', '681.79萬人', '6.89萬人'],
  },
  {
    name: 'a cell a line ended by |, a growth head in % without brackets (nextlevelartsconsulting.com/thuadong/7226.html)',
    input:
      '表1:主要农产品产量\n农产品名称 |\n总产量(万吨) |\n比上年±% |\n粮食 |\n61.84 |\n0.74 |\n其中:夏粮 |\n31.82 |\n0.15 |\n油料 |\n0.69 |\n-3.3 |',
    expect: [
      { text: '61.84', indicator: '粮食', measure: 'level', value: 61.84, unit: '万吨' },
      { text: '0.74', indicator: '粮食', measure: 'growth', unit: '%' },
      { text: '31.82', indicator: '夏粮', unit: '万吨' },
      { text: '-3.3', indicator: '油料', measure: 'growth', value: -3.3 },
    ],
    exactly: ['61.84', '0.74', '31.82', '0.15', '0.69', '-3.3'],
  },
  {
    name: 'rows parted by a lone | line, a share column (ilynn.cn/document_detail/11374.html, 长顺 2016, traditional with readings)',
    input:
      '表1 長順縣2016年地區(qū)生產(chǎn)總值構(gòu)成表\n|\n行業(yè)名稱 |\n現(xiàn)價(jià) (萬元) |\n不變價(jià) (萬元) |\n增速 (%) |\n行業(yè)占 比(%) |\n|\n' +
      '地區(qū)生產(chǎn)總值 |\n529757 |\n520278 |\n13.1 |\n100 |\n|\n農(nóng)、林、牧、漁業(yè) |\n138062 |\n116527 |\n6.5 |\n26.1 |\n|\n',
    expect: [
      { text: '529757', indicator: '地区生产总值', measure: 'level', unit: '万元' },
      { text: '13.1', indicator: '地区生产总值', measure: 'growth', unit: '%' },
      { text: '26.1', indicator: '农、林、牧、渔业增加值比重', measure: 'level', unit: '%' },
    ],
    exactly: ['529757', '520278', '13.1', '100', '138062', '116527', '6.5', '26.1'],
  },
  {
    name: 'a header with no label column’s head, after the table’s title (detect-corpus/texts/h-com-yuhuan-2019.txt)',
    input:
      '表1 2019年玉环市生产总值\n| 绝 对 数 (亿元) | 比上年增长 (%) |\n地区生产总值 | 617.50 | 5.2 |\n第一产业 | 37.11 | 2.6 |\n第二产业 | 339.85 | 4.5 |',
    expect: [
      { text: '617.50', indicator: '地区生产总值', measure: 'level', unit: '亿元' },
      { text: '5.2', indicator: '地区生产总值', measure: 'growth', unit: '%' },
      { text: '4.5', indicator: '第二产业增加值', measure: 'growth', unit: '%' },
    ],
    exactly: ['617.50', '5.2', '37.11', '2.6', '339.85', '4.5'],
  },
  {
    name: 'a plan’s table of targets met: a head’s year and kind, cells with 左右, words in a cell, a column of words (report-pairs/texts/city-hangzhou-2020-drc-plan.txt)',
    input:
      '表1:2019年国民经济和社会发展主要预期目标完成情况\n\n指标名称\n\n2019年目标增长(%)\n\n2019年实际增长(%)\n\n指标属性\n\n' +
      '地区生产总值\n\n7左右\n\n6.8\n\n预期性\n\n一般公共预算收入\n\n7.5\n\n7.7\n\n预期性\n\n' +
      '研究与试验发展经费支出占地区生产总值比重\n\n3.4左右\n\n3.4左右\n\n预期性\n\n全员劳动生产率\n\n稳步提高\n\n稳步提高\n\n预期性\n\n' +
      '(一)经济运行稳中求进,质量效益稳步提升。',
    expect: [
      { text: '7左右', indicator: '地区生产总值', measure: 'growth', value: 7, qualifier: 'about', kind: 'target', period: 2019 },
      { text: '6.8', indicator: '地区生产总值', measure: 'growth', value: 6.8, qualifier: 'exact', kind: 'actual', period: 2019 },
      { text: '7.5', indicator: '一般公共预算收入', kind: 'target', period: 2019 },
      { text: '7.7', indicator: '一般公共预算收入', kind: 'actual', period: 2019 },
    ],
    exactly: ['7左右', '6.8', '7.5', '7.7', '3.4左右', '3.4左右'],
  },
  {
    name: 'a number alone between words, as a PDF wraps it, is no cell: it joins its unit (baijiadoc.com/doc/qez6zhdahq, 吉林 2020; a guard)',
    input: '红旗品牌汽车产量\n10.4\n万辆、销量\n10.02\n万辆,分别是上年的\n3.1\n倍、\n3\n倍,这在中国汽车产业发展史上具有里程碑意义。',
    expect: [
      { text: '10.4\n万辆', indicator: '红旗品牌汽车产量', value: 10.4, unit: '万辆' },
      { text: '10.02\n万辆', unit: '万辆' },
      { text: '3.1\n倍', unit: '倍' },
    ],
  },
];

describe('table cells read in their column’s unit', () => {
  for (const row of rows) it(rowName(row), () => checkRow(row));
});
