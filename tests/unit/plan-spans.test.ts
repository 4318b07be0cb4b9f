// The years a plan's name gives a span word (spans.ts findSpans): the plans before the ninth (六五 1981–1985 … 八五), their
// ordinal (第六个五年计划期间) and 计划, as plans were called up to the tenth, as well as 规划; a plan named as the base of a
// comparison (比“八五”时期增长) gives no span. Rows are real sentences, read with the years of their report.
import { describe, expect, it } from 'vitest';
import type { ReportMeta } from '../../lib/detect/metadata';
import { findSpans } from '../../lib/extract/spans';
import { normalize } from '../../lib/text/normalize';
import { sentenceOf } from './helpers/real-pages';

const meta = (resultsYear: number) => ({ resultsYear, targetsYear: resultsYear + 1 }) as ReportMeta;

const rows: Array<{ name: string; sentence: string; resultsYear: number; spans: string[] }> = [
  {
    name: 'national 1982 (detect corpus): 第六个五年计划期间,…使国家财政收入由下降转为上升 → 1981–1985',
    sentence: sentenceOf('tests/fixtures/detect-corpus/texts/h-rep-national-1982-part3.txt', '第六个五年计划期间'),
    resultsYear: 1981,
    spans: ['第六个五年计划期间 1981–1985'],
  },
  {
    name: 'national 2001 (judged 19): 五年累计实际利用外资2894亿美元，比“八五”时期增长79.6％ → no span of 八五 (the sentence alone does not say which five years 五年累计 are)',
    sentence: sentenceOf('tests/fixtures/judged/pages19/national-2001-chengjun.txt', '比“八五”时期增长79.6％'),
    resultsYear: 2000,
    spans: [],
  },
];

describe('the years of a plan’s name', () => {
  for (const row of rows)
    it(row.name, () => {
      const text = normalize(row.sentence).text;
      const found = findSpans(text, meta(row.resultsYear)).map((s) => `${text.slice(s.at, s.end)} ${s.from}–${s.to}`);
      expect(found).toEqual(row.spans);
    });
});
