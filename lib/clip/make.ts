// Making a clip: from what the content script sends (a draft) to the row the database keeps, with the
// fields computed from the others (so the database can index them): the indicator's comparison key and
// the region's level. One `derive`, used when a clip is made, imported, or migrated, so all three agree.
import type { Clip, ClipDraft } from './clip';
import { clipId, pageUrl } from './clip';
import type { RegionLevel } from '../model/region';
import { indicatorKey } from '../compare/indicator-key';
import { regionWithParents } from '../model/region';

type Source = Pick<Clip, 'indicator' | 'measure' | 'region' | 'regionPath'>;

export function derive(c: Source): Pick<Clip, 'indicatorKey' | 'regionLevel'> {
  return { indicatorKey: indicatorKey(c.indicator, c.measure), regionLevel: regionWithParents(c)?.level ?? null };
}

export function reportLevel(r: { region: string | null; regionPath: string[] }): RegionLevel | null {
  return regionWithParents(r)?.level ?? null;
}

export function clipFromDraft(d: ClipDraft, now: number): Clip {
  const m = d.mention;
  const clip: Clip = {
    id: clipId(d.url, d.selector.quote),
    text: m.text,
    indicator: m.indicator,
    indicatorKey: '',
    measure: m.measure,
    value: m.value,
    unit: m.unit,
    qualifier: m.qualifier,
    kind: m.kind,
    period: m.period,
    ...(m.periodFrom !== undefined ? { periodFrom: m.periodFrom } : {}),
    url: pageUrl(d.url),
    pageTitle: d.pageTitle,
    region: d.region,
    regionPath: d.regionPath,
    regionLevel: null,
    reportYear: d.reportYear,
    reportType: d.reportType,
    reportTitle: d.reportTitle,
    sentence: d.sentence,
    selector: d.selector,
    createdAt: now,
  };
  if (m.valueMax !== undefined) clip.valueMax = m.valueMax;
  return Object.assign(clip, derive(clip));
}
