// A bare head of a social insurance scheme (参保, 领取养老金, 覆盖面, 报销比例…) named by the scheme a clause before it in
// the same sentence names (lib/extract/clauses.ts); not across a sentence, not when the figure's own clause
// names the scheme, not when the clause before joins several schemes. Sentences from whole real reports.
import { describe, it } from 'vitest';
import { checkRow, rowName, type Row } from './helpers/engine';

const NATIONAL = '政府工作报告';

const rows: Row[] = [
  {
    name: 'a pilot of a scheme, then who joined it, who draws from it and how far it reaches (2012)',
    title: NATIONAL,
    input: '2343个县（市、区）开展新型农村社会养老保险试点，3．58亿人参保，9880万人领取养老金，覆盖面扩大到60%以上。',
    expect: [
      { text: '3．58亿人', indicator: '新型农村社会养老保险参保' },
      { text: '9880万人', indicator: '新型农村社会养老保险领取养老金' },
      { text: '60%以上', indicator: '新型农村社会养老保险覆盖面' },
    ],
  },
  {
    name: 'the scheme in the name of the figure before, then its bare head (2009)',
    title: NATIONAL,
    input: '城镇居民基本医疗保险试点城市由上年的88个增加到317个，参保人数增加7359万，总计达到1.17亿。',
    expect: [
      { text: '7359万', indicator: '城镇居民基本医疗保险参保人数' },
      { text: '1.17亿', indicator: '城镇居民基本医疗保险参保人数' },
    ],
  },
  {
    name: 'an act on a part of the scheme, then a rate it pays (2019)',
    title: NATIONAL,
    input: '降低并统一大病保险起付线，报销比例由50%提高到60%，进一步减轻大病患者和困难群众医疗支出负担。',
    expect: [{ text: '60%', indicator: '大病保险报销比例' }],
  },
  {
    name: 'schemes joined in the clause before: the head is of all of them, left bare (2009)',
    title: NATIONAL,
    input: '扩大城镇职工和城镇居民基本医疗保险和新型农村合作医疗制度覆盖范围，三年内参保率均提高到90%以上。',
    expect: [{ text: '90%以上', indicator: '参保率' }],
  },
  {
    // (受益 is a bare head too: who gained, of the scheme the clause before sets up — clauses.ts)
    name: 'a scheme said in the sentence before names nothing here; one said in the clause before names who gained',
    title: NATIONAL,
    input: '全面实施城乡居民大病保险。参保人数达到10亿。实施大病保险制度，全国有8400多万人受益。',
    expect: [
      { text: '10亿', indicator: '参保人数' },
      { text: '8400多万人', indicator: '大病保险受益人数' },
    ],
  },
];

describe('a bare head of a scheme and the scheme the clause before names', () => {
  for (const row of rows) it(rowName(row), () => checkRow(row));
});
