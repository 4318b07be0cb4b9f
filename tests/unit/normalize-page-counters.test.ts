// Page counters a document site puts at the start of each page's text ("\nN、" or "\n\nN、" after a page cut
// mid-sentence): read as no break at all, so that a name or a figure cut by the page is whole again. Real pages
// of the fixtures (their manifests give the addresses).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normalize } from '../../lib/text/normalize';

const D = 'tests/fixtures/detect-corpus/texts';
const J = 'tests/fixtures/judged';
/** [file, what the page cut, as the clean text must read it] */
const JOINED: Array<[string, string]> = [
  [`${J}/pages23/province-hainan-2024-docpreview.txt`, '城镇和农村居民人均可支配收入'],
  [`${J}/pages23/province-shandong-2018.txt`, '视察山东重要讲话、重要指示'],
  [`${D}/h7-rep-town-2022-wnwk.txt`, '可实现地区生产总值7.1亿元'],
  [`${D}/h6-rep-town-2008-wenku365.txt`, '人民代表大会第一次会议上'],
  [`${D}/rep-town-2023-yzwku.txt`, '非税收入XX万元'],
  [`${D}/h2-rep-wuhan-2015-spaced.txt`, '沉着应对各种压力挑战'],
  [`${D}/h6-rep-national-2013-bilingual-docpreview.txt`, 'a truly extraordinary period'],
];

describe('normalize: page counters of document sites', () => {
  it.each(JOINED)('%s: %s', (file, joined) => {
    expect(normalize(readFileSync(file, 'utf8')).text).toContain(joined);
  });
  // (a numbered item after the full stop of the one before stays a line of its own: 与预算持平。\n2.中央…)
  it('keeps a numbered item after a full stop', () => {
    const text = normalize(readFileSync(`${J}/pages11/national-2019-budget-summary.txt`, 'utf8')).text;
    expect(text).toContain('与预算持平。\n2.中央');
  });
});
