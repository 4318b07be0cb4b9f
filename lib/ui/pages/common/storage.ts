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

/** an error as the reader should see it: a full disk named as such, never swallowed */
export function errorText(e: unknown, t: Translate): string {
  const why = e instanceof Error ? e.message : String(e);
  if (isQuotaError(e)) return t('quotaError', { why });
  if (e instanceof ImportError) return t('importFailed', { why });
  return t('genericError', { why });
}
