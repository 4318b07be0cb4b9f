// The dashboard's clips card: search (text, note, tags), a page of clips at a time, correct, annotate,
// delete. The table card is TableSection.tsx.
import { useMemo, useState } from 'preact/hooks';
import type { Clip } from '../../../clip/clip';
import { clipMatcher } from '../../../compare/filter';
import type { Edits } from '../data/edits';
import { ClipList } from '../common/ClipList';
import { useLang } from '../common/lang';
import { ClipTools } from './ClipTools';

const LIST_PAGE = 50;

export function ClipsSection({
  scoped,
  clips,
  edits,
  onEdited,
  onOpen,
  onDelete,
}: {
  scoped: readonly Clip[];
  /** every clip: how many a page's correction changes */
  clips: readonly Clip[];
  edits: Edits;
  /** a clip's fields were corrected: its row is shown */
  onEdited: (id: string) => void;
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
        placeholder={t('searchClips')}
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
        tools={(c) => <ClipTools c={c} edits={edits} pageClips={perPage.get(c.url) ?? 1} onEdited={onEdited} />}
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
