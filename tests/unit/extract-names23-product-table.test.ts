// Indicator names, round names23: a communiqué's table of the product by sector, flattened into lines or cells
// (表1 2017年全区生产总值及其增长速度 | 绝对值(亿元) | 比上年增长(%), its first row the total 地区生产总值, then 第一产业,
// 农林牧渔业, 工业 …): a sector's row is that sector's value added (工业 → 工业增加值), as the prose above each table says
// (第一产业增加值261.07亿元). Real tables of the fixtures and of an unseen page (its address given); each named row
// failed before the rule, the total's row guards it.
import { describe, it } from 'vitest';
import { checkRow, type Row, rowName } from './helpers/engine';
import { passage } from './helpers/real-pages';

const row = (path: string, from: string, to: string, expect: Row['expect']): Row => ({ input: passage(path, from, to), expect });

const rows: Row[] = [
  row('tests/fixtures/judged/pages/county-jingyuan-2018-communique.txt', '表1:2018年泾源县', '金融业 11082 3.9', [
    { text: '184413', indicator: '全县地区生产总值' },
    { text: '8848', indicator: '工业增加值' },
    { text: '-45.1', indicator: '工业增加值' },
    { text: '11082', indicator: '金融业增加值' },
  ]),
  row('tests/fixtures/judged/pages17/city-2022-communique.txt', '2022年全市地区生产总值及增速', '建筑业 | 130.52 | 3.1 |', [
    { text: '609.91', indicator: '地区生产总值' },
    { text: '63.44', indicator: '第一产业增加值' },
    { text: '166.32', indicator: '工业增加值' },
    { text: '130.52', indicator: '建筑业增加值' },
  ]),
  row('tests/fixtures/detect-corpus/texts/h12-com-chizhou-2016-xiaze.txt', '2016年全市生产总值及增长速度', '265.8\n8.4', [
    { text: '71.2', indicator: '第一产业增加值' },
    { text: '265.8', indicator: '第二产业增加值' },
  ]),
  // (a share column: the sector's share of the product, 行业占比(%))
  row('tests/fixtures/judged/pages11/county-changshun-2016-communique-trad.txt', '表1 長順縣2016年', '111250 |\n114767 |\n12.7 |\n21 |', [
    { text: '138062', indicator: '农、林、牧、渔业增加值' },
    { text: '26.1', indicator: '农、林、牧、渔业增加值比重' },
  ]),
  // http://xiaomonv0755.com/tjgb/30nx/35663.html (宁夏 2017 communiqué, traditional, the table a cell a line)
  {
    input:
      '表12017年全區生產總值及其增長速度\n指標\n絕對值(億元)\n比上年增長(%)\n全區生產總值\n3453.93\n7.8\n農林牧漁業\n276.64\n4.3\n工業\n1096.30\n8.4\n建筑業\n484.36\n3.7\n批發和零售業\n160.92\n8.7\n',
    expect: [
      { text: '3453.93', indicator: '全区生产总值' },
      { text: '276.64', indicator: '农林牧渔业增加值' },
      { text: '1096.30', indicator: '工业增加值' },
      { text: '8.7', indicator: '批发和零售业增加值' },
    ],
  },
];

describe("a sector's row in a table of the product is the sector's value added", () => {
  for (const r of rows) it(rowName(r), () => checkRow(r));
});
