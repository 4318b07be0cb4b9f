// Indicator names, round names24: funds that arrived (到位资金, 投资到位额) said bare after a count of the projects
// brought in are those projects' (引进招商项目20个,到位资金54.2亿元 → 招商项目到位资金), as a total investment after a
// count of projects is (ownedMeasure); after an amount or a count of firms they stay bare (签约金额…、到位资金…).
// Real sentences of the judged samples (three pages) and of real-dev; each renamed row failed before.
import { describe, it } from 'vitest';
import { checkRow, type Row, rowName } from './helpers/engine';

const rows: Row[] = [
  {
    // tests/fixtures/judged pages42: province-tianjin-2021-jiongage.txt
    input:
      '积极承接北京非首都功能,引进北京项目3062个、投资到位额4482亿元,中交建京津冀区域总部、中国核工业大学、清华大学高端装备研究院等一批项目落地,国家会展中心加快建设。',
    expect: [{ text: '4482亿元', indicator: '北京项目投资到位额' }],
  },
  {
    // tests/fixtures/judged pages47: county-chengcheng-2018.txt
    input: '引进招商项目20个,到位资金54.2亿元;',
    expect: [{ text: '54.2亿元', indicator: '招商项目到位资金' }],
  },
  {
    // tests/fixtures/judged pages48: city-weinan-2022.txt
    input: '倾力抓项目,545个市级重点项目超额完成年度任务,175个项目建成投用,长江精工等273个项目签约落地,到位资金突破1500亿元。',
    expect: [{ text: '突破1500亿元', indicator: '项目到位资金' }],
  },
  {
    // /work/shared/eval/real-dev/reports/prov-gansu-2025.txt (after an amount: not 招商引资签约金额到位资金)
    input: '招商引资签约金额1.15万亿元、到位资金7969.9亿元，分别增长13.1%、33.7%。',
    expect: [{ text: '7969.9亿元', indicator: '到位资金' }],
  },
  {
    // tests/fixtures/challenge/docs/bayan-2025-county.txt (a size class of projects: not 新签约亿元以上项目到位资金)
    input: '项目建设提速增效。新签约亿元以上项目26个,到位资金31.5亿元;实施5000万元以上项目48个,完成投资56.2亿元。',
    expect: [{ text: '31.5亿元', indicator: '到位资金' }],
  },
];

describe('funds that arrived are of the projects counted before them', () => {
  for (const r of rows) it(rowName(r), () => checkRow(r));
});
