// A paragraph that opens on the year planned and a 将 (2006年我省将…, 2024年,貴州將…) plans that year: the figures of its
// later sentences, which say no target word of their own, are its targets (year-will-paragraphs.ts). Rows from the blind
// pairs' pages (tests/fixtures/report-pairs/texts, manifest.jsonl gives each page's address).
import { describe, it } from 'vitest';
import { checkRow, rowName, type Row } from './helpers/engine';

const rows: Row[] = [
  {
    // prov-heilongjiang-2006-dbw-targets.txt (https://heilongjiang.dbw.cn/system/2006/02/07/050253042.shtml)
    name: '2006年我省将 opens a paragraph of 2006 targets (after a lead 报告中重点指出)',
    title: '黑龙江省2006年政府工作报告',
    input:
      '黑龙江省省长张左己作政府工作报告。2005年全省生产总值增长12.1%。\n报告中重点指出,2006年我省将深入搞好农业结构调整。大力发展现代农业,加快实施农业科技创新工程,积极推广农业先进实用技术,种植业标准化达到1.2亿亩。调整粮食品种和品质结构,实施优质粮食产业工程。继续推进粮收“主辅换位”;大力实施奶业振兴和肉牛发展计划,加快建设滨州沿线奶牛带、中部农区生猪带和东部肉牛产业带,规模化养殖业比重达到65.0%。\n',
    expect: [
      { text: '12.1%', kind: 'actual', period: 2005 },
      { text: '1.2亿亩', kind: 'target', period: 2006 },
      { text: '65.0%', kind: 'target', period: 2006 },
    ],
  },
  {
    // prov-guizhou-2024-ytbyz-targets-trad.txt (http://m.ytbyz.com/ask/785723I1dDWWN80
    name: '2024年,貴州將 opens a paragraph of 2024 targets; the 2023 figures before it stay results',
    title: '2024全國地方兩會 | 貴州去年GDP增長4.9% 今年將推動數字經濟規模破萬億?',
    input:
      '1月24日上午,貴州省第十四屆人民代表大會第二次會議在貴陽開幕,省長李炳軍作政府工作報告。\n上游新聞記者注意到,2023年貴州省地區生產總值增長4.9%,規模以上工業增加值增長5.9%。省長李炳軍說,過去一年貴州牢牢守住了底線任務,包括守住不發生規模性返貧底線、守住耕地保護紅線和糧食安全底線、守住不發生系統性債務金融風險底線,守住安全生產、生態環境、社會穩定等各方面底線。\n2024年,貴州將堅持以高質量發展統攬全局,守好發展和生態兩條底線,預計全省地區生產總值增長5.5%左右。貴州將推動數字經濟實現質的突破,數字經濟占比達到45%以上、規模突破萬億元。\n去年GDP增長4.9%\n牢牢守住了底線任務\n',
    expect: [
      { text: '5.9%', kind: 'actual', period: 2023 },
      { text: '5.5%左右', kind: 'target', period: 2024 },
      { text: '45%以上', kind: 'target', period: 2024 },
    ],
  },
];

describe('a paragraph opening on the planned year and a 将 plans that year', () => {
  for (const row of rows) it(rowName(row), () => checkRow(row));
});
