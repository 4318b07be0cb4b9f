// A rate in brackets after a place, beside a figure's own growth, is that place's growth, given to compare with:
// 规模以上工业增加值同比增长7.5%(全市11.1%); 同比增长34.5%,增速比全省平均水平(17.3%)和全国(11.4%)分别高17.2、
// 23.1个百分点. It is a growth of the place's same figure, not a level of the page's own, and what follows goes on
// with the page's own figure.
import type { Reading } from './respectively';

/** the place opening the brackets: (全市11.1%) */
const PLACE_INSIDE = /[(（](全[国省市区县州盟旗])(?:平均)?(?:水平)?$/;
/** the place before the brackets: 全省平均水平(17.3%), 和全国(11.4%) */
const PLACE_OUTSIDE = /(全[国省市区县州盟旗])(?:平均)?(?:水平)?[(（]$/;

/** the place whose rate the brackets around the quantity give, or null */
function placeInBrackets(text: string, r: Reading): string | null {
  if (!/^[)）]/.test(text.slice(r.q.end, r.q.end + 1))) return null;
  const before = text.slice(Math.max(0, r.q.start - 8), r.q.start);
  return (PLACE_INSIDE.exec(before) ?? PLACE_OUTSIDE.exec(before))?.[1] ?? null;
}

/** rates in brackets that give another place's growth of the figure before */
export function bracketComparisons(text: string, out: Reading[]): Reading[] {
  for (const [k, r] of out.entries()) {
    if (r.q.unitClass !== 'percent' || r.measure === 'change') continue;
    const place = placeInBrackets(text, r);
    if (!place) continue;
    // the growth the place's is compared with: the nearest before it in its sentence
    for (let j = k - 1; j >= 0 && !/[。!?\n]/.test(text.slice(out[j].q.end, r.q.start)); j--) {
      const own = out[j];
      if (own.measure !== 'growth' || !own.carry) continue;
      r.measure = 'growth';
      r.indicator = place + own.carry;
      r.carry = own.carry;
      break;
    }
  }
  return out;
}
