// Target against result: was a year's target met, by the result a report gives a year later?
//
// A target sets a bar: the least result that meets it (a floor), or for a ceiling (以内, 控制在, and
// indicators where less is better: 失业率, 能耗, PM2.5, 居民消费价格) the most. A stated result is
// read as the range its wording allows. The verdict is `met` when the whole range clears the bar,
// `not-met` when none of it does, `unclear` when the wording leaves both open. Values are compared
// in one unit (the row's).
//
// How wording is read, and why:
// - "about" (左右, 约, 上下) means the value rounds to the stated one at the precision targets are set
//   in. Rates (%, 个百分点) are set in whole or half points, so 5%左右 is ±0.5 pp, 5.5%左右 ±0.25 pp,
//   6.3%左右 ±0.05 pp: 5%左右 is met by 4.5% and up (5.2% → met). Amounts and counts: ±5% of the value.
// - An exact target (8%) is a floor with no tolerance: 7.9% is not met. We say "not met" and show the
//   gap (−0.1 pp) rather than invent a fourth verdict; the reader sees how close it was.
// - Ranges (3~5个) are met from the low end (4 → met); a ceiling's from the high end.
// - above (以上, 超, 突破) / below (以内, 不超过) apply to the magnitude as written: 下降5%以上 asks
//   for a fall of at least 5% (−5 or lower).
// - A result "2%以上" is a figure rounded down to a round number: its true value is below the next
//   step of its last digit (2%以上 → 2–3%, 4.9%以上 → 4.9–5.0%, 超1000个 → 1000–1100). So 2%以上 does
//   not meet 5.5%左右 (not met), but 4.9%以上 against 5%以上 is unclear.
// - A result "约/左右" spans the same tolerance as a target's; "近1400" spans one step below; a result
//   "控制在…以内" states only a ceiling, so it is open below.
import type { Qualifier } from '../model/mention';
import type { Direction } from './indicator-key';

export type Verdict = 'met' | 'not-met' | 'unclear';

export interface Quantity {
  value: number;
  valueMax?: number;
  qualifier: Qualifier;
}

export interface JudgeOptions {
  /** the row's unit is a rate (%, ‰, 个百分点): tolerances are absolute */
  rate: boolean;
  direction: Direction;
}

export interface Bar {
  /** met when the result is ≥ threshold (min) or ≤ threshold (max) */
  bound: 'min' | 'max';
  threshold: number;
}

export interface Judgement extends Bar {
  verdict: Verdict;
  /** the range the stated result allows (may be open: ±Infinity) */
  result: [number, number];
  /** stated result minus stated target, in the row's unit */
  gap: number;
}

const EPS = 1e-9;

function decimals(v: number): number {
  const s = Math.abs(v).toString();
  if (s.includes('e')) return 0;
  const i = s.indexOf('.');
  return i < 0 ? 0 : s.length - i - 1;
}

/** the precision a value is stated to: one unit of its last digit (rates: whole or half points) */
export function step(v: number, rate: boolean): number {
  const a = Math.abs(v);
  if (rate) {
    if (Number.isInteger(a)) return 1;
    if (Number.isInteger(a * 2)) return 0.5;
    return 10 ** -decimals(a);
  }
  if (a === 0) return 1;
  // amounts are stated to a few significant digits; 1000 is read to two (1000–1100), 1635 to four
  const lastDigit = Number.isInteger(a) ? 10 ** (a.toString().length - a.toString().replace(/0+$/, '').length) : 10 ** -decimals(a);
  const s = Math.min(lastDigit, 10 ** (Math.floor(Math.log10(a)) - 1));
  // a whole count is not stated to less than one (超5家 is 5 or 6, not 5.1)
  return Number.isInteger(a) ? Math.max(1, s) : s;
}

/** how far "about v" reaches either side */
export function tolerance(v: number, rate: boolean): number {
  return rate ? step(v, rate) / 2 : Math.abs(v) * 0.05;
}

/** the bar a target sets */
export function bar(t: Quantity, o: JudgeOptions): Bar {
  const sign = t.value < 0 || (t.valueMax !== undefined && t.valueMax < 0) ? -1 : 1;
  const low = t.value;
  const high = t.valueMax ?? t.value;
  switch (t.qualifier) {
    case 'above':
      return sign > 0 ? { bound: 'min', threshold: low } : { bound: 'max', threshold: high };
    case 'below':
      return sign > 0 ? { bound: 'max', threshold: high } : { bound: 'min', threshold: low };
    default: {
      const tol = t.qualifier === 'exact' || t.valueMax !== undefined ? 0 : tolerance(t.value, o.rate);
      return o.direction === 'down' ? { bound: 'max', threshold: high + tol } : { bound: 'min', threshold: low - tol };
    }
  }
}

/** the range of true values a stated result allows */
export function resultRange(r: Quantity, rate: boolean): [number, number] {
  const v = r.value;
  if (r.valueMax !== undefined) return [Math.min(v, r.valueMax), Math.max(v, r.valueMax)];
  const s = v < 0 ? -1 : 1;
  const order = (a: number, b: number): [number, number] => (a <= b ? [a, b] : [b, a]);
  switch (r.qualifier) {
    case 'exact':
      return [v, v];
    case 'about': {
      const t = tolerance(v, rate);
      return [v - t, v + t];
    }
    case 'near':
      return order(v - s * step(v, rate), v);
    case 'above':
      return order(v, v + s * step(v, rate));
    case 'below':
      return s > 0 ? [-Infinity, v] : [v, Infinity];
  }
}

export function judge(target: Quantity, result: Quantity, o: JudgeOptions): Judgement {
  const b = bar(target, o);
  const [lo, hi] = resultRange(result, o.rate);
  const e = EPS * Math.max(1, Math.abs(b.threshold));
  let verdict: Verdict;
  if (b.bound === 'min') verdict = lo >= b.threshold - e ? 'met' : hi < b.threshold - e ? 'not-met' : 'unclear';
  else verdict = hi <= b.threshold + e ? 'met' : lo > b.threshold + e ? 'not-met' : 'unclear';
  return { ...b, verdict, result: [lo, hi], gap: result.value - target.value };
}

/**
 * How one target's bar compares with another's (a county's against its city's): `higher` when it asks
 * more (a higher floor, or a lower ceiling), `same`, `lower`, or null when the bars are not alike.
 */
export function compareBars(a: Quantity, b: Quantity, o: JudgeOptions): 'higher' | 'same' | 'lower' | null {
  const x = bar(a, o);
  const y = bar(b, o);
  if (x.bound !== y.bound) return null;
  const d = x.threshold - y.threshold;
  if (Math.abs(d) <= EPS * Math.max(1, Math.abs(y.threshold))) return 'same';
  return d > 0 === (x.bound === 'min') ? 'higher' : 'lower';
}
