// What a chart of one table row draws, DOM-free: bars across regions for one year, or a line per
// region across years; and the axis. The dashboard's SVG only lays these out.
import type { ComparisonTable, Entry, Row } from './table';

export interface BarGroup {
  column: string;
  region: string | null;
  target: Entry | null;
  actual: Entry | null;
}

/** one group per region with a value in `row` for `year`, in the table's region order */
export function barsAcrossRegions(table: ComparisonTable, row: Row, year: number | null): BarGroup[] {
  const out: BarGroup[] = [];
  for (const col of table.columns) {
    if (col.year !== year || col.yearFrom !== undefined) continue;
    const cell = row.cells.get(col.key);
    if (!cell) continue;
    out.push({ column: col.key, region: col.region, target: cell.targets[0] ?? null, actual: cell.actuals[0] ?? null });
  }
  return out;
}

export interface LinePoint {
  year: number;
  target: Entry | null;
  actual: Entry | null;
}

export interface LineSeries {
  regionId: string;
  region: string | null;
  points: LinePoint[];
}

/** one series per region with values in `row` for known years, years ascending */
export function linesAcrossYears(table: ComparisonTable, row: Row): LineSeries[] {
  const byRegion = new Map<string, LineSeries>();
  for (const col of table.columns) {
    // one year's figures only: a five-year total is no point on a line of years
    if (col.year === null || col.yearFrom !== undefined) continue;
    const cell = row.cells.get(col.key);
    if (!cell) continue;
    let s = byRegion.get(col.regionId);
    if (!s) byRegion.set(col.regionId, (s = { regionId: col.regionId, region: col.region, points: [] }));
    s.points.push({ year: col.year, target: cell.targets[0] ?? null, actual: cell.actuals[0] ?? null });
  }
  for (const s of byRegion.values()) s.points.sort((a, b) => a.year - b.year);
  return [...byRegion.values()];
}

/** the years that have a value in `row`, ascending */
export function yearsOf(table: ComparisonTable, row: Row): number[] {
  const ys = new Set<number>();
  for (const col of table.columns) if (col.year !== null && col.yearFrom === undefined && row.cells.has(col.key)) ys.add(col.year);
  return [...ys].sort((a, b) => a - b);
}

export interface Axis {
  min: number;
  max: number;
  ticks: number[];
}

/** an axis over [lo, hi] with round ticks (1, 2, 5 × 10^n), always including zero for bars */
export function niceAxis(lo: number, hi: number, withZero: boolean, count = 5): Axis {
  let a = Math.min(lo, hi);
  let b = Math.max(lo, hi);
  if (withZero) {
    a = Math.min(a, 0);
    b = Math.max(b, 0);
  }
  if (!Number.isFinite(a) || !Number.isFinite(b)) return { min: 0, max: 1, ticks: [0, 1] };
  if (a === b) {
    const pad = Math.abs(a) > 0 ? Math.abs(a) * 0.1 : 1;
    a -= withZero && a >= 0 ? 0 : pad;
    b += pad;
  }
  const raw = (b - a) / Math.max(1, count);
  const mag = 10 ** Math.floor(Math.log10(raw));
  const stepSize = [1, 2, 2.5, 5, 10].map((m) => m * mag).find((s) => s >= raw) ?? 10 * mag;
  const round = (v: number): number => Number(v.toPrecision(12));
  const min = round(Math.floor(a / stepSize + 1e-9) * stepSize);
  const max = round(Math.ceil(b / stepSize - 1e-9) * stepSize);
  const ticks: number[] = [];
  for (let v = min, i = 0; v <= max + stepSize / 2 && i < 50; v += stepSize, i++) ticks.push(round(v));
  return { min, max, ticks };
}
