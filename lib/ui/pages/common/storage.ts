// How storage errors read: a full disk named as such (Dexie wraps the browser's QuotaExceededError),
// a refused import as such, anything else as it is.
import type { Translate } from '../../../i18n';
import { ImportError } from '../../../clip/import';

/** Dexie wraps the browser's QuotaExceededError (in .inner, or in a bulk error's failures) */
export function isQuotaError(e: unknown): boolean {
  const seen = new Set<unknown>();
  const walk = (x: unknown): boolean => {
    if (!x || typeof x !== 'object' || seen.has(x)) return false;
    seen.add(x);
    const o = x as { name?: string; inner?: unknown; failures?: unknown[]; cause?: unknown };
    if (o.name === 'QuotaExceededError') return true;
    return walk(o.inner) || walk(o.cause) || (Array.isArray(o.failures) && o.failures.some(walk));
  };
  return walk(e);
}

/** a refused file in the reader's language, from its problem and detail (never the file's own bytes) */
export function importErrorText(e: ImportError, t: Translate): string {
  const d = e.detail;
  switch (e.problem) {
    case 'empty':
      return t('import_empty');
    case 'too-big':
      return d.n !== undefined
        ? t('import_tooMany', { n: d.n, max: d.max })
        : d.mb !== undefined
          ? t('import_tooBig', { mb: d.mb })
          : e.message;
    case 'not-json':
      return d.at !== undefined ? t('import_notJsonAt', { at: d.at }) : t('import_notJson');
    case 'foreign':
      return d.format !== undefined ? t('import_foreignFormat', { format: d.format }) : t('import_foreign');
    case 'bad-version':
      return t('import_badVersion', { got: d.got ?? '' });
    case 'newer':
      return t('import_newer', { version: d.version, ours: d.ours });
    case 'no-clips':
      return t('import_noClips');
    case 'bad-clip':
      return d.field ? t('import_badClip', { n: e.clip ?? '?', field: d.field }) : t('import_badClipWhole', { n: e.clip ?? '?' });
    case 'bad-alias':
      return t('import_badAlias', { n: e.clip ?? '?' });
  }
}

/** an error as the reader should see it: a full disk named as such, never swallowed */
export function errorText(e: unknown, t: Translate): string {
  const why = e instanceof Error ? e.message : String(e);
  if (isQuotaError(e)) return t('quotaError', { why });
  if (e instanceof ImportError) return t('importFailed', { why: importErrorText(e, t) });
  return t('genericError', { why });
}
