// The dashboard: the comparison with room. Pick indicators, regions (with the regions above them)
// and years; chart one indicator across regions or years; read the table; manage the clips — export
// CSV and JSON, import JSON (checked whole, written in one transaction, progress shown), delete with
// undo, clear. Asks the browser to keep its storage, and shows how much is used.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Clip } from '../../../clip/clip';
import { buildTable, type ComparisonTable as Table } from '../../../compare/table';
import { yearsOf } from '../../../compare/series';
import { clipMatcher } from '../../../compare/filter';
import { clearAll, restoreAll } from '../../../db/clips';
import { allClips, importClips } from '../../../db/transfer';
import { toCsvExport, toJson } from '../../../clip/export';
import { MAX_IMPORT_BYTES, ImportError, parseClipsFile } from '../../../clip/import';
import { regionSortKey, resolveRegion } from '../../../model/region';
import { ClipList } from '../common/ClipList';
import { ComparisonTable } from '../common/ComparisonTable';
import { LangContext, LanguageSwitch, useLangState } from '../common/lang';
import { ErrorView, ToastView, type Toast } from '../common/Notices';
import { download, loadSample, openClip, stamp } from '../common/actions';
import { formatBytes } from '../common/format';
import { errorText, pageDb, requestPersistence, type StorageState } from '../common/storage';
import { deleteWithUndo } from '../common/undo';
import { Chart, type ChartMode } from './Chart';
import { CheckList, regionItems, rowLabel, type RegionOption } from './Pickers';

const DEFAULT_ROWS = 8;
const ALL_REGIONS_UNTIL = 12;
const MAX_COLS = 60;
const LIST_PAGE = 50;
export const IMPORT_START = 'rl:import-start';
export const IMPORT_DONE = 'rl:import-done';
/** years of clips without one */
const NO_YEAR = 0;

interface Progress {
  phase: 'reading' | 'validating' | 'writing';
  done: number;
  total: number;
}

export function DashboardApp() {
  const lang = useLangState();
  const { t } = lang;
  const db = pageDb();
  const [clips, setClips] = useState<Clip[] | null>(null);
  const [version, setVersion] = useState(0);
  const changed = () => setVersion((v) => v + 1);
  const [toast, setToast] = useState<Toast | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [storageState, setStorageState] = useState<StorageState | null>(null);
  const [confirmClear, setConfirmClear] = useState(false);
  const [selRegions, setSelRegions] = useState<Set<string> | null>(null);
  const [withParents, setWithParents] = useState(true);
  const [selYears, setSelYears] = useState<Set<number> | null>(null);
  const [kind, setKind] = useState<'all' | 'target' | 'actual'>('all');
  const [selRows, setSelRows] = useState<Set<string> | null>(null);
  const [groupBy, setGroupBy] = useState<'region' | 'year'>('region');
  const [chartRow, setChartRow] = useState<string | null>(null);
  const [chartMode, setChartMode] = useState<ChartMode>('bars');
  const [chartYear, setChartYear] = useState<number | null>(null);
  const [q, setQ] = useState('');
  const [listPage, setListPage] = useState(0);
  const fileInput = useRef<HTMLInputElement>(null);
  const fail = (e: unknown) => setError(errorText(e, t));

  useEffect(() => {
    let live = true;
    allClips(db).then((cs) => live && setClips(cs), fail);
    return () => {
      live = false;
    };
  }, [version]);

  // clips made in other tabs while this one was hidden
  useEffect(() => {
    const onShow = () => document.visibilityState === 'visible' && changed();
    document.addEventListener('visibilitychange', onShow);
    return () => document.removeEventListener('visibilitychange', onShow);
  }, []);

  useEffect(() => {
    void requestPersistence().then(setStorageState);
  }, [version]);

  // ---- what is compared ------------------------------------------------------------------------
  const regions: RegionOption[] = useMemo(() => {
    const m = new Map<string, { count: number; path: string[] }>();
    for (const c of clips ?? []) {
      const k = c.region ?? '';
      const r = m.get(k);
      if (r) r.count++;
      else m.set(k, { count: 1, path: c.regionPath.length ? c.regionPath : c.region ? [c.region] : [] });
    }
    return [...m]
      .map(([name, { count, path }]) => ({ name, count, resolved: name ? resolveRegion(path) : null }))
      .sort((a, b) => regionSortKey(a.resolved).localeCompare(regionSortKey(b.resolved)) || a.name.localeCompare(b.name, 'zh'))
      .map(({ name, count, resolved }) => ({ name, count, level: resolved?.level ?? null }));
  }, [clips]);

  const defaultRegions = useMemo(() => {
    if (regions.length <= ALL_REGIONS_UNTIL) return new Set(regions.map((r) => r.name));
    // many regions: those of the latest clips
    const out = new Set<string>();
    const newest = [...(clips ?? [])].sort((a, b) => b.createdAt - a.createdAt);
    for (const c of newest) {
      if (out.size >= 6) break;
      out.add(c.region ?? '');
    }
    return out;
  }, [clips, regions]);

  const chosenRegions = selRegions ?? defaultRegions;
  const effectiveRegions = useMemo(() => {
    const out = new Set(chosenRegions);
    if (withParents) {
      const present = new Set(regions.map((r) => r.name));
      for (const c of clips ?? []) {
        if (!c.region || !chosenRegions.has(c.region)) continue;
        for (const a of resolveRegion(c.regionPath.length ? c.regionPath : [c.region])?.ancestors ?? []) if (present.has(a.name)) out.add(a.name);
      }
    }
    return out;
  }, [chosenRegions, withParents, clips, regions]);

  const years = useMemo(() => [...new Set((clips ?? []).map((c) => c.period ?? NO_YEAR))].sort((a, b) => b - a), [clips]);
  const chosenYears = selYears ?? new Set(years);

  const scoped = useMemo(
    () => (clips ?? []).filter((c) => effectiveRegions.has(c.region ?? '') && chosenYears.has(c.period ?? NO_YEAR) && (kind === 'all' || c.kind === kind)),
    [clips, effectiveRegions, chosenYears, kind],
  );
  const full = useMemo(() => buildTable(scoped, { groupBy }), [scoped, groupBy]);
  const chosenRows = selRows ?? new Set(full.rows.slice(0, DEFAULT_ROWS).map((r) => r.key));
  const view: Table = useMemo(() => {
    const rows = full.rows.filter((r) => chosenRows.has(r.key));
    return { rows, columns: full.columns.filter((c) => rows.some((r) => r.cells.has(c.key))) };
  }, [full, chosenRows]);

  const row = view.rows.find((r) => r.key === chartRow) ?? view.rows[0] ?? null;
  const rowYears = row ? yearsOf(view, row) : [];
  const barYear = chartYear !== null && rowYears.includes(chartYear) ? chartYear : bestYear(view, row);

  const listed = useMemo(() => {
    const match = clipMatcher({ q });
    return scoped.filter(match).sort((a, b) => b.createdAt - a.createdAt);
  }, [scoped, q]);
  const pages = Math.max(1, Math.ceil(listed.length / LIST_PAGE));
  const pageNo = Math.min(listPage, pages - 1);

  // ---- actions -----------------------------------------------------------------------------------
  const exportCsv = async () => {
    try {
      download(`report-lens-clips-${stamp()}.csv`, toCsvExport(await allClips(db)), 'text/csv;charset=utf-8');
    } catch (e) {
      fail(e);
    }
  };
  const exportJson = async () => {
    try {
      download(`report-lens-clips-${stamp()}.json`, toJson(await allClips(db)), 'application/json');
    } catch (e) {
      fail(e);
    }
  };
  const importFile = async (file: File) => {
    setError(null);
    setToast(null);
    // marks for the bench (tests/bench/popup.ts): file chosen → every clip written
    performance.clearMarks(IMPORT_START);
    performance.clearMarks(IMPORT_DONE);
    performance.mark(IMPORT_START);
    try {
      if (file.size > MAX_IMPORT_BYTES) throw new ImportError('too-big', t('importFileTooBig', { size: Math.round(file.size / 1048576) }));
      setProgress({ phase: 'reading', done: 0, total: 0 });
      const text = await file.text();
      const parsed = await parseClipsFile(text, { onProgress: (done, total) => setProgress({ phase: 'validating', done, total }) });
      setProgress({ phase: 'writing', done: 0, total: parsed.length });
      const r = await importClips(db, parsed, (done, total) => setProgress({ phase: 'writing', done, total }));
      performance.mark(IMPORT_DONE);
      setToast({ text: t('imported', { added: r.added, merged: r.merged }) });
      changed();
    } catch (e) {
      fail(e);
    } finally {
      setProgress(null);
      if (fileInput.current) fileInput.current.value = '';
    }
  };
  const sample = async () => {
    try {
      const r = await loadSample(db);
      setToast({ text: t('sampleLoaded', { n: r.added + r.merged }) });
      changed();
    } catch (e) {
      fail(e);
    }
  };
  const clear = async () => {
    setConfirmClear(false);
    try {
      const saved = await clearAll(db);
      changed();
      setToast({
        text: t('cleared', { n: saved.clips.length }),
        action: {
          label: t('undo'),
          run: () => {
            setToast(null);
            restoreAll(db, saved).then(() => {
              changed();
              setToast({ text: t('restored') });
            }, fail);
          },
        },
      });
    } catch (e) {
      fail(e);
    }
  };
  const remove = (ids: string[]) => deleteWithUndo(db, ids, { t, toast: setToast, error: setError, changed });
  const open = (id: string) => openClip(id).catch(fail);

  const busy = progress !== null;
  return (
    <LangContext.Provider value={lang}>
      <div class="dashboard" data-clips={clips?.length ?? ''}>
        <header class="bar">
          <h1>
            <span aria-hidden="true">◎</span> {t('dashboardTitle')}
          </h1>
          {clips && <span class="count">{t('clipsCount', { n: clips.length })}</span>}
          <span class="spacer" />
          {storageState && (
            <span class="storage" data-persisted={String(storageState.persisted)}>
              {t('storage')}: {storageState.persisted ? t('storagePersisted') : t('storageBestEffort')}
              {storageState.usage !== null ? ` · ${t('storageUsage', { used: formatBytes(storageState.usage) })}` : ''}
            </span>
          )}
          <LanguageSwitch />
        </header>

        <div class="toolbar" role="toolbar" aria-label={t('clips')}>
          <button type="button" data-action="export-csv" onClick={exportCsv} disabled={busy || !clips?.length}>
            {t('exportCsv')}
          </button>
          <button type="button" data-action="export-json" onClick={exportJson} disabled={busy || !clips?.length}>
            {t('exportJson')}
          </button>
          <label class={`button${busy ? ' disabled' : ''}`}>
            {t('importJson')}
            <input
              ref={fileInput}
              type="file"
              class="sr-only"
              accept=".json,application/json"
              data-action="import"
              disabled={busy}
              onChange={(e) => {
                const f = (e.target as HTMLInputElement).files?.[0];
                if (f) void importFile(f);
              }}
            />
          </label>
          <button type="button" data-action="load-sample" onClick={sample} disabled={busy}>
            {t('loadSample')}
          </button>
          <span class="spacer" />
          {!confirmClear ? (
            <button type="button" class="danger" data-action="clear" onClick={() => setConfirmClear(true)} disabled={busy || !clips?.length}>
              {t('clearAll')}
            </button>
          ) : (
            <span class="confirm" role="group" aria-label={t('clearAll')}>
              {t('clearConfirm', { n: clips?.length ?? 0 })}{' '}
              <button type="button" class="danger" data-action="clear-confirm" onClick={clear}>
                {t('clearYes')}
              </button>{' '}
              <button type="button" onClick={() => setConfirmClear(false)}>
                {t('cancel')}
              </button>
            </span>
          )}
        </div>

        <div class="status-area" role="status" aria-live="polite">
          {progress && (
            <div class="progress" data-phase={progress.phase}>
              <span>
                {progress.phase === 'reading'
                  ? t('importing')
                  : t(progress.phase === 'validating' ? 'importValidating' : 'importWriting', { done: progress.done, total: progress.total })}
              </span>
              <progress max={progress.total || 1} value={progress.phase === 'reading' ? undefined : progress.done} />
            </div>
          )}
        </div>
        <ErrorView error={error} onClose={() => setError(null)} />

        {clips && clips.length === 0 && <p class="none dashboard-empty">{t('dashboardEmpty')}</p>}

        {clips && clips.length > 0 && (
          <div class="dash-grid">
            <aside class="pickers" aria-label={t('pickIndicators')}>
              <CheckList
                legend={t('pickIndicators')}
                name="rows"
                filterable
                items={full.rows.map((r) => ({ value: r.key, label: rowLabel(r, t), hint: String(r.clipCount) }))}
                selected={chosenRows}
                onChange={setSelRows}
              />
              <CheckList legend={t('pickRegions')} name="regions" items={regionItems(regions, t)} selected={chosenRegions} onChange={setSelRegions} />
              <label class="check">
                <input type="checkbox" checked={withParents} onChange={(e) => setWithParents((e.target as HTMLInputElement).checked)} /> {t('withParents')}
              </label>
              <CheckList
                legend={t('pickYears')}
                name="years"
                items={years.map((y) => ({ value: y, label: y === NO_YEAR ? t('noYear') : String(y) }))}
                selected={chosenYears}
                onChange={setSelYears}
              />
              <fieldset class="radios">
                <legend>{t('pickKind')}</legend>
                {(['all', 'target', 'actual'] as const).map((k) => (
                  <label key={k}>
                    <input type="radio" name="kind" value={k} checked={kind === k} onChange={() => setKind(k)} /> {k === 'all' ? t('all') : t(k)}
                  </label>
                ))}
              </fieldset>
              <fieldset class="radios">
                <legend>{t('groupBy')}</legend>
                {(['region', 'year'] as const).map((g) => (
                  <label key={g}>
                    <input type="radio" name="group" value={g} checked={groupBy === g} onChange={() => setGroupBy(g)} /> {g === 'region' ? t('groupByRegion') : t('groupByYear')}
                  </label>
                ))}
              </fieldset>
            </aside>

            <main class="dash-main">
              <section class="card" aria-labelledby="chart-h">
                <h2 id="chart-h">{t('chart')}</h2>
                {row ? (
                  <>
                    <div class="chart-controls">
                      <label>
                        {t('chartRow')}{' '}
                        <select data-control="chart-row" value={row.key} onChange={(e) => setChartRow((e.target as HTMLSelectElement).value)}>
                          {view.rows.map((r) => (
                            <option key={r.key} value={r.key}>
                              {rowLabel(r, t)}
                            </option>
                          ))}
                        </select>
                      </label>
                      <span role="group" class="seg">
                        <button type="button" data-control="chart-bars" aria-pressed={chartMode === 'bars'} onClick={() => setChartMode('bars')}>
                          {t('chartBars')}
                        </button>
                        <button type="button" data-control="chart-lines" aria-pressed={chartMode === 'lines'} onClick={() => setChartMode('lines')}>
                          {t('chartLines')}
                        </button>
                      </span>
                      {chartMode === 'bars' && (
                        <label>
                          {t('chartYear')}{' '}
                          <select data-control="chart-year" value={String(barYear)} onChange={(e) => setChartYear(Number((e.target as HTMLSelectElement).value))}>
                            {rowYears.map((y) => (
                              <option key={y} value={y}>
                                {y}
                              </option>
                            ))}
                          </select>
                        </label>
                      )}
                    </div>
                    <Chart table={view} row={row} mode={chartMode} year={barYear} />
                  </>
                ) : (
                  <p class="none">{t('nothingSelected')}</p>
                )}
              </section>

              <section class="card" aria-labelledby="table-h">
                <h2 id="table-h">{t('table')}</h2>
                {view.rows.length ? <ComparisonTable table={view} maxCols={MAX_COLS} onOpen={open} /> : <p class="none">{t('nothingSelected')}</p>}
              </section>

              <section class="card" aria-labelledby="clips-h">
                <h2 id="clips-h">
                  {t('clips')} <span class="count">({listed.length})</span>
                </h2>
                <input
                  type="search"
                  class="search"
                  value={q}
                  placeholder={t('searchPlaceholder')}
                  aria-label={t('search')}
                  onInput={(e) => {
                    setQ((e.target as HTMLInputElement).value);
                    setListPage(0);
                  }}
                />
                <ClipList clips={listed.slice(pageNo * LIST_PAGE, (pageNo + 1) * LIST_PAGE)} onOpen={open} onDelete={remove} />
                {pages > 1 && (
                  <nav class="pager" aria-label={t('clips')}>
                    <button type="button" disabled={pageNo === 0} onClick={() => setListPage(pageNo - 1)}>
                      {t('prev')}
                    </button>
                    <span>{t('page', { page: pageNo + 1, pages })}</span>
                    <button type="button" disabled={pageNo >= pages - 1} onClick={() => setListPage(pageNo + 1)}>
                      {t('next')}
                    </button>
                  </nav>
                )}
              </section>
            </main>
          </div>
        )}
        <ToastView toast={toast} onClose={() => setToast(null)} ms={15_000} />
      </div>
    </LangContext.Provider>
  );
}

/** the year whose bars show most (regions, and targets beside results), the latest of equals */
function bestYear(table: Table, row: Table['rows'][number] | null): number | null {
  if (!row) return null;
  const count = new Map<number | null, number>();
  for (const c of table.columns) {
    const cell = row.cells.get(c.key);
    if (cell) count.set(c.year, (count.get(c.year) ?? 0) + Math.min(1, cell.targets.length) + Math.min(1, cell.actuals.length));
  }
  let best: number | null = null;
  let n = 0;
  for (const [y, k] of count) if (k > n || (k === n && (y ?? 0) > (best ?? 0))) [best, n] = [y, k];
  return best;
}
