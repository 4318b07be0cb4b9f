// The framed editor's form: the figure in its sentence, each field of the engine's reading (the
// dashboard's fields: lib/ui/pages/common/Field.tsx) with, where the reader changed it, what the
// engine read; the note and tags; Clip and Cancel. Checked as the background checks it — the clip the
// draft makes with these corrections — so a refusal is said at its field before anything is sent.
import { useMemo, useRef, useState } from 'preact/hooks';
import type { ClipDraft } from '../../../clip/clip';
import type { Edit } from '../../../clip/edit';
import { InvalidClip } from '../../../clip/schema';
import { clipFromDraft } from '../../../clip/make';
import { CLIP_FORM, editOf, fieldError, formValues } from '../common/clip-form';
import { Field } from '../common/Field';
import { fieldText } from '../common/format';
import { useLang } from '../common/lang';

/** what the form asks the background to save */
export interface Corrections {
  edits: Edit;
  note?: string;
  tags?: string[];
}

interface Props {
  draft: ClipDraft;
  /** the engine read no figure: the reader types the value */
  blank: boolean;
  saving: boolean;
  /** a refusal the background gave (the form checks first; this is what it could not know) */
  problem: string | null;
  onSave: (c: Corrections) => void;
  onCancel: () => void;
}

const FORM = 'draft';

export function EditorForm(p: Props) {
  const { t } = useLang();
  // the engine's reading as a clip: what the form starts from and compares with
  const read = useMemo(() => clipFromDraft(p.draft, 0), [p.draft]);
  const [values, setValues] = useState(() => ({ ...formValues(read, CLIP_FORM), ...(p.blank ? { value: '' } : {}) }));
  const [note, setNote] = useState('');
  const [tags, setTags] = useState('');
  const [wrong, setWrong] = useState<string | null>(null);
  const ref = useRef<HTMLFormElement>(null);
  const base = formValues(read, CLIP_FORM);

  const submit = (e: Event) => {
    e.preventDefault();
    const c: Corrections = {
      edits: editOf(read, values, CLIP_FORM),
      ...(note.trim() ? { note } : {}),
      ...(tags.trim() ? { tags: tags.split(/[,，;；\s]+/).filter(Boolean) } : {}),
    };
    try {
      clipFromDraft({ ...p.draft, ...c } as ClipDraft, Date.now());
    } catch (err) {
      if (!(err instanceof InvalidClip)) throw err;
      const field = err.field?.replace(/^edits\./, '') ?? 'other';
      setWrong(field);
      ref.current?.querySelector<HTMLElement>(`[name="${field}"]`)?.focus();
      return;
    }
    setWrong(null);
    p.onSave(c);
  };

  return (
    <form ref={ref} class="frame-editor" onSubmit={submit}>
      <p class="frame-quote">
        {p.draft.manual ? `${t('editorManual')} ` : null}
        <Quote sentence={p.draft.sentence} figure={p.draft.selector.quote.exact} />
      </p>
      <div class="frame-fields">
        {CLIP_FORM.map((f) => (
          <Field
            key={f}
            form={FORM}
            field={f}
            value={values[f]}
            onInput={(v) => setValues({ ...values, [f]: v })}
            engine={!p.draft.manual && values[f] !== base[f] ? fieldText(f, read[f], t) : undefined}
            error={wrong === f ? fieldError(f, t) : undefined}
          />
        ))}
      </div>
      <div class={`field${wrong === 'note' ? ' invalid' : ''}`} data-field="note">
        <label for={`${FORM}-note`}>{t('field_note')}</label>
        <textarea id={`${FORM}-note`} name="note" rows={2} value={note} onInput={(e) => setNote((e.target as HTMLTextAreaElement).value)} />
        {wrong === 'note' ? <span class="field-error">{t('fieldError_note')}</span> : null}
      </div>
      <div class={`field${wrong === 'tags' ? ' invalid' : ''}`} data-field="tags">
        <label for={`${FORM}-tags`}>{t('field_tags')}</label>
        <input id={`${FORM}-tags`} name="tags" value={tags} onInput={(e) => setTags((e.target as HTMLInputElement).value)} />
        {wrong === 'tags' ? <span class="field-error">{t('fieldError_tags')}</span> : null}
      </div>
      {p.problem ? (
        <p class="field-error" role="alert">
          {p.problem}
        </p>
      ) : null}
      <div class="frame-actions">
        <button type="submit" class="primary" data-rl-action="save" disabled={p.saving}>
          {t('editorSave')}
        </button>
        <button type="button" data-rl-action="cancel" onClick={p.onCancel}>
          {t('editorCancel')}
        </button>
      </div>
    </form>
  );
}

/** the sentence with the figure marked in it */
function Quote({ sentence, figure }: { sentence: string; figure: string }) {
  const at = sentence.indexOf(figure);
  if (at < 0) return <q>{sentence}</q>;
  return (
    <q>
      {sentence.slice(0, at)}
      <mark>{figure}</mark>
      {sentence.slice(at + figure.length)}
    </q>
  );
}
