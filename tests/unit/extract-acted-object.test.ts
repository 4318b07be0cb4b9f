// A figure whose clause says only a time, a modal and a verb (全年人均增加, 今年拟安排, 今年再转) measures the object of the
// clause before it that acts on a thing (提高…, 实施…, 把…转为…; lib/extract/clause-topic.ts); not where the figure's clause
// names its own thing, not where the clause before holds a figure. Sentences from whole real reports.
import { describe, it } from 'vitest';
import { checkRow, rowName, type Row } from './helpers/engine';

const NATIONAL = '政府工作报告';

const rows: Row[] = [
  {
    name: 'a count of years, an act that raises a thing, then how much each got (2012)',
    title: NATIONAL,
    input: '连续第7年提高企业退休人员基本养老金，全年人均增加1680元，5700多万人受益；',
    expect: [{ text: '1680元', indicator: '企业退休人员基本养老金' }],
  },
  {
    name: 'a programme carried on, then what is planned for it this year (2014)',
    title: NATIONAL,
    input: '继续实施退耕还林还草，今年拟安排500万亩。',
    expect: [{ text: '500万亩', indicator: '退耕还林还草' }],
  },
  {
    name: 'a thing turned into another, then how much more this year (1998)',
    title: NATIONAL,
    input: '继续把“拨改贷”和基本建设经营性基金转为国家资本金，今年再转500亿元。',
    expect: [{ text: '500亿元', indicator: '“拨改贷”和基本建设经营性基金转为国家资本金' }],
  },
  {
    name: 'the figure’s clause names its own thing; the clause before holds a figure',
    title: NATIONAL,
    input: '继续实施退耕还林还草，今年安排造林面积500万亩。提高3类人员基本养老金，全年人均增加1680元。',
    expect: [
      { text: '500万亩', indicator: '造林面积' },
      { text: '1680元', indicator: '' },
    ],
  },
];

describe('a figure that names nothing and the object of the act said before it', () => {
  for (const row of rows) it(rowName(row), () => checkRow(row));
});
