// The dashboard's table card (merge and split rows) and its clips card (search, a page of clips at a
// time, correct, annotate, delete).
import { useMemo, useState } from 'preact/hooks';
import type { Clip } from '../../../clip/clip';
import { rowKey } from '../../../compare/table';
import { clipMatcher } from '../../../compare/filter';
import type { AliasBook } from '../../../compare/reader-aliases';
import type { Edits } from '../data/edits';
import { ClipList } from '../common/ClipList';
import { ComparisonTable } from '../common/ComparisonTable';
import { useLang } from '../common/lang';
import { download, stamp } from '../common/actions';
import { wideTable } from '../../../compare/cells';
import { toCsv } from '../../../text/csv';
import { wideWords } from '../../../words';
import { ClipTools } from './ClipTools';
import { RowMenu, RowTools } from './RowMenu';
import type { Selection } from './selection';

const MAX_COLS = 60;
const LIST_PAGE = 50;

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
    </section>
  );
}

export function ClipsSection({
  scoped,
  clips,
  edits,
  onOpen,
  onDelete,
}: {
  scoped: readonly Clip[];
  /** every clip: how many a page's correction changes */
  clips: readonly Clip[];
  edits: Edits;
  onOpen: (id: string) => void;
  onDelete: (ids: string[]) => void;
}) {
  const { t } = useLang();
  const perPage = useMemo(() => {
    const m = new Map<string, number>();
    for (const c of clips) m.set(c.url, (m.get(c.url) ?? 0) + 1);
    return m;
  }, [clips]);
  const [q, setQ] = useState('');
  const [listPage, setListPage] = useState(0);
  const listed = useMemo(() => {
    const match = clipMatcher({ q });
    return scoped.filter(match).sort((a, b) => b.createdAt - a.createdAt);
  }, [scoped, q]);
  const pages = Math.max(1, Math.ceil(listed.length / LIST_PAGE));
  const pageNo = Math.min(listPage, pages - 1);

  return (
    <section class="card" aria-labelledby="clips-h">
      <h2 id="clips-h">
        {t('clips')} <span class="count">({listed.length})</span>
      </h2>
      <input
        type="search"
        class="search"
        value={q}
        placeholder={t('searchPlaceholder')}
        aria-label={t('search')}
        onInput={(e) => {
          setQ((e.target as HTMLInputElement).value);
          setListPage(0);
        }}
      />
      <ClipList
        clips={listed.slice(pageNo * LIST_PAGE, (pageNo + 1) * LIST_PAGE)}
        onOpen={onOpen}
        onDelete={onDelete}
        tools={(c) => <ClipTools c={c} edits={edits} pageClips={perPage.get(c.url) ?? 1} />}
      />
      {pages > 1 && (
        <nav class="pager" aria-label={t('clips')}>
          <button type="button" disabled={pageNo === 0} onClick={() => setListPage(pageNo - 1)}>
            {t('prev')}
          </button>
          <span>{t('page', { page: pageNo + 1, pages })}</span>
          <button type="button" disabled={pageNo >= pages - 1} onClick={() => setListPage(pageNo + 1)}>
            {t('next')}
          </button>
        </nav>
      )}
    </section>
  );
}
