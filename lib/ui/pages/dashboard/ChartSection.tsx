// The chart card: which indicator is drawn, bars across regions (for one year) or lines across
// years, and the chart itself (Chart.tsx).
import { useState } from 'preact/hooks';
import type { ComparisonTable } from '../../../compare/table';
import { yearsOf } from '../../../compare/series';
import { useLang } from '../common/lang';
import { Chart, type ChartMode } from './Chart';
import { rowLabel } from './Pickers';

type Row = ComparisonTable['rows'][number];

export function ChartSection({ view }: { view: ComparisonTable }) {
  const { t } = useLang();
  const [chartRow, setChartRow] = useState<string | null>(null);
  const [mode, setMode] = useState<ChartMode>('bars');
  const [chartYear, setChartYear] = useState<number | null>(null);

  const row = view.rows.find((r) => r.key === chartRow) ?? view.rows[0] ?? null;
  const rowYears = row ? yearsOf(view, row) : [];
  const barYear = chartYear !== null && rowYears.includes(chartYear) ? chartYear : bestYear(view, row);

  return (
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
              <button type="button" data-control="chart-bars" aria-pressed={mode === 'bars'} onClick={() => setMode('bars')}>
                {t('chartBars')}
              </button>
              <button type="button" data-control="chart-lines" aria-pressed={mode === 'lines'} onClick={() => setMode('lines')}>
                {t('chartLines')}
              </button>
            </span>
            {mode === 'bars' && (
              <label>
                {t('chartYear')}{' '}
                <select
                  data-control="chart-year"
                  value={String(barYear)}
                  onChange={(e) => setChartYear(Number((e.target as HTMLSelectElement).value))}
                >
                  {rowYears.map((y) => (
                    <option key={y} value={y}>
                      {y}
                    </option>
                  ))}
                </select>
              </label>
            )}
          </div>
          <Chart table={view} row={row} mode={mode} year={barYear} />
        </>
      ) : (
        <p class="none">{t('nothingSelected')}</p>
      )}
    </section>
  );
}

/** the year whose bars show most (regions, and targets beside results), the latest of equals */
function bestYear(table: ComparisonTable, row: Row | null): number | null {
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
