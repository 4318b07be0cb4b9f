// Round 4 of counted nouns, empty names and rate words, from the whole national reports (samples 32–34 and the
// whole reports of tests/fixtures/judged/pages18–34, report-pairs and real-dev): structures, not sentences.
import { describe, it } from 'vitest';
import { checkRow, rowName, type Row } from './helpers/engine';

/** a verb that changes things already there keeps its place in the name of what it counts; a verb of making does not */
const verbsOnStock: Row[] = [
  {
    name: 'building and rebuilding: the new ones, not the stock (河北 2014)',
    input: '新建改建17所县级医院，城市社区卫生服务中心基本实现全覆盖。',
    expect: [{ text: '17所', indicator: '新建改建县级医院' }],
  },
  {
    name: 'items taken back (2016)',
    input: '取消和下放311项行政审批事项，取消123项职业资格许可和认定事项。',
    expect: [
      { text: '311项', indicator: '取消和下放行政审批事项' },
      { text: '123项', indicator: '取消职业资格许可和认定事项' },
    ],
  },
  {
    name: 'a list after the verb, each item with it (福建 2025)',
    input: '新建改扩建10个全民健身共享中心、45个多功能运动场。',
    expect: [
      { text: '10个', indicator: '新建改扩建全民健身共享中心' },
      { text: '45个', indicator: '新建改扩建多功能运动场' },
    ],
  },
  {
    name: 'a verb of making or sending is left out: its things are new',
    input: '选派552名金融特派员，开工建设7000套配售型保障性住房。',
    expect: [
      { text: '552名', indicator: '金融特派员' },
      { text: '7000套', indicator: '配售型保障性住房' },
    ],
  },
];

describe('a verb that changes things already there names which ones a count counts', () => {
  for (const row of verbsOnStock) it(rowName(row), () => checkRow(row));
});
