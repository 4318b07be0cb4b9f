// A list of clips: what was clipped, where, the sentence it stood in (as text: page text is never
// markup), what the reader corrected (the engine's reading beside) and noted, a link back to the
// source that scrolls to it, and delete. A page may add its own tools to each clip (the dashboard's
// editors).
import type { ComponentChildren } from 'preact';
import type { Clip } from '../../../clip/clip';
import { editedFields } from '../../../clip/edit';
import type { MessageKey } from '../../../i18n';
import { KindTag, Quantity } from './ComparisonTable';
import { safeHref } from './actions';
import { useLang } from './lang';
import { fieldText, formatDate } from './format';
import { regionName } from '../../../i18n/regions';

export interface ClipListProps {
  clips: readonly Clip[];
  onOpen: (id: string) => void;
  onDelete: (ids: string[]) => void;
  /** what the page adds below each clip */
  tools?: (c: Clip) => ComponentChildren;
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

/** the reader's corrections, each with what the engine had read; the note and tags */
function ReaderNotes({ c }: { c: Clip }) {
  const { t } = useLang();
  const fields = editedFields(c);
  return (
    <>
      {fields.length > 0 && (
        <p class="clip-engine" data-edited={fields.join(' ')}>
          {t('engineWas')}{' '}
          {fields
            .filter((f) => f !== 'regionPath')
            .map((f) => `${t(`field_${f}` as MessageKey)} ${fieldText(f, c.engine?.[f], t)}`)
            .join(' · ')}
        </p>
      )}
      {c.note && <p class="clip-note">{c.note}</p>}
      {c.tags && (
        <ul class="clip-tags" aria-label={t('field_tags')}>
          {c.tags.map((tag) => (
            <li key={tag}>{tag}</li>
          ))}
        </ul>
      )}
    </>
  );
}

export function ClipItem({
  c,
  onOpen,
  onDelete,
  tools,
}: {
  c: Clip;
  onOpen: (id: string) => void;
  onDelete: (ids: string[]) => void;
  tools?: ClipListProps['tools'];
}) {
  const { t, lang } = useLang();
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
          {[c.region ? regionName(c.region, lang) : t('noRegion'), c.period ?? t('noYear'), t(`measure_${c.measure}` as MessageKey)].join(
            ' · ',
          )}
        </span>
        {c.engine && <span class="edited-badge">{t('corrected')}</span>}
        {c.manual && <span class="edited-badge">{t('manualClip')}</span>}
      </div>
      <ReaderNotes c={c} />
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
      {tools?.(c)}
    </li>
  );
}

export function ClipList({ clips, onOpen, onDelete, tools }: ClipListProps) {
  return (
    <ul class="clip-list">
      {clips.map((c) => (
        <ClipItem key={c.id} c={c} onOpen={onOpen} onDelete={onDelete} tools={tools} />
      ))}
    </ul>
  );
}
