// The popup: the comparison of what was clipped, and the clips themselves, with search and filters.
// It reads only what it shows — the comparison's clips through the createdAt and region/indicator
// indexes, the list a page at a time — so 10 000 clips open nearly as fast as ten. The total and the
// filters' options (distinct index keys: Chromium walks every entry for them, ~100 ms per index at
// 10 000 clips) are read after the first view is painted. That paint sets the performance mark
// `rl:popup-ready` (tests/bench/popup.ts measures it). The reads and writes are in ../data.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { isEmptyFilter } from '../../../compare/filter';
import { buildTable } from '../../../compare/table';
import { EmptyState } from '../common/EmptyState';
import { LangContext, LanguageSwitch, useLang, useLangState } from '../common/lang';
import { ErrorView, ToastView } from '../common/Notices';
import { useNotices } from '../data/notices';
import { useClipPage, useComparison, useDbVersion, useFacets } from '../data/reads';
import { useClipActions } from '../data/writes';
import { Filters, useFilterState } from './Filters';
import { ClipsPanel, ComparePanel, type GroupBy } from './Panels';
import { PageSwitches } from './PageSwitches';

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
  return (
    <LangContext.Provider value={lang}>
      <Popup />
    </LangContext.Provider>
  );
}

type Tab = 'compare' | 'clips';

function Popup() {
  const { t } = useLang();
  const notices = useNotices();
  const { version, changed } = useDbVersion();
  const { query, setQuery, filter, setFilter } = useFilterState();
  const [tab, setTab] = useState<Tab>('compare');
  const [groupBy, setGroupBy] = useState<GroupBy>('region');
  const [allRows, setAllRows] = useState(false);

  const scope = useComparison(filter, version, notices.fail);
  const table = useMemo(() => (scope ? buildTable(scope.clips, { groupBy }) : null), [scope, groupBy]);
  const ready = table !== null;
  useEffect(() => {
    if (ready) markReady();
  }, [ready]);
  // after the first view: the total and the filters' options
  const { total, facets } = useFacets(ready, scope, filter, version, notices.fail);
  const { page, more } = useClipPage(tab === 'clips', filter, version, notices.fail);
  const actions = useClipActions(notices, changed);
  const dashboard = browser.runtime.getURL('/dashboard.html');

  const tabButton = (id: Tab, label: string) => (
    <button
      type="button"
      role="tab"
      id={`tab-${id}`}
      aria-controls={`panel-${id}`}
      aria-selected={tab === id}
      tabIndex={tab === id ? 0 : -1}
      onClick={() => setTab(id)}
    >
      {label}
    </button>
  );

  return (
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
      <ErrorView error={notices.error} onClose={() => notices.setError(null)} />
      <PageSwitches notices={notices} />
      {total === 0 ? (
        <EmptyState onLoadSample={actions.sample} busy={actions.sampling} />
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
            {tabButton('compare', t('tabCompare'))}
            {tabButton('clips', t('tabClips') + (total !== null ? ` (${total})` : ''))}
          </div>
          {tab === 'compare' ? (
            <ComparePanel
              scope={scope}
              table={table}
              filtered={!isEmptyFilter(filter)}
              groupBy={groupBy}
              onGroupBy={setGroupBy}
              allRows={allRows}
              onAllRows={() => setAllRows(true)}
              dashboard={dashboard}
              onOpen={actions.open}
            />
          ) : (
            <ClipsPanel page={page} onMore={more} onOpen={actions.open} onDelete={actions.remove} />
          )}
        </>
      )}
      <ToastView toast={notices.toast} onClose={() => notices.setToast(null)} />
    </div>
  );
}
