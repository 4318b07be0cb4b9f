// The extension pages' handle on the database (the same IndexedDB the background writes: both are
// the extension's origin), and the browser's persistence and quota. Only the data layer uses it.
import { ReportLensDb } from '../../../db/schema';

let db: ReportLensDb | null = null;

export function pageDb(): ReportLensDb {
  return (db ??= new ReportLensDb());
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
