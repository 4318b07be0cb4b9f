// One indicator drawn as SVG: bars across regions for a year (results solid, targets as dashed
// outlines), or a line per region across years (results solid with dots, targets dashed with rings).
// The geometry comes from lib/compare/series.ts; every label is an SVG text node.
import type { ComparisonTable, Entry, Row } from '../../../compare/table';
import { barsAcrossRegions, linesAcrossYears, niceAxis, yearsOf } from '../../../compare/series';
import type { MessageKey } from '../../../i18n';
import { formatNumber } from '../../../format';
import { quantityText } from '../common/format';
import { useLang } from '../common/lang';
import { regionName } from '../../../i18n/regions';

export type ChartMode = 'bars' | 'lines';

const W = 820;
const H = 340;
const M = { l: 64, r: 20, t: 44, b: 70 };
const PALETTE = ['#1d4ed8', '#b45309', '#047857', '#7c3aed', '#be123c', '#0e7490', '#4d7c0f', '#9d174d'];

const entryValue = (e: Entry | null): number | null => (e ? e.value : null);

export function Chart({ table, row, mode, year }: { table: ComparisonTable; row: Row; mode: ChartMode; year: number | null }) {
  const { lang, t } = useLang();
  const name = `${row.indicatorKey} · ${t(`measure_${row.measure}` as MessageKey)}${row.unit ? ` (${row.unit})` : ''}`;
  const pw = W - M.l - M.r;
  const ph = H - M.t - M.b;

  if (mode === 'bars') {
    const groups = barsAcrossRegions(table, row, year);
    const values = groups.flatMap((g) => [entryValue(g.actual), entryValue(g.target)]).filter((v): v is number => v !== null);
    if (!values.length) return <p class="none">{t('chartEmpty')}</p>;
    const axis = niceAxis(Math.min(...values), Math.max(...values), true);
    const y = (v: number) => M.t + ph - ((v - axis.min) / (axis.max - axis.min)) * ph;
    const gw = pw / groups.length;
    const bw = Math.max(2, Math.min(36, (gw - 12) / 2));
    // value labels only where they fit
    const labels = bw >= 14;
    const rotate = groups.length > 7;
    const title = t('chartTitleBars', { indicator: name, year: year ?? t('noYear') });
    return (
      <svg class="chart" data-mode="bars" viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby="chart-title">
        <title id="chart-title">{title}</title>
        <text x={M.l} y={18} class="chart-title">
          {title}
        </text>
        <Legend mode="bars" t={t} />
        <YAxis axis={axis} y={y} lang={lang} />
        {groups.map((g, i) => {
          const cx = M.l + gw * i + gw / 2;
          const bars: Array<[Entry | null, 'actual' | 'target', number]> = [
            [g.actual, 'actual', cx - bw - 2],
            [g.target, 'target', cx + 2],
          ];
          // two labels at about the same height run into each other (5.2%about 5%): the target's goes a line higher
          const lift =
            !!g.actual && !!g.target && g.actual.value >= 0 && g.target.value >= 0 && Math.abs(y(g.actual.value) - y(g.target.value)) < 16;
          return (
            <g key={g.column} data-region={g.region ?? ''}>
              {bars.map(([e, kind, x]) => {
                if (!e) return null;
                const top = y(Math.max(0, e.value));
                const h = Math.abs(y(e.value) - y(0));
                return (
                  <g key={kind}>
                    <rect class={`bar ${kind}`} data-kind={kind} x={x} y={top} width={bw} height={Math.max(1, h)}>
                      <title>{`${g.region ? regionName(g.region, lang) : t('noRegion')} ${t(kind)} ${quantityText(e, row.unit, lang, t)}`}</title>
                    </rect>
                    {labels && (
                      <text
                        class="bar-label"
                        x={x + bw / 2}
                        y={e.value < 0 ? top + h + 12 : lift && kind === 'target' ? Math.min(top, y(g.actual!.value)) - 4 : top - 4}
                        dy={lift && kind === 'target' ? '-1.2em' : undefined}
                        text-anchor="middle"
                      >
                        {quantityText(e, row.unit, lang, t)}
                      </text>
                    )}
                  </g>
                );
              })}
              <text
                class="x-label"
                x={cx}
                y={M.t + ph + 16}
                text-anchor={rotate ? 'end' : 'middle'}
                transform={rotate ? `rotate(-35 ${cx} ${M.t + ph + 16})` : undefined}
              >
                {g.region ? regionName(g.region, lang) : t('noRegion')}
              </text>
            </g>
          );
        })}
      </svg>
    );
  }

  const series = linesAcrossYears(table, row);
  const years = yearsOf(table, row);
  const values = series
    .flatMap((s) => s.points.flatMap((p) => [entryValue(p.actual), entryValue(p.target)]))
    .filter((v): v is number => v !== null);
  if (!values.length || !years.length) return <p class="none">{t('chartEmpty')}</p>;
  const axis = niceAxis(Math.min(...values), Math.max(...values), false);
  const y = (v: number) => M.t + ph - ((v - axis.min) / (axis.max - axis.min)) * ph;
  const xAt = (yr: number) => M.l + (years.length === 1 ? pw / 2 : (years.indexOf(yr) / (years.length - 1)) * (pw - 40) + 20);
  // regions with equal values would hide each other's points: each is nudged a little sideways
  const nudge = (i: number) => (i - (series.length - 1) / 2) * Math.min(6, 24 / Math.max(1, series.length));
  const title = t('chartTitleLines', { indicator: name });
  // the regions' legend below the axis: five a line, the chart growing to hold them
  const PER_LINE = 5;
  const height = H + Math.max(0, Math.ceil(series.length / PER_LINE) - 1) * 16;
  const path = (pts: Array<[number, number]>) => pts.map(([a, b], i) => `${i ? 'L' : 'M'}${a.toFixed(1)},${b.toFixed(1)}`).join(' ');
  return (
    <svg class="chart" data-mode="lines" viewBox={`0 0 ${W} ${height}`} role="img" aria-labelledby="chart-title">
      <title id="chart-title">{title}</title>
      <text x={M.l} y={18} class="chart-title">
        {title}
      </text>
      <YAxis axis={axis} y={y} lang={lang} />
      {years.map((yr) => (
        <text key={yr} class="x-label" x={xAt(yr)} y={M.t + ph + 18} text-anchor="middle">
          {yr}
        </text>
      ))}
      {series.map((s, i) => {
        const color = PALETTE[i % PALETTE.length];
        const x = (yr: number) => xAt(yr) + nudge(i);
        const actual = s.points.filter((p) => p.actual).map((p) => [x(p.year), y(p.actual!.value)] as [number, number]);
        const target = s.points.filter((p) => p.target).map((p) => [x(p.year), y(p.target!.value)] as [number, number]);
        return (
          <g key={s.regionId} data-region={s.region ?? ''} style={{ color }}>
            {actual.length > 1 && <path class="line actual" data-kind="actual" d={path(actual)} />}
            {target.length > 1 && <path class="line target" data-kind="target" d={path(target)} />}
            {/* rings first: a result equal to its target shows as a dot inside the ring */}
            {s.points.map((p) => (
              <g key={p.year}>
                {p.target && (
                  <circle class="dot target" data-kind="target" cx={x(p.year)} cy={y(p.target.value)} r={5.5}>
                    <title>{`${s.region ? regionName(s.region, lang) : t('noRegion')} ${p.year} ${t('target')} ${quantityText(p.target, row.unit, lang, t)}`}</title>
                  </circle>
                )}
                {p.actual && (
                  <circle class="dot actual" data-kind="actual" cx={x(p.year)} cy={y(p.actual.value)} r={4.5}>
                    <title>{`${s.region ? regionName(s.region, lang) : t('noRegion')} ${p.year} ${t('actual')} ${quantityText(p.actual, row.unit, lang, t)}`}</title>
                  </circle>
                )}
              </g>
            ))}
            <g transform={`translate(${M.l + (i % PER_LINE) * 148}, ${H - 24 + Math.floor(i / PER_LINE) * 16})`}>
              <rect x={0} y={-9} width={14} height={10} fill="currentColor" />
              <text x={20} y={0} class="legend-label">
                {s.region ? regionName(s.region, lang) : t('noRegion')}
              </text>
            </g>
          </g>
        );
      })}
      <Legend mode="lines" t={t} />
    </svg>
  );
}

function YAxis({ axis, y, lang }: { axis: ReturnType<typeof niceAxis>; y: (v: number) => number; lang: 'zh' | 'en' }) {
  return (
    <g class="y-axis">
      {axis.ticks.map((v) => (
        <g key={v}>
          <line class={v === 0 ? 'zero' : 'grid'} x1={M.l} x2={W - M.r} y1={y(v)} y2={y(v)} />
          <text x={M.l - 8} y={y(v) + 4} text-anchor="end">
            {formatNumber(v, lang)}
          </text>
        </g>
      ))}
    </g>
  );
}

function Legend({ mode, t }: { mode: ChartMode; t: (k: MessageKey) => string }) {
  const x = W - M.r - 190;
  return (
    <g class="legend" transform={`translate(${x}, 14)`}>
      {mode === 'bars' ? (
        <>
          <rect class="bar actual" x={0} y={-9} width={14} height={10} />
          <rect class="bar target" x={96} y={-9} width={14} height={10} />
        </>
      ) : (
        <g style={{ color: '#374151' }}>
          <path class="line actual" d="M0,-4 L16,-4" />
          <circle class="dot actual" cx={8} cy={-4} r={3.5} />
          <path class="line target" d="M96,-4 L112,-4" />
          <circle class="dot target" cx={104} cy={-4} r={4} />
        </g>
      )}
      <text x={20} y={0} class="legend-label">
        ● {t('actual')}
      </text>
      <text x={116} y={0} class="legend-label">
        ◎ {t('target')}
      </text>
    </g>
  );
}
