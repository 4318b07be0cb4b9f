// The editor's fields: the figure in its sentence, then each field of the reading with, where the
// reader changed it, what the engine read; the note and tags; Clip and Cancel.
import type { ClipDraft } from '../../../clip/clip';
import { KINDS, MEASURES, QUALIFIERS } from '../../../model/mention';
import type { MessageKey } from '../../../i18n';
import { useLang } from '../common/lang';
import { formOf, type FieldName, type Form } from './fields';

interface Props {
  draft: ClipDraft;
  form: Form;
  problem: { field: FieldName | null; message: string } | null;
  saving: boolean;
  onChange: (form: Form) => void;
  onSave: () => void;
  onCancel: () => void;
}

const CHOICES: Partial<Record<FieldName, readonly string[]>> = { qualifier: QUALIFIERS, measure: MEASURES, kind: KINDS };
const LABEL: Record<FieldName, MessageKey> = {
  indicator: 'indicator',
  value: 'editorValue',
  valueMax: 'editorValueMax',
  unit: 'unitHeader',
  qualifier: 'editorQualifier',
  measure: 'editorMeasure',
  kind: 'kind',
  period: 'year',
  periodFrom: 'editorPeriodFrom',
  note: 'editorNote',
  tags: 'editorTags',
};

export function EditorForm(p: Props) {
  const { t } = useLang();
  const engine = formOf(p.draft.mention);
  const choice = (f: FieldName, v: string) =>
    f === 'qualifier'
      ? t(`qualifier_${v}` as MessageKey) || t('editorExact')
      : f === 'measure'
        ? t(`measure_${v}` as MessageKey)
        : t(v as MessageKey);
  const field = (f: FieldName) => {
    const id = `f-${f}`;
    const set = (v: string) => p.onChange({ ...p.form, [f]: v });
    const options = CHOICES[f];
    const wrong = p.problem?.field === f;
    const changed = f !== 'note' && f !== 'tags' && p.form[f] !== engine[f];
    return (
      <div class={`editor-field${wrong ? ' wrong' : ''}`} key={f}>
        <label for={id}>{t(LABEL[f])}</label>
        {options ? (
          <select id={id} name={f} value={p.form[f]} onChange={(e) => set((e.target as HTMLSelectElement).value)}>
            {options.map((o) => (
              <option value={o} key={o}>
                {choice(f, o)}
              </option>
            ))}
          </select>
        ) : f === 'note' ? (
          <textarea id={id} name={f} rows={2} value={p.form[f]} onInput={(e) => set((e.target as HTMLTextAreaElement).value)} />
        ) : (
          <input id={id} name={f} value={p.form[f]} aria-invalid={wrong} onInput={(e) => set((e.target as HTMLInputElement).value)} />
        )}
        {changed ? (
          <span class="engine-read" data-rl-engine={f}>
            {t('editorEngineRead', { value: options ? choice(f, engine[f]) : engine[f] || '—' })}
          </span>
        ) : null}
        {wrong ? (
          <span class="editor-error" role="alert" data-rl-error={f}>
            {p.problem!.message}
          </span>
        ) : null}
      </div>
    );
  };
  return (
    <form
      class="editor"
      onSubmit={(e) => {
        e.preventDefault();
        p.onSave();
      }}
    >
      <p class="editor-quote">
        {p.draft.manual ? t('editorManual') : null}
        <Quote sentence={p.draft.sentence} figure={p.draft.selector.quote.exact} />
      </p>
      <div class="editor-grid">
        {(['indicator', 'value', 'valueMax', 'unit', 'qualifier', 'measure', 'kind', 'period', 'periodFrom'] as const).map(field)}
      </div>
      {field('note')}
      {field('tags')}
      {p.problem && !p.problem.field ? (
        <p class="editor-error" role="alert">
          {p.problem.message}
        </p>
      ) : null}
      <div class="editor-actions">
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
