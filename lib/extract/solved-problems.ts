// Counts of the people a problem was solved for, said as 解决 + the people + the problem: 今年再解决6000万农村人口的
// 饮水安全问题 → 解决饮水安全问题的农村人口; 新解决农村6300多万人饮水安全问题 → 新解决饮水安全问题的农村人口; 又有2897万农村
// 人口解决了安全饮水问题 → 解决安全饮水问题的农村人口; with no class of people, the people (再解决6000万人安全饮水问题 →
// 解决安全饮水问题人口, as counted-after.ts names 解决3200万人的…问题). 再, 又, 了 are no part of it; 新 is (the new ones).
// Across the 52 whole reports of lint-names: 7 counts in 5 national reports.

/** 解决 right before the count, with the place its people live in (新解决农村…) */
const SOLVED_BEFORE = /(新)?(?:再|又|还|已|共|累计)?解决(?:了|好)?(农村|城镇|城市)?$/;
/** the people after the count, then the problem: 农村人口的饮水安全问题 */
const PEOPLE_PROBLEM = /^(农村人口|城镇人口|人口|农民|居民|群众)?的?((?:(?!的)[\u4e00-\u9fff“”]){2,12}问题)(?=[,;。、]|$)/;
/** the people counted, then 解决 and the problem, read after the count as its name: 农村人口解决了安全饮水问题 */
const PEOPLE_SOLVED = /^(农村人口|城镇人口|农民|居民|群众)解决了?([\u4e00-\u9fff“”]{2,12}问题)$/;

/** the name of a count of people a problem was solved for (`lead`: the words right before the count, `after`: its
 * clause after it), or `name` */
export function solvedForName(name: string, unit: string, lead: string, after: string): string {
  if (!/^(?:万|亿)*人?$/.test(unit)) return name;
  const solved = PEOPLE_SOLVED.exec(name);
  if (solved && after.startsWith(name)) return `解决${solved[2]}的${solved[1]}`;
  const before = SOLVED_BEFORE.exec(lead);
  const problem = before ? PEOPLE_PROBLEM.exec(after) : null;
  if (!before || !problem) return name;
  const people = problem[1] ?? (before[2] ? `${before[2]}人口` : '');
  return people ? `${before[1] ?? ''}解决${problem[2]}的${people}` : `${before[1] ?? ''}解决${problem[2]}人口`;
}
