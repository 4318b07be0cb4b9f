// Indicator names, round names21: a communiqué's footnote mark inside a name (谷物[1]播种面积, 四大主导产业［7］增加值占比) or
// left open at its end is no part of the thing measured (the mark at a name's end was left off already: phrases.ts).
// Each row is a real sentence; each failed before the rule.
import { describe, it } from 'vitest';
import { checkRow, type Row, rowName } from './helpers/engine';
import { sentenceOf } from './helpers/real-pages';

const HAINAN_2025 = '../shared/eval/real-dev/reports/prov-hainan-2025.txt';

const rows: Row[] = [
  {
    // http://565865.com/news/7137.html (国家统计局, 2021年粮食产量数据, a repost)
    input:
      '一、全国粮食播种面积117632千公顷(176447万亩),比2020年增加863千公顷(1295万亩),增长0.7%。其中谷物[1]播种面积100177千公顷(150266万亩),比2020年增加2213千公顷(3320万亩),增长2.3%。',
    expect: [
      { text: '100177千公顷', indicator: '谷物播种面积' },
      { text: '2.3%', indicator: '谷物播种面积' },
    ],
  },
  { input: sentenceOf(HAINAN_2025, '四大主导产业［7］'), expect: [{ text: '4个百分点', indicator: '四大主导产业增加值占比' }] },
  {
    input: sentenceOf(HAINAN_2025, '一场两馆［24］'),
    expect: [{ text: '90%', indicator: '全民健身活动中心和“一场两馆”对外开放率' }],
  },
];

describe('a footnote mark inside a name is no part of it', () => {
  for (const r of rows) it(rowName(r), () => checkRow(r));
});
