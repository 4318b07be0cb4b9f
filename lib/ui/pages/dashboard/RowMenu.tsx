// Merge and split rows of the comparison: a row's button in the table opens this panel beside the
// table (a menu inside the table's scrolling box would be cut off). Merge the row into another; split
// out a wording the built-in table folded into it; take back a merge the reader made, or a split.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Row } from '../../../compare/table';
import { indicatorKey } from '../../../compare/indicator-key';
import { AliasBook, aliasId, splitAlias, type ReaderAlias } from '../../../compare/reader-aliases';
import type { Edits } from '../data/edits';
import { useLang } from '../common/lang';
import { rowLabel } from './Pickers';

export interface RowMenuProps {
  row: Row;
  /** every indicator of the comparison: what the row can be merged into */
  keys: readonly string[];
  aliases: AliasBook;
  edits: Edits;
  /** a change was made: the row keys (indicator keys) now to show */
  onDone: (shown: string[]) => void;
  onClose: () => void;
}

/**
 * The wordings of a row that a split would take out of it: none when it has one (a split would only
 * rename the row); not its own name; not a wording of a row the reader merged into it (unmerge that).
 */
function splittable(row: Row, aliases: AliasBook): string[] {
  if (row.names.length < 2) return [];
  const merged = new Set(aliases.mergedInto(row.indicatorKey).map((a) => a.from));
  return row.names.filter((w) => {
    const key = indicatorKey(w, row.measure);
    const book = new AliasBook([...aliases.aliases, splitAlias(w)]);
    return !merged.has(key) && book.keyOf(w, key) !== row.indicatorKey;
  });
}

/** the reader's own aliases that made this row: merges into it, and a wording split out as it */
export function madeOf(key: string, aliases: AliasBook): ReaderAlias[] {
  const split = aliases.aliases.find((a) => a.id === aliasId('wording', key));
  return [...aliases.mergedInto(key), ...(split ? [split] : [])];
}

/** in a row's header: what the reader merged into it, and the button that opens its menu */
export function RowTools({ row, aliases, open, onToggle }: { row: Row; aliases: AliasBook | null; open: boolean; onToggle: () => void }) {
  const { t } = useLang();
  const from = aliases ? madeOf(row.indicatorKey, aliases) : [];
  return (
    <>
      {from.length > 0 && <span class="merged-from">{t('madeOf', { from: from.map((a) => a.from).join('、') })}</span>}
      <button
        type="button"
        class="link row-menu-button"
        data-action="row-menu"
        data-row-key={row.key}
        aria-expanded={open}
        aria-label={t('rowMenuTitle', { row: row.indicatorKey })}
        onClick={onToggle}
      >
        {t('rowMenu')}
      </button>
    </>
  );
}

export function RowMenu({ row, keys, aliases, edits, onDone, onClose }: RowMenuProps) {
  const { t } = useLang();
  const others = keys.filter((k) => k !== row.indicatorKey);
  const [into, setInto] = useState(others[0] ?? '');
  const ref = useRef<HTMLElement>(null);
  useEffect(() => ref.current?.querySelector<HTMLElement>('select, button')?.focus(), [row.key]);
  const after = (shown: string[]) => (r: { ok: boolean }) => r.ok && onDone(shown);
  return (
    <section
      ref={ref}
      class="row-menu"
      data-row-menu={row.indicatorKey}
      aria-label={t('rowMenuTitle', { row: rowLabel(row, t) })}
      onKeyDown={(e) => e.key === 'Escape' && onClose()}
    >
      <p class="editor-title">
        <strong>{t('rowMenuTitle', { row: rowLabel(row, t) })}</strong>
      </p>
      {others.length > 0 && (
        <p class="row-menu-line">
          <label>
            {t('mergeInto')}{' '}
            <select data-control="merge-into" value={into} onChange={(e) => setInto((e.target as HTMLSelectElement).value)}>
              {others.map((k) => (
                <option key={k} value={k}>
                  {k}
                </option>
              ))}
            </select>
          </label>{' '}
          <button
            type="button"
            class="primary"
            data-action="merge"
            onClick={() => void edits.merge(row.indicatorKey, into).then(after([into]))}
          >
            {t('merge')}
          </button>
        </p>
      )}
      {splittable(row, aliases).map((w) => (
        <p class="row-menu-line" key={w}>
          {t('wordingInRow', { wording: w })}{' '}
          <button type="button" data-action="split" data-wording={w} onClick={() => void edits.split(w).then(after([row.indicatorKey, w]))}>
            {t('splitOut')}
          </button>
        </p>
      ))}
      {madeOf(row.indicatorKey, aliases).map((a) => (
        <p class="row-menu-line" key={a.id}>
          {t(a.by === 'key' ? 'mergedFrom' : 'splitFrom', { from: a.from })}{' '}
          <button
            type="button"
            data-action="unalias"
            data-alias={a.id}
            onClick={() =>
              void edits.unalias(a.id).then(after([row.indicatorKey, a.by === 'key' ? a.from : indicatorKey(a.from, row.measure)]))
            }
          >
            {t(a.by === 'key' ? 'unmerge' : 'unsplit')}
          </button>
        </p>
      ))}
      <p class="row-menu-line">
        <button type="button" data-action="close" onClick={onClose}>
          {t('close')}
        </button>
      </p>
    </section>
  );
}
