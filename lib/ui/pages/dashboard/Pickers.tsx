// What the dashboard compares: indicators (rows), regions, years, kind, column order. Checkbox lists
// with All / None; the indicator list filters as you type. The choices themselves live in
// selection.ts (useSelection).
import { useState } from 'preact/hooks';
import type { Row } from '../../../compare/table';
import type { Lang, MessageKey } from '../../../i18n';
import type { RegionLevel } from '../../../model/region';
import { useLang } from '../common/lang';
import { NO_YEAR, type RegionOption, type Selection } from './selection';
import { regionName } from '../../../i18n/regions';

interface CheckListProps<T extends string | number> {
  legend: string;
  items: Array<{ value: T; label: string; hint?: string; depth?: number }>;
  selected: ReadonlySet<T>;
  onChange: (next: Set<T>) => void;
  name: string;
  filterable?: boolean;
}

export function CheckList<T extends string | number>({ legend, items, selected, onChange, name, filterable }: CheckListProps<T>) {
  const { t } = useLang();
  const [q, setQ] = useState('');
  const shown = q ? items.filter((i) => i.label.toLowerCase().includes(q.toLowerCase())) : items;
  return (
    <fieldset class="checklist" data-pick={name}>
      <legend>{legend}</legend>
      <div class="checklist-tools">
        {filterable && (
          <input
            type="search"
            value={q}
            placeholder={t('filterIndicators')}
            aria-label={t('filterIndicators')}
            onInput={(e) => setQ((e.target as HTMLInputElement).value)}
          />
        )}
        <button type="button" class="link" onClick={() => onChange(new Set([...selected, ...shown.map((i) => i.value)]))}>
          {t('selectAll')}
        </button>
        <button
          type="button"
          class="link"
          onClick={() => onChange(new Set([...selected].filter((v) => !shown.some((i) => i.value === v))))}
        >
          {t('selectNone')}
        </button>
      </div>
      <ul>
        {shown.map((i) => (
          <li key={String(i.value)} style={i.depth ? { paddingInlineStart: `${i.depth * 12}px` } : undefined}>
            <label>
              <input
                type="checkbox"
                name={name}
                value={String(i.value)}
                checked={selected.has(i.value)}
                onChange={(e) => {
                  const next = new Set(selected);
                  if ((e.target as HTMLInputElement).checked) next.add(i.value);
                  else next.delete(i.value);
                  onChange(next);
                }}
              />{' '}
              {i.label}
              {i.hint && <span class="hint"> {i.hint}</span>}
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

export function rowLabel(r: Row, t: (k: MessageKey) => string): string {
  return `${r.indicatorKey} · ${t(`measure_${r.measure}` as MessageKey)}${r.unit ? ` (${r.unit})` : ''}`;
}

const DEPTH: Record<RegionLevel, number> = { national: 0, province: 0, city: 1, county: 2 };

export function regionItems(regions: RegionOption[], t: (k: MessageKey) => string, lang: Lang) {
  return regions.map((r) => ({
    value: r.name,
    label: r.name ? regionName(r.name, lang) : t('noRegion'),
    hint: `${r.level && r.level !== 'national' ? `${t(`level_${r.level}` as MessageKey)} · ` : ''}${r.count}`,
    depth: r.level ? DEPTH[r.level] : 0,
  }));
}

/** the side panel: every picker of the selection */
export function Pickers({ sel }: { sel: Selection }) {
  const { t, lang } = useLang();
  return (
    <aside class="pickers" aria-label={t('pickIndicators')}>
      <CheckList
        legend={t('pickIndicators')}
        name="rows"
        filterable
        items={sel.full.rows.map((r) => ({ value: r.key, label: rowLabel(r, t), hint: String(r.clipCount) }))}
        selected={sel.chosenRows}
        onChange={sel.setRows}
      />
      <CheckList
        legend={t('pickRegions')}
        name="regions"
        items={regionItems(sel.regions, t, lang)}
        selected={sel.chosenRegions}
        onChange={sel.setRegions}
      />
      <label class="check">
        <input type="checkbox" checked={sel.withParents} onChange={(e) => sel.setWithParents((e.target as HTMLInputElement).checked)} />{' '}
        {t('withParents')}
      </label>
      <CheckList
        legend={t('pickYears')}
        name="years"
        items={sel.years.map((y) => ({ value: y, label: y === NO_YEAR ? t('noYear') : String(y) }))}
        selected={sel.chosenYears}
        onChange={sel.setYears}
      />
      <fieldset class="radios">
        <legend>{t('pickKind')}</legend>
        {(['all', 'target', 'actual'] as const).map((k) => (
          <label key={k}>
            <input type="radio" name="kind" value={k} checked={sel.kind === k} onChange={() => sel.setKind(k)} />{' '}
            {k === 'all' ? t('all') : t(k)}
          </label>
        ))}
      </fieldset>
      <fieldset class="radios">
        <legend>{t('groupBy')}</legend>
        {(['region', 'year'] as const).map((g) => (
          <label key={g}>
            <input type="radio" name="group" value={g} checked={sel.groupBy === g} onChange={() => sel.setGroupBy(g)} />{' '}
            {g === 'region' ? t('groupByRegion') : t('groupByYear')}
          </label>
        ))}
      </fieldset>
    </aside>
  );
}
