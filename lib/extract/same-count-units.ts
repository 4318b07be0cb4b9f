// One thing counted in two units with nothing before the first to name it: 7.8万户、22.9万人稳定消除返贫致贫风险;
// 6.1万户14.2万名防返贫监测对象稳定消除风险. The first count is of what the second names (households and people of
// the same ones), as index.ts gives the second the first's name where the name comes first (贫困人口由13677户49479人).
// Across the 52 whole reports of lint-names it names 2 counts in 2 reports that had no name.
import type { Reading } from './respectively';

/** what stands between the two counts of one thing */
const JOINT = /^、?$/;

/** gives an unnamed count the name of the count of the same thing right after it, in another unit */
export function nameFromNextUnit(text: string, out: Reading[]): void {
  for (let k = 0; k + 1 < out.length; k++) {
    const r = out[k];
    const next = out[k + 1];
    if (r.indicator || !next.indicator || r.q.unitClass !== 'count' || next.q.unitClass !== 'count') continue;
    if (r.q.unit === next.q.unit || r.measure !== next.measure || !JOINT.test(text.slice(r.q.end, next.q.start))) continue;
    r.indicator = next.indicator;
    r.carry = next.carry;
  }
}
