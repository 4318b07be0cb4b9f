// A mention in words: what the card shows and what a mark's aria-label says. The in-page UI speaks
// Chinese with English beside it; both come from the one vocabulary (lib/i18n.ts) and numbers from
// the one formatter (lib/format.ts), so the card, the marks, the toolbar and the pages say the same
// thing. Pure, so the wording is tested once.
import type { Measure, Mention, Qualifier } from './model/mention';
import type { ReportType } from './detect/metadata';
import { translator, type MessageKey } from './i18n';
import { formatNumber } from './format';

/** a word in Chinese, the in-page UI's first language */
export const zh = translator('zh');
/** its English, which the card writes beside the Chinese */
export const en = translator('en');

/** "收藏 Clip": the Chinese with the English beside it */
export const both = (key: MessageKey, params?: Record<string, string | number>): string => `${zh(key, params)} ${en(key, params)}`;

/** the kind's English is a gloss on the card, in lower case (target, result) */
export const kindWord = (kind: Mention['kind']): { zh: string; en: string } => ({ zh: zh(kind), en: en(kind).toLowerCase() });
export const measureWord = (m: Measure): { zh: string; en: string } => ({ zh: zh(`measure_${m}`), en: en(`measure_${m}`) });
export const qualifierWord = (q: Qualifier): { zh: string; en: string } => ({ zh: zh(`qualifierName_${q}`), en: en(`qualifierName_${q}`) });

/** a figure as the report writes it (no thousands separators) */
const figure = (v: number): string => formatNumber(v, 'zh', 'text');

/** the value with its unit: 1635亿元, 3~5个, 增长 2%, 下降 8.65%, 提高 1.5个百分点 */
export function valueWithUnit(m: Pick<Mention, 'measure' | 'value' | 'valueMax' | 'unit'>): string {
  const range = (a: number, b: number | undefined): string => (b === undefined || b === null ? figure(a) : `${figure(a)}~${figure(b)}`);
  if (m.measure === 'level') return `${range(m.value, m.valueMax)}${m.unit}`;
  const verb = m.value < 0 ? zh('fall') : zh(m.measure === 'growth' ? 'rise_growth' : 'rise_change');
  const lo = Math.abs(m.value);
  const hi = m.valueMax === undefined || m.valueMax === null ? undefined : Math.abs(m.valueMax);
  return `${verb} ${range(lo, hi)}${m.unit}`;
}

/** one line for a screen reader: 目标 · 地区生产总值 · 增长 5% 左右 · 2023年 */
export function describeMention(m: Mention): string {
  const parts = [zh(m.kind), m.indicator || zh('noIndicator'), valueWithUnit(m)];
  if (m.qualifier !== 'exact') parts[2] += ` ${zh(`qualifierName_${m.qualifier}`)}`;
  if (m.period) parts.push(zh('yearOf', { year: m.period }));
  return parts.join(' · ');
}

/** a tag's aria-label: the mention, then whether it is clipped (and changed in the page since) */
export function describeTag(tag: { mention: Mention; clipped: boolean; changed?: boolean }): string {
  const m = describeMention(tag.mention);
  if (!tag.clipped) return m;
  return `${m} · ${zh(tag.changed ? 'markClippedChanged' : 'markClipped')}`;
}

/** the report a page holds, in one line: 太仓市 · 2023年 · 政府工作报告 */
export function describeReport(d: { region: string | null; year: number | null; type: ReportType | null; title: string | null }): string {
  const parts: string[] = [];
  if (d.region) parts.push(d.region);
  if (d.year) parts.push(zh('yearOf', { year: d.year }));
  if (d.type) parts.push(zh(`reportType_${d.type}`));
  return parts.length ? parts.join(' · ') : d.title ?? '';
}
