// The same report at another address (a repost, a mirror, the same page under another query string).
// A report is recognised by what it is — the report detection read (region, year, type) and its text:
// when most quotes of a report the reader clipped stand in a new page that reads as the same report,
// the page is that report's mirror. Its clips are then the report's: shown as clipped there, and a
// clip made there is stored under the report's first address, so the comparison gets no duplicate.
import type { Clip } from '../clip/clip';
import type { ReportMeta } from '../detect/metadata';
import type { ReportLensDb, ReportRow } from './schema';

/** a report is taken for the same when this share of its clips' quotes stand in the page ... */
const MIN_SHARE = 0.6;
/** ... and at least this many: one or two quotes are too little to know a report by */
const MIN_FOUND = 3;
/** quotes looked for at most, per candidate report */
const SAMPLE = 120;
/** characters of a quote's context that must stand beside it */
const CONTEXT = 6;

/** the URL a page's clips are stored under: the report's first address when the page is a mirror of it */
export async function storedUrl(db: ReportLensDb, url: string): Promise<string> {
  return (await db.mirrors.get(url))?.sameAs ?? url;
}

/** a clip's quote with a little of its context: what a mirror of its page has too */
export function quoteKey(c: Pick<Clip, 'selector'>): string {
  const q = c.selector.quote;
  return q.prefix.slice(-CONTEXT) + q.exact + q.suffix.slice(0, CONTEXT);
}

/** whether two readings of a report may be the same report: what both say agrees */
function agrees(r: ReportRow, meta: Pick<ReportMeta, 'region' | 'year' | 'type'>): boolean {
  const ok = <T>(a: T | null, b: T | null) => a === null || b === null || a === b;
  return ok(r.region, meta.region) && ok(r.year, meta.year) && ok(r.type, meta.type);
}

/**
 * The report (its stored URL) that the page at `url` with `text` holds, when the reader clipped it at
 * another address; remembered, so that the page's clips are found at once next time. Null when the page
 * has clips of its own or holds no clipped report.
 */
export async function findSameReport(
  db: ReportLensDb,
  url: string,
  text: string,
  meta: Pick<ReportMeta, 'region' | 'year' | 'type'>,
  now = Date.now(),
): Promise<string | null> {
  const known = await db.mirrors.get(url);
  if (known) {
    // an address may hold another report later (a portal's page, a reused URL): then it is a mirror no more
    const report = await db.reports.get(known.sameAs);
    if (report && agrees(report, meta)) return known.sameAs;
    await db.mirrors.delete(url);
  }
  if (!meta.region && !meta.year) return null;
  if ((await db.clips.where('url').equals(url).count()) > 0) return null;
  const candidates = (
    meta.region
      ? await db.reports.where('region').equals(meta.region).toArray()
      : await db.reports.where('year').equals(meta.year!).toArray()
  ).filter((r) => r.url !== url && agrees(r, meta));
  let best: { url: string; share: number } | null = null;
  for (const r of candidates) {
    const clips = (await db.clips.where('url').equals(r.url).toArray()).filter((c) => !c.replacedBy).slice(0, SAMPLE);
    if (!clips.length) continue;
    const found = clips.filter((c) => text.includes(quoteKey(c))).length;
    const share = found / clips.length;
    if (share >= MIN_SHARE && found >= MIN_FOUND && (!best || share > best.share)) best = { url: r.url, share };
  }
  if (!best) return null;
  await db.mirrors.put({ url, sameAs: best.url, foundAt: now });
  return best.url;
}
