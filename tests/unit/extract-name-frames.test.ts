// Frames and adverbs run into a name (lib/extract/name-years.ts, name-lead.ts, phrases.ts): a leading time frame
// (到/在/截至 + a year, its end, 以前), a span said inside between the subject and the act (五年合计, 每年将), an adverb
// between the name and its verb (统一, 全部, 首次), a base period compared with (比第五个五年计划期间). What must stay is
// tested beside each. Sentences from whole real reports.
import { describe, it } from 'vitest';
import { checkRow, rowName, type Row } from './helpers/engine';

const NATIONAL = '政府工作报告';

const rows: Row[] = [
  {
    name: 'a leading 到 + year (1982)',
    title: NATIONAL,
    input: '第六个五年计划规定，到一九八五年全日制高等学校招生数将从一九八○年的二十八万人增加到四十万人。',
    expect: [
      { text: '二十八万人', indicator: '全日制高等学校招生数' },
      { text: '四十万人', indicator: '全日制高等学校招生数' },
    ],
  },
  {
    name: 'a year of the base a growth is on stays with the base (1989)',
    title: NATIONAL,
    input: '今年的全国社会集团购买力，要在１９８８年水平的基础上压缩２０％。',
    expect: [{ text: '２０％', notInd: ['基础上'] }],
  },
  {
    name: 'a span inside, between the subject and the act (2008, 1982, 2006)',
    title: NATIONAL,
    input:
      '中央财政五年累计补助养老保险专项资金3295亿元。全国城镇全民所有制单位五年合计建成住宅三亿一千万平方米。地方财政每年将安排支出250多亿元。',
    expect: [
      { text: '3295亿元', indicator: '中央财政补助养老保险专项资金' },
      { text: '三亿一千万平方米', ind: '城镇全民所有制单位建成住宅' },
      { text: '250多亿元', indicator: '地方财政安排支出' },
    ],
  },
  {
    name: 'a span that names a programme is no span inside (2013)',
    title: NATIONAL,
    input: '全面实现城乡九年免费义务教育，惠及1.6亿学生。',
    expect: [{ text: '1.6亿', ind: '学生' }],
  },
  {
    name: 'an adverb between the name and its verb (2015, 青海 2025)',
    title: NATIONAL,
    input: '城乡居民基础养老金标准统一由55元提高到70元。',
    expect: [
      { text: '55元', indicator: '城乡居民基础养老金标准' },
      { text: '70元', indicator: '城乡居民基础养老金标准' },
    ],
  },
  {
    name: 'a base period compared with is no name: the thing of the figure before (1982)',
    title: NATIONAL,
    input: '用于发展教育、科学、文化、卫生事业的经费计划为九百六十七亿元，比第五个五年计划期间的五百七十七亿元增加百分之六十八。',
    expect: [
      { text: '五百七十七亿元', ind: '经费', notInd: ['比第五个'] },
      { text: '百分之六十八', ind: '经费', notInd: ['比第五个'] },
    ],
  },
  {
    name: 'a comparative adverb that opens a name is no comparison (湖南 2025)',
    input: '建设200个省级美丽乡村，完成较大面积农村黑臭水体治理124个。',
    expect: [{ text: '124个', ind: '农村黑臭水体治理' }],
  },
];

describe('frames, spans and adverbs run into a name', () => {
  for (const row of rows) it(rowName(row), () => checkRow(row));
});
