// normalize(): the clean text the engine reads and the way back to the source. The clean text must
// read through the noise of real pages, and every clean unit must map to the source unit it came
// from, so that spans found in the clean text point into the original (toSource / fromSource).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fromSource, normalize, toSource } from '../../lib/text/normalize';
import { simplifiedWordAt } from '../../lib/text/simplify';
import { DEV, ROOT } from './helpers/eval';
import { DOC_NOISES } from './helpers/noise';
import { rng, seedOf } from './helpers/rng';

const cases: Array<[string, string, string]> = [
  ['full-width digits and signs', '增长１６.５％，３～５个', '增长16.5%,3~5个'],
  // ℅ (care of) typed for % on some county pages (三穗 2011: 增长15℅), as ﹪ is
  ['℅ and ﹪ for per cent', '增长15℅,增长57.7﹪', '增长15%,增长57.7%'],
  ['traditional to simplified, unit for unit', '地區生產總值1635億元、增長2%', '地区生产总值1635亿元、增长2%'],
  ['a variant opencc-js leaves alone (陜 for 陝)', '陜西省第十一屆人民代表大會', '陕西省第十一届人民代表大会'],
  // words opencc-js converts as words, as old reports and Taiwan-style pages write them
  ['計畫 is 计划, not 计画 (a 1958 plan report)', '關於一九五八年度國民經濟計畫草案的報告', '关于一九五八年度国民经济计划草案的报告'],
  ['籌畫 is 筹划', '籌畫資金', '筹划资金'],
  ['反覆 is 反复', '反覆論證', '反复论证'],
  ['simplified text stays as it is (主干道 is no 乾道)', '主干道、计划、画家', '主干道、计划、画家'],
  ['a 畫 that is a picture stays 画', '畫家', '画家'],
  ['a pinyin reading after a character', '增長(cháng)5%', '增长5%'],
  ['a reading in full-width parentheses, two syllables', '增长（zēng zhǎng）3%', '增长3%'],
  ['a reading with a tone number', '增长(zhang3)3%', '增长3%'],
  ['upper-case letters in parentheses are no reading', '国内生产总值(GDP)增长5%', '国内生产总值(GDP)增长5%'],
  ['parentheses after a digit are no reading', '指标1635(ab)', '指标1635(ab)'],
  ['a single line break inside a phrase joins', '同口径增\n长 2.1%', '同口径增长2.1%'],
  ['a blank line is one paragraph break', '第一段。\n\n\n第二段。', '第一段。\n第二段。'],
  ['a CRLF blank line too', '第一段。\r\n\r\n第二段。', '第一段。\n第二段。'],
  ['spaces around a number go', '总值 1635 亿元', '总值1635亿元'],
  ['no-break and ideographic spaces too', '总值\u00a01635\u3000亿元', '总值1635亿元'],
  ['one space stays between two ASCII words', 'PM2.5   and  GDP', 'PM2.5 and GDP'],
  ['zero-width characters and soft hyphens go', '地区\u200b生产\u200d总值1\ufeff635\u00ad亿元', '地区生产总值1635亿元'],
  ['a page-number line between two pages goes', '地区生产\n- 12 -\n总值', '地区生产总值'],
  ['dashes of other widths', '地区生产\n— 3 —\n总值', '地区生产总值'],
  ['第 N 页 lines', '地区生产\n第 4 页\n总值', '地区生产总值'],
  ['第 N 页 共 M 页 lines', '地区生产\n第 4 页 共 20 页\n总值', '地区生产总值'],
  ['a number on its own line in a paragraph is no page number', '增长\n12\n个', '增长12个'],
  ['control characters go', '地区\u0007生产\u0001总值', '地区生产总值'],
  ['the empty string', '', ''],
  ['only white space', ' \n\t\u3000 ', ''],
];

describe('normalize: the clean text', () => {
  for (const [name, source, clean] of cases) it(name, () => expect(normalize(source).text).toBe(clean));
});

/** the simplified unit a word converted as a word (計畫 → 计划) gives source unit `at`, where one covers it */
function inWord(source: string, at: number): string | undefined {
  for (let start = Math.max(0, at - 7); start <= at; start++) {
    const word = simplifiedWordAt(source, start);
    if (word && start + word.length > at) return word[at - start];
  }
  return undefined;
}

/** the invariants of a normalisation of `source` */
function expectMapped(source: string): void {
  const n = normalize(source);
  expect(n.map.length).toBe(n.text.length);
  expect(n.sourceLength).toBe(source.length);
  for (let i = 0; i < n.text.length; i++) {
    const at = n.map[i];
    expect(at).toBeGreaterThanOrEqual(0);
    expect(at).toBeLessThan(source.length);
    if (i > 0) expect(at, `map is increasing at ${i}`).toBeGreaterThan(n.map[i - 1]);
    const c = n.text[i];
    if (c === ' ' || c === '\n') expect(source[at], `clean white space at ${i} maps to white space`).toMatch(/\s/);
    else if (c === '\ufffd') expect(source[at], `U+FFFD at ${i} stands for a lone surrogate`).toMatch(/[\ud800-\udfff]/);
    else if (/[\ud800-\udfff]/.test(c)) expect(source[at], `surrogate at ${i}`).toBe(c);
    else
      expect([normalize(source[at]).text, inWord(source, at)], `clean unit ${i} (${c}) is the clean form of source unit ${at}`).toContain(
        c,
      );
    expect(fromSource(n, at), `fromSource(map[${i}])`).toBe(i);
  }
}

const devDocs = ['taicang-2023-infographic', 'wuzhong-2025-targets'].map((d) => readFileSync(join(DEV, 'docs', `${d}.txt`), 'utf8'));

describe('normalize: the map back', () => {
  for (const [name, source] of cases) it(`maps every unit: ${name}`, () => expectMapped(source));

  for (const [noise, apply] of Object.entries(DOC_NOISES)) {
    it(`maps every unit of dev docs under ${noise}`, () => {
      for (const doc of devDocs) expectMapped(apply(doc, rng(seedOf(noise))).text);
    });
  }

  // white space is read in context (a line that is a heading keeps its break), so spans are compared
  // on what they print
  const printed = (s: string) => s.replace(/\s+/g, '');
  it('toSource maps a clean span to the source span that prints the same', () => {
    for (const [noise, apply] of Object.entries(DOC_NOISES)) {
      const source = apply(devDocs[0], rng(seedOf(noise)));
      const n = normalize(source.text);
      const r = rng(seedOf(`spans${noise}`));
      for (let k = 0; k < 300; k++) {
        const s = r.int(n.text.length - 1);
        const e = Math.min(n.text.length, s + 1 + r.int(40));
        if (/\s/.test(n.text[s]) || /\s/.test(n.text[e - 1])) continue;
        const [a, b] = toSource(n, s, e);
        expect(b).toBeGreaterThan(a);
        expect(printed(normalize(source.text.slice(a, b)).text), `${noise}: clean [${s}, ${e})`).toBe(printed(n.text.slice(s, e)));
      }
    }
  });

  it('toSource of an empty span is a point', () => {
    const n = normalize('增\u200b长 5%');
    expect(toSource(n, 2, 2)).toEqual([n.map[2], n.map[2]]);
    expect(toSource(n, n.text.length, n.text.length)).toEqual([n.sourceLength, n.sourceLength]);
  });

  it('fromSource of a dropped unit is the next clean unit', () => {
    const source = '增长(zhǎng)\u200b5%';
    const n = normalize(source);
    expect(n.text).toBe('增长5%');
    expect(fromSource(n, source.indexOf('('))).toBe(2);
    expect(fromSource(n, source.indexOf('\u200b'))).toBe(2);
    expect(fromSource(n, source.length)).toBe(n.text.length);
    expect(fromSource(n, 0)).toBe(0);
  });

  it('lone surrogates and astral characters keep their places', () => {
    expectMapped('增长\ud800 5%\udc00。𠀋 1635亿元');
  });
});

// A report kept as one line of a file (tests/fixtures/report-pairs/texts/national-*-chengjun-report.txt: every national
// report 1954–2021, one line a year) says its paragraphs only by their indent, two ideographic spaces.
describe('normalize: paragraphs a one-line text says by its indent', () => {
  const oneLine = readFileSync(join(ROOT, 'tests/fixtures/report-pairs/texts/national-2011-chengjun-report.txt'), 'utf8').trimEnd();
  it('each indent of a text with no line breaks is a paragraph break', () => {
    const { text } = normalize(oneLine);
    expect(oneLine).not.toContain('\n');
    expect(text).toContain('\n一、“十一五”时期国民经济和社会发展的回顾\n“十一五”时期是我国发展进程中极不平凡的五年。');
    expect(text).toContain('\n——这五年,各项社会事业加快发展');
  });
  it('a text with its line breaks keeps its paragraphs by them, and an indent inside a line is spacing', () => {
    const lines = oneLine.slice(0, 4000).replace(/。/g, '。\n');
    expect(normalize(lines).text).not.toContain('\n一、“十一五”时期国民经济和社会发展的回顾\n');
    expect(normalize(lines).text).toContain('一、“十一五”时期国民经济和社会发展的回顾“十一五”时期');
  });
  it('one ideographic space is no paragraph break (县长　黄四平)', () => {
    expect(normalize(`${'各位代表:现在,我代表县人民政府向大会报告工作。'.repeat(200)}县长　黄四平`).text).toContain('县长黄四平');
  });
});
