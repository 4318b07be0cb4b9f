// The popup: the comparison of what was clipped, and the clips themselves, with search and filters.
// It reads only what it shows — the comparison's clips through the createdAt and region/indicator
// indexes, the list a page at a time — so 10 000 clips open nearly as fast as ten. The total and the
// filters' options (distinct index keys: Chromium walks every entry for them, ~100 ms per index at
// 10 000 clips) are read after the first view is painted. That paint sets the performance mark
// `rl:popup-ready` (tests/bench/popup.ts measures it).
import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { isEmptyFilter, type ClipFilter } from '../../../compare/filter';
import { buildTable } from '../../../compare/table';
import { comparisonClips, facets as readFacets, recentClips, type Facets, type Page, type Scope } from '../../../db/queries';
import { ClipList } from '../common/ClipList';
import { ComparisonTable } from '../common/ComparisonTable';
import { EmptyState } from '../common/EmptyState';
import { LangContext, LanguageSwitch, useLangState } from '../common/lang';
import { ErrorView, ToastView, type Toast } from '../common/Notices';
import { loadSample, openClip } from '../common/actions';
import { errorText, pageDb } from '../common/storage';
import { deleteWithUndo } from '../common/undo';
import { Filters } from './Filters';

const MAX_ROWS = 30;
const MAX_COLS = 12;
const PAGE = 30;

export const READY_MARK = 'rl:popup-ready';

/** mark the first paint of real content, once: after the frame that shows it */
function markReady(): void {
  if (performance.getEntriesByName(READY_MARK).length) return;
  requestAnimationFrame(() =>
    setTimeout(() => {
      performance.mark(READY_MARK);
      document.documentElement.dataset.rlReady = 'true';
    }, 0),
  );
}

export function PopupApp() {
  const lang = useLangState();
  const { t } = lang;
  const db = pageDb();
  const [version, setVersion] = useState(0);
  const changed = () => setVersion((v) => v + 1);
  const [query, setQuery] = useState('');
  const [filter, setFilter] = useState<ClipFilter>({});
  const [tab, setTab] = useState<'compare' | 'clips'>('compare');
  const [groupBy, setGroupBy] = useState<'region' | 'year'>('region');
  const [total, setTotal] = useState<number | null>(null);
  const [facets, setFacets] = useState<Facets | null>(null);
  const [scope, setScope] = useState<Scope | null>(null);
  const [page, setPage] = useState<Page | null>(null);
  const [limit, setLimit] = useState(PAGE);
  const [toast, setToast] = useState<Toast | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [allRows, setAllRows] = useState(false);
  const fail = (e: unknown) => setError(errorText(e, t));

  // the search box waits for a pause in typing
  useEffect(() => {
    const id = setTimeout(() => setFilter((f) => ({ ...f, q: query.trim() || undefined })), 200);
    return () => clearTimeout(id);
  }, [query]);

  useEffect(() => {
    let live = true;
    comparisonClips(db, filter).then((s) => {
      if (!live) return;
      setScope(s);
      // nothing recent and no filter: the database is empty
      if (isEmptyFilter(filter) && !s.clips.length) setTotal(0);
    }, fail);
    return () => {
      live = false;
    };
  }, [filter, version]);

  const table = useMemo(() => (scope ? buildTable(scope.clips, { groupBy }) : null), [scope, groupBy]);
  const ready = total === 0 || table !== null;
  useEffect(() => {
    if (ready) markReady();
  }, [ready]);

  // after the first view: the total and the filters' options
  useEffect(() => {
    if (!ready) return;
    let live = true;
    const id = setTimeout(() => {
      Promise.all([db.clips.count(), readFacets(db)]).then(([n, f]) => {
        if (!live) return;
        setTotal(n);
        setFacets(f);
      }, fail);
    }, 0);
    return () => {
      live = false;
      clearTimeout(id);
    };
  }, [ready, version]);

  useEffect(() => {
    if (tab !== 'clips') return;
    let live = true;
    recentClips(db, filter, 0, limit).then((p) => live && setPage(p), fail);
    return () => {
      live = false;
    };
  }, [tab, filter, version, limit]);

  const open = (id: string) => openClip(id).catch(fail);
  const remove = (ids: string[]) => deleteWithUndo(db, ids, { t, toast: setToast, error: setError, changed });
  const sample = async () => {
    setBusy(true);
    try {
      const r = await loadSample(db);
      setToast({ text: t('sampleLoaded', { n: r.added + r.merged }) });
      changed();
    } catch (e) {
      fail(e);
    } finally {
      setBusy(false);
    }
  };
  const dashboard = browser.runtime.getURL('/dashboard.html');
  const filtered = !isEmptyFilter(filter);

  return (
    <LangContext.Provider value={lang}>
      <div class="popup">
        <header class="bar">
          <h1>
            <span aria-hidden="true">◎</span> {t('appName')}
          </h1>
          {total !== null && total > 0 && <span class="count">{t('clipsCount', { n: total })}</span>}
          <span class="spacer" />
          <a class="button" href={dashboard} target="_blank" rel="noopener" data-action="dashboard">
            {t('openDashboard')} ↗
          </a>
          <LanguageSwitch />
        </header>
        <ErrorView error={error} onClose={() => setError(null)} />
        {total === 0 ? (
          <EmptyState onLoadSample={sample} busy={busy} />
        ) : (
          <>
            <Filters facets={facets} filter={filter} query={query} onQuery={setQuery} onFilter={(f) => setFilter({ ...f, q: filter.q })} />
            <div
              class="tabs"
              role="tablist"
              aria-label={t('appName')}
              onKeyDown={(e) => {
                // arrows move between the two tabs, as in any tab list
                if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
                const next = tab === 'compare' ? 'clips' : 'compare';
                setTab(next);
                (document.getElementById(`tab-${next}`) as HTMLElement | null)?.focus();
              }}
            >
              <button type="button" role="tab" id="tab-compare" aria-controls="panel-compare" aria-selected={tab === 'compare'} tabIndex={tab === 'compare' ? 0 : -1} onClick={() => setTab('compare')}>
                {t('tabCompare')}
              </button>
              <button type="button" role="tab" id="tab-clips" aria-controls="panel-clips" aria-selected={tab === 'clips'} tabIndex={tab === 'clips' ? 0 : -1} onClick={() => setTab('clips')}>
                {t('tabClips')}
                {total !== null ? ` (${total})` : ''}
              </button>
            </div>
            {tab === 'compare' ? (
              <section id="panel-compare" role="tabpanel" aria-labelledby="tab-compare" class="panel">
                <div class="panel-head">
                  <span class="scope">{scope && (filtered ? t('scopeFilter', { n: scope.clips.length }) : t('scopeRecent'))}</span>
                  {scope?.truncated && <span class="warn">{t('truncated', { n: scope.clips.length })}</span>}
                  <span class="spacer" />
                  <label class="group-by">
                    {t('groupBy')}{' '}
                    <select value={groupBy} onChange={(e) => setGroupBy((e.target as HTMLSelectElement).value as 'region' | 'year')}>
                      <option value="region">{t('groupByRegion')}</option>
                      <option value="year">{t('groupByYear')}</option>
                    </select>
                  </label>
                </div>
                {table && table.rows.length === 0 && <p class="none">{t('noMatch')}</p>}
                {table && table.rows.length > 0 && (
                  <ComparisonTable
                    table={table}
                    maxRows={allRows ? undefined : MAX_ROWS}
                    maxCols={MAX_COLS}
                    onOpen={open}
                    more={
                      <>
                        {!allRows && table.rows.length > MAX_ROWS && (
                          <button type="button" class="link" onClick={() => setAllRows(true)}>
                            {t('showAll')}
                          </button>
                        )}{' '}
                        <a href={dashboard} target="_blank" rel="noopener">
                          {t('inDashboard')}
                        </a>
                      </>
                    }
                  />
                )}
              </section>
            ) : (
              <section id="panel-clips" role="tabpanel" aria-labelledby="tab-clips" class="panel">
                {page && page.total === 0 && <p class="none">{t('noMatch')}</p>}
                {page && <ClipList clips={page.clips} onOpen={open} onDelete={remove} />}
                {page && page.total > page.clips.length && (
                  <p class="list-foot">
                    <span>{t('showing', { shown: page.clips.length, total: page.total })}</span>{' '}
                    <button type="button" class="link" onClick={() => setLimit((l) => l + PAGE)}>
                      {t('loadMore')}
                    </button>
                  </p>
                )}
              </section>
            )}
          </>
        )}
        <ToastView toast={toast} onClose={() => setToast(null)} />
      </div>
    </LangContext.Provider>
  );
}
