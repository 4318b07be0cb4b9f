// What the readers of Arabic and Chinese numerals share: a quantity's shape, the unit after a number, the spans where
// digits are names, the words that make a number no amount, and a figure's qualifier.
import type { Qualifier } from '../model/mention';
import { milestoneBefore } from './qualifiers';
import { qualifierBeforeVerb } from './qualifier-before-verb';
import { BARE_MAGNITUDE_AT, UNIT_AT, unitClass, type UnitClass } from './units';

export interface Quantity {
  /** the span of the mention's text in the clean text: qualifier words, number, unit */
  start: number;
  end: number;
  /** where the (first) number starts: the qualifier words before it sit in [start, numStart) */
  numStart: number;
  value: number;
  valueMax?: number;
  unit: string;
  unitClass: UnitClass | 'magnitude';
  qualifier: Qualifier;
  /** written with Chinese numerals */
  chinese: boolean;
}

/** a number right after these is a rank, a denominator, an index or a page's counter, not an amount; nor the one of a set
 * phrase (亲如一家, 情同一家, 自成一家, 天下一家) */
export const NOT_AMOUNT_BEFORE =
  /(?:第|每|前|以下|如下|下列|序号|编号|号|No\.?|(?:点击|浏览|阅读|访问|点赞|评论|转发|收藏|下载)(?:量|数|次数|人数)?[:]?|亲如|情同|自成|天下)$/;
export const CLAUSE_END = /[,;:。!?、()\n"'“”‘’《》]/;

/** spans inside 《》 and short quotes, where digits are names (“20条”, 《十四五规划》) */
export function nameSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  const re = /《[^《》\n]{0,60}》|“[^“”\n]{0,12}”|「[^「」\n]{0,12}」|"[^"\n]{0,12}"/g;
  for (let m: RegExpExecArray | null; (m = re.exec(text)); ) spans.push([m.index, m.index + m[0].length]);
  return spans;
}

export function inSpans(spans: Array<[number, number]>, at: number): boolean {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid][1] <= at) lo = mid + 1;
    else if (spans[mid][0] > at) hi = mid - 1;
    else return true;
  }
  return false;
}

export interface UnitMatch {
  end: number;
  unit: string;
  cls: UnitClass | 'magnitude';
  /** 余/多 between number and unit */
  more: boolean;
}

/** the unit written at `at` (right after a number), if any */
export function unitAt(text: string, at: number, allowBareMagnitude: boolean): UnitMatch | null {
  UNIT_AT.lastIndex = at;
  const m = UNIT_AT.exec(text);
  if (m) {
    const [whole, more1, mag, more2, pointsMore, base, per] = m;
    const cls = unitClass(base)!;
    return {
      end: at + whole.length,
      unit: (mag ?? '') + (pointsMore ? '个' : '') + base + (per ? `/${per}` : ''),
      cls,
      more: !!(more1 || more2 || pointsMore),
    };
  }
  if (!allowBareMagnitude) return null;
  BARE_MAGNITUDE_AT.lastIndex = at;
  const b = BARE_MAGNITUDE_AT.exec(text);
  if (!b) return null;
  return { end: at + b[0].length, unit: b[2], cls: 'magnitude', more: b[0].length > b[2].length };
}

/** a figure's qualifier: what the words around its number say (约, 以上), else a milestone, else what its unit says (a unit
 * of "more than": 约达10亿余元, the 余 at the number before the 约 of its verb), else a 约 before its verb */
export function qualifierOf(text: string, numStart: number, own: Qualifier | undefined, more: boolean | undefined): Qualifier {
  return own ?? milestoneBefore(text, numStart) ?? (more ? 'above' : qualifierBeforeVerb(text, numStart)) ?? 'exact';
}
