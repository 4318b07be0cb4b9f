// The dashboard's table card: the comparison as chosen, its export as the wide CSV, and each row's
// menu to merge it into another row or split a wording out (RowMenu.tsx).
import { useMemo, useState } from 'preact/hooks';
import type { Clip } from '../../../clip/clip';
import { rowKey } from '../../../compare/table';
import type { AliasBook } from '../../../compare/reader-aliases';
import { wideTable } from '../../../compare/cells';
import { toCsv } from '../../../text/csv';
import { wideWords } from '../../../words';
import type { Edits } from '../data/edits';
import { ComparisonTable } from '../common/ComparisonTable';
import { useLang } from '../common/lang';
import { download, stamp } from '../common/actions';
import { RowMenu, RowTools } from './RowMenu';
import type { Selection } from './selection';

const MAX_COLS = 60;

export interface TableSectionProps {
  sel: Selection;
  clips: readonly Clip[];
  aliases: AliasBook | null;
  edits: Edits;
  onOpen: (id: string) => void;
}

export function TableSection({ sel, clips, aliases, edits, onOpen }: TableSectionProps) {
  const { t, lang } = useLang();
  const view = sel.view;
  const [menuRow, setMenuRow] = useState<string | null>(null);
  const menu = aliases && view.rows.find((r) => r.key === menuRow);
  const hiddenRows = sel.full.rows.length - view.rows.length;
  const keys = useMemo(() => [...new Set(sel.full.rows.map((r) => r.indicatorKey))].sort((a, b) => a.localeCompare(b, 'zh')), [sel.full]);
  // the table as shown, a column per region and year: the same wide table `npm run compare -- --csv` prints
  const exportTable = () => {
    const byId = new Map(clips.map((c) => [c.id, c]));
    const clipOf = (id: string) => {
      const c = byId.get(id);
      return c && { text: c.text, value: c.value, valueMax: c.valueMax, unit: c.unit, qualifier: c.qualifier, file: c.url };
    };
    const [head, ...rows] = wideTable(view, clipOf, wideWords(lang));
    download(
      `report-lens-table-${stamp()}.csv`,
      toCsv(
        head,
        rows.map((r) => Object.fromEntries(head.map((h, i) => [h, r[i]]))),
      ),
      'text/csv;charset=utf-8',
    );
  };
  return (
    <section class="card" aria-labelledby="table-h">
      <h2 id="table-h">
        {t('table')}{' '}
        <button type="button" class="link" data-action="export-table" disabled={!view.rows.length} onClick={exportTable}>
          {t('exportTable')}
        </button>
      </h2>
      {menu && (
        <RowMenu
          row={menu}
          keys={keys}
          aliases={aliases}
          edits={edits}
          onDone={(shown) => {
            sel.setRows(new Set([...sel.chosenRows, ...shown.map((k) => rowKey(k, menu.measure, menu.base))]));
            setMenuRow(null);
          }}
          onClose={() => {
            // the focus back on the row's button that opened the menu
            document.querySelector<HTMLElement>(`[data-row-key="${CSS.escape(menu.key)}"]`)?.focus();
            setMenuRow(null);
          }}
        />
      )}
      {view.rows.length ? (
        <ComparisonTable
          table={view}
          maxCols={MAX_COLS}
          onOpen={onOpen}
          rowTools={(r) => (
            <RowTools row={r} aliases={aliases} open={menuRow === r.key} onToggle={() => setMenuRow(menuRow === r.key ? null : r.key)} />
          )}
        />
      ) : (
        <p class="none">{t('nothingSelected')}</p>
      )}
      {hiddenRows > 0 && (
        // the indicators left out by default (or unticked) are said, with a way to show them
        <p class="more-note" data-note="rows-hidden">
          {t('moreRows', { n: hiddenRows })}{' '}
          <button
            type="button"
            class="link"
            data-action="show-all-rows"
            onClick={() => sel.setRows(new Set(sel.full.rows.map((r) => r.key)))}
          >
            {t('showAll')}
          </button>
        </p>
      )}
    </section>
  );
}
