// Robustness: random report-like text and mutated dev text never make the engine throw, every
// mention keeps its invariants (its text is the input's slice at its offsets, its numbers finite),
// and the cost grows linearly — the time for 2n against n, a complexity check, not a speed test.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detect } from '../../lib/detect/detect';
import { extract } from '../../lib/extract/index';
import { normalize } from '../../lib/text/normalize';
import { DEV } from './helpers/eval';
import { expectWellFormed, WORK_REPORT_2023 } from './helpers/engine';
import { rng, type Rng } from './helpers/rng';

const SEED = Number(process.env.FUZZ_SEED ?? 20250101);
const DOCS = readdirSync(join(DEV, 'docs')).map((f) => readFileSync(join(DEV, 'docs', f), 'utf8'));

// tokens of report text, weighted by how often a page has them
const TOKENS = [
  ...'0123456789'.split(''),
  ...'0123456789'.split(''),
  ...'０１２３４５６７８９'.split(''),
  '.',
  '.',
  ',',
  '．',
  '地区生产总值',
  '一般公共预算收入',
  '规上工业',
  '企业',
  '项目',
  '人均可支配收入',
  '存、贷款余额',
  'PM2.5',
  '5G',
  'GDP',
  'III类',
  '增长',
  '下降',
  '提高',
  '降低',
  '增速',
  '占比',
  '达到',
  '突破',
  '新增',
  '分别',
  '其中',
  '力争',
  '确保',
  '今年',
  '去年',
  '到2025年',
  '过去一年',
  '亿元',
  '万元',
  '元',
  '亿美元',
  '%',
  '％',
  '‰',
  '个百分点',
  '家',
  '个',
  '项',
  '人',
  '万人',
  '亩',
  '万亩',
  '公里',
  '吨',
  '标箱',
  '微克/立方米',
  '天',
  '倍',
  '亿',
  '万',
  '億',
  '萬',
  '两',
  '三',
  '十',
  '百',
  '千',
  '第',
  '十四五',
  '年',
  '月',
  '日',
  '号',
  '以上',
  '左右',
  '以内',
  '以下',
  '约',
  '超',
  '超过',
  '近',
  '逾',
  '多',
  '余',
  '不低于',
  '不超过',
  '、',
  '、',
  ',',
  ',',
  '。',
  '。',
  ';',
  ':',
  '，',
  '；',
  '：',
  '！',
  '?',
  '~',
  '～',
  '-',
  '—',
  '至',
  '到',
  '+',
  '/',
  '(',
  ')',
  '（',
  '）',
  '《',
  '》',
  '“',
  '”',
  '"',
  '「',
  '」',
  '【',
  '】',
  '(zhǎng)',
  '（cháng）',
  '\n',
  '\n',
  '\n\n',
  ' ',
  '\u3000',
  '\u00a0',
  '\t',
  '\r\n',
  '\u200b',
  '\ufeff',
  '\ud800',
  '\udc00',
  '\ud83d\ude00',
  '\ufffd',
  '\u0000',
  '- 12 -',
  '第 3 页',
  '12345',
  '0512-53572110',
  '苏ICP备05012345号-1',
  '2023-01-05',
  '9:30',
];

function randomText(r: Rng, maxTokens: number): string {
  let s = '';
  const n = r.int(maxTokens);
  for (let i = 0; i < n; i++) s += r.pick(TOKENS);
  return s;
}

const randomRun = (r: Rng, n: number, chars: string) => Array.from({ length: n }, () => chars[r.int(chars.length)]).join('');

/** one mutation of a text: what copying, converting and truncating do to real pages, and worse */
function mutate(text: string, r: Rng): string {
  const at = r.int(text.length + 1);
  const len = r.int(Math.min(200, text.length - at) + 1);
  switch (r.int(9)) {
    case 0: // delete a slice
      return text.slice(0, at) + text.slice(at + len);
    case 1: // insert random report-ish text
      return text.slice(0, at) + randomText(r, 30) + text.slice(at);
    case 2: // duplicate a slice
      return text.slice(0, at + len) + text.slice(at, at + len) + text.slice(at + len);
    case 3: {
      // swap two slices
      const b = r.int(text.length + 1);
      const [x, y] = at < b ? [at, b] : [b, at];
      const l = Math.min(len, y - x);
      return text.slice(0, x) + text.slice(y, y + l) + text.slice(x + l, y) + text.slice(x, x + l) + text.slice(y + l);
    }
    case 4: // a lone surrogate, or a pair cut in half
      return text.slice(0, at) + r.pick(['\ud800', '\udc00', '\udbff', '\ud83d']) + text.slice(at);
    case 5: // unmatched brackets and quotes
      return text.slice(0, at) + randomRun(r, 1 + r.int(20), '(（《“「【"') + text.slice(at);
    case 6: // a long digit run
      return (
        text.slice(0, at) +
        randomRun(r, r.chance(0.2) ? 10_000 : 1 + r.int(400), '0123456789') +
        r.pick(['', '亿元', '%', '个', '.5万元']) +
        text.slice(at)
      );
    case 7: // truncated anywhere, even inside a surrogate pair
      return text.slice(0, at);
    default: // a run of one noisy character
      return text.slice(0, at) + r.pick(['\n', ' ', '\u200b', '、', '.', '-', '~']).repeat(1 + r.int(500)) + text.slice(at);
  }
}

/** extraction, detection and normalisation of a hostile text: nothing throws, every mention is well formed */
function survive(text: string, label: string): void {
  let mentions: ReturnType<typeof extract>;
  try {
    mentions = extract(text, { title: WORK_REPORT_2023 });
    detect(text);
    normalize(text);
  } catch (e) {
    throw new Error(`${label} threw ${(e as Error).stack}\ninput (${text.length}): ${JSON.stringify(text.slice(0, 400))}`);
  }
  expectWellFormed(text, mentions);
}

describe('fuzz', () => {
  it('random report-ish strings', () => {
    const r = rng(SEED);
    for (let k = 0; k < 400; k++) survive(randomText(r, 400), `random #${k} (seed ${SEED})`);
  });

  it('mutated dev text', () => {
    const r = rng(SEED + 1);
    for (let k = 0; k < 120; k++) {
      const doc = r.pick(DOCS);
      const start = r.int(doc.length);
      let text = doc.slice(start, start + 500 + r.int(4000));
      for (let m = 1 + r.int(6); m > 0; m--) text = mutate(text, r);
      survive(text, `mutation #${k} (seed ${SEED + 1})`);
    }
  });

  it('whole dev docs with many mutations', () => {
    const r = rng(SEED + 2);
    for (const doc of DOCS) {
      let text = doc;
      for (let m = 0; m < 60; m++) text = mutate(text, r);
      survive(text, 'mutated doc');
    }
  });

  it('long digit runs, with and without units', () => {
    for (const tail of ['', '亿元', '%', '个', '万人', '.5亿元', '%以上', '~5个']) {
      survive(`地区生产总值${'9'.repeat(10_000)}${tail}`, `10 000 digits + ${tail}`);
      survive(`增长${'１'.repeat(10_000)}${tail}`, `10 000 full-width digits + ${tail}`);
      survive(`1,${'000,'.repeat(2500)}000${tail}`, `a 10 000-digit grouped number + ${tail}`);
      survive(`0.${'0'.repeat(10_000)}1${tail}`, `a 10 000-digit fraction + ${tail}`);
    }
  });

  for (const ch of ['1', '亿', '(', '、', '\n', '%', '“', '\ud800']) {
    it(`1 MB of ${JSON.stringify(ch)}`, () => survive(ch.repeat(1 << 20), `1 MB of ${JSON.stringify(ch)}`));
  }
});

/**
 * The times of extract() on two texts, each the fastest of `runs` runs taken in turn after a warm-up:
 * other work on the machine only ever adds time, so the fastest run is the one closest to the cost.
 */
function fastest(a: string, b: string, runs = 5): [number, number] {
  extract(a);
  extract(b);
  let ta = Infinity;
  let tb = Infinity;
  for (let i = 0; i < runs; i++) {
    let t = performance.now();
    extract(a);
    ta = Math.min(ta, performance.now() - t);
    t = performance.now();
    extract(b);
    tb = Math.min(tb, performance.now() - t);
  }
  return [ta, tb];
}

/** text of about n units made of `unit` repeated */
const sized = (unit: string, n: number) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);

// a linear cost doubles; 3.5× leaves room for a noisy machine and no room for n² (4×, every time)
const MAX_RATIO = 3.5;
const ATTEMPTS = 3;

describe('cost grows linearly', () => {
  const cases: Array<[string, string, number]> = [
    ['dev docs', DOCS.join('\n\n'), 1 << 18],
    ['random report-ish text', randomText(rng(SEED + 3), 20_000), 1 << 18],
    ['one digit', '1', 1 << 20],
    ['one magnitude', '亿', 1 << 20],
    ['open brackets', '(', 1 << 20],
    ['list separators', '、', 1 << 20],
    ['line breaks', '\n', 1 << 20],
    ['open quotes', '“', 1 << 20],
    ['figures in sentences', '地区生产总值1635亿元,增长5%。', 1 << 18],
    ['a number run with a unit now and then', `${'1234567890'.repeat(30)}亿元`, 1 << 19],
  ];
  for (const [name, unit, n] of cases) {
    it(`${name}: time(2n) / time(n) < ${MAX_RATIO}`, { timeout: 120_000 }, () => {
      const small = sized(unit, n);
      const large = sized(unit, 2 * n);
      // a burst of other work can spoil one measurement; a super-linear cost spoils every one
      const seen: string[] = [];
      for (let k = 0; k < ATTEMPTS; k++) {
        const [t1, t2] = fastest(small, large);
        seen.push(`${t1.toFixed(1)} ms → ${t2.toFixed(1)} ms`);
        // too fast to time is linear enough
        if (t2 < 5 || t2 / Math.max(t1, 1) < MAX_RATIO) return;
      }
      expect.fail(`${name}: time for ${n} → ${2 * n} units: ${seen.join(', ')}`);
    });
  }
});
