// Periods in the five-year reviews of whole national reports (tests/fixtures/report-pairs/texts, one line a report,
// its paragraphs by their indent): a section the plan's review heading (一、“十一五”时期…的回顾) or 这五年 / 过去五年
// opens is over the plan's years, and what the years added there (城镇新增就业5771万人) carries them; a level
// reached (国内生产总值达到39.8万亿元) is its last year's. These were the comparison's held-out misses of batches 5
// and 7 (compare-heldout.test.ts): the five-year figure sat in the last year's cell beside that year's.
import { describe, it } from 'vitest';
import { checkRow, rowName, type Row } from './helpers/engine';
import { textUpTo } from './helpers/real-pages';

const TEXTS = 'tests/fixtures/report-pairs/texts';

const rows: Row[] = [
  {
    name: '2011 report, its 十一五 review: ——这五年,…城镇新增就业5771万人 (2006–2010); 国内生产总值达到39.8万亿元 (2010)',
    title: '',
    input: textUpTo(`${TEXTS}/national-2011-chengjun-report.txt`, '城镇新增就业5771万人'),
    expect: [
      { text: '5771万人', kind: 'actual', period: 2010, periodFrom: 2006 },
      { text: '39.8万亿元', kind: 'actual', period: 2010, periodFrom: null },
    ],
  },
  {
    name: '2021 report, its 十三五 review: 过去五年,…城镇新增就业超过6000万人 (2016–2020)',
    title: '',
    input: textUpTo(`${TEXTS}/national-2021-chengjun-report.txt`, '城镇新增就业超过6000万人'),
    expect: [{ text: '超过6000万人', kind: 'actual', period: 2020, periodFrom: 2016 }],
  },
  {
    name: '2011 report, the year reviewed after the plan (2010年…) stays one year’s',
    title: '',
    input: textUpTo(`${TEXTS}/national-2011-chengjun-report.txt`, '城镇新增就业1168万人'),
    expect: [{ text: '1168万人', kind: 'actual', period: 2010, periodFrom: null }],
  },
  {
    name: '1981 report, delivered 1981-11-30: 今年…预计比去年增长１２％ and 今年预计将比去年增长９％ estimate 1981 (results), not targets',
    title: '',
    input: textUpTo('tests/fixtures/judged/pages21/national-1981-chengjun.txt', '今年预计将比去年增长９％'),
    expect: [
      { text: '１２％', kind: 'actual', period: 1981 },
      { text: '９％', kind: 'actual', period: 1981 },
    ],
  },
];

describe('five-year reviews of whole national reports, and the year of a report delivered late in it', () => {
  it.each(rows.map((r) => [rowName(r), r] as const))('%s', (_name, row) => checkRow(row));
});
