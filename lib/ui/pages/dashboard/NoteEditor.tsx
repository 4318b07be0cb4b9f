// The reader's note and tags on a clip: free text, and tags split at commas (、，, ；;).
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Clip } from '../../../clip/clip';
import type { Outcome } from '../data/edits';
import { useLang } from '../common/lang';

export const tagsOf = (text: string): string[] =>
  text
    .split(/[,，、;；]/)
    .map((s) => s.trim())
    .filter(Boolean);

export function NoteEditor({
  c,
  save,
  onClose,
}: {
  c: Clip;
  save: (notes: { note: string; tags: string[] }) => Promise<Outcome>;
  onClose: () => void;
}) {
  const { t } = useLang();
  const [note, setNote] = useState(c.note ?? '');
  const [tags, setTags] = useState((c.tags ?? []).join(', '));
  const [refused, setRefused] = useState<string | null>(null);
  const ref = useRef<HTMLTextAreaElement>(null);
  useEffect(() => ref.current?.focus(), []);
  const id = `notes-${c.id}`;
  const submit = async (e: Event) => {
    e.preventDefault();
    const r = await save({ note, tags: tagsOf(tags) });
    setRefused(r.ok ? null : (r.field ?? null));
  };
  return (
    <form
      class="editor"
      data-form="notes"
      aria-label={t('editNotes')}
      onSubmit={submit}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onClose();
        }
        // Ctrl/⌘+Enter saves from the note (Enter there is a new line)
        if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) void submit(e);
      }}
    >
      <div class="field" data-field="note">
        <label for={`${id}-note`}>{t('field_note')}</label>
        <textarea
          ref={ref}
          id={`${id}-note`}
          name="note"
          rows={3}
          value={note}
          aria-invalid={refused?.startsWith('note') ? 'true' : undefined}
          onInput={(e) => setNote((e.target as HTMLTextAreaElement).value)}
        />
      </div>
      <div class="field" data-field="tags">
        <label for={`${id}-tags`}>{t('field_tags')}</label>
        <input
          id={`${id}-tags`}
          name="tags"
          type="text"
          value={tags}
          placeholder={t('tagsHint')}
          aria-invalid={refused?.startsWith('tags') ? 'true' : undefined}
          onInput={(e) => setTags((e.target as HTMLInputElement).value)}
        />
      </div>
      {refused && (
        <p class="field-error" role="alert">
          {t(refused.startsWith('tags') ? 'fieldError_tags' : 'fieldError_note')}
        </p>
      )}
      <div class="editor-actions">
        <button type="submit" class="primary" data-action="save">
          {t('save')}
        </button>
        <button type="button" data-action="close" onClick={onClose}>
          {t('close')}
        </button>
      </div>
    </form>
  );
}
