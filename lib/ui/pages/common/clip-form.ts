// A clip's fields as the forms hold them (text) — the dashboard's, and the editor framed into report
// pages — and the edit a filled form asks for: only the fields changed; a number where the text reads
// as one (full-width digits and thousands separators too), else the text as typed, so that the schema
// refuses it at its field (lib/clip/schema.ts EditSchema) instead of the form guessing.
import type { Clip, EditableField } from '../../../clip/clip';
import type { Edit } from '../../../clip/edit';
import { KINDS, MEASURES, QUALIFIERS } from '../../../model/mention';
import { REPORT_TYPES } from '../../../detect/metadata';
import type { MessageKey, Translate } from '../../../i18n';
import { fieldText } from './format';

/** the fields of the clip form, in the order a reader reads a figure */
export const CLIP_FORM = ['indicator', 'value', 'valueMax', 'unit', 'qualifier', 'measure', 'kind', 'period', 'periodFrom'] as const;
/** the fields of the page form: the report's (regionPath follows region) */
export const PAGE_FORM = ['region', 'reportYear', 'reportType'] as const;

export type FormField = (typeof CLIP_FORM)[number] | (typeof PAGE_FORM)[number];
export type FormValues<F extends FormField> = Record<F, string>;

const NUMBERS = new Set<FormField>(['value', 'valueMax', 'period', 'periodFrom', 'reportYear']);
/** emptied, these fields are taken away (null), not refused */
const EMPTIABLE = new Set<FormField>(['valueMax', 'period', 'periodFrom', 'reportYear', 'region', 'reportType']);

/** the choices of a field picked from a list, or none for a field typed */
export function choices(f: FormField, t: Translate): Array<{ value: string; label: string }> | null {
  const list: readonly string[] | null =
    f === 'measure' ? MEASURES : f === 'qualifier' ? QUALIFIERS : f === 'kind' ? KINDS : f === 'reportType' ? ['', ...REPORT_TYPES] : null;
  return list?.map((value) => ({ value, label: fieldText(f, value, t) })) ?? null;
}

export function formValues<F extends FormField>(c: Pick<Clip, F>, fields: readonly F[]): FormValues<F> {
  return Object.fromEntries(fields.map((f) => [f, c[f] === null || c[f] === undefined ? '' : String(c[f])])) as FormValues<F>;
}

function parsed(f: FormField, text: string): unknown {
  const s = text.trim();
  if (!s && EMPTIABLE.has(f)) return null;
  if (!NUMBERS.has(f) || !s) return text;
  // digits as a Chinese input method types them (５６．５) read as digits
  const n = Number(s.replace(/[０-９．－]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0)).replace(/[,，]/g, ''));
  return Number.isFinite(n) ? n : text;
}

/** the edit that turns the clip's fields into the form's: only what changed */
export function editOf<F extends FormField>(c: Pick<Clip, F>, values: FormValues<F>, fields: readonly F[]): Edit {
  const was = formValues(c, fields);
  return Object.fromEntries(fields.filter((f) => values[f] !== was[f]).map((f) => [f, parsed(f, values[f])])) as Edit;
}

const ERRORS = new Set<string>(['indicator', 'value', 'valueMax', 'unit', 'period', 'periodFrom', 'region', 'reportYear']);

/** what a refused field is told, in the reader's language */
export function fieldError(field: string, t: Translate): string {
  return t(ERRORS.has(field) ? (`fieldError_${field}` as MessageKey) : 'fieldError_other');
}

/** a field of the form the engine read otherwise: what it read, as text; undefined when the reader did not correct it */
export function engineText(c: Pick<Clip, 'engine'>, f: EditableField, t: Translate): string | undefined {
  return c.engine && f in c.engine ? fieldText(f, c.engine[f], t) : undefined;
}
