// The reader's corrections and notes in the database. Each change is one transaction, checked whole
// before anything is written (lib/clip/edit.ts), and returns what it replaced so that it can be undone
// exactly (restoreEdits).
import type { Clip, EditableField } from '../clip/clip';
import { PAGE_EDITS } from '../clip/clip';
import { applyEdit, pageEdit, resetEdit, withNotes } from '../clip/edit';
import { InvalidClip } from '../clip/schema';
import { reportLevel } from '../clip/derive';
import { readerAliases } from './aliases';
import { type PageEdit, readerSetOf, rowFieldsOf } from './clips';
import type { ReportLensDb, ReportRow } from './schema';

/** what an edit replaced: the clips (and the page's report row) as they were */
export interface EditUndo {
  clips: Clip[];
  report?: ReportRow;
}

async function changeClips(db: ReportLensDb, ids: readonly string[], change: (c: Clip) => Clip): Promise<EditUndo> {
  return db.transaction('rw', db.clips, db.aliases, async () => {
    const rows = await db.clips.bulkGet([...ids]);
    const missing = ids.find((_, i) => !rows[i]);
    if (missing !== undefined) throw new InvalidClip(`no clip ${missing}`);
    const before = rows as Clip[];
    await db.clips.bulkPut(before.map(change));
    return { clips: before };
  });
}

/** the reader corrects fields of a clip (a clear InvalidClip naming the field when the edit is wrong) */
export async function editClip(db: ReportLensDb, id: string, edit: unknown, now = Date.now()): Promise<EditUndo> {
  const aliases = await readerAliases(db);
  return changeClips(db, [id], (c) => applyEdit(c, edit, now, aliases));
}

/** the engine's reading back in a clip's fields (all corrected fields when none are named) */
export async function resetClip(db: ReportLensDb, id: string, fields?: readonly EditableField[], now = Date.now()): Promise<EditUndo> {
  const aliases = await readerAliases(db);
  return changeClips(db, [id], (c) => resetEdit(c, now, aliases, fields));
}

/** the reader's note and tags on a clip */
export async function setNotes(db: ReportLensDb, id: string, notes: { note?: string; tags?: string[] }): Promise<EditUndo> {
  return changeClips(db, [id], (c) => withNotes(c, notes));
}

/**
 * The reader corrects the report of a page — its region, year or type — for every clip of the page,
 * and for the clips made on it later (the report row remembers what the reader set).
 */
export async function editPage(db: ReportLensDb, url: string, edit: PageEdit, now = Date.now()): Promise<EditUndo> {
  return changePage(db, url, (c, aliases) => applyEdit(c, pageEdit(c, edit), now, aliases));
}

/** the engine's reading of a page's report back, for all its clips (and the years that followed it) */
export async function resetPage(db: ReportLensDb, url: string, now = Date.now()): Promise<EditUndo> {
  return changePage(db, url, (c, aliases) => resetEdit(c, now, aliases, [...PAGE_EDITS, 'period']));
}

async function changePage(
  db: ReportLensDb,
  url: string,
  change: (c: Clip, aliases: Awaited<ReturnType<typeof readerAliases>>) => Clip,
): Promise<EditUndo> {
  return db.transaction('rw', db.clips, db.reports, db.aliases, async () => {
    const aliases = await readerAliases(db);
    const before = await db.clips.where('url').equals(url).toArray();
    const report = await db.reports.get(url);
    if (!before.length || !report) throw new InvalidClip(`no clips of ${url}`);
    const after = before.map((c) => change(c, aliases));
    await db.clips.bulkPut(after);
    const c = after[0];
    const readerSet = readerSetOf(c);
    const { readerSet: _was, ...rest } = report;
    const row: ReportRow = { ...rest, ...rowFieldsOf(c) };
    row.regionLevel = reportLevel(row);
    await db.reports.put(readerSet.length ? { ...row, readerSet } : row);
    return { clips: before, report };
  });
}

/** an edit taken back: the clips and the report row exactly as they were */
export async function restoreEdits(db: ReportLensDb, undo: EditUndo): Promise<void> {
  await db.transaction('rw', db.clips, db.reports, async () => {
    await db.clips.bulkPut(undo.clips);
    if (undo.report) await db.reports.put(undo.report);
  });
}
