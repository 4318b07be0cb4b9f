// A rate whose noun follows its value (将制造业等行业现行16%的税率降至13%; 保持6%一档的税率不变): the noun names
// it, and the level it is cut to right after (…的税率降至13%) is the same rate's; a pilot's reach over the places
// named after the value (试点范围扩大到全国40%的县) is the share of those places.
import type { Quantity } from './quantities';

const RATE_NOUN = '[\\u4e00-\\u9fff]{0,6}?(?:税率|费率|征收率|缴费比例)';
/** the rate noun after a value: 16%的税率, 6%一档的税率 */
const NOUN_AFTER = new RegExp(`^(?:左右)?(?:一档)?的(${RATE_NOUN})`);
/** words before the value that only say the rate stands now: 现行, 目前的 */
const NOW = /(?:现行|目前|当前)的?$/;
/** what is left before the rate's new level: 的税率(降至13%) */
const RATE_LEFT = new RegExp(`^的?(${RATE_NOUN})$`);

/** a pilot's reach as a share of the places after the value: 试点范围扩大到全国40%的县 */
const PILOT_REACH = /^(.{2,20}?试点)(?:范围)?要?(?:扩大到|覆盖)?(?:全国)?$/;
const PLACES_AFTER = /^(?:左右)?的(县|地区|乡镇|城市)/;

/** the indicator of a percent whose rate noun follows it, or of the new level of that rate; else `indicator` */
export function rateNamedAfter(text: string, q: Quantity, indicator: string, before: string | undefined): string {
  if (q.unitClass !== 'percent') return indicator;
  const places = PLACES_AFTER.exec(text.slice(q.end, q.end + 8))?.[1];
  const pilot = places ? PILOT_REACH.exec(indicator)?.[1] : undefined;
  if (pilot) return `${pilot}${places}占比`;
  const noun = NOUN_AFTER.exec(text.slice(q.end, q.end + 20))?.[1];
  if (noun) {
    const of = indicator.replace(NOW, '');
    return of.endsWith(noun) ? of : of + noun;
  }
  const left = RATE_LEFT.exec(indicator)?.[1];
  return left && before?.endsWith(left) ? before : indicator;
}
