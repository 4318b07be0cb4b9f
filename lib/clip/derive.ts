// The fields a clip stores that are computed from its others (so that the database can index them):
// the indicator's comparison key (the built-in aliases, then the reader's) and the region's level.
// One `derive`, used when a clip is made, edited, imported or migrated, and when the reader's aliases
// change, so that all agree.
import type { Clip } from './clip';
import type { RegionLevel } from '../model/region';
import { indicatorKey } from '../compare/indicator-key';
import type { AliasBook } from '../compare/reader-aliases';
import { regionWithParents } from '../model/region';

type Source = Pick<Clip, 'indicator' | 'measure' | 'region' | 'regionPath'> & Partial<Pick<Clip, 'period'>>;

export function derive(c: Source, aliases?: AliasBook): Pick<Clip, 'indicatorKey' | 'regionLevel'> {
  const key = indicatorKey(c.indicator, c.measure, c.period, c.region);
  return { indicatorKey: aliases?.size ? aliases.keyOf(c.indicator, key) : key, regionLevel: regionWithParents(c)?.level ?? null };
}

export function reportLevel(r: { region: string | null; regionPath: string[] }): RegionLevel | null {
  return regionWithParents(r)?.level ?? null;
}
