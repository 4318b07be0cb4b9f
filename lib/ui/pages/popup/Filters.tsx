// Search and the four filters (region, year, kind, indicator). Their options are the distinct values
// the database's indexes hold; regions are ordered nation → province → city → county.
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { ClipFilter } from '../../../compare/filter';
import type { Facets } from '../data/reads';
import type { MessageKey } from '../../../i18n';
import { regionSortKey, resolveRegion } from '../../../model/region';
import { useLang } from '../common/lang';
import { regionName } from '../../../i18n/regions';

/** the search box's text and the filter it becomes after a pause in typing; the other filters at once */
export function useFilterState(): { query: string; setQuery: (q: string) => void; filter: ClipFilter; setFilter: (f: ClipFilter) => void } {
  const [query, setQuery] = useState('');
  const [filter, setFilter] = useState<ClipFilter>({});
  useEffect(() => {
    const id = setTimeout(() => setFilter((f) => ({ ...f, q: query.trim() || undefined })), 200);
    return () => clearTimeout(id);
  }, [query]);
  return { query, setQuery, filter, setFilter };
}

export interface FiltersProps {
  facets: Facets | null;
  filter: ClipFilter;
  query: string;
  onQuery: (q: string) => void;
  onFilter: (f: ClipFilter) => void;
}

export function Filters({ facets, filter, query, onQuery, onFilter }: FiltersProps) {
  const { t, lang } = useLang();
  const regions = useMemo(
    () =>
      (facets?.regions ?? [])
        .map((name) => ({ name, r: resolveRegion([name]) }))
        .sort((a, b) => regionSortKey(a.r).localeCompare(regionSortKey(b.r)) || a.name.localeCompare(b.name, 'zh')),
    [facets],
  );
  const set = (patch: Partial<ClipFilter>) => onFilter({ ...filter, ...patch });
  const active =
    query.trim() !== '' ||
    filter.region !== undefined ||
    filter.year !== undefined ||
    filter.kind !== undefined ||
    filter.indicator !== undefined;
  return (
    <div class="filters" role="search">
      <input
        type="search"
        class="search"
        value={query}
        placeholder={t('searchPlaceholder')}
        aria-label={t('search')}
        onInput={(e) => onQuery((e.target as HTMLInputElement).value)}
      />
      <label>
        <span class="sr-only">{t('region')}</span>
        <select
          data-filter="region"
          value={filter.region ?? ''}
          onChange={(e) => set({ region: (e.target as HTMLSelectElement).value || undefined })}
        >
          <option value="">
            {t('region')}: {t('all')}
          </option>
          {regions.map(({ name, r }) => (
            <option key={name} value={name}>
              {regionName(name, lang)}
              {r?.level ? ` (${t(`level_${r.level}` as MessageKey)})` : ''}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span class="sr-only">{t('year')}</span>
        <select
          data-filter="year"
          value={filter.year ?? ''}
          onChange={(e) => set({ year: Number((e.target as HTMLSelectElement).value) || undefined })}
        >
          <option value="">
            {t('year')}: {t('all')}
          </option>
          {(facets?.years ?? []).map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span class="sr-only">{t('kind')}</span>
        <select
          data-filter="kind"
          value={filter.kind ?? ''}
          onChange={(e) => set({ kind: ((e.target as HTMLSelectElement).value || undefined) as ClipFilter['kind'] })}
        >
          <option value="">
            {t('kind')}: {t('all')}
          </option>
          <option value="target">◎ {t('target')}</option>
          <option value="actual">● {t('actual')}</option>
        </select>
      </label>
      <label>
        <span class="sr-only">{t('indicator')}</span>
        <select
          data-filter="indicator"
          value={filter.indicator ?? ''}
          onChange={(e) => set({ indicator: (e.target as HTMLSelectElement).value || undefined })}
        >
          <option value="">
            {t('indicator')}: {t('all')}
          </option>
          {(facets?.indicators ?? []).map((k) => (
            <option key={k} value={k}>
              {k}
            </option>
          ))}
        </select>
      </label>
      {active && (
        <button
          type="button"
          class="link"
          onClick={() => {
            onQuery('');
            onFilter({});
          }}
        >
          {t('clearFilters')}
        </button>
      )}
    </div>
  );
}
