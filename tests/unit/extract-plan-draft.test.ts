// What a draft plan sets (计划草案拟定/规定/安排, 计划草案还提出) is a target, in the sentence after the one that named the
// plan's year too (lib/extract/tense-cues.ts TARGET_CUE); a five-year draft's rates stay over its years. Sentences from whole real national reports (judged samples 45 and 28).
import { describe, it } from 'vitest';
import { type Expected, expectLastMention, mentionsOf } from './helpers/engine';
import { textUpTo } from './helpers/real-pages';

const rows: Array<{ name: string; page: string; upTo: string; expect: Expected[] }> = [
  {
    name: "the draft plan's figures in the paragraph after the one that named its year (judged sample 45, national 1964)",
    page: 'tests/fixtures/judged/pages45/national-1964-chengjun.txt',
    upTo: '计划草案拟定，工业总产值比一九六四年增长百分之十一左右。',
    expect: [{ text: '百分之十一左右', kind: 'target', period: 1965 }],
  },
  {
    name: "a five-year draft plan's rate stays over its years (judged sample 28, national 1986)",
    page: 'tests/fixtures/judged/pages28/national-1986-chengjun.txt',
    upTo: '“七五”计划草案规定，全国工农业总产值平均每年增长百分之六点七',
    expect: [{ text: '百分之六点七', kind: 'target', period: 1990, periodFrom: 1986 }],
  },
];

describe('what a draft plan sets is a target', () => {
  for (const row of rows)
    it(row.name, () => {
      const mentions = mentionsOf(textUpTo(row.page, row.upTo), '');
      for (const e of row.expect) expectLastMention(mentions, e);
    });
});
