// The card's edit mode: a mention's fields as the reader types them, and back to a correction. The
// correction is checked here with the schema the background checks it with (lib/clip/schema
// EditSchema), so that a refusal is shown at its field before anything is sent.
import type { Edit } from '../../clip/edit';
import { EditSchema, InvalidClip, checkClip } from '../../clip/schema';
import type { Mention } from '../../model/mention';

/** the fields the card lets the reader correct, in the card's order */
export const FORM_FIELDS = ['indicator', 'value', 'valueMax', 'unit', 'qualifier', 'measure', 'kind', 'period'] as const;
export type FormField = (typeof FORM_FIELDS)[number];
/** the fields as typed */
export type Form = Record<FormField, string>;
/** what the form reads and makes: a mention's figure, without its place */
export type Reading = Pick<
  Mention,
  'indicator' | 'measure' | 'value' | 'valueMax' | 'unit' | 'qualifier' | 'kind' | 'period' | 'periodFrom'
>;

/** the form of a reading; `noValue`: the engine read no figure, the reader types it */
export function formOf(m: Reading, noValue = false): Form {
  return {
    indicator: m.indicator,
    value: noValue ? '' : String(m.value),
    valueMax: m.valueMax === undefined || m.valueMax === null ? '' : String(m.valueMax),
    unit: m.unit,
    qualifier: m.qualifier,
    measure: m.measure,
    kind: m.kind,
    period: m.period === null ? '' : String(m.period),
  };
}

/** a number as typed (full-width digits, thousands separators); null when empty, NaN when not a number */
function numberOf(s: string): number | null {
  const t = s
    .trim()
    .replace(/[０-９．－]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[,，]/g, '');
  return t === '' ? null : Number(t);
}

/** `m` as the reader corrected it: `set` holds their values of the fields they changed, null emptying a range or first year */
export function corrected(m: Mention, set: Partial<Record<keyof Reading, unknown>>): Mention {
  const out: Record<string, unknown> = { ...m, ...set };
  for (const k of ['valueMax', 'periodFrom']) if (out[k] === null) delete out[k];
  return out as unknown as Mention;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

export type FormResult = { edit: Edit } | { invalid: FormField; message: string };

/**
 * The reader's correction of `read`: only the fields that differ from it, checked as the background
 * checks them; or the first field that is wrong.
 */
export function editOf(form: Form, read: Reading): FormResult {
  let checked: Edit;
  try {
    checked = checkClip(EditSchema, {
      indicator: form.indicator,
      value: numberOf(form.value) ?? Number.NaN,
      valueMax: numberOf(form.valueMax),
      unit: form.unit,
      qualifier: form.qualifier,
      measure: form.measure,
      kind: form.kind,
      period: numberOf(form.period),
    });
  } catch (e) {
    if (!(e instanceof InvalidClip)) throw e;
    return { invalid: (e.field as FormField | undefined) ?? 'value', message: e.message };
  }
  // as lib/clip/edit.ts checks a range: one that rises
  if (typeof checked.valueMax === 'number' && checked.valueMax < (checked.value as number)) {
    return { invalid: 'valueMax', message: 'valueMax must not be below value' };
  }
  const edit: Edit = {};
  for (const f of FORM_FIELDS) if (!same(checked[f], read[f])) (edit as Record<string, unknown>)[f] = checked[f];
  return { edit };
}
