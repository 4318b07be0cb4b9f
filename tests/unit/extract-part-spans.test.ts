// The parts of a sum over several years are over its years (lib/extract/parts.ts partsOfSpannedSums): those 其中 opens, the
// items of a colon list the sum's sentence opens, and the shares the next sentence splits it into. Not a figure after the
// parts that is no part (高速公路总里程达…), nor a share split from a share. Sentences from whole real national reports
// (judged samples 25, 27, 41, 44).
import { describe, it } from 'vitest';
import { checkRow, expectLastMention, mentionsOf, rowName, type Row } from './helpers/engine';
import { textUpTo } from './helpers/real-pages';

const rows: Array<Row & { last?: boolean }> = [
  {
    name: 'a part under 其中 of a five-year sum (judged sample 27, national 2008)',
    title: '',
    input: textUpTo('tests/fixtures/judged/pages27/national-2008-chengjun.txt', '地方也较多增加了投入。'),
    last: true,
    expect: [
      { text: '1.6万亿元', period: 2007, periodFrom: 2003 },
      { text: '近3000亿元', period: 2007, periodFrom: 2003 },
    ],
  },
  {
    name: 'the shares the next sentence splits a two-year sum into (judged sample 44, national 2011)',
    title: '2011年政府工作报告',
    input:
      '近两年，实施两年新增4万亿元的投资计划，其中，新增中央投资1.18万亿元。保障性安居工程、农村民生工程和社会事业投资占43.7%，自主创新、结构调整、节能减排和生态建设占15.3%，重大基础设施建设占23.6%，灾后恢复重建占14.8%。',
    expect: [
      { text: '1.18万亿元', period: 2010, periodFrom: 2009 },
      { text: '43.7%', period: 2010, periodFrom: 2009 },
      { text: '14.8%', period: 2010, periodFrom: 2009 },
    ],
  },
  {
    // read in the whole report up to the list (its years are the plan's, 1953–1957, from the report's opening)
    name: 'the items of a colon list a five-year plan sum opens (judged sample 41, national 1955)',
    title: '',
    input: textUpTo('tests/fixtures/judged/pages41/national-1955-chengjun.txt', '其他为四亿六千万元，占百分之一点一。'),
    last: true,
    expect: [
      { text: '三十亿八千万元', kind: 'target', period: 1957, periodFrom: 1953 },
      { text: '百分之七点二', kind: 'target', period: 1957, periodFrom: 1953 },
    ],
  },
  {
    name: 'a level after the part is no part (judged sample 25, national 2013)',
    title: '2013年政府工作报告',
    input: '过去五年，新增公路60.9万公里，其中高速公路4．2万公里，高速公路总里程达9.56万公里；',
    expect: [
      { text: '60.9万公里', periodFrom: 2008 },
      { text: '9.56万公里', period: 2012, periodFrom: null },
    ],
  },
];

describe('parts of a sum over several years take its span', () => {
  for (const row of rows)
    it(rowName(row), () => {
      if (!row.last) return checkRow(row);
      const mentions = mentionsOf(row.input, row.title);
      for (const e of row.expect) expectLastMention(mentions, e);
    });
});
