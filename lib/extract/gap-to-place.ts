// A gap in points said right after a figure with no rate word of its own (制造业技改投资增长20.4%、高于全国12.4个百分点):
// the gap of that figure's growth rate to the place's (制造业技改投资增速高于全国), or of its rate where the figure is one
// (城镇调查失业率4.5%、低于全国0.6个百分点 → 城镇调查失业率低于全国), as the judged samples name them; read once the
// figures are read, so what follows in the sentence goes on with the figure's own thing. (RATE_GAP in rate-words.ts names
// the gaps that say 增速 themselves, rate-gaps.ts those of a list.) Over the 52 whole reports of the fixtures it names 17
// gaps in 6 reports that were named as the figure before.
import type { Reading } from './respectively';

/** the words between a figure and a gap to a place's rate, with no rate word: 、高于全国, ,高于全国平均水平 */
const BARE_GAP = /^[、,]((?:高于|低于|快于|慢于|高出|低出|超过|超出|领先)(?:全国|全省|全市|全区|全县|全州)(?:平均)?(?:水平)?)$/;
/** a figure that is itself a rate */
const RATE = /(?:率|比例|比重|占比)$/;

/** names the gap `readings[k]` (in points) after the figure before it, where it was named as that figure */
export function nameGapToPlace(text: string, readings: Reading[], k: number): void {
  const r = readings[k];
  const before = readings[k - 1];
  if (r.q.unitClass !== 'points' || !before.carry || r.indicator !== before.carry) return;
  const gap = BARE_GAP.exec(text.slice(before.q.end, r.q.start));
  if (!gap) return;
  if (before.measure === 'growth') r.indicator = `${before.carry}增速${gap[1]}`;
  else if (before.measure === 'level' && RATE.test(before.carry)) r.indicator = before.carry + gap[1];
}
