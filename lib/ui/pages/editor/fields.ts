// The editor's form as text fields, and back: what the reader typed made into an edit of the engine's
// reading (only the fields that differ), checked as the background will check it, so that a refusal is
// shown at its field before anything is sent.
import type { Mention } from '../../../model/mention';
import type { ClipDraft } from '../../../clip/clip';
import { InvalidClip } from '../../../clip/schema';
import type { Edit } from '../../../clip/edit';
import { clipFromDraft } from '../../../clip/make';

export type FieldName =
  | 'indicator'
  | 'value'
  | 'valueMax'
  | 'unit'
  | 'qualifier'
  | 'measure'
  | 'kind'
  | 'period'
  | 'periodFrom'
  | 'note'
  | 'tags';
export type Form = Record<FieldName, string>;

type Reading = Pick<Mention, 'indicator' | 'value' | 'valueMax' | 'unit' | 'qualifier' | 'measure' | 'kind' | 'period' | 'periodFrom'>;

const str = (x: number | null | undefined) => (x === null || x === undefined ? '' : String(x));

/** the engine's reading as the form shows it */
export function formOf(m: Reading): Form {
  return {
    indicator: m.indicator,
    value: str(m.value),
    valueMax: str(m.valueMax),
    unit: m.unit,
    qualifier: m.qualifier,
    measure: m.measure,
    kind: m.kind,
    period: str(m.period),
    periodFrom: str(m.periodFrom),
    note: '',
    tags: '',
  };
}

/** a number field: empty is null, anything else must read as a number (the schema says which field) */
function numberOf(s: string): number | null | string {
  const t = s.trim().replace(/,/g, '');
  if (!t) return null;
  const n = Number(t);
  return Number.isFinite(n) ? n : s;
}

export interface Checked {
  edits: Edit;
  note?: string;
  tags?: string[];
}

/**
 * The form as the reader's corrections of the draft's reading, checked as the background will check
 * them (the clip made from the draft with them): throws InvalidClip naming the field.
 */
export function checkForm(form: Form, draft: ClipDraft): Checked {
  const was = formOf(draft.mention);
  const edits: Record<string, unknown> = {};
  for (const f of ['indicator', 'unit', 'qualifier', 'measure', 'kind'] as const) if (form[f] !== was[f]) edits[f] = form[f];
  for (const f of ['value', 'valueMax', 'period', 'periodFrom'] as const) {
    if (form[f].trim() === was[f]) continue;
    const n = numberOf(form[f]);
    if (n === null && f === 'value') throw new InvalidClip('value must be a number', 'value');
    edits[f] = n;
  }
  const tags = form.tags
    .split(/[,，;；\s]+/)
    .map((t) => t.trim())
    .filter(Boolean);
  const out: Checked = { edits: edits as Edit, ...(form.note.trim() ? { note: form.note } : {}), ...(tags.length ? { tags } : {}) };
  clipFromDraft({ ...draft, ...out } as ClipDraft, Date.now());
  return out;
}
