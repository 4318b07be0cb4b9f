// Names mended once every figure of the text is read, where a name needs what follows the figure or the
// sentence before it: sums of public money by their purpose (funding-names.ts), counts by the noun around
// them (count-names.ts). The figures after it in its sentence that went on with its old name (比上年增加26亿元,
// 比上年增长19.9%) take the new one too. A project's size said before its name is no figure (project-sizes.ts).
import type { Reading } from './respectively';
import { fundingName } from './funding-names';
import { countName } from './count-names';
import { namesPeopleDoneFor } from './solved-problems';
import { countChangesAfterLevels } from './count-changes';
import { isProjectSize, raisedSum } from './project-sizes';
import { nameFromNextUnit } from './same-count-units';
import { nameFromAround } from './empty-names';
import { ratesSaidBefore } from './rate-said-before';
import { nameBareRates } from './bare-rates';

const SENTENCE_BREAK = /[。;!?\n]/;
/** no sentence break between two figures (the text between them is short where it matters) */
const sameSentence = (text: string, a: number, b: number): boolean => b - a < 400 && !SENTENCE_BREAK.test(text.slice(a, b));

export function secondReading(text: string, out: Reading[]): Reading[] {
  ratesSaidBefore(text, out);
  nameBareRates(text, out);
  for (let k = 0; k < out.length; k++) {
    const r = out[k];
    // (only sums and counts are renamed, and figures of no name: a share or a rate is named by what it is of)
    const subject = nameFromAround(text, r.q, r.indicator, k > 0 ? out[k - 1] : null);
    if (subject === r.indicator && r.q.unitClass !== 'money' && r.q.unitClass !== 'count' && r.q.unitClass !== 'magnitude') continue;
    const before = k > 0 && sameSentence(text, out[k - 1].q.end, r.q.start) ? out[k - 1] : null;
    const old = r.indicator;
    const name = subject !== old ? subject : countName(text, r, fundingName(text, r), before);
    if (r.measure === 'level' && raisedSum(text, r.q, name)) r.measure = 'change';
    // (降低900多万个体工商户税负: the verb changes the burden; the count is of the people)
    if (r.measure === 'change' && namesPeopleDoneFor(name)) [r.measure, r.sign] = ['level', 1];
    if (name === old) continue;
    r.indicator = name;
    if (r.carry === old) r.carry = name;
    for (let j = k + 1; j < out.length && sameSentence(text, out[j - 1].q.end, out[j].q.start); j++) {
      // (not one that says the old name again right before it: 出台政府规章5部、废止7部 after …、废止11部; nor a count that
      // says it right after it, to be named from its own clause: 16个市县…,14个市县…)
      // (nor a count whose own noun, the old name's first words, follows it: 6项指标增幅居全省前列,7项指标创历史最好水平)
      const ownAfter = out[j].q.unitClass === 'count' && old.length > 2 && text.startsWith(old.slice(0, 2), out[j].q.end);
      if (old && (text.startsWith(old, out[j].q.start - old.length) || text.startsWith(old, out[j].q.end) || ownAfter)) continue;
      // (…在58个城市进行了…的试点, …今年试点城市扩大到110个: the same noun said short)
      if (out[j].indicator === old || (out[j].indicator.length >= 2 && name.endsWith(out[j].indicator) && !old.endsWith(out[j].indicator)))
        out[j].indicator = name;
      if (out[j].carry === old) out[j].carry = name;
    }
  }
  nameFromNextUnit(text, out);
  countChangesAfterLevels(text, out);
  return out.filter((r) => !isProjectSize(text, r.q));
}
