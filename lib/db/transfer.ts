// Importing a checked clips file (lib/clip/export.ts parses and validates it) in one transaction:
// all of it is written or none. Clips already saved (same id: the same mention of the same page)
// are kept as they are; the file's copy is merged into them, not added twice.
import type { Clip } from '../clip/clip';
import type { ClipsFile } from '../clip/import';
import type { ReaderAlias } from '../compare/reader-aliases';
import type { ReportLensDb } from './schema';
import { touchReports } from './clips';
import { rekey } from './aliases';

export interface ImportResult {
  added: number;
  /** clips of the file that were already saved */
  merged: number;
}

const CHUNK = 1000;

/**
 * The clips and aliases of a file into the database. An alias the reader already has (by the same key
 * or wording) is kept as it is; the file's others join, and every clip is keyed by all of them.
 */
export async function importClips(
  db: ReportLensDb,
  file: ClipsFile | readonly Clip[],
  onProgress?: (done: number, total: number) => void,
): Promise<ImportResult> {
  const clips: readonly Clip[] = 'clips' in file ? file.clips : file;
  const aliases: readonly ReaderAlias[] = 'aliases' in file ? file.aliases : [];
  return db.transaction('rw', db.clips, db.reports, db.aliases, async () => {
    // the saved ids, keys only (one getAllKeys): cheaper than looking each imported id up
    const saved = new Set(await db.clips.toCollection().primaryKeys());
    const fresh = clips.filter((c) => !saved.has(c.id));
    // writes in chunks inside the one transaction: each await lets the page paint its progress
    for (let i = 0; i < fresh.length; i += CHUNK) {
      await db.clips.bulkAdd(fresh.slice(i, i + CHUNK));
      onProgress?.(Math.min(i + CHUNK, fresh.length), fresh.length);
    }
    const have = new Set(await db.aliases.toCollection().primaryKeys());
    await db.aliases.bulkAdd(aliases.filter((a) => !have.has(a.id)));
    if (have.size || aliases.length) await rekey(db);
    await touchReports(db, clips);
    return { added: fresh.length, merged: clips.length - fresh.length };
  });
}

/** every alias, for an export */
export async function allAliases(db: ReportLensDb): Promise<ReaderAlias[]> {
  return db.aliases.orderBy('id').toArray();
}

/** every clip, oldest first: the order they were made in */
export async function allClips(db: ReportLensDb): Promise<Clip[]> {
  return db.clips.orderBy('createdAt').toArray();
}
