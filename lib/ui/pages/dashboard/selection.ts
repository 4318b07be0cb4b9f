// What the dashboard compares, as one hook: the regions (with the regions above them), years, kind,
// indicators and column order the reader picked — or, until they pick, the defaults — and what
// follows from them: the clips in scope, the full table (the indicator picker's options) and the
// table shown.
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Clip } from '../../../clip/clip';
import { buildTable, type ComparisonTable } from '../../../compare/table';
import { regionSortKey, regionWithParents, type RegionLevel } from '../../../model/region';

const DEFAULT_ROWS = 8;
const ALL_REGIONS_UNTIL = 12;
/** the year of clips without one */
export const NO_YEAR = 0;

export interface RegionOption {
  name: string;
  level: RegionLevel | null;
  count: number;
}

export type KindPick = 'all' | 'target' | 'actual';
export type GroupBy = 'region' | 'year';

export interface Selection {
  regions: RegionOption[];
  chosenRegions: ReadonlySet<string>;
  setRegions: (s: Set<string>) => void;
  withParents: boolean;
  setWithParents: (b: boolean) => void;
  years: number[];
  chosenYears: ReadonlySet<number>;
  setYears: (s: Set<number>) => void;
  kind: KindPick;
  setKind: (k: KindPick) => void;
  groupBy: GroupBy;
  setGroupBy: (g: GroupBy) => void;
  chosenRows: ReadonlySet<string>;
  setRows: (s: Set<string>) => void;
  /** the clips of the chosen regions (and those above), years and kind */
  scoped: Clip[];
  /** every indicator of the scoped clips: the picker's options */
  full: ComparisonTable;
  /** the chosen indicators, and the columns where they have values */
  view: ComparisonTable;
  /** show the row of a clip once the clips are read again (a corrected clip moves to another row) */
  showClip: (id: string) => void;
}

/** the regions of the clips, with their counts and levels, nation → province → city → county */
function regionOptions(clips: readonly Clip[]): RegionOption[] {
  const m = new Map<string, { count: number; clip: Clip }>();
  for (const c of clips) {
    const k = c.region ?? '';
    const r = m.get(k);
    if (r) r.count++;
    else m.set(k, { count: 1, clip: c });
  }
  return [...m]
    .map(([name, { count, clip }]) => ({ name, count, resolved: regionWithParents(clip) }))
    .sort((a, b) => regionSortKey(a.resolved).localeCompare(regionSortKey(b.resolved)) || a.name.localeCompare(b.name, 'zh'))
    .map(({ name, count, resolved }) => ({ name, count, level: resolved?.level ?? null }));
}

export function useSelection(clips: readonly Clip[] | null): Selection {
  const [selRegions, setRegions] = useState<Set<string> | null>(null);
  const [withParents, setWithParents] = useState(true);
  const [selYears, setYears] = useState<Set<number> | null>(null);
  const [kind, setKind] = useState<KindPick>('all');
  const [selRows, setRows] = useState<Set<string> | null>(null);
  const [groupBy, setGroupBy] = useState<GroupBy>('region');
  const all = clips ?? [];

  const regions = useMemo(() => regionOptions(all), [clips]);
  const defaultRegions = useMemo(() => {
    if (regions.length <= ALL_REGIONS_UNTIL) return new Set(regions.map((r) => r.name));
    // many regions: those of the latest clips
    const out = new Set<string>();
    for (const c of [...all].sort((a, b) => b.createdAt - a.createdAt)) {
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
      for (const c of all) {
        if (!c.region || !chosenRegions.has(c.region)) continue;
        for (const a of regionWithParents(c)?.ancestors ?? []) if (present.has(a.name)) out.add(a.name);
      }
    }
    return out;
  }, [chosenRegions, withParents, clips, regions]);

  const years = useMemo(() => [...new Set(all.map((c) => c.period ?? NO_YEAR))].sort((a, b) => b - a), [clips]);
  // kept between renders, so a render that changes none of them (an import's progress) rebuilds no table
  const chosenYears = useMemo(() => selYears ?? new Set(years), [selYears, years]);

  const scoped = useMemo(
    () =>
      all.filter(
        (c) => effectiveRegions.has(c.region ?? '') && chosenYears.has(c.period ?? NO_YEAR) && (kind === 'all' || c.kind === kind),
      ),
    [clips, effectiveRegions, chosenYears, kind],
  );
  const full = useMemo(() => buildTable(scoped, { groupBy }), [scoped, groupBy]);
  const chosenRows = useMemo(() => selRows ?? new Set(full.rows.slice(0, DEFAULT_ROWS).map((r) => r.key)), [selRows, full]);
  const view = useMemo(() => {
    const rows = full.rows.filter((r) => chosenRows.has(r.key));
    return { rows, columns: full.columns.filter((c) => rows.some((r) => r.cells.has(c.key))) };
  }, [full, chosenRows]);

  // the clip to show, and the clips read when it was asked for: its row is looked up in the next read
  const [reveal, setReveal] = useState<{ id: string; asked: readonly Clip[] | null } | null>(null);
  useEffect(() => {
    if (!reveal || clips === reveal.asked) return;
    const row = full.rows.find((r) =>
      [...r.cells.values()].some((c) => [...c.targets, ...c.actuals].some((e) => e.clipIds.includes(reveal.id))),
    );
    if (row && !chosenRows.has(row.key)) setRows(new Set([...chosenRows, row.key]));
    setReveal(null);
  }, [full, reveal]);

  return {
    showClip: (id) => setReveal({ id, asked: clips }),
    regions,
    chosenRegions,
    setRegions,
    withParents,
    setWithParents,
    years,
    chosenYears,
    setYears,
    kind,
    setKind,
    groupBy,
    setGroupBy,
    chosenRows,
    setRows,
    scoped,
    full,
    view,
  };
}
