// The in-page words (lib/words.ts) come from the one vocabulary (lib/i18n.ts), and numbers from the
// one formatter (lib/format.ts), whose fast path writes what Intl.NumberFormat writes.
import { describe, expect, test } from 'vitest';
import { formatNumber } from '../../lib/format';
import { translator } from '../../lib/i18n';
import { zh } from '../../lib/i18n/zh';
import { describeMention, describeReport, kindWord, measureWord, qualifierWord, setPageLang, valueWithUnit } from '../../lib/words';
import type { Mention } from '../../lib/model/mention';

const mention = (m: Partial<Mention>): Mention =>
  ({
    text: '5%左右',
    start: 0,
    end: 4,
    indicator: '地区生产总值',
    measure: 'growth',
    value: 5,
    unit: '%',
    qualifier: 'about',
    kind: 'target',
    period: 2023,
    ...m,
  }) as Mention;

describe('in-page words', () => {
  test('a mention in one line, and its value', () => {
    expect(describeMention(mention({}))).toBe('目标 · 地区生产总值 · 增长 5% 左右 · 2023年');
    expect(
      describeMention(
        mention({ kind: 'actual', indicator: '', measure: 'level', value: 1635, unit: '亿元', qualifier: 'exact', period: null }),
      ),
    ).toBe('实绩 · （未识别指标） · 1635亿元');
    expect(valueWithUnit(mention({ value: -8.65 }))).toBe('下降 8.65%');
    expect(valueWithUnit(mention({ measure: 'change', value: 1.5, unit: '个百分点' }))).toBe('提高 1.5个百分点');
    expect(valueWithUnit(mention({ measure: 'level', value: 3, valueMax: 5, unit: '个' }))).toBe('3~5个');
    expect(valueWithUnit(mention({ measure: 'level', value: 13000, unit: '亿斤' }))).toBe('13000亿斤');
  });

  test('a report in one line', () => {
    expect(describeReport({ region: '太仓市', year: 2023, type: 'work-report', title: 'x' })).toBe('太仓市 · 2023年 · 政府工作报告');
    expect(describeReport({ region: null, year: null, type: null, title: '标题' })).toBe('标题');
  });

  test('the card and the pages share their words', () => {
    const [zh, en] = [translator('zh'), translator('en')];
    expect(measureWord('change')).toEqual({ main: zh('measure_change'), gloss: en('measure_change') });
    expect(measureWord('change').main).toBe('变化');
    expect(qualifierWord('above')).toEqual({ main: '以上', gloss: en('qualifier_above') });
    expect(kindWord('actual')).toEqual({ main: zh('actual'), gloss: 'result' });
  });

  test('for a reader who chose English, the in-page words are English, with no gloss', () => {
    setPageLang('en');
    try {
      expect(kindWord('actual')).toEqual({ main: 'result', gloss: '' });
      expect(describeMention(mention({}))).toBe('Target · 地区生产总值 · up 5% about · 2023');
      expect(describeReport({ region: '太仓市', year: 2023, type: 'work-report', title: 'x' })).toMatch(/^太仓市 · 2023 · /);
    } finally {
      setPageLang('zh');
    }
  });
});

describe('formatNumber', () => {
  test('styles', () => {
    expect(formatNumber(13000, 'zh')).toBe('13,000');
    expect(formatNumber(13000, 'zh', 'text')).toBe('13000');
    expect(formatNumber(0.1 + 0.2, 'en')).toBe('0.3');
    expect(formatNumber(-8.65, 'en')).toBe('−8.65');
    expect(formatNumber(1e21, 'en', 'text')).toBe('1000000000000000000000');
    expect(formatNumber(-Infinity, 'zh')).toBe('−∞');
  });

  test('the fast path writes what Intl.NumberFormat writes', () => {
    const intl = (v: number, digits: number, group: boolean) =>
      new Intl.NumberFormat('en-US', { maximumFractionDigits: digits, useGrouping: group }).format(v).replace('-', '−');
    let seed = 7;
    const rnd = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    for (let i = 0; i < 5000; i++) {
      const scale = 10 ** Math.floor(rnd() * 14 - 6);
      const v = (rnd() - 0.3) * scale;
      const r = [v, Math.round(v), Math.round(v * 100) / 100, Math.round(v * 1e4) / 1e4];
      for (const x of r) {
        if (Object.is(x, -0) || (x < 0 && intl(x, 4, false) === '−0')) continue;
        expect(formatNumber(x, 'en'), String(x)).toBe(intl(x, 4, Math.abs(x) >= 10000));
      }
    }
  });

  test('labels 13 000 marks in a few milliseconds', () => {
    const ms = Array.from({ length: 13000 }, (_, i) =>
      mention({ value: (i * 37) % 20000, measure: i % 2 ? 'level' : 'growth', unit: i % 2 ? '亿元' : '%' }),
    );
    const t0 = performance.now();
    for (const m of ms) describeMention(m);
    // ~12 ms here; a formatter built per call (toLocaleString) takes ~1 s
    expect(performance.now() - t0).toBeLessThan(300);
  });
});

describe('one word for clipping', () => {
  const zhWords = translator('zh');
  const enWords = translator('en');
  // the pages call a clip 剪藏 (剪藏列表, 3 条剪藏, 载入示例剪藏); the card and toolbar must not say 收藏 (a bookmark)
  test.each(Object.entries(zh))('%s does not say 收藏', (_key, text) => {
    expect(text).not.toContain('收藏');
  });
  test.each([
    ['zh', zhWords],
    ['en', enWords],
  ] as const)("%s: the empty state's step names the card's button as it reads", (_lang, t) => {
    expect(t('emptyStep3')).toContain(t('cardClip'));
  });
});
