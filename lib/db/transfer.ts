// Importing a checked clips file (lib/clip/export.ts parses and validates it) in one transaction:
// all of it is written or none. Clips already saved (same id: the same mention of the same page)
// are kept as they are; the file's copy is merged into them, not added twice.
import type { Clip } from '../clip/clip';
import type { ReportLensDb } from './schema';
import { touchReports } from './clips';

export interface ImportResult {
  added: number;
  /** clips of the file that were already saved */
  merged: number;
}

const CHUNK = 1000;

export async function importClips(
  db: ReportLensDb,
  clips: readonly Clip[],
  onProgress?: (done: number, total: number) => void,
): Promise<ImportResult> {
  return db.transaction('rw', db.clips, db.reports, async () => {
    // the saved ids, keys only (one getAllKeys): cheaper than looking each imported id up
    const saved = new Set(await db.clips.toCollection().primaryKeys());
    const fresh = clips.filter((c) => !saved.has(c.id));
    // writes in chunks inside the one transaction: each await lets the page paint its progress
    for (let i = 0; i < fresh.length; i += CHUNK) {
      await db.clips.bulkAdd(fresh.slice(i, i + CHUNK));
      onProgress?.(Math.min(i + CHUNK, fresh.length), fresh.length);
    }
    await touchReports(db, clips);
    return { added: fresh.length, merged: clips.length - fresh.length };
  });
}

/** every clip, oldest first: the order they were made in */
export async function allClips(db: ReportLensDb): Promise<Clip[]> {
  return db.clips.orderBy('createdAt').toArray();
}
