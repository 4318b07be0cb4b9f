// The fields a clip stores that are computed from its other fields (so the database can index
// them): the indicator's comparison key and the region's level. One function, used when a clip is
// made, imported, or migrated, so all three agree.
import type { Clip, RegionLevel } from '../model/clip';
import { indicatorKey } from '../compare/indicator-key';
import { regionLevel } from '../model/region';

type Source = Pick<Clip, 'indicator' | 'measure' | 'region' | 'regionPath'>;

/** the region path a level is read from: the detection's, or the region alone */
function pathOf(x: { region: string | null; regionPath: string[] }): string[] {
  if (x.regionPath.length) return x.regionPath;
  return x.region ? [x.region] : [];
}

export function derive(c: Source): Pick<Clip, 'indicatorKey' | 'regionLevel'> {
  return { indicatorKey: indicatorKey(c.indicator, c.measure), regionLevel: regionLevel(pathOf(c)) };
}

export function reportLevel(r: { region: string | null; regionPath: string[] }): RegionLevel | null {
  return regionLevel(pathOf(r));
}
