// A reader's corrections. A clip's fields are what the reader set: the comparison, the index and the
// export read them. `engine` keeps what the engine had read of each field the reader changed, so that
// a correction is shown as one, exported as one, and can be undone field by field. A correction is
// checked like an import (one message naming the field); when any part is wrong nothing changes.
import * as v from 'valibot';
import type { Clip, EditableField, EngineRead } from './clip';
import { MENTION_EDITS, PAGE_EDITS } from './clip';
import { EditSchema, InvalidClip, NOTE_ENTRIES, checkClip } from './schema';
import { derive } from './derive';
import type { AliasBook } from '../compare/reader-aliases';
import { divisionPath } from '../model/region';
import type { Mention } from '../model/mention';

/** what a reader may send as a correction: any editable field; null empties an optional one */
export type Edit = v.InferInput<typeof EditSchema>;

const FIELDS: readonly EditableField[] = [...MENTION_EDITS, ...PAGE_EDITS];
const MENTION_FIELDS = new Set<EditableField>(MENTION_EDITS);
/** fields a clip may lack: null in an edit takes them away */
const OPTIONAL = new Set<EditableField>(['valueMax', 'periodFrom']);

/** set a field of a clip or mention; null takes an optional one away */
function put(o: object, field: EditableField, value: unknown): void {
  if (value === null && OPTIONAL.has(field)) delete (o as Record<string, unknown>)[field];
  else (o as Record<string, unknown>)[field] = value;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** a region the reader typed, by the table's full names where it knows it (太仓 → 江苏省 苏州市 太仓市) */
function regionEdit(e: Edit): Edit {
  if (e.region === undefined || e.regionPath !== undefined) return e;
  const name = e.region?.trim();
  if (!name) return { ...e, region: null, regionPath: [] };
  const path = divisionPath([name]);
  return path ? { ...e, region: path[path.length - 1], regionPath: path } : { ...e, region: name, regionPath: [name] };
}

/** a clip whose fields agree with one another: a range that rises, a span that ends where the year is */
function checkCoherent(c: Clip): void {
  if (c.valueMax !== undefined && c.valueMax < c.value) throw new InvalidClip('valueMax must not be below value', 'valueMax');
  if (c.periodFrom !== undefined && (c.period === null || c.periodFrom >= c.period)) {
    throw new InvalidClip('periodFrom must be a year before period', 'periodFrom');
  }
}

/**
 * `clip` with the reader's correction: checked, the engine's reading kept beside each field changed,
 * derived fields made afresh. A field set back to what the engine read is no longer a correction.
 */
export function applyEdit(clip: Clip, edit: unknown, now: number, aliases?: AliasBook): Clip {
  const e = regionEdit(checkClip(EditSchema, edit));
  const next: Clip = { ...clip };
  const engine: EngineRead = { ...clip.engine };
  for (const field of FIELDS) {
    if (!(field in e)) continue;
    const value = (e as Record<string, unknown>)[field];
    const was = clip[field];
    if (same(value, was)) continue;
    // a clip the reader made whole has no engine reading of its figure to keep (its report's it has)
    const read = !clip.manual || !MENTION_FIELDS.has(field);
    if (read && !(field in engine)) (engine as Record<string, unknown>)[field] = was ?? null;
    put(next, field, value);
    if (field in engine && same(engine[field], value)) delete engine[field];
  }
  checkCoherent(next);
  return finish(next, engine, now, aliases);
}

/** `clip` with the engine's reading back in `fields` (all when none are named) */
export function resetEdit(clip: Clip, now: number, aliases?: AliasBook, fields: readonly EditableField[] = FIELDS): Clip {
  const next: Clip = { ...clip };
  const engine: EngineRead = { ...clip.engine };
  for (const field of fields) {
    if (!(field in engine)) continue;
    put(next, field, engine[field]);
    delete engine[field];
  }
  return finish(next, engine, now, aliases);
}

function finish(next: Clip, engine: EngineRead, now: number, aliases?: AliasBook): Clip {
  if (Object.keys(engine).length) {
    next.engine = engine;
    next.editedAt = now;
  } else {
    delete next.engine;
    delete next.editedAt;
  }
  return Object.assign(next, derive(next, aliases));
}

/** the year a figure is for, as its report's year implies (lib/extract/tense.ts): targets that year's, results the year before (a communiqué's the same) */
function impliedPeriod(c: Pick<Clip, 'kind' | 'reportYear' | 'reportType'>): number | null {
  if (c.reportYear === null) return null;
  return c.kind === 'target' || c.reportType === 'statistical-communique' ? c.reportYear : c.reportYear - 1;
}

/**
 * A correction of a page's report as an edit of one of its clips: a figure the engine dated by the
 * report's year (or left undated, where the page said no year) follows the year the reader sets; a
 * year the page wrote (2020年达到…) or a span stays.
 */
export function pageEdit(c: Clip, edit: Partial<Pick<Clip, (typeof PAGE_EDITS)[number]>>): Edit {
  if (edit.reportYear === undefined || c.periodFrom !== undefined || c.period !== impliedPeriod(c)) return edit;
  return { ...edit, period: impliedPeriod({ ...c, ...edit }) };
}

/** the fields the reader corrected on a clip, in the clip's order */
export function editedFields(c: Pick<Clip, 'engine'>): EditableField[] {
  return c.engine ? FIELDS.filter((f) => f in c.engine!) : [];
}

/** what the reader set in the mention's fields they corrected (null: a range or first year emptied) */
export function mentionCorrections(c: Clip): EngineRead {
  const set: Record<string, unknown> = {};
  for (const f of editedFields(c)) if ((MENTION_EDITS as readonly string[]).includes(f)) set[f] = c[f] ?? null;
  return set as EngineRead;
}

/** `m` as the reader corrected it: `set` holds their values of the fields they changed (null empties a range or first year) */
export function correctedMention<M extends Mention>(m: M, set: EngineRead | Edit): M {
  const out = { ...m };
  for (const f of MENTION_EDITS) if (f in set) put(out, f, (set as Record<string, unknown>)[f]);
  return out;
}

/** the reader's corrections that make `reading` of `m`: the mention's fields that differ */
export function editBetween(m: Mention, reading: Mention): Edit {
  const edit: Record<string, unknown> = {};
  for (const f of MENTION_EDITS) if (!same(m[f], reading[f])) edit[f] = reading[f] ?? null;
  return edit as Edit;
}

const NotesSchema = v.strictObject(NOTE_ENTRIES, 'a note may only change the note and tags');

/** `clip` with the reader's note and tags (empty ones taken away; a tag said twice kept once) */
export function withNotes(clip: Clip, notes: unknown): Clip {
  const n = checkClip(NotesSchema, notes);
  const next: Clip = { ...clip };
  if (n.note !== undefined) {
    if (n.note.trim()) next.note = n.note;
    else delete next.note;
  }
  if (n.tags !== undefined) {
    const tags = [...new Set(n.tags)];
    if (tags.length) next.tags = tags;
    else delete next.tags;
  }
  return next;
}
