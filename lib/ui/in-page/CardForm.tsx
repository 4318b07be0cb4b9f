// The card's edit mode: each field the reader may correct, a refusal shown at its field. Enter saves
// (the controller acts on the reader's own keys only); Tab goes from field to field.
import type { MessageKey } from '../../i18n';
import { KINDS, MEASURES, QUALIFIERS } from '../../model/mention';
import { kindWord, measureWord, qualifierWord, say, type Glossed } from '../../words';
import { FORM_FIELDS, type Form, type FormField } from './edit-form';

export interface CardEditProps {
  form: Form;
  /** the field the last save refused, and why (the schema's words, where the card has none of its own) */
  invalid: { field: FormField; message: string } | null;
  onInput: (field: FormField, value: string) => void;
  onSave: (event: Event) => void;
}

/** 以上 · or more; in English, the word alone */
export const glossed = (w: Glossed): string => (w.gloss ? `${w.main} · ${w.gloss}` : w.main);

const LABELS: Record<FormField, MessageKey> = {
  indicator: 'indicator',
  value: 'editValue',
  valueMax: 'editValueMax',
  unit: 'editUnit',
  qualifier: 'cardQualifier',
  measure: 'cardMeasure',
  kind: 'kind',
  period: 'cardPeriod',
};

/** the card's own words for a refusal at a field the reader types into */
const INVALID: Partial<Record<FormField, MessageKey>> = {
  indicator: 'editInvalidIndicator',
  value: 'editInvalidValue',
  valueMax: 'editInvalidValueMax',
  unit: 'editInvalidUnit',
  period: 'editInvalidPeriod',
};

const OPTIONS: Partial<Record<FormField, Array<[string, string]>>> = {
  qualifier: QUALIFIERS.map((q) => [q, glossed(qualifierWord(q))]),
  measure: MEASURES.map((m) => [m, glossed(measureWord(m))]),
  kind: KINDS.map((k) => [k, glossed(kindWord(k))]),
};

const NUMERIC = new Set<FormField>(['value', 'valueMax', 'period']);

export function CardForm(p: CardEditProps) {
  const onKeyDown = (e: KeyboardEvent) => {
    // Enter picks a candidate while an input method composes: only a plain Enter saves
    if (e.key !== 'Enter' || e.isComposing || e.keyCode === 229) return;
    e.preventDefault();
    p.onSave(e);
  };
  return (
    <div class="edit" role="group" aria-label={say('cardEdit')} onKeyDown={onKeyDown}>
      {FORM_FIELDS.map((f) => {
        const id = `rl-edit-${f}`;
        const invalid = p.invalid?.field === f;
        const options = OPTIONS[f];
        const common = {
          id,
          'data-rl-field': f,
          'aria-invalid': invalid ? ('true' as const) : undefined,
          'aria-describedby': invalid ? `${id}-invalid` : undefined,
          onInput: (e: Event) => p.onInput(f, (e.currentTarget as HTMLInputElement | HTMLSelectElement).value),
        };
        return (
          <div class="row" key={f}>
            <label for={id}>{say(LABELS[f])}</label>
            {options ? (
              <select {...common} value={p.form[f]}>
                {options.map(([value, label]) => (
                  <option key={value} value={value}>
                    {label}
                  </option>
                ))}
              </select>
            ) : (
              <input {...common} type="text" inputMode={NUMERIC.has(f) ? 'decimal' : undefined} value={p.form[f]} autoComplete="off" />
            )}
            {invalid ? (
              <div class="invalid" id={`${id}-invalid`} role="alert" data-rl-invalid={f}>
                {INVALID[f] ? say(INVALID[f]) : p.invalid!.message}
              </div>
            ) : null}
          </div>
        );
      })}
    </div>
  );
}
