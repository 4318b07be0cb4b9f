// The words that bound a quantity, around its number: 超过, 不低于, 约, 近 before it; 以上, 左右, 以内 after it.
import type { Qualifier } from '../model/mention';

// Qualifier words before the number, longest first; the regex runs on the text just before it. 约 and 近 end
// words of their own that bound nothing (节约10%, 签约50亿元, 最近5年): those are left out.
const PREFIX_QUALIFIER =
  /(不低于|不少于|不超过|不高于|不多于|不到|不足|超过|超出|大约|约为|将近|接近|逼近|突破|多于|少于|高于|低于|至少|至多|(?<![节签制合违履预条公])约|(?<![最附靠邻就])近|超|逾)$/;
const PREFIX_KIND: Record<string, Qualifier> = {
  不低于: 'above',
  不少于: 'above',
  至少: 'above',
  超过: 'above',
  超出: 'above',
  突破: 'above',
  多于: 'above',
  高于: 'above',
  超: 'above',
  逾: 'above',
  不超过: 'below',
  至多: 'below',
  不高于: 'below',
  不多于: 'below',
  不到: 'below',
  不足: 'below',
  少于: 'below',
  低于: 'below',
  大约: 'about',
  约为: 'about',
  约: 'about',
  将近: 'near',
  接近: 'near',
  逼近: 'near',
  近: 'near',
};
export const SUFFIX_QUALIFIER = /及以上|及以下|左右|上下|以上|以下|以内|之内|开外/y;
const SUFFIX_KIND: Record<string, Qualifier> = {
  及以上: 'above',
  以上: 'above',
  开外: 'above',
  及以下: 'below',
  以下: 'below',
  以内: 'below',
  之内: 'below',
  左右: 'about',
  上下: 'about',
};

/** the qualifier word right after a quantity's unit, if any, and where it ends */
export function suffixAt(text: string, at: number): { end: number; qualifier?: Qualifier } {
  // 增长两倍多, 2倍余: more than twice
  if (text[at - 1] === '倍' && (text[at] === '多' || text[at] === '余')) return { end: at + 1, qualifier: 'above' };
  SUFFIX_QUALIFIER.lastIndex = at;
  const m = SUFFIX_QUALIFIER.exec(text);
  return m ? { end: at + m[0].length, qualifier: SUFFIX_KIND[m[0]] } : { end: at };
}

/** a comparison with a target the figure restates (失业率5.2%,低于|5.5%左右的预期目标; 高于|6%的目标): the word compares the result
 * before it, it does not bound the target */
const COMPARATIVE = /^(?:高于|低于|超过|超出|多于|少于)$/;
const TARGET_AFTER = /^的?(?:预期|年度|全年|既定|预定|年初)?(?:增长)?(?:目标|计划)/;

/** the qualifier word right before a number, if any, and where it starts; `end`, where the quantity ends */
export function prefixBefore(text: string, at: number, end: number): { start: number; qualifier?: Qualifier } {
  const m = PREFIX_QUALIFIER.exec(text.slice(Math.max(0, at - 3), at));
  if (!m || (COMPARATIVE.test(m[1]) && TARGET_AFTER.test(text.slice(end, end + 8)))) return { start: at };
  return { start: at - m[1].length, qualifier: PREFIX_KIND[m[1]] };
}

/** a milestone passed (跨上2万亿, 迈过2千亿, 跃上新台阶): the level is above it; the verb stays out of the figure */
const MILESTONE_BEFORE = /(?:跨上|跨过|迈过|迈上|跃上|站上|跨越)$/;

export function milestoneBefore(text: string, at: number): Qualifier | undefined {
  return MILESTONE_BEFORE.test(text.slice(Math.max(0, at - 2), at)) ? 'above' : undefined;
}
