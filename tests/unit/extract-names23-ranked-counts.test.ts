// Indicator names, round names23: a count of things said with where they rank, the class right after the value and
// the rank after it (8项主要经济指标增速居全国前3位): the count is of the things that rank so, named 增速居全国前3位的主要
// 经济指标. Before, the name read after the value ran the class into the rank clause or cut it at the rank's digits
// (主要经济指标增速居全国前); and a next count that names its own class after it (7项指标创历史最好水平) took the renamed
// first one's name. Real sentences of real-dev and of an unseen page (its address given); each row failed before.
import { describe, it } from 'vitest';
import { checkRow, type Row, rowName } from './helpers/engine';
import { sentenceOf } from './helpers/real-pages';

const row = (path: string, phrase: string, expect: Row['expect']): Row => ({ input: sentenceOf(path, phrase), expect });

const rows: Row[] = [
  row('../shared/eval/real-dev/reports/prov-gansu-2025.txt', '8项主要经济指标增速居全国前3位', [
    { text: '8项', indicator: '增速居全国前3位的主要经济指标' },
  ]),
  row('../shared/eval/real-dev/reports/prov-jiangsu-2025.txt', '9家国家级经开区跻身全国30强', [
    { text: '9家', indicator: '跻身全国30强的国家级经开区' },
  ]),
  // https://heilongjiang.big5.dbw.cn/system/2009/01/09/051699202.shtml (七台河 2008, traditional)
  {
    input: '社會消費品零售總額36億元,增長20%。外貿進出口總額3500萬美元,增長26%。6項指標增幅居全省前列,7項指標創歷史最好水平。',
    expect: [
      { text: '6項', indicator: '增幅居全省前列的指标' },
      { text: '7項', indicator: '创历史最好水平的指标' },
    ],
  },
];

describe('a count said with where it ranks is named by the rank and its class', () => {
  for (const r of rows) it(rowName(r), () => checkRow(r));
});
