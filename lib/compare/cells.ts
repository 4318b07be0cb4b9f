// The comparison table (./table.ts) read out for other tools: one record per cell (the CLI's --json),
// and the wide table a reader sees, a column per region and year (the CLI's --csv and the dashboard's
// export). A cell's year is the year its figures refer to (a 2024 report's review is 2023's); figures
// are as the report wrote them (the clip's text), the verdict as the table judged it.
import type { Clip } from '../clip/clip';
import type { Column, ComparisonTable, Entry, Row } from './table';
import type { Verdict } from './pairing';

/** a clip as a cell's record names it */
export type CellClip = Pick<Clip, 'text' | 'value' | 'valueMax' | 'unit' | 'qualifier'> & { file: string };

export interface CellFigure {
  text: string;
  value: number;
  valueMax?: number;
  unit: string;
  qualifier: Clip['qualifier'];
  /** where it was clipped from: the page or file */
  file: string;
}

export interface CellRecord {
  indicator: string;
  measure: Row['measure'];
  /** the row's unit (figures keep their own) */
  unit: string;
  region: string | null;
  year: number | null;
  /** figures over several years: the first (year is the last) */
  yearFrom?: number;
  target: CellFigure | null;
  actual: CellFigure | null;
  verdict: Verdict | null;
}

function figure(e: Entry | undefined, clipOf: (id: string) => CellClip | undefined): CellFigure | null {
  const c = e && clipOf(e.clipIds[0]);
  if (!c) return null;
  return {
    text: c.text,
    value: c.value,
    ...(c.valueMax !== undefined ? { valueMax: c.valueMax } : {}),
    unit: c.unit,
    qualifier: c.qualifier,
    file: c.file,
  };
}

/** one record per filled cell, row by row in the table's order */
export function cellRecords(table: ComparisonTable, clipOf: (id: string) => CellClip | undefined): CellRecord[] {
  const out: CellRecord[] = [];
  for (const row of table.rows) {
    for (const col of table.columns) {
      const cell = row.cells.get(col.key);
      if (!cell) continue;
      out.push({
        indicator: row.indicatorKey,
        measure: row.measure,
        unit: row.unit,
        region: col.region,
        year: col.year,
        ...(col.yearFrom !== undefined ? { yearFrom: col.yearFrom } : {}),
        target: figure(cell.targets[0], clipOf),
        actual: figure(cell.actuals[0], clipOf),
        verdict: cell.judgement?.verdict ?? null,
      });
    }
  }
  return out;
}

/** the words of the wide table, in the reader's language (Chinese for the CLI) */
export interface WideWords {
  indicator: string;
  measure: string;
  unit: string;
  measureName: (m: Row['measure']) => string;
  column: (c: Column) => string;
  target: string;
  actual: string;
  verdict: (v: Verdict) => string;
}

/** the table as a reader sees it: a row per indicator and measure, a column per region and year */
export function wideTable(table: ComparisonTable, clipOf: (id: string) => CellClip | undefined, w: WideWords): string[][] {
  const head = [w.indicator, w.measure, w.unit, ...table.columns.map(w.column)];
  const text = (list: Entry[]) =>
    list
      .map((e) => clipOf(e.clipIds[0])?.text ?? '')
      .filter(Boolean)
      .join(' / ');
  const rows = table.rows.map((row) => [
    row.names[0] ?? row.indicatorKey,
    w.measureName(row.measure),
    row.unit,
    ...table.columns.map((col) => {
      const cell = row.cells.get(col.key);
      if (!cell) return '';
      const parts: string[] = [];
      if (cell.targets.length) parts.push(`${w.target} ${text(cell.targets)}`);
      if (cell.actuals.length) parts.push(`${w.actual} ${text(cell.actuals)}`);
      if (cell.judgement) parts.push(w.verdict(cell.judgement.verdict));
      return parts.join('；');
    }),
  ]);
  return [head, ...rows];
}
