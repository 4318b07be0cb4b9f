// The reader's aliases in the database, and the clips' comparison keys kept in step with them: a merge
// or a split re-keys every clip it touches in the same transaction, so the table, the index and the
// export agree at once. Each change returns what it replaced, for an undo.
import type { Clip } from '../clip/clip';
import { derive } from '../clip/derive';
import { AliasBook, type ReaderAlias } from '../compare/reader-aliases';
import type { ReportLensDb } from './schema';

export async function readerAliases(db: ReportLensDb): Promise<AliasBook> {
  return new AliasBook(await db.aliases.toArray());
}

/** what an alias change replaced: the aliases as they were (by id; null for none), to put back */
export type AliasUndo = Array<{ id: string; was: ReaderAlias | null }>;

/** put and delete aliases (by id), then re-key the clips; returns what it replaced */
export async function changeAliases(db: ReportLensDb, put: readonly ReaderAlias[], remove: readonly string[] = []): Promise<AliasUndo> {
  return db.transaction('rw', db.aliases, db.clips, async () => {
    const ids = [...put.map((a) => a.id), ...remove];
    const before = await db.aliases.bulkGet(ids);
    await db.aliases.bulkDelete([...remove]);
    await db.aliases.bulkPut([...put]);
    await rekey(db);
    return ids.map((id, i) => ({ id, was: before[i] ?? null }));
  });
}

/** an alias change taken back */
export async function undoAliases(db: ReportLensDb, undo: AliasUndo): Promise<void> {
  await changeAliases(
    db,
    undo.flatMap((u) => (u.was ? [u.was] : [])),
    undo.filter((u) => !u.was).map((u) => u.id),
  );
}

/** every clip's comparison key, from its indicator and the aliases now stored (call inside a transaction) */
export async function rekey(db: ReportLensDb): Promise<void> {
  const aliases = await readerAliases(db);
  await db.clips.toCollection().modify((c: Clip) => {
    const { indicatorKey } = derive(c, aliases);
    if (c.indicatorKey !== indicatorKey) c.indicatorKey = indicatorKey;
  });
}
