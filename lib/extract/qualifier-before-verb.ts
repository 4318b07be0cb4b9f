// A bound said before the verb that links it to its figure: 约占80%, 约有1个百分点, 约合1243亿美元 (about), as 约 right
// before the number is. The figure's text stays the number and unit; only its qualifier says so.
import type { Qualifier } from '../model/mention';

/** 约 (not the end of 节约, 签约…) and a verb of being or making up, right before the number */
const ABOUT_BEFORE_VERB = /(?<![节签制合违履预条公])约(?:占|有|合|计|达)$/;

export function qualifierBeforeVerb(text: string, at: number): Qualifier | undefined {
  return ABOUT_BEFORE_VERB.test(text.slice(Math.max(0, at - 3), at)) ? 'about' : undefined;
}
