// The popup's two tab panels: the comparison (scope, column order, the table with "show all") and
// the clips (newest first, a page at a time).
import type { ComparisonTable as Table } from '../../../compare/table';
import { ClipList } from '../common/ClipList';
import { ComparisonTable } from '../common/ComparisonTable';
import { useLang } from '../common/lang';
import type { Page, Scope } from '../data/reads';

const MAX_ROWS = 30;
const MAX_COLS = 12;

export type GroupBy = 'region' | 'year';

export interface ComparePanelProps {
  scope: Scope | null;
  table: Table | null;
  /** the scope is what filters let through (else: the latest clips' regions) */
  filtered: boolean;
  groupBy: GroupBy;
  onGroupBy: (g: GroupBy) => void;
  allRows: boolean;
  onAllRows: () => void;
  dashboard: string;
  onOpen: (id: string) => void;
}

export function ComparePanel({ scope, table, filtered, groupBy, onGroupBy, allRows, onAllRows, dashboard, onOpen }: ComparePanelProps) {
  const { t } = useLang();
  return (
    <section id="panel-compare" role="tabpanel" aria-labelledby="tab-compare" class="panel">
      <div class="panel-head">
        <span class="scope">{scope && (filtered ? t('scopeFilter', { n: scope.clips.length }) : t('scopeRecent'))}</span>
        {scope?.truncated && <span class="warn">{t('truncated', { n: scope.clips.length })}</span>}
        {!filtered && !!scope?.regionsLeftOut && (
          <span class="warn" data-rl-note="regions-left-out">
            {t('regionsLeftOut', { n: scope.regionsLeftOut })}{' '}
            <a href={dashboard} target="_blank" rel="noopener">
              {t('inDashboard')}
            </a>
          </span>
        )}
        <span class="spacer" />
        <label class="group-by">
          {t('groupBy')}{' '}
          <select value={groupBy} onChange={(e) => onGroupBy((e.target as HTMLSelectElement).value as GroupBy)}>
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
          onOpen={onOpen}
          more={
            <>
              {!allRows && table.rows.length > MAX_ROWS && (
                <button type="button" class="link" onClick={onAllRows}>
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
  );
}

export function ClipsPanel({
  page,
  onMore,
  onOpen,
  onDelete,
}: {
  page: Page | null;
  onMore: () => void;
  onOpen: (id: string) => void;
  onDelete: (ids: string[]) => void;
}) {
  const { t } = useLang();
  return (
    <section id="panel-clips" role="tabpanel" aria-labelledby="tab-clips" class="panel">
      {page && page.total === 0 && <p class="none">{t('noMatch')}</p>}
      {page && <ClipList clips={page.clips} onOpen={onOpen} onDelete={onDelete} />}
      {page && page.total > page.clips.length && (
        <p class="list-foot">
          <span>{t('showing', { shown: page.clips.length, total: page.total })}</span>{' '}
          <button type="button" class="link" onClick={onMore}>
            {t('loadMore')}
          </button>
        </p>
      )}
    </section>
  );
}
