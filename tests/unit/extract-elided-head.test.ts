// A count whose noun the sentence said just before, its own clause saying only which of them it counts, as a relative
// clause ending in 的: [RELATIVE CLAUSE]的 NUMBER CLASSIFIER, then its clause's end (elided-head.ts). Real sentences of the
// whole national reports of the fixtures (chengjun/mybook data/gov_reports1954-2021.txt). Rows where it must not fire: a
// 的 after a year (由一九八○年的…), which is a base, not a clause of which ones.
import { describe, it } from 'vitest';
import { checkRow, type Row } from './helpers/engine';
import { sentenceRow as row } from './helpers/real-pages';

const families: Array<{ structure: string; rows: Row[] }> = [
  {
    structure: 'the head of the count before, in the same unit, with the clause of which ones',
    rows: [
      row('national 1985', '全年施工的更新改造项目七万四千个', [
        { text: '七万四千个', indicator: '施工的更新改造项目' },
        { text: '三万九千个', indicator: '全部建成的更新改造项目' },
      ]),
    ],
  },
  {
    structure: 'the head of the name read for the count, past its own 的; a plan and a time frame are no part of the clause',
    rows: [row('national 1982', '全部建成的四百个', [{ text: '四百个', indicator: '全部建成的大中型建设项目' }])],
  },
  {
    structure: 'guards: a 的 after a year is a base',
    rows: [
      row('national 1986', '普通高等学校在校学生由一九八○年的一百一十四万人', [
        { text: '一百七十万人', indicator: '普通高等学校在校学生' },
      ]),
    ],
  },
];

describe.each(families)('a count whose noun was said before: $structure', ({ rows }) => {
  it.each(rows.map((r) => [r.name ?? '', r] as const))('%s', (_name, r) => checkRow(r));
});
