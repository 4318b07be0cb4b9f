// How comparison values and verdicts read, in both languages; and the two message tables agree.
import { describe, expect, test } from 'vitest';
import { browserLang, messageKeys, messagesOf, translator, type Lang } from '../../lib/i18n';
import { deltaText, judgementText, quantityText } from '../../lib/ui/pages/common/format';
import { formatNumber } from '../../lib/format';
import { buildTable } from '../../lib/compare/table';
import type { Qualifier } from '../../lib/model/mention';

const zh = translator('zh');
const en = translator('en');

describe('quantities', () => {
  test.each([
    [5, undefined, 'about', '%', '5%左右', 'about 5%'],
    [5, undefined, 'above', '%', '5%以上', '5% or more'],
    [3, undefined, 'below', '%', '3%以内', 'at most 3%'],
    [1400, undefined, 'near', '亿元', '近1400亿元', 'nearly 1400 亿元'],
    [3, 5, 'exact', '个', '3~5个', '3~5 个'],
    [-8.65, undefined, 'exact', '%', '−8.65%', '−8.65%'],
    [13000, undefined, 'above', '亿斤', '13,000亿斤以上', '13,000 亿斤 or more'],
    [0.7771, undefined, 'exact', '亿元', '0.7771亿元', '0.7771 亿元'],
  ] as Array<[number, number | undefined, Qualifier, string, string, string]>)(
    '%s~%s %s %s',
    (value, valueMax, qualifier, unit, zhText, enText) => {
      const q = valueMax === undefined ? { value, qualifier } : { value, valueMax, qualifier };
      expect(quantityText(q, unit, 'zh', zh)).toBe(zhText);
      expect(quantityText(q, unit, 'en', en)).toBe(enText);
    },
  );

  test('differences of rates in % are percentage points', () => {
    expect(deltaText(0.5, { unit: '%', base: '%' }, 'zh')).toBe('+0.5个百分点');
    expect(deltaText(-3.5, { unit: '%', base: '%' }, 'en')).toBe('−3.5 pp');
    expect(deltaText(20, { unit: '亿元', base: '元' }, 'zh')).toBe('+20亿元');
    expect(deltaText(0.1 + 0.2 - 0.3, { unit: '亿元', base: '元' }, 'zh')).toBe('+0亿元');
    expect(formatNumber(Infinity, 'en')).toBe('∞');
  });
});

describe('verdict reasoning', () => {
  const table = buildTable([
    {
      id: 'a',
      indicator: '地区生产总值',
      indicatorKey: '地区生产总值',
      measure: 'growth',
      value: 5.5,
      unit: '%',
      qualifier: 'about',
      kind: 'target',
      period: 2022,
      region: '太仓市',
      regionPath: ['太仓市'],
      createdAt: 1,
    },
    {
      id: 'b',
      indicator: '地区生产总值',
      indicatorKey: '地区生产总值',
      measure: 'growth',
      value: 2,
      unit: '%',
      qualifier: 'above',
      kind: 'actual',
      period: 2022,
      region: '太仓市',
      regionPath: ['太仓市'],
      createdAt: 2,
    },
  ]);
  const row = table.rows[0];
  const cell = row.cells.get(table.columns[0].key)!;
  test.each([
    [
      'zh',
      '2022年目标 5.5%左右，实绩 2%以上：未达成。达成需不低于 5.25%（“左右”按 ±0.25个百分点 计）；实绩表述可能在 2% 至 3% 之间；差 −3.5个百分点。',
    ],
    [
      'en',
      '2022 target about 5.5%, result 2% or more: not met. Met at 5.25% or more ("about" read as ±0.25 pp); the result as worded lies between 2% and 3%; gap −3.5 pp.',
    ],
  ] as Array<[Lang, string]>)('%s', (lang, text) => {
    expect(judgementText(cell.judgement!, cell.targets[0], cell.actuals[0], row, 2022, lang, translator(lang))).toBe(text);
  });
});

describe('messages', () => {
  test('both languages have every message, with the same parameters', () => {
    const params = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const k of messageKeys) {
      expect(typeof messagesOf('en')[k], k).toBe('string');
      expect(params(messagesOf('en')[k]), k).toEqual(params(messagesOf('zh')[k]));
    }
  });

  test.each([
    [['zh-CN', 'en'], 'zh'],
    [['zh-TW'], 'zh'],
    [['en-US', 'zh-CN'], 'en'],
    [['fr-FR', 'zh-CN'], 'zh'],
    [['fr-FR'], 'en'],
    [[], 'en'],
  ])('browser languages %j → %s', (langs, want) => {
    expect(browserLang(langs)).toBe(want);
  });

  test('parameters are filled; unknown ones are left visible', () => {
    expect(zh('clipsCount', { n: 3 })).toBe('3 条剪藏');
    expect(en('imported', { added: 2 })).toBe('Imported: 2 new, {merged} already saved');
  });
});
