// Units as compared: a unit is a magnitude (万, 亿, 万亿 …) times a base (元, 人, 吨, 标箱 …). Values
// of one base are comparable whatever their magnitude, so a row shows them all in one unit; values of
// different bases (亿元 and 亿美元, % and 个百分点) never share a row.
import { MAGNITUDES } from '../model/magnitudes';

/** how many of a base a unit is: 10^exp, or half that (a 斤 is half a 公斤: 亿斤 is 0.5 × 10^5 吨) */
export interface Scale {
  /** power of ten of the magnitude: 亿元 → 8 */
  exp: number;
  half?: true;
}

export interface UnitInfo extends Scale {
  /** what is counted, without magnitude: 元, 美元, 人, %, 个百分点 */
  base: string;
}

/** bases that begin with a magnitude character but are units of their own */
const WHOLE = new Set(['千瓦', '千瓦时', '千米', '千克', '千伏', '千伏安', '百分点', '个百分点', '千公顷', '千帕']);
/** (元人民币, 人民币: the yuan named as the currency, as news for abroad writes it: 一萬億元人民幣 is 亿元's row) */
const SYNONYM: Record<string, string> = { 百分点: '个百分点', 公里: '千米', 公斤: '千克', '％': '%', 元人民币: '元', 人民币: '元' };
const PREFIX_OF = new Map(MAGNITUDES.map(([p, e]) => [e, p]));
/** bases a 千 or 百 may stand before as a magnitude (千元, 百万元); elsewhere 千/百 belong to the unit */
const SCALABLE = /^(?:元|美元|欧元|港元|人|人次|户|吨|标箱|辆|台|套|家|个|平方米|亩|公顷|千瓦|千瓦时|立方米|件|头|只|册|张)$/;

/** mass in kilograms or in 斤 is mass in tonnes: 4350亿公斤, 43500万吨 and 8700亿斤 of grain are one row (a 公斤 is
 * 10^-3 吨, a 斤 half of that) */
const KILOGRAM = '千克';
const JIN = '斤';
const TONNE = '吨';
const asTonnes = (info: UnitInfo): UnitInfo =>
  info.base === KILOGRAM ? { base: TONNE, exp: info.exp - 3 } : info.base === JIN ? { base: TONNE, exp: info.exp - 3, half: true } : info;
/** the magnitudes a row of tonnes is written in: 公斤, 吨, 万吨, 亿吨 (not 十万吨, which 亿公斤 would make); of 斤, 斤,
 * 万斤, 亿斤, 万亿斤 */
const TONNE_EXPS = [-3, 0, 4, 8, 12];
const JIN_EXPS = [-3, 1, 5, 9];

export function parseUnit(unit: string): UnitInfo {
  const u = unit.trim();
  if (WHOLE.has(u) || !u) return asTonnes({ base: SYNONYM[u] ?? u, exp: 0 });
  for (const [p, exp] of MAGNITUDES) {
    if (!u.startsWith(p) || u.length === p.length) continue;
    const rest = u.slice(p.length);
    // 万, 亿 and 万亿 are always magnitudes; 千, 百, 十 only before a countable base
    if (exp >= 8 || exp === 4 || SCALABLE.test(rest) || WHOLE.has(rest)) {
      const inner = parseUnit(rest);
      return { ...inner, exp: inner.exp + exp };
    }
  }
  return asTonnes({ base: SYNONYM[u] ?? u, exp: 0 });
}

/** the unit written with a magnitude: (元, 8) → 亿元; a magnitude with no name → 10^n元 */
export function unitName(base: string, exp: number, half?: boolean): string {
  if (half && base === TONNE) return exp === -3 ? JIN : unitName(JIN, exp + 3);
  if (exp === 0) return base;
  if (base === TONNE && exp === -3) return '公斤';
  const p = PREFIX_OF.get(exp);
  if (p) return p + base;
  if (exp === 16) return `亿亿${base}`;
  return `10^${exp}${base}`;
}

/** v × 10^shift, exact in decimal: 7771 shifted by -4 is 0.7771, not 0.77710000000000001 */
export function shift(v: number, by: number): number {
  if (by === 0 || v === 0 || !Number.isFinite(v)) return v;
  const [m, e] = v.toExponential().split('e');
  return Number(`${m}e${Number(e) + by}`);
}

/** v, written in scale `from`, in scale `to`: exact in decimal (halving and doubling are exact) */
export function convert(v: number, from: Scale, to: Scale): number {
  const halves = (from.half ? 1 : 0) - (to.half ? 1 : 0);
  return shift(halves > 0 ? v / 2 : halves < 0 ? v * 2 : v, from.exp - to.exp);
}

export const sameScale = (a: Scale, b: Scale): boolean => a.exp === b.exp && !a.half === !b.half;

/** rates: a % (or ‰, or points of one) — their "about" is an absolute tolerance, not a relative one */
export function isRate(base: string): boolean {
  return base === '%' || base === '‰' || base === '个百分点';
}

/**
 * The magnitude a row is compared in: the one its values were written in most, as a reader of the row
 * would write it; on a tie, the one that leaves fewest values unreadable (below 0.01 or above 99 999
 * once converted), then the larger. A value this would make a fraction of a larger unit is shown as
 * written (`shownAs`): 1.3万亿斤 ×3 beside a county's 3亿斤 reads 1.3万亿斤 … and 3亿斤.
 */
export function rowScale(values: ReadonlyArray<{ value: number } & Scale>, base = ''): Scale {
  const count: Array<[Scale, number]> = [];
  for (const v of values) {
    const seen = count.find(([s]) => sameScale(s, v));
    if (seen) seen[1]++;
    else count.push([v.half ? { exp: v.exp, half: true } : { exp: v.exp }, 1]);
  }
  const unreadable = (to: Scale): number => {
    let n = 0;
    for (const v of values) {
      const a = Math.abs(convert(v.value, v, to));
      if (a >= 1e5 || (a > 0 && a < 0.01)) n++;
    }
    return n;
  };
  let best: Scale = { exp: 0 };
  let score: [number, number] | null = null;
  for (const [e, c] of count) {
    const s: [number, number] = [-c, unreadable(e)];
    if (!score || s[0] < score[0] || (s[0] === score[0] && (s[1] < score[1] || (s[1] === score[1] && e.exp > best.exp))))
      [best, score] = [e, s];
  }
  if (base !== TONNE) return best;
  // (a row of tonnes in a magnitude reports write: 亿公斤 is 10^5 吨, shown as 万吨)
  const exps = best.half ? JIN_EXPS : TONNE_EXPS;
  const exp = exps.filter((e) => e <= best.exp).pop() ?? exps[0];
  return best.half ? { exp, half: true } : { exp };
}

/**
 * Whether a value written in magnitude `written` is shown as written in a row of magnitude `row`:
 * converted only where that reads as a reader would write it, never to a fraction of a larger unit
 * (6105个 stays 6105个 in a row of 万个, 1635亿元 stays 1635亿元 in a row of 万亿元).
 */
export function shownAsWritten(value: number, written: Scale, row: Scale): boolean {
  return convert(1, written, row) < 1 && value !== 0 && Math.abs(convert(value, written, row)) < 1;
}
