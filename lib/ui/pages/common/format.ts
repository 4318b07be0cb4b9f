// How values, qualifiers and verdicts read in the extension pages, in either language (numbers by the
// one formatter, lib/format.ts). Plain strings and parts for Preact to render as text; never HTML.
import type { Lang, MessageKey, Translate } from '../../../i18n';
import type { Qualifier } from '../../../model/mention';
import type { Judgement } from '../../../compare/pairing';
import { tolerance } from '../../../compare/pairing';
import type { Entry, Row } from '../../../compare/table';
import { formatNumber } from '../../../format';
import type { EditableField } from '../../../clip/clip';

export interface QuantityParts {
  /** a word before the number (近, about) */
  before: string;
  /** number(s) and unit */
  body: string;
  /** a word after (左右, 以上, or more) */
  after: string;
}

interface Q {
  value: number;
  valueMax?: number;
  qualifier: Qualifier;
}

/** 5%左右, 近1400亿元, 3~5个 — or about 5%, 5% or more */
export function quantityParts(q: Q, unit: string, lang: Lang, t: Translate): QuantityParts {
  const num = q.valueMax === undefined ? formatNumber(q.value, lang) : `${formatNumber(q.value, lang)}~${formatNumber(q.valueMax, lang)}`;
  const body = lang === 'en' && unit && !/^[%‰]/.test(unit) ? `${num} ${unit}` : `${num}${unit}`;
  const word = t(`qualifier_${q.qualifier}` as MessageKey);
  if (!word) return { before: '', body, after: '' };
  if (lang === 'zh') return q.qualifier === 'near' ? { before: word, body, after: '' } : { before: '', body, after: word };
  return q.qualifier === 'above' ? { before: '', body, after: ` ${word}` } : { before: `${word} `, body, after: '' };
}

export function quantityText(q: Q, unit: string, lang: Lang, t: Translate): string {
  const p = quantityParts(q, unit, lang, t);
  return p.before + p.body + p.after;
}

/** a difference in the row's unit: +0.5个百分点 for rates in %, +20亿元 for amounts */
export function deltaText(d: number, row: Pick<Row, 'unit' | 'base'>, lang: Lang): string {
  const sign = d > 0 ? '+' : d < 0 ? '−' : '±';
  const n = formatNumber(Math.abs(Number(d.toPrecision(10))), lang);
  const unit =
    row.base === '%' ? (lang === 'zh' ? '个百分点' : ' pp') : lang === 'en' && !/^[%‰]/.test(row.unit) ? ` ${row.unit}` : row.unit;
  return `${sign}${n}${unit}`;
}

export function verdictKey(v: Judgement['verdict']): MessageKey {
  return v === 'met' ? 'verdict_met' : v === 'not-met' ? 'verdict_notMet' : 'verdict_unclear';
}

/** the reasoning behind a verdict, in words, for its tooltip */
export function judgementText(
  j: Judgement,
  target: Entry,
  actual: Entry,
  row: Row,
  year: number | string | null,
  lang: Lang,
  t: Translate,
): string {
  const num = (v: number) => quantityText({ value: v, qualifier: 'exact' }, row.unit, lang, t);
  let why = t(j.bound === 'min' ? 'whyMin' : 'whyMax', { threshold: num(j.threshold) });
  if ((target.qualifier === 'about' || target.qualifier === 'near') && target.valueMax === undefined) {
    const tol = tolerance(target.value, row.rate);
    why += t('whyAbout', { tol: row.base === '%' ? deltaText(tol, row, lang).slice(1) : num(tol) });
  }
  const [lo, hi] = j.result;
  if (lo !== hi) why += (lang === 'zh' ? '；' : '; ') + t('whyRange', { lo: num(lo), hi: num(hi) });
  if (j.verdict !== 'met' && j.gap !== 0) why += (lang === 'zh' ? '；' : '; ') + t('gap', { gap: deltaText(j.gap, row, lang) });
  return t('verdictTitle', {
    year: year ?? '?',
    target: quantityText({ ...target.shown, qualifier: target.qualifier }, target.shown.unit, lang, t),
    actual: quantityText({ ...actual.shown, qualifier: actual.qualifier }, actual.shown.unit, lang, t),
    verdict: t(verdictKey(j.verdict)),
    why: why + (lang === 'zh' ? '。' : '.'),
  });
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  if (n < 1024 ** 3) return `${(n / 1024 / 1024).toFixed(1)} MB`;
  return `${(n / 1024 ** 3).toFixed(2)} GB`;
}

export function formatDate(ms: number, lang: Lang): string {
  return new Date(ms).toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-US', {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });
}

/** a clip field's value as a reader reads it (what the engine read, beside what the reader set): measures, qualifiers and kinds named, nothing as empty */
export function fieldText(field: EditableField, value: unknown, t: Translate): string {
  if (value === null || value === undefined || value === '') return t('fieldEmpty');
  if (field === 'measure' || field === 'qualifier' || field === 'reportType') {
    const prefix = field === 'qualifier' ? 'qualifierName' : field;
    return t(`${prefix}_${value}` as MessageKey);
  }
  if (field === 'kind') return t(value as 'target' | 'actual');
  return Array.isArray(value) ? value.join(' ') : String(value);
}
