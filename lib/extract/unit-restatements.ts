// A figure said again in parentheses in another unit of the same dimension: 比2011年增加1836万吨(367亿斤), 增加1千公顷
// (1.5万亩), 增加71公斤/公顷(4.7公斤/亩). It is the same quantity, so it is what the figure before is: a change where that is
// a change (the second is read alone as a level: 367亿斤 has no verb before it). Statistics bureaus write grain in both
// units; found on 3 of 31 unseen pages read for it (NBS grain 2012, summer grain 2013 and 2014: 8 mentions).
import type { Mention } from '../model/mention';
import { splitUnit } from './units';

/** the base units of one dimension, each base to its dimension */
const DIMENSION = new Map<string, string>([
  ...['吨', '斤', '公斤', '克'].map((u): [string, string] => [u, 'mass']),
  ...['公顷', '亩', '平方米', '平方公里', '平方千米'].map((u): [string, string] => [u, 'area']),
  ...['公斤/公顷', '公斤/亩', '斤/亩', '克/公顷', '克/亩'].map((u): [string, string] => [u, 'yield']),
]);

/** a unit's base, its magnitude left off (万吨 → 吨, 千公顷 → 公顷) */
const base = (unit: string): string => splitUnit(unit)[1].replace(/^[千百]/, '');
const dimension = (unit: string): string | undefined => DIMENSION.get(base(unit));

/** `mentions` (in text order, offsets into `source`) with each parenthesised restatement in another unit read as the figure
 * before it is */
export function restatedInOtherUnits(source: string, mentions: Mention[]): Mention[] {
  for (let i = 1; i < mentions.length; i++) {
    const [before, m] = [mentions[i - 1], mentions[i]];
    if (m.measure === before.measure || !/^\s*[(（]\s*$/.test(source.slice(before.end, m.start))) continue;
    if (!/^\s*[)）]/.test(source.slice(m.end, m.end + 3))) continue;
    const dim = dimension(before.unit);
    if (dim === undefined || dimension(m.unit) !== dim || base(m.unit) === base(before.unit)) continue;
    m.measure = before.measure;
    m.indicator = before.indicator;
    if (before.value < 0 !== m.value < 0) {
      m.value = -m.value;
      if (m.valueMax !== undefined) [m.value, m.valueMax] = [-m.valueMax, m.value];
    }
  }
  return mentions;
}
