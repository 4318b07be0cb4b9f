// Writing and reading clips. One transaction per call: a batch is stored whole or not at all.
import type { Clip, ClipDraft, PageClip } from '../clip/clip';
import { pageUrl } from '../clip/clip';
import { applyEdit, mentionCorrections, pageEdit } from '../clip/edit';
import { readerAliases } from './aliases';
import { clipFromDraft } from '../clip/make';
import { reportLevel } from '../clip/derive';
import type { Found } from '../clip/source';
import type { MirrorRow, ReportLensDb, ReportRow } from './schema';
import type { ReaderAlias } from '../compare/reader-aliases';
import { quoteKey, storedUrl } from './mirrors';

/**
 * Store drafts; a mention already clipped keeps its clip. Returns the ids in order. A draft from a page
 * that mirrors a report clipped elsewhere is stored under the report's first address, and a mention
 * clipped there already is that clip.
 */
export async function addClips(
  db: ReportLensDb,
  drafts: ClipDraft[],
  now = Date.now(),
): Promise<{ ids: string[]; added: number; fresh: string[] }> {
  return db.transaction('rw', db.clips, db.reports, db.aliases, db.mirrors, async () => {
    const aliases = await readerAliases(db);
    const made = await Promise.all(
      drafts.map(async (d) => clipFromDraft({ ...d, url: await storedUrl(db, pageUrl(d.url)) }, now, aliases)),
    );
    const sameQuote = await mirroredIds(db, drafts, made);
    const existing = await db.clips.bulkGet(made.map((c) => sameQuote.get(c) ?? c.id));
    const pages = await pageCorrections(db, made);
    // a new clip takes what the reader set for its page; one already saved stays as it is
    const clips = made.map((c, i) => {
      const page = pages.get(c.url);
      return existing[i] ? { ...existing[i]!, createdAt: c.createdAt } : page ? applyEdit(c, pageEdit(c, page), now, aliases) : c;
    });
    const seen = new Set<string>();
    const fresh: Clip[] = [];
    clips.forEach((c, i) => {
      if (!existing[i] && !seen.has(c.id)) fresh.push(c);
      seen.add(c.id);
    });
    if (fresh.length) await db.clips.bulkAdd(fresh);
    await touchReports(db, clips);
    return { ids: clips.map((c) => c.id), added: fresh.length, fresh: fresh.map((c) => c.id) };
  });
}

/** clips made on a mirror whose quote (with a little context) a clip of the report already has: that clip's id */
async function mirroredIds(db: ReportLensDb, drafts: readonly ClipDraft[], made: readonly Clip[]): Promise<Map<Clip, string>> {
  const out = new Map<Clip, string>();
  const urls = new Set(made.filter((c, i) => c.url !== pageUrl(drafts[i].url)).map((c) => c.url));
  for (const url of urls) {
    const have = new Map((await db.clips.where('url').equals(url).toArray()).map((c) => [quoteKey(c), c.id]));
    for (const c of made) {
      const id = c.url === url ? have.get(quoteKey(c)) : undefined;
      if (id) out.set(c, id);
    }
  }
  return out;
}

/** a correction of a page's report: its region, year and type */
export type PageEdit = Partial<Pick<Clip, 'region' | 'regionPath' | 'reportYear' | 'reportType'>>;
type PageFields = Required<PageEdit>;
type ReaderSetKey = NonNullable<ReportRow['readerSet']>[number];

/** the report's fields a reader sets for a page, by their name in the row's readerSet: the clip's fields each holds */
const READER_SET: Record<ReaderSetKey, ReadonlyArray<keyof PageFields>> = {
  region: ['region', 'regionPath'],
  year: ['reportYear'],
  type: ['reportType'],
};
const READER_SET_KEYS = Object.keys(READER_SET) as ReaderSetKey[];

/** a report row's fields, by a clip's names, and back */
const pageFieldsOf = (r: ReportRow): PageFields => ({ region: r.region, regionPath: r.regionPath, reportYear: r.year, reportType: r.type });
export const rowFieldsOf = (p: PageFields) => ({ region: p.region, regionPath: p.regionPath, year: p.reportYear, type: p.reportType });

/** the report fields the reader set for these clips' pages, as an edit of each new clip of the page */
async function pageCorrections(db: ReportLensDb, clips: readonly Clip[]): Promise<Map<string, PageEdit>> {
  const urls = [...new Set(clips.map((c) => c.url))];
  const rows = await db.reports.bulkGet(urls);
  const out = new Map<string, PageEdit>();
  rows.forEach((r, i) => {
    if (!r?.readerSet?.length) return;
    const page = pageFieldsOf(r);
    out.set(urls[i], Object.fromEntries(r.readerSet.flatMap((k) => READER_SET[k].map((f) => [f, page[f]]))));
  });
  return out;
}

/** which report fields a clip carries as the reader set them */
export function readerSetOf(c: Clip): ReaderSetKey[] {
  return READER_SET_KEYS.filter((k) => READER_SET[k][0] in (c.engine ?? {}));
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
    // what the reader set for the page holds, whichever clip comes in (an import of an older export)
    const kept = o?.readerSet ?? [];
    const readerSet = [...new Set([...kept, ...readerSetOf(c)])];
    const page: PageFields = { region: c.region, regionPath: c.regionPath, reportYear: c.reportYear, reportType: c.reportType };
    const held = o ? pageFieldsOf(o) : null;
    if (held) for (const k of kept) for (const f of READER_SET[k]) Object.assign(page, { [f]: held[f] });
    const row: ReportRow = {
      url,
      title: c.reportTitle ?? c.pageTitle,
      ...rowFieldsOf(page),
      regionLevel: null,
      firstSeen: Math.min(o?.firstSeen ?? first, first),
      lastSeen: Math.max(o?.lastSeen ?? last, last),
      ...(readerSet.length ? { readerSet } : {}),
    };
    return { ...row, regionLevel: reportLevel(row) };
  });
  await db.reports.bulkPut(rows);
}

/** the clips of a page, for showing its clipped marks again (a clip the reader replaced is not shown) */
export async function clipsOfPage(db: ReportLensDb, url: string): Promise<PageClip[]> {
  const rows = await db.clips
    .where('url')
    .equals(await storedUrl(db, pageUrl(url)))
    .toArray();
  return rows
    .filter((c) => !c.replacedBy)
    .map((c) => {
      // the figure as the page said it: where the reader corrected it, what the engine had read
      const read = { ...c, ...c.engine };
      return {
        id: c.id,
        text: c.text,
        indicator: c.indicator,
        selector: c.selector,
        measure: read.measure,
        value: read.value,
        ...(read.valueMax != null ? { valueMax: read.valueMax } : {}),
        unit: read.unit,
        qualifier: read.qualifier,
        ...(c.source ? { source: c.source } : {}),
        // and what the reader set, for the card to show
        ...(c.engine ? { corrected: mentionCorrections(c) } : {}),
        ...(c.manual
          ? { manual: true as const, kind: c.kind, period: c.period, ...(c.periodFrom !== undefined ? { periodFrom: c.periodFrom } : {}) }
          : {}),
      };
    });
}

/** clips of `url` by id; throws when one is missing or of another page (a page acts on its own clips only) */
async function ownClips(db: ReportLensDb, url: string, ids: readonly string[]): Promise<Clip[]> {
  const rows = await db.clips.bulkGet([...ids]);
  const page = await storedUrl(db, pageUrl(url));
  return rows.map((c, i) => {
    if (!c || c.url !== page) throw new NotOwnClip(`no clip ${ids[i]} on this page`);
    return c;
  });
}

export class NotOwnClip extends Error {}

/** store what re-anchoring found of a page's clips: a change or a loss, or that all is well again */
export async function checkClips(
  db: ReportLensDb,
  url: string,
  checks: ReadonlyArray<Found & { id: string }>,
  now = Date.now(),
): Promise<void> {
  await db.transaction('rw', db.clips, db.mirrors, async () => {
    const rows = await ownClips(
      db,
      url,
      checks.map((c) => c.id),
    );
    rows.forEach((c, i) => {
      const f = checks[i];
      if (f.status === 'found') delete c.source;
      else if (f.status === 'lost') c.source = { status: 'lost', checkedAt: now };
      else
        c.source = { status: 'changed', checkedAt: now, now: f.now, ...(c.source?.now === f.now && c.source.kept ? { kept: true } : {}) };
    });
    await db.clips.bulkPut(rows);
  });
}

/** the reader takes clips of this page back (un-clipping, or undoing "clip all targets"); returns how many went */
export async function removePageClips(db: ReportLensDb, url: string, ids: readonly string[]): Promise<number> {
  return db.transaction('rw', db.clips, db.mirrors, async () => {
    const rows = await ownClips(db, url, ids);
    await db.clips.bulkDelete(rows.map((c) => c.id));
    return rows.length;
  });
}

/** the reader keeps a clip whose figure changed in the page */
export async function keepClip(db: ReportLensDb, url: string, id: string): Promise<void> {
  await db.transaction('rw', db.clips, db.mirrors, async () => {
    const [c] = await ownClips(db, url, [id]);
    if (c.source?.status === 'changed') await db.clips.update(id, { source: { ...c.source, kept: true } });
  });
}

/**
 * The reader replaces a clip whose figure changed by a clip of the figure now there. The old clip is
 * kept (nothing a reader stored is lost), marked replaced, and leaves the comparison. Returns the new id.
 */
export async function replaceClip(db: ReportLensDb, url: string, id: string, draft: ClipDraft, now = Date.now()): Promise<string> {
  return db.transaction('rw', db.clips, db.reports, db.aliases, db.mirrors, async () => {
    await ownClips(db, url, [id]);
    const { ids } = await addClips(db, [draft], now);
    if (ids[0] === id) return id;
    await db.clips.update(id, { replacedBy: ids[0] });
    return ids[0];
  });
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

/** everything the reader stored, as a clear takes it away and its undo puts it back */
export interface Everything {
  clips: Clip[];
  reports: ReportRow[];
  aliases: ReaderAlias[];
  mirrors: MirrorRow[];
}

/** empty every table; returns what was there, for an undo */
export async function clearAll(db: ReportLensDb): Promise<Everything> {
  return db.transaction('rw', [db.clips, db.reports, db.aliases, db.mirrors], async () => {
    const saved = {
      clips: await db.clips.toArray(),
      reports: await db.reports.toArray(),
      aliases: await db.aliases.toArray(),
      mirrors: await db.mirrors.toArray(),
    };
    await Promise.all([db.clips.clear(), db.reports.clear(), db.aliases.clear(), db.mirrors.clear()]);
    return saved;
  });
}

/** undo a clear */
export async function restoreAll(db: ReportLensDb, saved: Everything): Promise<void> {
  await db.transaction('rw', [db.clips, db.reports, db.aliases, db.mirrors], async () => {
    await db.clips.bulkPut(saved.clips);
    await db.reports.bulkPut(saved.reports);
    await db.aliases.bulkPut(saved.aliases);
    await db.mirrors.bulkPut(saved.mirrors);
  });
}
