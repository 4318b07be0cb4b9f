// Writing and reading clips. One transaction per call: a batch is stored whole or not at all.
import type { Clip, ClipDraft, PageClip } from '../clip/clip';
import { pageUrl } from '../clip/clip';
import { clipFromDraft, reportLevel } from '../clip/make';
import type { ReportLensDb, ReportRow } from './schema';

/** store drafts; a mention already clipped keeps its clip. Returns the ids in order. */
export async function addClips(db: ReportLensDb, drafts: ClipDraft[], now = Date.now()): Promise<{ ids: string[]; added: number }> {
  const clips = drafts.map((d) => clipFromDraft(d, now));
  return db.transaction('rw', db.clips, db.reports, async () => {
    const existing = await db.clips.bulkGet(clips.map((c) => c.id));
    const seen = new Set<string>();
    const fresh: Clip[] = [];
    clips.forEach((c, i) => {
      if (!existing[i] && !seen.has(c.id)) fresh.push(c);
      seen.add(c.id);
    });
    if (fresh.length) await db.clips.bulkAdd(fresh);
    await touchReports(db, clips);
    return { ids: clips.map((c) => c.id), added: fresh.length };
  });
}

/** the report rows of clips' pages, merged into what the database knows (call inside a transaction) */
export async function touchReports(db: ReportLensDb, clips: readonly Clip[]): Promise<void> {
  const byUrl = new Map<string, { clip: Clip; first: number; last: number }>();
  for (const c of clips) {
    const r = byUrl.get(c.url);
    if (!r) byUrl.set(c.url, { clip: c, first: c.createdAt, last: c.createdAt });
    else {
      r.first = Math.min(r.first, c.createdAt);
      r.last = Math.max(r.last, c.createdAt);
    }
  }
  const urls = [...byUrl.keys()];
  const old = await db.reports.bulkGet(urls);
  const rows: ReportRow[] = urls.map((url, i) => {
    const { clip: c, first, last } = byUrl.get(url)!;
    const o = old[i];
    const row = {
      url,
      title: c.reportTitle ?? c.pageTitle,
      region: c.region,
      regionPath: c.regionPath,
      year: c.reportYear,
      type: c.reportType,
      firstSeen: Math.min(o?.firstSeen ?? first, first),
      lastSeen: Math.max(o?.lastSeen ?? last, last),
    };
    return { ...row, regionLevel: reportLevel(row) };
  });
  await db.reports.bulkPut(rows);
}

/** the clips of a page, for showing its clipped marks again */
export async function clipsOfPage(db: ReportLensDb, url: string): Promise<PageClip[]> {
  const rows = await db.clips.where('url').equals(pageUrl(url)).toArray();
  return rows.map((c) => ({ id: c.id, text: c.text, indicator: c.indicator, selector: c.selector }));
}

/** delete clips; returns the rows deleted, so that an undo can put them back */
export async function deleteClips(db: ReportLensDb, ids: readonly string[]): Promise<Clip[]> {
  return db.transaction('rw', db.clips, async () => {
    const rows = (await db.clips.bulkGet([...ids])).filter((c): c is Clip => !!c);
    await db.clips.bulkDelete(rows.map((c) => c.id));
    return rows;
  });
}

/** undo a delete: the rows exactly as they were */
export async function restoreClips(db: ReportLensDb, clips: readonly Clip[]): Promise<void> {
  if (!clips.length) return;
  await db.transaction('rw', db.clips, db.reports, async () => {
    await db.clips.bulkPut([...clips]);
    await touchReports(db, clips);
  });
}

/** empty both tables; returns what was there, for an undo */
export async function clearAll(db: ReportLensDb): Promise<{ clips: Clip[]; reports: ReportRow[] }> {
  return db.transaction('rw', db.clips, db.reports, async () => {
    const clips = await db.clips.toArray();
    const reports = await db.reports.toArray();
    await db.clips.clear();
    await db.reports.clear();
    return { clips, reports };
  });
}

/** undo a clear */
export async function restoreAll(db: ReportLensDb, saved: { clips: Clip[]; reports: ReportRow[] }): Promise<void> {
  await db.transaction('rw', db.clips, db.reports, async () => {
    await db.clips.bulkPut(saved.clips);
    await db.reports.bulkPut(saved.reports);
  });
}
