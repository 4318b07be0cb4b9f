// The comparison table, built in one pass over clips: rows are indicators (key × measure × base
// unit: growth never shares a row with a level, 亿元 never with 亿美元), columns are region × year
// (the year the figure is for), cells hold the targets and results clipped for them. Clips that say
// the same thing collapse into one entry; different values for one cell are kept and flagged. A
// cell with both a target and a result is judged (pairing.ts); a target for a rate beside the target
// of a region above it (same year, same row) says whether it asks more — targets are raised at each
// level down.
import type { Clip } from '../clip/clip';
import type { RegionLevel } from '../model/region';
import type { Kind, Measure, Qualifier } from '../model/mention';
import { regionPathOf, regionSortKey, regionWithParents, type ResolvedRegion } from '../model/region';
import { direction, headlineRank, isIndicator, jointParts, type Direction } from './indicator-key';
import { compareBars, judge, type Judgement } from './pairing';
import { convert, isRate, parseUnit, rowScale, type Scale, sameScale, shownAsWritten, unitName } from './units';

/** the clip fields the table reads */
export type TableClip = Pick<
  Clip,
  | 'id'
  | 'indicator'
  | 'indicatorKey'
  | 'measure'
  | 'value'
  | 'valueMax'
  | 'unit'
  | 'qualifier'
  | 'kind'
  | 'period'
  | 'region'
  | 'regionPath'
  | 'createdAt'
> &
  Partial<Pick<Clip, 'replacedBy' | 'periodFrom' | 'reportYear'>>;

export interface Column {
  key: string;
  /** the region as the reports name it; null when the report did not say */
  region: string | null;
  /** division code when known, else `name:` + the name, '' for no region */
  regionId: string;
  level: RegionLevel | null;
  /** the regions above, the nation first */
  ancestors: Array<{ code: string; name: string; level: RegionLevel }>;
  year: number | null;
  /** a column of figures over several years (五年来累计, 十四五期间): the first; `year` is the last */
  yearFrom?: number;
}

/** a column's years as a key and a label: 2023, or 2016-2020 for figures over several years */
export const yearsKey = (c: { year: number | null; yearFrom?: number }): string =>
  c.yearFrom !== undefined ? `${c.yearFrom}-${c.year ?? ''}` : `${c.year ?? ''}`;

export interface Entry {
  kind: Kind;
  /** in the row's unit */
  value: number;
  valueMax?: number;
  qualifier: Qualifier;
  /** as clipped, when the row compares it in another magnitude */
  original?: { value: number; valueMax?: number; unit: string };
  /** what the cell shows: in the row's unit, or as written where converting would make it a fraction */
  shown: { value: number; valueMax?: number; unit: string };
  /** every clip saying this, the first report's first (newest first within a report) */
  clipIds: string[];
  /** the name a figure was said under, of this indicator and another with one value (城乡居民人均可支配收入均增长7%左右
   * in the urban row): it stands in a cell only where no clip says this indicator's own figure of its kind */
  joint?: string;
}

export interface Raise {
  /** the nearest column above (same year) with a target in this row */
  column: string;
  region: string;
  against: Entry;
  change: 'higher' | 'same' | 'lower';
}

export interface Cell {
  targets: Entry[];
  actuals: Entry[];
  /** two different values of one kind were clipped for this cell */
  conflict: boolean;
  /** the target judged against the result, when both are there and agree with themselves */
  judgement: Judgement | null;
  raise: Raise | null;
}

export interface Row {
  key: string;
  indicatorKey: string;
  measure: Measure;
  /** the unit every value of the row is shown in */
  unit: string;
  base: string;
  rate: boolean;
  direction: Direction;
  /** the indicator names the reports used, most used first */
  names: string[];
  cells: Map<string, Cell>;
  clipCount: number;
}

export interface ComparisonTable {
  rows: Row[];
  columns: Column[];
}

export interface TableOptions {
  /** column order: regions first (each region's years together) or years first (each year's regions together) */
  groupBy?: 'region' | 'year';
}

/** a row's key: its indicator, measure and base unit */
export const rowKey = (indicatorKey: string, measure: Measure, base: string): string => `${indicatorKey}\u0001${measure}\u0001${base}`;

const MEASURE_ORDER: Record<Measure, number> = { growth: 0, level: 1, change: 2 };

interface RowAcc {
  row: Row;
  raw: Array<{ clip: TableClip; col: string; scale: Scale; joint: boolean }>;
  names: Map<string, number>;
}

export function buildTable(clips: readonly TableClip[], options: TableOptions = {}): ComparisonTable {
  const columns = new Map<string, Column & { sort: string }>();
  const rows = new Map<string, RowAcc>();
  const regions = new Map<string, ResolvedRegion | null>();

  for (const c of clips) {
    // a clip the reader replaced by the figure its page now says is kept, but no longer compared
    if (c.replacedBy) continue;
    const pathKey = regionPathOf(c).join('\u0001');
    let resolved = regions.get(pathKey);
    if (resolved === undefined) {
      resolved = regionWithParents(c);
      regions.set(pathKey, resolved);
    }
    const regionId = !c.region ? '' : (resolved?.code ?? `name:${c.region}`);
    // figures over several years stand apart from one year's (their own column: 2016–2020)
    const span = c.periodFrom !== undefined && c.period !== null ? { yearFrom: c.periodFrom } : {};
    const colKey = `${regionId}|${yearsKey({ year: c.period, ...span })}`;
    if (!columns.has(colKey)) {
      columns.set(colKey, {
        key: colKey,
        region: c.region,
        regionId,
        level: resolved?.level ?? null,
        ancestors: resolved?.ancestors ?? [],
        year: c.period,
        ...span,
        sort: regionSortKey(resolved),
      });
    }
    const unit = parseUnit(c.unit);
    const parts = jointParts(c.indicatorKey, c.measure);
    for (const indicatorKey of parts ?? [c.indicatorKey]) {
      const key = rowKey(indicatorKey, c.measure, unit.base);
      let acc = rows.get(key);
      if (!acc) {
        acc = {
          row: {
            key,
            indicatorKey,
            measure: c.measure,
            unit: '',
            base: unit.base,
            rate: isRate(unit.base),
            direction: direction(indicatorKey),
            names: [],
            cells: new Map(),
            clipCount: 0,
          },
          raw: [],
          names: new Map(),
        };
        rows.set(key, acc);
      }
      acc.raw.push({ clip: c, col: colKey, scale: unit, joint: parts !== undefined });
      // a row is named by its own indicator's names (a row of joint figures only, by its key)
      if (!parts) acc.names.set(c.indicator, (acc.names.get(c.indicator) ?? 0) + 1);
    }
  }

  const out: Row[] = [];
  for (const acc of rows.values()) {
    const { row } = acc;
    const scale = rowScale(
      acc.raw.map((r) => ({ ...r.scale, value: r.clip.value })),
      row.base,
    );
    row.unit = unitName(row.base, scale.exp, scale.half);
    row.names = [...acc.names].sort((a, b) => b[1] - a[1]).map(([n]) => n);
    row.clipCount = acc.raw.length;
    // an indicator's own figures before those said jointly with another; then by the report that said it first (a
    // target as the year's own report set it, not as the next restated it: 超过计划增长６％的要求), newest first
    // within a report, so an entry's first clip is the first report's latest saying it
    const said = (c: TableClip): number => c.reportYear ?? Number.MAX_SAFE_INTEGER;
    acc.raw.sort((a, b) => Number(a.joint) - Number(b.joint) || said(a.clip) - said(b.clip) || b.clip.createdAt - a.clip.createdAt);
    for (const { clip, col, scale: written, joint } of acc.raw) {
      let cell = row.cells.get(col);
      if (!cell) row.cells.set(col, (cell = { targets: [], actuals: [], conflict: false, judgement: null, raise: null }));
      const value = convert(clip.value, written, scale);
      const valueMax = clip.valueMax === undefined ? undefined : convert(clip.valueMax, written, scale);
      const list = clip.kind === 'target' ? cell.targets : cell.actuals;
      // a joint figure gives way to the indicator's own (城镇居民人均可支配收入增长5.1% beside 城乡居民…均增长5%)
      if (joint && list.some((x) => !x.joint)) continue;
      const same = list.find((x) => x.value === value && x.valueMax === valueMax && x.qualifier === clip.qualifier);
      if (same) same.clipIds.push(clip.id);
      else {
        const asWritten =
          clip.valueMax === undefined
            ? { value: clip.value, unit: clip.unit }
            : { value: clip.value, valueMax: clip.valueMax, unit: clip.unit };
        const inRow = valueMax === undefined ? { value, unit: row.unit } : { value, valueMax, unit: row.unit };
        const entry: Entry = {
          kind: clip.kind,
          value,
          qualifier: clip.qualifier,
          clipIds: [clip.id],
          shown: shownAsWritten(clip.value, written, scale) ? asWritten : inRow,
        };
        if (valueMax !== undefined) entry.valueMax = valueMax;
        if (!sameScale(written, scale)) entry.original = asWritten;
        if (joint) entry.joint = clip.indicator;
        list.push(entry);
      }
    }
    const opts = { rate: row.rate, direction: row.direction };
    // a row that names no indicator is never judged: its target and result may be of two different things
    const named = isIndicator(row.indicatorKey);
    for (const [key, cell] of row.cells) {
      cell.conflict = cell.targets.length > 1 || cell.actuals.length > 1;
      // a column of no known year gathers figures of any year: a target there is not judged by a result there
      const dated = columns.get(key)?.year !== null;
      const single = cell.targets.length === 1 && cell.actuals.length === 1;
      if (named && dated && single) cell.judgement = judge(cell.targets[0], cell.actuals[0], opts);
    }
    out.push(row);
  }

  const cols = [...columns.values()];
  for (const row of out) {
    // only rates compare across levels: a district's 3万人 is not "lower" than the nation's 1200万人
    if (!row.rate) continue;
    for (const col of cols) {
      const cell = row.cells.get(col.key);
      if (cell?.targets.length !== 1) continue;
      // nearest region above first
      for (let i = col.ancestors.length - 1; i >= 0; i--) {
        const a = col.ancestors[i];
        const upKey = `${a.code}|${yearsKey(col)}`;
        const up = row.cells.get(upKey);
        if (up?.targets.length !== 1) continue;
        const change = compareBars(cell.targets[0], up.targets[0], { rate: row.rate, direction: row.direction });
        if (change) cell.raise = { column: upKey, region: columns.get(upKey)?.region ?? a.name, against: up.targets[0], change };
        break;
      }
    }
  }

  // rows: headline indicators first (GDP, revenue, …), then those filled in most columns; an
  // indicator's measures together
  const spread = new Map<string, number>();
  for (const r of out) spread.set(r.indicatorKey, Math.max(spread.get(r.indicatorKey) ?? 0, r.cells.size * 1000 + r.clipCount));
  const rank = (k: string): number => headlineRank(k);
  out.sort(
    (a, b) =>
      (rank(a.indicatorKey) === rank(b.indicatorKey) ? 0 : rank(a.indicatorKey) < rank(b.indicatorKey) ? -1 : 1) ||
      spread.get(b.indicatorKey)! - spread.get(a.indicatorKey)! ||
      a.indicatorKey.localeCompare(b.indicatorKey, 'zh') ||
      MEASURE_ORDER[a.measure] - MEASURE_ORDER[b.measure] ||
      b.cells.size - a.cells.size,
  );

  // a year's columns, then the spans ending in it
  const yearKey = (c: Column): number => (c.year ?? 99999) * 10000 + (c.yearFrom === undefined ? 0 : 5000 + (c.year ?? 0) - c.yearFrom);
  const byRegion = (a: Column & { sort: string }, b: Column & { sort: string }): number =>
    a.sort < b.sort ? -1 : a.sort > b.sort ? 1 : (a.region ?? '').localeCompare(b.region ?? '', 'zh');
  cols.sort(
    options.groupBy === 'year' ? (a, b) => yearKey(a) - yearKey(b) || byRegion(a, b) : (a, b) => byRegion(a, b) || yearKey(a) - yearKey(b),
  );
  return { rows: out, columns: cols.map(({ sort: _sort, ...c }) => c) };
}
