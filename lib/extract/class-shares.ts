// Shares named by what follows them: the share of a class named by its bar (20%的村集体年收入超30万元), the share of a
// thing that goes to a use (新增财力的70%用于民生); and a class named by its bar (年收入超50万元的经济强村).
import { VERB_BEFORE_COUNT } from './counted';
import type { Quantity } from './quantities';

/** after a share: the things of a class, their measure and its bar (的村集体|年收入|超30万元) */
const CLASS_SHARE_AFTER =
  /^的([\u4e00-\u9fff]{2,8}?)((?:年|月)?(?:人均)?(?:经营性收入|营业收入|销售收入|纯收入|收入|营收|销售额|产值|利润))(超过?\d+(?:\.\d+)?[万亿]?元)/;
/** after a share: the use it goes to (用于|民生) */
const SHARE_FOR_USE = /^(?:以上|左右)?(?:以上)?(用于|投向|投入)([\u4e00-\u9fff]{2,8})(?=[,;。]|$)/;
/** a bar before the class it names: (超50万元)的经济强村 */
const BAR_OF_CLASS = /(超过?\d+(?:\.\d+)?[万亿]?元)的(?=[\u4e00-\u9fff])/;

/** the indicator of a share named by its class or its use (`level`: the share is a level), else `indicator`, its bar's 的 dropped */
export function shareOfClassOrUse(text: string, q: Quantity, level: boolean, context: string, indicator: string): string {
  let name = indicator;
  const classShare = q.unitClass === 'percent' && level ? CLASS_SHARE_AFTER.exec(text.slice(q.end, q.end + 30)) : null;
  if (classShare && (!name || VERB_BEFORE_COUNT.test(name))) name = `${classShare[2]}${classShare[3]}${classShare[1]}占比`;
  // (坚持把新增财力的70%用于民生: 把 and 坚持 no part of it)
  const use = q.unitClass === 'percent' && /的$/.test(context) ? SHARE_FOR_USE.exec(text.slice(q.end, q.end + 16)) : null;
  if (use && name) name = `${name.replace(/^(?:坚持)?把?/, '')}${use[1]}${use[2]}的比例`;
  // (the bar is no figure, its 的 no part of the name)
  return name.replace(BAR_OF_CLASS, '$1');
}
