// A passage about growth targets, as news digests of many places write it: once the passage has named the target
// (31省份2021年GDP增长目标…, 各地均下调了GDP增长目标), each place's rate is given with only the place, 目标 or a time
// before it (湖北的目标由去年的7.5%左右上调为10%以上; 海南今年目标为8%; 2020年为6.5%左右), or a line each
// (均提出了2011年GDP的增速目标。…\n重庆:13.5%\n西藏:12%以上). The rate is the growth the target names, not a level
// of the place; where the passage names the target's year and the rate no time of its own, it is that year's target.
import { isKnownName, knownNameAt } from '../model/region';
import type { Reading } from './respectively';

/** the target the passage is about, with its noun: GDP增长目标, 生产总值预期增长目标, GDP目标, 经济增长目标, 经济目标 */
const TARGET_NAMED = /(GDP|生产总值|经济)(?:的)?(?:预期)?(?:增长|增速)?(?:预期)?目标/g;

/** a paragraph that goes on with the one before: 其中, 此外, 具体来看; or a list of places' rates run on (甘肃(6.5%)、…) */
const GOES_ON = /^\s*(?:其中|此外|另外|同时|具体来看|具体而言|从[^,;。]{1,12}看)/;
const PLACE_ITEM = /^\s*([\u4e00-\u9fff]{2,4})[(（]/;

/** a line of a list of places' rates, a place and a colon (重庆:13.5%) */
const PLACE_LINE = /^\s*([\u4e00-\u9fff]{2,4})\s*[:：]/;

function placeLine(line: string): boolean {
  const place = PLACE_LINE.exec(line)?.[1];
  return place !== undefined && isKnownName(place);
}

/** the year written before the target's noun: 2011年GDP的增速目标 */
const YEAR_BEFORE = /((?:19|20)\d\d)年(?:的)?$/;

function goesOn(paragraph: string): boolean {
  const place = PLACE_ITEM.exec(paragraph)?.[1];
  return GOES_ON.test(paragraph) || (place !== undefined && isKnownName(place));
}

/** what is left of a name once its places are gone, when it names nothing but the target: 的目标, 今年目标, 2020年,
 * 设定的目标最高, 去年的目标; or nothing */
const ONLY_TARGET_WORDS =
  /^(?:省|市|区|自治区)?(?:的)?(?:今年|去年|明年|全年|(?:19|20)\d\d年)?(?:的)?(?:(?:设定|提出|确定)的)?(?:GDP)?(?:的)?(?:预期)?(?:增长|增速)?(?:预期)?(?:目标)?(?:增速)?(?:最高|最低)?$/;

/** a share, a rate or a count named in the passage is not the target's (失业率, 占GDP比重) */
const OWN_RATE = /率|比重|比例|占|指数|价格/;

/** the name `name` without the places it opens with (湖北; 濮阳、漯河、三门峡、信阳; 京沪两地 is not one), or null where it
 * names something else */
function withoutPlaces(name: string): string | null {
  let rest = name;
  for (let place = knownNameAt(rest); place; place = knownNameAt(rest)) {
    rest = rest.slice(place.length);
    // (a list of places: 、 or 和 before the next)
    if (/^[、和]/.test(rest) && rest.length > 2) rest = rest.slice(1);
  }
  return ONLY_TARGET_WORDS.test(rest) ? rest : null;
}

/** the noun of the growth target the passage around `at` named before it ('' for none), and its year where said */
function targetBefore(text: string, at: number): { noun: string; year?: number } {
  let start = text.lastIndexOf('\n', at - 1) + 1;
  // a list of places' rates, a line each, goes on from the paragraph before the list
  for (let n = 0; n < 40 && start > 0 && placeLine(text.slice(start, start + 12)); n++) start = text.lastIndexOf('\n', start - 2) + 1;
  // a paragraph that goes on (其中,…) is read with the one before
  if (start > 0 && goesOn(text.slice(start, start + 16))) start = text.lastIndexOf('\n', start - 2) + 1;
  let noun = '';
  let year: number | undefined;
  for (const m of text.slice(start, at).matchAll(TARGET_NAMED)) {
    noun = m[1];
    const y = YEAR_BEFORE.exec(text.slice(Math.max(0, start + m.index - 6), start + m.index))?.[1];
    year = y ? Number(y) : undefined;
  }
  return { noun: noun === '经济' ? '经济增长' : noun, year };
}

/** a time of the rate's own (去年的目标, 2020年为…): not the passage's year */
const OWN_TIME = /去年|上年|明年|(?:19|20)\d\d年/;

/** rates in a passage about growth targets whose names name only places or the target: the growth of the target's noun */
export function growthTargetRates(text: string, out: Reading[]): Reading[] {
  for (const [k, r] of out.entries()) {
    if (r.q.unitClass !== 'percent' || r.measure === 'change' || OWN_RATE.test(r.indicator)) continue;
    // (a growth already read keeps a name of its own: 湖南2021年的增长目标为7%以上 names only its place)
    const rest = withoutPlaces(r.indicator);
    if (rest === null || (r.measure === 'growth' && (rest !== '' || r.indicator === ''))) continue;
    const { noun, year } = targetBefore(text, r.q.start);
    if (!noun) continue;
    // (the words since the figure before: 由去年的7.5%左右上调为10%以上, last year's target, then this year's)
    const between = text.slice(k > 0 ? Math.max(out[k - 1].q.end, 0) : 0, r.q.start);
    const since = between.slice(Math.max(...[',', ';', '。', '\n'].map((c) => between.lastIndexOf(c))) + 1);
    if (year !== undefined && !OWN_TIME.test(rest) && !OWN_TIME.test(since)) {
      r.kind = 'target';
      r.year = year;
    }
    if (r.measure === 'level') r.sign = 1;
    r.measure = 'growth';
    r.indicator = noun;
    r.carry = noun;
  }
  return out;
}
