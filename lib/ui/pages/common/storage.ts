// The extension pages' handle on the database (the same IndexedDB the background writes: both are
// the extension's origin), how storage errors read, and the browser's persistence and quota.
import { ReportLensDb } from '../../../db/schema';
import type { Translate } from '../../../i18n';
import { ImportError } from '../../../clip/import';

let db: ReportLensDb | null = null;

export function pageDb(): ReportLensDb {
  return (db ??= new ReportLensDb());
}

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

export interface StorageState {
  persisted: boolean | null;
  usage: number | null;
  quota: number | null;
}

/**
 * Ask the browser to keep the clips when it runs short of space (navigator.storage.persist()). In
 * Chromium an extension's origin is granted without a prompt when the browser judges it used; in
 * Firefox the answer may be a prompt. Without it storage is "best effort": evicted under pressure.
 */
export async function requestPersistence(): Promise<StorageState> {
  const s = navigator.storage;
  if (!s) return { persisted: null, usage: null, quota: null };
  let persisted: boolean | null = null;
  try {
    persisted = (await s.persisted?.()) ?? null;
    if (persisted === false && s.persist) persisted = await s.persist();
  } catch {
    persisted = null;
  }
  let usage: number | null = null;
  let quota: number | null = null;
  try {
    const est = await s.estimate?.();
    usage = est?.usage ?? null;
    quota = est?.quota ?? null;
  } catch {
    // estimate is optional
  }
  return { persisted, usage, quota };
}
