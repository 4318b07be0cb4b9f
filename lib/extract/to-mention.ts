// A reading made a mention: its offsets mapped back to the source, its tense and years read.
import type { Mention } from '../model/mention';
import { pinyinReadingLength, toSource, type NormalizedText } from '../text/normalize';
import { isHan } from '../text/han';
import type { Reading } from './respectively';
import type { TenseReader } from './tense';

export function toMention(source: string, norm: NormalizedText, r: Reading, tense: TenseReader): Mention {
  const [start, sourceEnd] = toSource(norm, r.q.start, r.q.end);
  // a reading printed after the last character belongs to the mention's surface: 亿元(yuán)
  const end = sourceEnd + (isHan(source.charCodeAt(sourceEnd - 1)) ? pinyinReadingLength(source, sourceEnd) : 0);
  const tensed = tense.at(r.q.start, r.measure !== 'level' && !r.overBase, r.q.end);
  const kind = r.kind ?? (r.restated ? 'target' : tensed.kind);
  // a rate over several years (年均增长) names its years only where the text says them
  const period = r.year ?? (r.multiYear && tensed.periodFrom === undefined ? null : tensed.period);
  let value = r.q.value * r.sign;
  let valueMax = r.q.valueMax === undefined ? undefined : r.q.valueMax * r.sign;
  if (valueMax !== undefined && valueMax < value) [value, valueMax] = [valueMax, value];
  const mention: Mention = {
    text: source.slice(start, end),
    start,
    end,
    indicator: r.indicator,
    measure: r.measure,
    value,
    unit: r.q.unit,
    qualifier: r.q.qualifier,
    kind,
    period,
  };
  if (valueMax !== undefined) mention.valueMax = valueMax;
  if (tensed.periodFrom !== undefined && period !== null && r.year === undefined) mention.periodFrom = tensed.periodFrom;
  return mention;
}
