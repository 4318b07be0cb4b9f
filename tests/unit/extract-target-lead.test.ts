// The words that open a target list name whose targets they are, not the first indicator: in 河北经济社会发展主要预期
// 目标是地区生产总值增长6%左右 the figure is of 地区生产总值 (lib/extract/phrases.ts TARGET_LEAD). Each row a real
// sentence, where it came from beside it.
import { describe, it } from 'vitest';
import { checkRow, rowName, type Row } from './helpers/engine';
import { textUpTo } from './helpers/real-pages';

const rows: Row[] = [
  {
    name: 'a province’s targets (report-pairs/texts/prov-hebei-2023-xuehua-targets.txt)',
    input: '2023年河北经济社会发展主要预期目标是地区生产总值增长6%左右,',
    expect: [{ text: '6%左右', indicator: '地区生产总值', measure: 'growth', kind: 'target' }],
  },
  {
    name: 'a story of the report (judged/pages14/city-huizhou-2012-news.txt)',
    input: '报告提出今年的预期目标是生产总值增长11%,实现此目标需要做到稳中求进、好中求快。',
    expect: [{ text: '11%', indicator: '生产总值', measure: 'growth' }],
  },
  {
    name: 'traditional, a premier quoted (report-pairs/texts/national-2021-exmoo-trad.txt)',
    input: '國務院總理李克強在工作報告中指出,今年發展主要預期目標是國內生產總值增長6%以上,而今年工作亦要更好統籌疫情防控和經濟社會發展。',
    expect: [{ text: '6%以上', indicator: '国内生产总值', measure: 'growth', kind: 'target' }],
  },
  {
    name: 'the targets of a zone’s year, with 实现 (dplcry.cn/news/zjjnews_149602.html)',
    input: '2019年,張家界高新區全年經濟增長的預期目標是實現技工貿總收入增長30%,規模工業增加值增長10%。',
    expect: [{ text: '30%', indicator: '技工贸总收入', measure: 'growth', kind: 'target' }],
  },
  {
    name: 'a guard: a condition after 目标是 leaves the name before it (report-pairs/texts/national-2011-chengjun-report.txt)',
    input: '今后五年,我国经济增长预期目标是在明显提高质量和效益的基础上年均增长7%。',
    expect: [{ text: '7%', indicator: '我国经济增长预期目标', measure: 'growth' }],
  },
];

describe('a target list’s opening words name no indicator', () => {
  for (const row of rows) it(rowName(row), () => checkRow(row));
});

// a news item's heading over the year's list, on a line of its own, between dashes (lib/extract/section-marks.ts TARGET_HEADING)
const headed: Row[] = [
  {
    name: '— 主要目標 — over a 2021 list (the page from its start: report-pairs/texts/city-xian-2021-4yczj-targets-trad.txt, 创新西安, traditional with readings)',
    title: '',
    input: textUpTo('tests/fixtures/report-pairs/texts/city-xian-2021-4yczj-targets-trad.txt', '9%以上'),
    expect: [
      { text: '7%以上', indicator: '地区生产总值', kind: 'target', period: 2021 },
      { text: '9%以上', indicator: '社会消费品零售总额', kind: 'target', period: 2021 },
    ],
  },
];

describe('a heading between dashes opens the year’s targets', () => {
  for (const row of headed) it(rowName(row), () => checkRow(row));
});
