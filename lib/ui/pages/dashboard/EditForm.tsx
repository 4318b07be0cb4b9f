// A form that corrects fields of a clip (or of its page's report): each field with what the engine
// read beside it, saved by Enter or Save, closed by Esc. Only the fields changed are sent; a refused
// edit is said at its field and nothing is saved. The form follows the clip when it changes under it
// (a reset, an undo).
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Clip, EditableField } from '../../../clip/clip';
import type { Edit } from '../../../clip/edit';
import type { MessageKey } from '../../../i18n';
import type { Outcome } from '../data/edits';
import { useLang } from '../common/lang';
import { Field } from '../common/Field';
import { editOf, engineText, fieldError, formValues, type FormField } from '../common/clip-form';

export interface EditFormProps<F extends FormField & EditableField> {
  /** the form's name (data-form, and its controls' ids with the clip's) */
  name: string;
  c: Clip;
  fields: readonly F[];
  title: string;
  /** a line under the title (how many clips a page's correction changes) */
  hint?: string;
  save: (edit: Edit) => Promise<Outcome>;
  /** the engine's reading back in one field */
  resetField?: (f: F) => void;
  /** the engine's reading back in every field of the form */
  resetAll: () => void;
  onClose: () => void;
}

export function EditForm<F extends FormField & EditableField>(p: EditFormProps<F>) {
  const { t } = useLang();
  const base = formValues(p.c, p.fields);
  const baseKey = JSON.stringify(base);
  const [values, setValues] = useState(base);
  const [error, setError] = useState<{ field?: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const ref = useRef<HTMLFormElement>(null);
  useEffect(() => setValues(base), [baseKey]);
  useEffect(() => ref.current?.querySelector<HTMLElement>('input, select')?.focus(), []);
  const id = `${p.name}-${p.c.id}`;
  const edited = p.fields.some((f) => engineText(p.c, f, t) !== undefined);
  const wrongField = error?.field && (p.fields as readonly string[]).includes(error.field) ? error.field : null;

  const submit = async (e: Event) => {
    e.preventDefault();
    const edit = editOf(p.c, values, p.fields);
    if (!Object.keys(edit).length) return;
    setBusy(true);
    const r = await p.save(edit);
    setBusy(false);
    setError(r.ok ? null : r);
    if (!r.ok && r.field) ref.current?.querySelector<HTMLElement>(`[name="${r.field}"]`)?.focus();
  };

  return (
    <form
      ref={ref}
      class="editor"
      data-form={p.name}
      aria-label={p.title}
      onSubmit={submit}
      onKeyDown={(e) => {
        if (e.key !== 'Escape') return;
        e.stopPropagation();
        p.onClose();
      }}
    >
      <p class="editor-title">
        <strong>{p.title}</strong>
        {p.hint && <span class="hint"> {p.hint}</span>}
      </p>
      <div class="editor-fields">
        {p.fields.map((f) => (
          <Field
            key={f}
            form={id}
            field={f}
            value={values[f]}
            onInput={(v) => setValues({ ...values, [f]: v })}
            engine={engineText(p.c, f, t)}
            onReset={p.resetField && (() => p.resetField!(f))}
            error={wrongField === f ? fieldError(f, t) : undefined}
          />
        ))}
      </div>
      {error?.field && !wrongField && (
        <p class="field-error" role="alert">
          {fieldError(error.field, t)}
        </p>
      )}
      {/* said once, where screen readers hear it; the field shows it too */}
      <p class="sr-only" role="alert">
        {wrongField ? `${t(`field_${wrongField}` as MessageKey)}: ${fieldError(wrongField, t)}` : ''}
      </p>
      <div class="editor-actions">
        <button type="submit" class="primary" data-action="save" disabled={busy}>
          {t('save')}
        </button>
        {edited && (
          <button type="button" data-action="reset-all" onClick={p.resetAll}>
            {t('resetAll')}
          </button>
        )}
        <button type="button" data-action="close" onClick={p.onClose}>
          {t('close')}
        </button>
      </div>
    </form>
  );
}
