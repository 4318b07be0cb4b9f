// A range in Chinese numerals, the smaller digit word and a 、 before the next one (五、六倍, 两、三倍, as 二、三百亿度 and
// 二、三十亿斤 with a magnitude), is one figure from the low to the high end (lib/extract/numbers.ts); a digit word that
// is no quantity (两、三年内, 二、三产业, 四、五中全会) stays none. Sentences from whole real reports (judged samples).
import { describe, it } from 'vitest';
import { checkRow, rowName, type Row } from './helpers/engine';

const rows: Row[] = [
  {
    name: 'five or six times, a multiple alone before its unit (judged sample 41, national 1955)',
    title: '1955年政府工作报告',
    input: '薯类象红薯、土豆等则比一般杂粮的产量要多五、六倍（在使用上，二斤半薯类可以顶一斤粮食）。',
    expect: [{ text: '五、六倍', value: 5, valueMax: 6, unit: '倍' }],
  },
  {
    name: 'two or three times, 两 as the low end (judged sample 45, national 1978)',
    title: '1978年政府工作报告',
    input: '八年内使它们提供的商品粮比现在增加两、三倍；一头是抓好低产缺粮地区，使它们在两、三年内实现粮食自给自余。',
    expect: [{ text: '两、三倍', value: 2, valueMax: 3, unit: '倍' }],
  },
  {
    name: 'two or three hundred, with a magnitude, as before (judged sample 38, national 1979)',
    title: '1979年政府工作报告',
    input: '据有关部门初步估算，工业交通企业目前一年大约多耗电二、三百亿度，多耗煤几千万吨。',
    expect: [{ text: '二、三百亿度', value: 200, valueMax: 300 }],
  },
  {
    name: 'years named by digit words are no figure (judged sample 45, national 1978)',
    title: '1978年政府工作报告',
    input: '一头是抓好低产缺粮地区，使它们在两、三年内实现粮食自给自余。',
    exactly: [],
    expect: [],
  },
  {
    name: 'sectors named by digit words are no figure (real-dev)',
    title: '政府工作报告',
    input: '业为重点，加快发展农村二、三产业。',
    exactly: [],
    expect: [],
  },
];

describe('a range in Chinese numerals, 五、六倍', () => {
  for (const row of rows) it(rowName(row), () => checkRow(row));
});
