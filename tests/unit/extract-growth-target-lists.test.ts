// A digest's growth targets as a list, a place and its rate a line each, after the paragraph that names the target and
// its year (均提出了2011年GDP的增速目标。…\n重庆:13.5%\n西藏:12%以上): each rate is that year's GDP growth target, not
// a level nor last year's result (lib/extract/growth-target-passages.ts). A rate with a time of its own (由去年的7.5%左右
// 上调为…) keeps its year. Real passages of news pages, where each came from beside it.
import { describe, it } from 'vitest';
import { checkRow, rowName, type Row } from './helpers/engine';

const rows: Row[] = [
  {
    name: 'a list of provinces’ targets a line each, traditional (syjhqp.com/news/201101/25/527.html)',
    title: '',
    input:
      '各項預期目標中,最受各界關注的仍是GDP的增幅指標。記者發現,各地綜合各方面因素,根據實際情況,均提出了2011年GDP的增速目標。其中,重慶以13.5%的增幅預期,排在已公布相關數據的省(市、區)前列。記者同時發現,中西部地區的數據明顯高于東部地區,且均為“兩位數”的增幅。\n' +
      '重慶:13.5%\n西藏:12%以上\n河北:9%左右\n福建:12%\n北京:8%\n',
    expect: [
      { text: '12%以上', ind: 'GDP', measure: 'growth', value: 12, qualifier: 'above', kind: 'target', period: 2011 },
      { text: '9%左右', ind: 'GDP', measure: 'growth', qualifier: 'about', kind: 'target', period: 2011 },
      { text: '8%', ind: 'GDP', measure: 'growth', kind: 'target', period: 2011 },
    ],
  },
  {
    name: 'last year’s target said before this year’s keeps its year (m.yashenjiaodai.com/article/840/224.html)',
    title: '31省份2021年GDP增长目标',
    input:
      '從31省份公布(bù)的(de)2021年GDP增長目標來看,多個(gè)省份較去年上調,大部分(fèn)省份設定的2021年GDP增速目標在6%以上。\n' +
      '其中,湖北的目標由去年的7.5%左右上調為10%以上;山西目標則(zé)由去年(nián)的6.1%左右上調為8%。',
    expect: [
      { text: '7.5%左右', measure: 'growth', kind: 'target', period: 2020 },
      { text: '10%以上', measure: 'growth', kind: 'target', period: 2021 },
      { text: '6.1%左右', measure: 'growth', kind: 'target', period: 2020 },
    ],
  },
];

describe('a digest’s targets a line a place', () => {
  for (const row of rows) it(rowName(row), () => checkRow(row));
});
