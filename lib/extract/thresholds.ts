// What only looks like a figure because it bounds a class of things: 2000万元以上产业项目 (a size class),
// 年收入超50万元的经济强村 (the bar a class is named by). Not figures (lib/extract/quantities.ts drops them).
import type { Qualifier } from '../model/mention';

/** the parts of a quantity (lib/extract/quantities.ts) these rules read */
interface Amount {
  start: number;
  end: number;
  /** where the number starts, after the qualifier words before it */
  numStart: number;
  unitClass: string;
}

/** the kinds of things reports count by a size class: 2000万元以上产业项目, 100万元以上的村 */
const THRESHOLD_CLASS =
  /^(?:的)?(?:[\u4e00-\u9fff]{0,4}(?:项目|企业|工业|产业|公司|工程|单位|客户|村|社区|园区|载体|厂房|楼宇|景区|医院|学校|城市|城镇|县|镇|乡|企|户|家庭|规模))/;
/** right after an amount, these nouns name a class of things by their size (投资10亿元项目) */
const CLASS_NOUN_AFTER = /^(?:以上|以下)?(?:项目|企业|工程|公司|产业项目|大项目|级)/;

/** 2000万元以上产业项目, 投资10亿元项目: an amount naming the size of a class of things */
export function isThreshold(text: string, q: Amount, suffix: Qualifier | undefined): boolean {
  const after = text.slice(q.end, q.end + 6);
  if (!after) return false;
  if ((suffix === 'above' || suffix === 'below') && THRESHOLD_CLASS.test(after)) return true;
  // 10亿元或1亿美元以上重大项目: amounts offered as alternatives name a class
  return q.unitClass === 'money' && !suffix && (CLASS_NOUN_AFTER.test(after) || after.startsWith('或'));
}

/** what a figure the thing reached or aims at is followed by: 超千亿元的目标 */
const NOT_A_CLASS = /^(?:目标|任务|预期|水平|规模|大关|台阶|关口|成绩|好成绩|佳绩|历史|纪录|记录|新高|突破|增长)/;
/** a share of a class before its bar: 20%的村集体年收入(超30万元) */
const SHARE_OF_CLASS_BEFORE = /\d+(?:\.\d+)?%的[\u4e00-\u9fff]{2,12}$/;

/**
 * 年收入超50万元的经济强村, 20%的村集体年收入超30万元: a sum over which things belong to a class (the
 * bar of the class, which counts them), not a figure of its own.
 */
export function isBarOfClass(text: string, q: Amount, prefix: Qualifier | undefined): boolean {
  if (prefix !== 'above' || q.unitClass !== 'money' || !/^(?:超|超过)/.test(text.slice(q.start, q.numStart))) return false;
  if (/^的[\u4e00-\u9fff]/.test(text.slice(q.end, q.end + 2))) return !NOT_A_CLASS.test(text.slice(q.end + 1, q.end + 4));
  return /^[,;。]/.test(text.slice(q.end, q.end + 1)) && SHARE_OF_CLASS_BEFORE.test(text.slice(Math.max(0, q.start - 20), q.start));
}
