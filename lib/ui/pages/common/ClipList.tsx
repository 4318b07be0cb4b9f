// A list of clips: what was clipped, where, the sentence it stood in (as text: page text is never
// markup), a link back to the source that scrolls to it, and delete.
import type { Clip } from '../../../clip/clip';
import type { MessageKey } from '../../../i18n';
import { KindTag, Quantity } from './ComparisonTable';
import { safeHref } from './actions';
import { useLang } from './lang';
import { formatDate } from './format';

export interface ClipListProps {
  clips: readonly Clip[];
  onOpen: (id: string) => void;
  onDelete: (ids: string[]) => void;
}

/** the sentence with the clipped words marked: three text nodes, never parsed */
function Sentence({ sentence, quote }: { sentence: string; quote: string }) {
  const i = quote ? sentence.indexOf(quote) : -1;
  if (i < 0) return <p class="sentence">{sentence}</p>;
  return (
    <p class="sentence">
      {sentence.slice(0, i)}
      <mark>{quote}</mark>
      {sentence.slice(i + quote.length)}
    </p>
  );
}

/** what the page showed when last read: a changed figure, a lost clip, or a clip replaced since */
function SourceNote({ c }: { c: Clip }) {
  const { t, lang } = useLang();
  let note: string | null = null;
  if (c.replacedBy) note = t('sourceReplaced');
  else if (c.source?.status === 'changed') note = t(c.source.kept ? 'sourceChangedKept' : 'sourceChanged', { now: c.source.now ?? '' });
  else if (c.source?.status === 'lost') note = t('sourceLost', { when: formatDate(c.source.checkedAt, lang) });
  if (!note) return null;
  return (
    <p class="clip-source" data-clip-source={c.replacedBy ? 'replaced' : c.source?.status}>
      {note}
    </p>
  );
}

export function ClipItem({ c, onOpen, onDelete }: { c: Clip; onOpen: (id: string) => void; onDelete: (ids: string[]) => void }) {
  const { t } = useLang();
  const source = c.reportTitle ?? c.pageTitle ?? c.url;
  const href = safeHref(c.url);
  const what = `${c.indicator} ${c.text}`;
  return (
    <li class="clip" data-clip-id={c.id} data-kind={c.kind}>
      <div class="clip-head">
        <KindTag kind={c.kind} />
        <span class="clip-ind">{c.indicator}</span>
        <Quantity q={c} unit={c.unit} />
        <span class="clip-meta">
          {[c.region ?? t('noRegion'), c.period ?? t('noYear'), t(`measure_${c.measure}` as MessageKey)].join(' · ')}
        </span>
      </div>
      <SourceNote c={c} />
      <Sentence sentence={c.sentence} quote={c.selector.quote.exact} />
      <div class="clip-foot">
        <a
          class="source"
          href={href}
          target="_blank"
          rel="noopener noreferrer"
          title={`${t('openSource')}: ${c.url}`}
          onClick={(e) => {
            e.preventDefault();
            onOpen(c.id);
          }}
        >
          {source}
        </a>
        <button type="button" class="delete" aria-label={t('deleteClip', { what })} onClick={() => onDelete([c.id])}>
          {t('delete')}
        </button>
      </div>
    </li>
  );
}

export function ClipList({ clips, onOpen, onDelete }: ClipListProps) {
  return (
    <ul class="clip-list">
      {clips.map((c) => (
        <ClipItem key={c.id} c={c} onOpen={onOpen} onDelete={onDelete} />
      ))}
    </ul>
  );
}
