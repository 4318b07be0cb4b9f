// A mention in words: what the card shows and what a mark's aria-label says. The in-page UI speaks the
// language the reader chose for the extension (Chinese with English glosses beside, or English); the
// words come from the one vocabulary (lib/i18n) and numbers from the one formatter (lib/format.ts),
// so the card, the marks, the toolbar and the pages say the same thing. Pure but for the language the
// content script sets, so the wording is tested once.
import type { Measure, Mention, Qualifier } from './model/mention';
import type { ReportType } from './detect/metadata';
import { translator, type Lang, type MessageKey } from './i18n';
import { formatNumber } from './format';
import type { WideWords } from './compare/cells';
import { regionName } from './i18n/regions';

/** a word in Chinese, the in-page UI's first language */
export const zh = translator('zh');
/** its English, which the card writes beside the Chinese */
export const en = translator('en');

/** the in-page UI's language: the reader's choice for the extension (lib/settings.ts), set by the content script */
let pageLang: Lang = 'zh';
export function setPageLang(lang: Lang): void {
  pageLang = lang;
}

type Params = Record<string, string | number>;

/** a word of the in-page UI, in its language */
export const say = (key: MessageKey, params?: Params): string => (pageLang === 'en' ? en : zh)(key, params);

/** "剪藏 Clip": in Chinese, with the English beside it; in English, English alone */
export const both = (key: MessageKey, params?: Params): string =>
  pageLang === 'en' ? en(key, params) : `${zh(key, params)} ${en(key, params)}`;

/** a word and the gloss the card writes beside it (English beside Chinese; none in English) */
export interface Glossed {
  main: string;
  gloss: string;
}
const glossed = (key: MessageKey, lower = false): Glossed => {
  const e = lower ? en(key).toLowerCase() : en(key);
  return pageLang === 'en' ? { main: e, gloss: '' } : { main: zh(key), gloss: e };
};
/** the kind's English is in lower case (target, result) */
export const kindWord = (kind: Mention['kind']): Glossed => glossed(kind, true);
export const measureWord = (m: Measure): Glossed => glossed(`measure_${m}`);
export const qualifierWord = (q: Qualifier): Glossed => glossed(`qualifierName_${q}`);

/** a figure as the report writes it (no thousands separators) */
const figure = (v: number): string => formatNumber(v, 'zh', 'text');

/** the value with its unit: 1635亿元, 3~5个, 增长 2%, 下降 8.65%, 提高 1.5个百分点 */
export function valueWithUnit(m: Pick<Mention, 'measure' | 'value' | 'valueMax' | 'unit'>): string {
  const range = (a: number, b: number | undefined): string => (b === undefined || b === null ? figure(a) : `${figure(a)}~${figure(b)}`);
  if (m.measure === 'level') return `${range(m.value, m.valueMax)}${m.unit}`;
  const verb = m.value < 0 ? say('fall') : say(m.measure === 'growth' ? 'rise_growth' : 'rise_change');
  const lo = Math.abs(m.value);
  const hi = m.valueMax === undefined || m.valueMax === null ? undefined : Math.abs(m.valueMax);
  return `${verb} ${range(lo, hi)}${m.unit}`;
}

/** the year a quantity refers to, or its years: 2023年, 2016–2020年 */
export function periodText(m: Pick<Mention, 'period' | 'periodFrom'>): string {
  if (m.period === null) return say('cardNoPeriod');
  return say('yearOf', { year: m.periodFrom !== undefined ? `${m.periodFrom}–${m.period}` : m.period });
}

/** one line for a screen reader: 目标 · 地区生产总值 · 增长 5% 左右 · 2023年 */
export function describeMention(m: Mention): string {
  const parts = [say(m.kind), m.indicator || say('noIndicator'), valueWithUnit(m)];
  if (m.qualifier !== 'exact') parts[2] += ` ${say(`qualifierName_${m.qualifier}`)}`;
  if (m.period) parts.push(periodText(m));
  return parts.join(' · ');
}

/** the report a page holds, in one line: 太仓市 · 2023年 · 政府工作报告 */
export function describeReport(d: { region: string | null; year: number | null; type: ReportType | null; title: string | null }): string {
  const parts: string[] = [];
  if (d.region) parts.push(regionName(d.region, pageLang));
  if (d.year) parts.push(say('yearOf', { year: d.year }));
  if (d.type) parts.push(say(`reportType_${d.type}`));
  return parts.length ? parts.join(' · ') : (d.title ?? '');
}

/** the wide table's words (lib/compare/cells.ts) in a language: headers, measures, columns, verdicts */
export function wideWords(lang: Lang): WideWords {
  const t = translator(lang);
  return {
    indicator: t('indicatorHeader'),
    measure: t('cardMeasure'),
    unit: t('unitHeader'),
    measureName: (m) => t(`measure_${m}`),
    column: (c) =>
      `${c.region ?? t('noRegion')} ${c.year === null ? t('noYear') : t('yearOf', { year: c.yearFrom !== undefined ? `${c.yearFrom}–${c.year}` : c.year })}`,
    target: t('target'),
    actual: t('actual'),
    verdict: (v) => t(v === 'met' ? 'verdict_met' : v === 'not-met' ? 'verdict_notMet' : 'verdict_unclear'),
  };
}
