// One field of a clip's forms (the dashboard's, the framed editor's): its label, its control (typed or picked), what the engine had
// read beside it (with a reset) when the reader corrected it, and the refusal, said at the field.
import type { MessageKey } from '../../../i18n';
import { useLang } from './lang';
import { choices, type FormField } from './clip-form';

export interface FieldProps {
  /** the form's id: the control's id is made from it */
  form: string;
  field: FormField;
  value: string;
  onInput: (value: string) => void;
  /** what the engine read, when the reader corrected it */
  engine?: string;
  onReset?: () => void;
  error?: string;
}

export function Field({ form, field, value, onInput, engine, onReset, error }: FieldProps) {
  const { t } = useLang();
  const id = `${form}-${field}`;
  const options = choices(field, t);
  const described = [engine !== undefined && `${id}-engine`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
  const common = {
    id,
    name: field,
    'aria-invalid': error ? ('true' as const) : undefined,
    'aria-describedby': described,
  };
  return (
    <div class={`field${error ? ' invalid' : ''}`} data-field={field} data-edited={engine !== undefined ? 'true' : undefined}>
      <label for={id}>{t(`field_${field}` as MessageKey)}</label>
      {options ? (
        <select {...common} value={value} onChange={(e) => onInput((e.target as HTMLSelectElement).value)}>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      ) : (
        <input {...common} type="text" value={value} onInput={(e) => onInput((e.target as HTMLInputElement).value)} />
      )}
      {engine !== undefined && (
        <span class="engine" id={`${id}-engine`}>
          {t('engineRead', { value: engine })}
          {onReset && (
            <button type="button" class="link" data-action="reset-field" onClick={onReset}>
              {t('resetField')}
            </button>
          )}
        </span>
      )}
      {error && (
        <span class="field-error" id={`${id}-error`}>
          {error}
        </span>
      )}
    </div>
  );
}
