// The comparison table: indicators down, region × year across. Each cell shows its targets (◎, dashed)
// and results (●, solid) with unit and qualifier, the verdict when a year's target meets its result,
// and how a target stands against the target of the region above it. Every value opens its source.
import type { ComponentChildren, RefObject } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { ComparisonTable as Table, Column, Entry, Row } from '../../../compare/table';
import type { MessageKey } from '../../../i18n';
import { judgementText, quantityParts, quantityText, verdictKey } from './format';
import { useLang } from './lang';
import { regionName } from '../../../i18n/regions';

export interface ComparisonProps {
  table: Table;
  /** rows and columns shown; the rest are counted */
  maxRows?: number;
  maxCols?: number;
  onOpen: (clipId: string) => void;
  /** what to offer when rows or columns are left out */
  more?: ComponentChildren;
  /** what the page adds to a row's header (the dashboard: merge and split) */
  rowTools?: (r: Row) => ComponentChildren;
}

const VERDICT_ICON = { met: '✓', 'not-met': '✗', unclear: '?' } as const;
const RAISE_ICON = { higher: '↑', same: '=', lower: '↓' } as const;

export function Quantity({ q, unit }: { q: Pick<Entry, 'value' | 'valueMax' | 'qualifier'>; unit: string }) {
  const { lang, t } = useLang();
  const p = quantityParts(q, unit, lang, t);
  return (
    <span class="qty">
      {p.before && <span class="qual">{p.before}</span>}
      <span class="num">{p.body}</span>
      {p.after && <span class="qual">{p.after}</span>}
    </span>
  );
}

export function KindTag({ kind }: { kind: 'target' | 'actual' }) {
  const { t } = useLang();
  return (
    <span class={`kind-tag ${kind}`}>
      <span aria-hidden="true">{kind === 'target' ? '◎' : '●'}</span>
      {t(kind)}
    </span>
  );
}

function EntryButton({ e, onOpen }: { e: Entry; onOpen: (id: string) => void }) {
  const { lang, t } = useLang();
  const q = { ...e.shown, qualifier: e.qualifier };
  const text = quantityText(q, e.shown.unit, lang, t);
  // converted to the row's unit: say what the report wrote
  const original =
    e.original && e.shown.unit !== e.original.unit
      ? ` · ${t('converted', { value: quantityText({ ...e.original, qualifier: e.qualifier }, e.original.unit, lang, t) })}`
      : '';
  // said of this indicator and another at once: say under which name
  const joint = e.joint ? ` · ${t('joint', { name: e.joint })}` : '';
  return (
    <button
      type="button"
      class={`entry ${e.kind}`}
      data-kind={e.kind}
      data-clip-id={e.clipIds[0]}
      data-joint={e.joint}
      title={`${t(e.kind)} ${text}${original}${joint} — ${t('openSource')}`}
      aria-label={`${t(e.kind)} ${text}${original}${joint}. ${t('openSource')}`}
      onClick={() => onOpen(e.clipIds[0])}
    >
      <KindTag kind={e.kind} />
      <Quantity q={q} unit={e.shown.unit} />
      {e.clipIds.length > 1 && <span class="dup">×{e.clipIds.length}</span>}
    </button>
  );
}

/** how many of a row's other wordings its header names (all are in its tooltip) */
const WORDINGS_SHOWN = 1;

/**
 * The words the reports used, under a row named by its key when they differ: a reader who clipped
 * 商品零售价格 in 1998 finds it in the row 零售物价, 地方财政一般预算收入 in 一般公共预算收入.
 */
function RowWording({ row }: { row: Row }) {
  const { t } = useLang();
  const others = row.names.filter((n) => n !== row.indicatorKey);
  if (!others.length) return null;
  const shown = others.slice(0, WORDINGS_SHOWN).join(' / ') + (others.length > WORDINGS_SHOWN ? '…' : '');
  return (
    <span class="wording" data-wording="">
      {t('rowWording', { names: shown })}
    </span>
  );
}

function CellView({ row, col, onOpen }: { row: Row; col: Column; onOpen: (id: string) => void }) {
  const { lang, t } = useLang();
  const cell = row.cells.get(col.key);
  if (!cell) return <td class="empty" />;
  const j = cell.judgement;
  const why =
    j &&
    judgementText(j, cell.targets[0], cell.actuals[0], row, col.yearFrom !== undefined ? `${col.yearFrom}–${col.year}` : col.year, lang, t);
  return (
    <td class={cell.conflict ? 'conflict' : undefined}>
      {cell.targets.map((e, i) => (
        <EntryButton key={`t${i}`} e={e} onOpen={onOpen} />
      ))}
      {cell.actuals.map((e, i) => (
        <EntryButton key={`a${i}`} e={e} onOpen={onOpen} />
      ))}
      {j && (
        // focusable, with the reasoning as its name: the tooltip's words reach keyboards and screen readers
        <span
          class={`verdict ${j.verdict}`}
          data-verdict={j.verdict}
          role="note"
          tabIndex={0}
          title={why ?? undefined}
          aria-label={why ?? undefined}
        >
          <span aria-hidden="true">{VERDICT_ICON[j.verdict]}</span> {t(verdictKey(j.verdict))}
        </span>
      )}
      {cell.raise && (
        <span
          class={`raise ${cell.raise.change}`}
          data-raise={cell.raise.change}
          role="note"
          tabIndex={0}
          title={t('raiseTitle', {
            region: regionName(cell.raise.region, lang),
            value: quantityText(cell.raise.against, row.unit, lang, t),
          })}
          aria-label={`${t(`raise_${cell.raise.change}` as MessageKey, { region: regionName(cell.raise.region, lang) })}: ${t('raiseTitle', { region: regionName(cell.raise.region, lang), value: quantityText(cell.raise.against, row.unit, lang, t) })}`}
        >
          <span aria-hidden="true">{RAISE_ICON[cell.raise.change]}</span>{' '}
          {t(`raise_${cell.raise.change}` as MessageKey, { region: regionName(cell.raise.region, lang) })}
        </span>
      )}
      {cell.conflict && (
        <span class="conflict-mark" role="note" title={t('conflict')} aria-label={t('conflict')}>
          ≠
        </span>
      )}
    </td>
  );
}

/**
 * How many columns lie wholly past the right edge of the scrolling table, kept as the reader scrolls or
 * the window resizes: overlay scroll bars show nothing at rest, and rows whose figures are all off to the
 * right read as empty.
 */
function useColumnsOffRight(wrap: RefObject<HTMLElement | null>, shape: unknown): number {
  const [n, setN] = useState(0);
  useLayoutEffect(() => {
    const el = wrap.current;
    if (!el) return;
    const count = () => {
      const right = el.getBoundingClientRect().right;
      let off = 0;
      for (const th of el.querySelectorAll('thead th[data-col]')) if (th.getBoundingClientRect().left >= right - 1) off++;
      setN(off);
    };
    count();
    el.addEventListener('scroll', count, { passive: true });
    const resized = new ResizeObserver(count);
    resized.observe(el);
    return () => {
      el.removeEventListener('scroll', count);
      resized.disconnect();
    };
  }, [shape]);
  return n;
}

export function ComparisonTable({ table, maxRows, maxCols, onOpen, more, rowTools }: ComparisonProps) {
  const { t, lang } = useLang();
  const rows = maxRows === undefined ? table.rows : table.rows.slice(0, maxRows);
  const cols = maxCols === undefined ? table.columns : table.columns.slice(0, maxCols);
  const wrap = useRef<HTMLElement>(null);
  const offRight = useColumnsOffRight(wrap, `${rows.length}|${cols.map((c) => c.key).join(',')}`);
  const hiddenRows = table.rows.length - rows.length;
  const hiddenCols = table.columns.length - cols.length;
  return (
    <div class="cmp-block">
      <section ref={wrap} class="cmp-wrap" aria-label={t('table')} tabIndex={0}>
        <table class="cmp">
          <thead>
            <tr>
              <th scope="col" class="ind">
                {t('indicatorHeader')}
              </th>
              {cols.map((c) => (
                <th scope="col" key={c.key} data-col={c.key} data-level={c.level ?? ''}>
                  <span class="region">{c.region ? regionName(c.region, lang) : t('noRegion')}</span>
                  {c.level && c.level !== 'national' && <span class="level">{t(`level_${c.level}` as MessageKey)}</span>}
                  <span class="year">{c.year === null ? t('noYear') : c.yearFrom !== undefined ? `${c.yearFrom}–${c.year}` : c.year}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.key} data-row={r.indicatorKey} data-measure={r.measure}>
                <th scope="row" class="ind" title={r.names.join(' / ')}>
                  <span class="name">{r.indicatorKey}</span>
                  <RowWording row={r} />
                  <span class="measure">
                    {t(`measure_${r.measure}` as MessageKey)}
                    {r.unit ? ` · ${r.unit}` : ''}
                  </span>
                  {rowTools?.(r)}
                </th>
                {cols.map((c) => (
                  <CellView key={c.key} row={r} col={c} onOpen={onOpen} />
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      {offRight > 0 && (
        <p class="more-note" data-note="cols-off-right">
          {t('colsOffRight', { n: offRight })}
        </p>
      )}
      {(hiddenRows > 0 || hiddenCols > 0) && (
        <p class="more-note">
          {[hiddenRows > 0 ? t('moreRows', { n: hiddenRows }) : '', hiddenCols > 0 ? t('moreCols', { n: hiddenCols }) : '']
            .filter(Boolean)
            .join(' · ')}{' '}
          {more}
        </p>
      )}
    </div>
  );
}
