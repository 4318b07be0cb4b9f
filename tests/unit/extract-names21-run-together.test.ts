// Indicator names, round names21: rates of a 分别 list written with nothing between them (分别增长15.5%10.5%), text a PDF
// preview or a conversion lost the 、 of: each goes to its own item, with the list's measure. Real sentences; each
// failed before the rule (the whole noun list was the name of both, the second a level). Other quantities run together
// stay apart (a rate of a noisy repost next to a count: gold-heldout4's Shaanxi 2021 list, scored by score:heldout4).
import { describe, it } from 'vitest';
import { checkRow, type Row, rowName } from './helpers/engine';
import { sentenceOf } from './helpers/real-pages';

const rows: Row[] = [
  {
    // http://baijiadoc.com/doc/th77cjd0br (洛江区2020年政府工作报告, a DOCX preview)
    input: '(一)千方百计稳增长。全面落实“六稳”政策措施,\n全区规模以上工业产值、工业增加值分别增长 15.5%10.5%\n',
    expect: [
      { text: '15.5%', indicator: '规模以上工业产值', measure: 'growth' },
      { text: '10.5%', indicator: '工业增加值', measure: 'growth' },
    ],
  },
  {
    input: sentenceOf('tests/fixtures/detect-corpus/texts/h10-plan-shantou-2010-rd.txt', '18.8%33.7%'),
    expect: [
      { text: '18.8%', indicator: '金融机构本外币存款余额', measure: 'growth' },
      { text: '33.7%', indicator: '金融机构本外币贷款余额', measure: 'growth' },
    ],
  },
  {
    input: sentenceOf('tests/fixtures/judged/pages/city-hengyang-2020.txt', '9%12%'),
    expect: [{ text: '12%', indicator: '固定资产投资', measure: 'growth' }],
  },
];

describe('rates of a list run together go to their own items', () => {
  for (const r of rows) it(rowName(r), () => checkRow(r));
});
