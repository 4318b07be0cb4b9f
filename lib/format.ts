// The one number formatter: the card, the marks' labels, the popup and the dashboard all write
// numbers through it. No float noise (0.1+0.2 is 0.3), no exponent. It labels every mark of a page
// (13 000 on a big one), so it is plain code for the usual figure and falls back to an
// Intl.NumberFormat made once per language and kept (toLocaleString builds one per call).
import type { Lang } from './i18n';

/**
 * `table`: thousands separators from 10 000 up and at most 4 decimals, as the pages' tables and
 * charts show values (13,000亿斤, 0.7771亿元, −8.65%). `text`: a figure as reports write it — no separators,
 * up to 6 decimals (the card and the marks' labels: 13000亿斤).
 */
export type NumberStyle = 'table' | 'text';

const LOCALE: Record<Lang, string> = { zh: 'zh-CN', en: 'en-US' };
const formats = new Map<string, Intl.NumberFormat>();

/** Intl, made once per language and style: for the numbers String() cannot write as they should read */
function numberFormat(lang: Lang, digits: number): Intl.NumberFormat {
  const key = `${lang}|${digits}`;
  let f = formats.get(key);
  if (!f) formats.set(key, (f = new Intl.NumberFormat(LOCALE[lang], { maximumFractionDigits: digits, useGrouping: false })));
  return f;
}

export function formatNumber(v: number, lang: Lang = 'zh', style: NumberStyle = 'table'): string {
  if (!Number.isFinite(v)) return Number.isNaN(v) ? 'NaN' : v > 0 ? '∞' : '−∞';
  const digits = style === 'text' ? 6 : 4;
  const abs = Math.abs(v);
  // most figures (1635, 5.5, 0.7771) are written by String() exactly as Intl writes them, ~20× faster
  let s = String(abs);
  const dot = s.indexOf('.');
  if (s.includes('e') || (dot >= 0 && s.length - dot - 1 > digits)) s = numberFormat(lang, digits).format(abs);
  if (style === 'table' && abs >= 10000) {
    const d = s.indexOf('.');
    const int = d < 0 ? s : s.slice(0, d);
    s = int.replace(/\B(?=(\d{3})+$)/g, ',') + (d < 0 ? '' : s.slice(d));
  }
  // a true minus in the pages' tables; the figure as the text writes it (-) on the card
  return v < 0 && s !== '0' ? (style === 'table' ? '−' : '-') + s : s;
}
