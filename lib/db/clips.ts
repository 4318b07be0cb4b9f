// Writing and reading clips. One transaction per call: a batch is stored whole or not at all.
import type { Clip, ClipDraft } from '../model/clip';
import { clipId, pageUrl } from '../model/clip';
import { indicatorKey } from '../compare/indicator-key';
import { regionLevel } from '../model/region';
import type { PageClip } from '../messages';
import type { ReportLensDb, ReportRow } from './schema';

export function clipFromDraft(d: ClipDraft, now: number): Clip {
  const m = d.mention;
  const clip: Clip = {
    id: clipId(d.url, d.selector.quote),
    text: m.text,
    indicator: m.indicator,
    indicatorKey: indicatorKey(m.indicator),
    measure: m.measure,
    value: m.value,
    unit: m.unit,
    qualifier: m.qualifier,
    kind: m.kind,
    period: m.period,
    url: pageUrl(d.url),
    pageTitle: d.pageTitle,
    region: d.region,
    regionPath: d.regionPath,
    regionLevel: regionLevel(d.regionPath),
    reportYear: d.reportYear,
    reportType: d.reportType,
    reportTitle: d.reportTitle,
    sentence: d.sentence,
    selector: d.selector,
    createdAt: now,
  };
  if (m.valueMax !== undefined) clip.valueMax = m.valueMax;
  return clip;
}

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
    await touchReports(db, drafts, now);
    return { ids: clips.map((c) => c.id), added: fresh.length };
  });
}

async function touchReports(db: ReportLensDb, drafts: ClipDraft[], now: number): Promise<void> {
  const byUrl = new Map<string, ClipDraft>();
  for (const d of drafts) byUrl.set(pageUrl(d.url), d);
  for (const [url, d] of byUrl) {
    const old = await db.reports.get(url);
    const row: ReportRow = {
      url,
      title: d.reportTitle ?? d.pageTitle,
      region: d.region,
      regionPath: d.regionPath,
      regionLevel: regionLevel(d.regionPath),
      year: d.reportYear,
      type: d.reportType,
      firstSeen: old?.firstSeen ?? now,
      lastSeen: now,
    };
    await db.reports.put(row);
  }
}

/** the clips of a page, for showing its clipped marks again */
export async function clipsOfPage(db: ReportLensDb, url: string): Promise<PageClip[]> {
  const rows = await db.clips.where('url').equals(pageUrl(url)).toArray();
  return rows.map((c) => ({ id: c.id, text: c.text, indicator: c.indicator, selector: c.selector }));
}
