// A count said right after the level of the same thing, with only a verb of adding between, is the change of that
// level (全省销售收入过百亿元的企业达到16户,新增了3户; 经营主体达59.3万户、净增2万多户): the new ones are part of the stock
// just counted, not a thing of their own, so they take its name. A noun after the second count is a thing of its own
// (总数达3个,新增3个国家中小企业特色产业集群).
import type { Reading } from './respectively';

/** the words between the level and the count: a verb of adding alone */
const ADDED_BETWEEN = /^[,、]?(?:比上年|同比)?(?:净增|新增|增加|多)了?$/;
/** what may follow the count: its clause's end */
const CLAUSE_END = /^(?:[,;。、!?\n]|$)/;

/** marks as the change of the level before it a count said as 新增/净增 right after it, with that level's name */
export function countChangesAfterLevels(text: string, out: Reading[]): void {
  for (let k = 1; k < out.length; k++) {
    const [prev, r] = [out[k - 1], out[k]];
    if (r.q.unitClass !== 'count' || prev.q.unit !== r.q.unit || prev.measure !== 'level' || r.measure !== 'level') continue;
    if (!ADDED_BETWEEN.test(text.slice(prev.q.end, r.q.start)) || !CLAUSE_END.test(text.slice(r.q.end, r.q.end + 1))) continue;
    r.measure = 'change';
    r.indicator = prev.indicator;
    r.carry = prev.carry;
  }
}
