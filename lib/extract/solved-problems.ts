// Counts of the people something was done for, said as a verb + the people + what was done: 解决 + the people + the
// problem (今年再解决6000万农村人口的饮水安全问题 → 解决饮水安全问题的农村人口; 新解决农村6300多万人饮水安全问题 → 新解决饮水
// 安全问题的农村人口; 又有2897万农村人口解决了安全饮水问题 → 解决安全饮水问题的农村人口), or a verb of lifting a charge + the
// people + the charge (免除3000多万名农村寄宿制学生住宿费 → 免除住宿费的农村寄宿制学生; 降低900多万个体工商户税负). One verb may serve a list of such
// pairs (解决了6398万农村人口的饮水安全和60万无电地区人口的用电问题: each count its people with its own problem). With no
// class of people, the people (再解决6000万人安全饮水问题 → 解决安全饮水问题人口, as counted-after.ts names 解决3200万人的…
// 问题). 再, 又, 了 are no part of it; 新 is (the new ones).
// Across the 70 whole reports: 13 counts in 10 national reports.

/** the verb right before the count, with the place its people live in (新解决农村…) */
const DONE_BEFORE = /(新)?(?:再|又|还|已|共|累计|全部)?(解决|免除|减免|降低|减轻)(?:了|好)?(农村|城镇|城市)?$/;
/** the same verb before a list of pairs, then the pair before this count, and the place of this count's people:
 * 解决了6398万农村人口的饮水安全和, 解决了3亿多农村人口的饮水安全和无电区 */
const DONE_BEFORE_LIST =
  /(解决|免除|减免)了?\d[\d.]*(?:多|余)?(?:万|亿)*(?:多|余)?[名人]?[\u4e00-\u9fff“”]{2,24}?[和、]((?:(?!的)[\u4e00-\u9fff]){0,4})$/;
/** a class of people a count counts, by its head */
const PEOPLE = '[\\u4e00-\\u9fff]{0,10}?(?:人口|农民|居民|群众|学生|人员|职工|工商户|农户)';
/** the people after the count, then what was done for them: 农村人口的饮水安全问题; a pair of a list, closed by 和 and the
 * next count (…的饮水安全和60万…问题); one 的 inside the problem (养老保障的历史遗留问题) */
const PEOPLE_PROBLEM = new RegExp(
  `^(${PEOPLE})?的?((?:(?!的)[\\u4e00-\\u9fff“”]){2,12}(?:的(?:(?!的)[\\u4e00-\\u9fff“”]){2,8})?问题|(?:(?!的)[\\u4e00-\\u9fff“”]){2,8}(?=和[^,;。]{0,12}\\d[^,;。]*问题$))(?=[,;。、和]|$)`,
);
/** the people after the count, then the charge lifted or the burden eased: 农村寄宿制学生住宿费, 个体工商户税负 */
const PEOPLE_CHARGE = new RegExp(`^(${PEOPLE})的?((?:(?!的)[\\u4e00-\\u9fff]){0,6}(?:费|税|税负|负担))$`);
/** the people counted, then 解决 and the problem (or the problem and 得到解决), read after the count as its name:
 * 农村人口解决了安全饮水问题, 农村人口饮水安全问题得到解决 */
const PEOPLE_SOLVED =
  /^(农村人口|城镇人口|农民|居民|群众)(?:解决了?([\u4e00-\u9fff“”]{2,12}问题)|([\u4e00-\u9fff“”]{2,12}问题)得到(?:了)?解决)$/;

/** the name of a count of people something was done for (`lead`: the words of its clause before the count, `after`:
 * its clause after it), or `name` */
export function solvedForName(name: string, unit: string, lead: string, after: string): string {
  if (!/^(?:万|亿)*[人名]?$/.test(unit)) return name;
  const solved = PEOPLE_SOLVED.exec(name);
  if (solved && after.startsWith(name)) return `解决${solved[2] ?? solved[3]}的${solved[1]}`;
  const before = DONE_BEFORE.exec(lead);
  const listed = before ? null : DONE_BEFORE_LIST.exec(lead);
  const verb = before?.[2] ?? listed?.[1];
  if (!verb) return name;
  const done = verb === '解决' ? PEOPLE_PROBLEM.exec(after) : PEOPLE_CHARGE.exec(after);
  if (!done) return name;
  const what = done[2].replace('的', '');
  const place = before?.[3] ?? listed?.[2];
  const people = done[1] ?? (place ? `${place}人口` : '');
  const again = before?.[1] ?? '';
  return people ? `${again}${verb}${what}的${people}` : `${again}${verb}${what}人口`;
}

/** a name this module gives a count of people (降低税负的个体工商户): the count is of the people, a level, though a verb of
 * change stands right before it */
const DONE_FOR_NAME = new RegExp(`^新?(?:解决|免除|减免|降低|减轻)[\\u4e00-\\u9fff“”]+的${PEOPLE}$`);
export const namesPeopleDoneFor = (name: string): boolean => DONE_FOR_NAME.test(name);
