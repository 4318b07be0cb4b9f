// The reads the views make. Each narrows with an index (indicator, region, year, kind, created time)
// before anything is read into memory, so the popup stays quick with tens of thousands of clips.
import type { Clip } from '../clip/clip';
import { clipMatcher, isEmptyFilter, type ClipFilter } from '../compare/filter';
import { regionWithParents } from '../model/region';
import type { ReportLensDb } from './schema';

const newestFirst = (a: Clip, b: Clip): number => b.createdAt - a.createdAt || (a.id < b.id ? -1 : 1);

/** every clip the filter lets through, newest first (an index narrows; the rest is checked in memory) */
export async function filteredClips(db: ReportLensDb, f: ClipFilter): Promise<Clip[]> {
  const match = clipMatcher(f);
  let rows: Clip[];
  if (f.indicator !== undefined) rows = await db.clips.where('indicatorKey').equals(f.indicator).toArray();
  else if (f.region !== undefined) rows = await db.clips.where('region').equals(f.region).toArray();
  else if (f.year !== undefined) rows = await db.clips.where('period').equals(f.year).toArray();
  else if (f.kind !== undefined) rows = await db.clips.where('kind').equals(f.kind).toArray();
  else rows = await db.clips.toArray();
  return rows.filter(match).sort(newestFirst);
}

export interface Page {
  clips: Clip[];
  /** how many clips the filter lets through in all */
  total: number;
}

/** one page of clips, newest first */
export async function recentClips(db: ReportLensDb, f: ClipFilter, offset: number, limit: number): Promise<Page> {
  if (isEmptyFilter(f)) {
    const [clips, total] = await Promise.all([
      db.clips.orderBy('createdAt').reverse().offset(offset).limit(limit).toArray(),
      db.clips.count(),
    ]);
    return { clips, total };
  }
  const all = await filteredClips(db, f);
  return { clips: all.slice(offset, offset + limit), total: all.length };
}

export interface Scope {
  clips: Clip[];
  /** more clips matched than were taken (the newest `cap` are) */
  truncated: boolean;
  /** regions of all clips the unfiltered scope leaves out (it shows the latest clips' regions) */
  regionsLeftOut: number;
}

/** how many of the latest clips decide which regions the unfiltered comparison shows */
const RECENT_WINDOW = 200;
const RECENT_REGIONS = 6;

/**
 * The clips the popup compares. With a filter: what it lets through. Without: the regions of the
 * latest clips (a reader comparing Taicang with Wuzhong just clipped both) and the regions above
 * them (their city, province, the nation), every year — read through the region index.
 */
export async function comparisonClips(db: ReportLensDb, f: ClipFilter, cap = 3000): Promise<Scope> {
  let rows: Clip[];
  let regionsLeftOut = 0;
  if (!isEmptyFilter(f)) rows = await filteredClips(db, f);
  else {
    const recent = await db.clips.orderBy('createdAt').reverse().limit(RECENT_WINDOW).toArray();
    const regions: string[] = [];
    for (const c of recent) if (c.region && !regions.includes(c.region) && regions.length < RECENT_REGIONS) regions.push(c.region);
    const names = new Set(regions);
    for (const c of recent) {
      if (!c.region || !regions.includes(c.region)) continue;
      for (const a of regionWithParents(c)?.ancestors ?? []) names.add(a.name);
    }
    if (names.has('全国')) for (const n of ['国务院', '中国']) names.add(n);
    const byRegion = names.size
      ? await db.clips
          .where('region')
          .anyOf([...names])
          .toArray()
      : [];
    const seen = new Set(byRegion.map((c) => c.id));
    rows = [...byRegion, ...recent.filter((c) => !c.region && !seen.has(c.id))].sort(newestFirst);
    const all = (await db.clips.orderBy('region').uniqueKeys()) as string[];
    regionsLeftOut = all.filter((r) => typeof r === 'string' && !names.has(r)).length;
  }
  return { clips: rows.slice(0, cap), truncated: rows.length > cap, regionsLeftOut };
}

export interface Facets {
  regions: string[];
  years: number[];
  indicators: string[];
}

/** the values the filters offer: distinct keys read off the indexes, no rows loaded */
export async function facets(db: ReportLensDb): Promise<Facets> {
  const [regions, years, indicators] = await Promise.all([
    db.clips.orderBy('region').uniqueKeys(),
    db.clips.orderBy('period').uniqueKeys(),
    db.clips.orderBy('indicatorKey').uniqueKeys(),
  ]);
  return {
    regions: (regions as string[]).filter((r) => typeof r === 'string'),
    years: (years as number[]).filter((y) => typeof y === 'number').sort((a, b) => b - a),
    indicators: indicators as string[],
  };
}
