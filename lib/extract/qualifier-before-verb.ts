// A bound said before the verb that links it to its figure: 约占80%, 约有1个百分点, 约合1243亿美元, 约增长百分之三十三,
// 大约增加了两万四千种, 大约损失工业总产值一千亿元 (about), 至少完成四千万亩,
// 至少降低30% (above), as 约 or 至少 right before the number is. The figure's text stays the number and unit; only its
// qualifier says so.
import type { Qualifier } from '../model/mention';

/** 约 (not the end of 节约, 签约…) and a verb of being, making up or growing, right before the number */
const ABOUT_BEFORE_VERB = /(?<![节签制合违履预条公集])约(?:占|有|合|计|达|为|增长|增加|提高|减少|下降|降低)$/;
/** 大约, 大概 (only ever "about") earlier in the clause, before its verb and the verb's object: no clause break and no
 * other number between (…大约三百万人，…实增约二百万: the second has its own) */
const ABOUT_IN_CLAUSE = /(?:大约|大概)[^,，;；。:：!?！？\d０-９零〇一二两三四五六七八九十百千万亿]{1,12}$/;

/** at least or at most, then a verb of one or two characters: 至少完成, 至少节约, 至少有, 至多降低; not a norm for each of a
 * class (每个乡镇至少办好1所, 各市县至少建设1家: judged exact, real-dev sample 2) */
const BOUND_BEFORE_VERB = /(至少|至多)[\u4e00-\u9fff]{1,2}$/;
const EACH_OF_CLASS = /[每各]/;

export function qualifierBeforeVerb(text: string, at: number): Qualifier | undefined {
  if (ABOUT_BEFORE_VERB.test(text.slice(Math.max(0, at - 4), at))) return 'about';
  if (ABOUT_IN_CLAUSE.test(text.slice(Math.max(0, at - 14), at))) return 'about';
  const bound = BOUND_BEFORE_VERB.exec(text.slice(Math.max(0, at - 4), at));
  if (!bound) return undefined;
  const clause = /[^,;。]*$/.exec(text.slice(Math.max(0, at - 24), at))![0];
  return EACH_OF_CLASS.test(clause) ? undefined : bound[1] === '至少' ? 'above' : 'below';
}
