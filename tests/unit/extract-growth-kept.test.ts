// A growth rate named as its clause's subject, kept or set at its value: 经济年均增长保持在6.5%以上, GDP增速目标统一设定在6%以上,
// 经济增速会在8%到8.5% are growths, not levels (lib/extract/measure.ts: 保持在/稳定在 after 增长, as 为/达到 were; 统一 and 会
// among the words that only link a rate to its value, as 均 and 将 were). Sentences from real pages: trial22's blind read
// (a digest of provinces' targets, a city's news of its draft report, a national report's news) and judged sample 33.
import { describe, it } from 'vitest';
import { checkRow, rowName, type Row } from './helpers/engine';

const rows: Row[] = [
  {
    name: 'a five-year average kept above (judged sample 33, tests/fixtures/judged/pages33/national-2016-chengjun.txt)',
    title: '2016年国务院政府工作报告',
    input: '到2020年国内生产总值和城乡居民人均收入比2010年翻一番，“十三五”时期经济年均增长保持在6.5%以上。',
    expect: [{ text: '6.5%以上', measure: 'growth', kind: 'target' }],
  },
  {
    name: 'the same, traditional, with the years in brackets (http://universityofharmony.com/c/2016-03-05/722247.shtml)',
    title: '中國人代會發出全面建成小康社會沖刺動員令',
    input: '中國國務院總理李克強5日宣布:2016年中國經濟增長預期目標6.5%-7%;“十三五”時期(2016-2020年)經濟年均增長保持在6.5%以上。',
    expect: [
      { text: '6.5%-7%', measure: 'growth' },
      { text: '6.5%以上', measure: 'growth' },
    ],
  },
  {
    name: 'a growth target set uniformly for several provinces (https://hd.stheadline.com/ncov/news-detail.php?r=1485097&y=2021)',
    title: '廣東GDP首超11萬億人幣超俄韓 連續32年居全國首位',
    input: '經濟發達省市廣東、上海、北京、江蘇將今年GDP增速目標統一設定在6%以上,浙江則設定在6.5%以上。',
    expect: [{ text: '6%以上', measure: 'growth' }],
  },
  {
    name: 'a growth that will run in a range (http://www.slrbs.com/qyfc/dynamic/wjdt/2015-01-21/281013.html)',
    title: '广州今年GDP增速定为8%',
    input: '陈建华表示:“我们认为,今年经济增速会在8%到8.5%这个区间运行,定8%比较稳妥。”',
    expect: [{ text: '8%到8.5%', measure: 'growth' }],
  },
];

describe('a growth kept or set at its value', () => {
  for (const row of rows) it(rowName(row), () => checkRow(row));
});
