// What the pages read from the clips' database, as Preact hooks: the only place (with writes.ts)
// the pages touch Dexie. Every read is redone when `version` moves (after a write of this page, or
// when the page is shown again after clips were made in other tabs), and a read that comes back after
// its inputs changed is dropped.
import { useEffect, useState } from 'preact/hooks';
import type { Clip } from '../../../clip/clip';
import type { ClipFilter } from '../../../compare/filter';
import { isEmptyFilter } from '../../../compare/filter';
import { comparisonClips, facets as readFacets, recentClips, type Facets, type Page, type Scope } from '../../../db/queries';
import { allClips } from '../../../db/transfer';
import { readerAliases } from '../../../db/aliases';
import type { AliasBook } from '../../../compare/reader-aliases';
import { pageDb, requestPersistence, type StorageState } from './db';

export type { Facets, Page, Scope, StorageState };

export interface DbVersion {
  /** moves on every change of the database this page knows of */
  version: number;
  /** the database changed: read again */
  changed: () => void;
}

/** `reloadWhenShown`: read again when the page is shown (clips made in other tabs while it was hidden) */
export function useDbVersion(reloadWhenShown = false): DbVersion {
  const [version, setVersion] = useState(0);
  const changed = () => setVersion((v) => v + 1);
  useEffect(() => {
    if (!reloadWhenShown) return;
    const onShow = () => document.visibilityState === 'visible' && changed();
    document.addEventListener('visibilitychange', onShow);
    return () => document.removeEventListener('visibilitychange', onShow);
  }, []);
  return { version, changed };
}

/** a read that follows its inputs: null until the first answer, errors to `fail` */
function useRead<T>(read: (() => Promise<T>) | null, deps: unknown[], fail: (e: unknown) => void): T | null {
  const [value, setValue] = useState<T | null>(null);
  useEffect(() => {
    if (!read) return;
    let live = true;
    read().then((v) => live && setValue(() => v), fail);
    return () => {
      live = false;
    };
  }, deps);
  return value;
}

/** every clip (the dashboard compares them all) */
export function useClips(version: number, fail: (e: unknown) => void): Clip[] | null {
  return useRead(() => allClips(pageDb()), [version], fail);
}

/** the reader's aliases: which rows were merged into which, which wordings split out */
export function useAliases(version: number, fail: (e: unknown) => void): AliasBook | null {
  return useRead(() => readerAliases(pageDb()), [version], fail);
}

/** the clips the popup compares: what the filter lets through, or the latest clips' regions and those above */
export function useComparison(filter: ClipFilter, version: number, fail: (e: unknown) => void): Scope | null {
  return useRead(() => comparisonClips(pageDb(), filter), [filter, version], fail);
}

export interface Counts {
  /** every clip; 0 as soon as the comparison finds the database empty */
  total: number | null;
  /** the filters' options */
  facets: Facets | null;
}

/**
 * The total and the filters' options, read once the first view is painted (`ready`): distinct index
 * keys cost Chromium a walk of each index (~100 ms at 10 000 clips). `scope` is the comparison read
 * with `filter`: empty with no filter means the database is empty, known before anything is counted.
 */
export function useFacets(ready: boolean, scope: Scope | null, filter: ClipFilter, version: number, fail: (e: unknown) => void): Counts {
  const [counts, setCounts] = useState<Counts>({ total: null, facets: null });
  useEffect(() => {
    if (!ready) return;
    let live = true;
    const db = pageDb();
    const id = setTimeout(() => {
      Promise.all([db.clips.count(), readFacets(db)]).then(([total, facets]) => live && setCounts({ total, facets }), fail);
    }, 0);
    return () => {
      live = false;
      clearTimeout(id);
    };
  }, [ready, version]);
  const empty = scope !== null && isEmptyFilter(filter) && scope.clips.length === 0;
  return empty ? { total: 0, facets: counts.facets } : counts;
}

/** the newest clips the filter lets through, a page at a time (`more` adds a page); read while `enabled` */
export function useClipPage(
  enabled: boolean,
  filter: ClipFilter,
  version: number,
  fail: (e: unknown) => void,
  pageSize = 30,
): { page: Page | null; more: () => void } {
  const [limit, setLimit] = useState(pageSize);
  const page = useRead(enabled ? () => recentClips(pageDb(), filter, 0, limit) : null, [enabled, filter, version, limit], fail);
  return { page, more: () => setLimit((l) => l + pageSize) };
}

/** whether the browser keeps the clips when space runs short (asked for), and how much is used */
export function useStorageState(version: number): StorageState | null {
  return useRead(requestPersistence, [version], () => undefined);
}
