// Counts whose counted noun stands after the value while the name was taken from the words before it: a verb
// that reaches people (惠及1.77亿农民 → …惠及农民), a problem solved for people (解决3200万人的安全饮水问题 →
// 解决安全饮水问题人口), a head after a parenthesis (410个“两基”（…）攻坚县), a list closed by 等 before its head
// (178项节能、节水和资源综合利用等重大项目).

/** verbs whose object is the people or places counted after them */
const REACHES = /(?:惠及|覆盖|带动|帮助|吸纳|安置|救助|资助|受益)$/;
/** the counted noun as the whole clause after the value */
const NOUN_CLAUSE = /^([\u4e00-\u9fff]{2,6})$/;
/** 解决…人的X问题: the problem solved for the people counted */
const PROBLEM_OF = /^的([\u4e00-\u9fff“”]{2,14}问题)/;
/** a parenthesis after the name, then the head it belongs to, up to a verb or an adverb */
const HEAD_AFTER_PARENS = /^\([^()]{2,40}\)([\u4e00-\u9fff]{1,4}?)(?=已|将|正|均|都|全部|实现|完成|[,;。:]|$)/;
/** a list closed by 等, then its head to the clause end */
const CLOSED_LIST_HEAD = /^等([\u4e00-\u9fff]{2,8})$/;

/** a name that is the verb of giving people jobs, with where (在城镇吸收, 用于安排城镇): 在 and 用于 are no part of it */
const JOBS_GIVEN = /^(?:在|用于)((?:城镇|城市|农村)?(?:安排|安置|吸收|吸纳)(?:城镇|城市|农村)?)$/;
/** …when the clause after the count of people ends on 就业 (二千九百万人经过一定训练后就业) or names what is spent on it (…就业的支出) */
const ENDS_IN_JOBS = /^[\u4e00-\u9fff]{0,12}?就业(?:的|$)/;

/** people a count counts, by the head of their noun */
const PEOPLE_HEAD = /(?:人口|农民|农民工|居民|群众|职工|学生|人员|劳动力|患者|儿童|老年人)$/;
/** what the people counted became, joined or settled in, to the clause end: 成为城镇居民, 参加养老保险, 落户城镇 (not the verb alone: 有4.1亿农民参加) */
const BECAME = /^(?:都|均|已经|已)?((?:成为|参加|加入|落户)[\u4e00-\u9fff“”]{2,10})$/;

/** the name of a count whose counted noun follows it (`after`: its clause after the value; `lead`: the words right
 * before the value), or `name` */
export function countedAfterName(name: string, after: string, unit: string, lead: string): string {
  if (!name) return name;
  // 将在城镇吸收二千九百万人经过一定训练后就业: the jobs given (城镇吸收就业), not the words before the count
  const jobs = /人$/.test(unit) && ENDS_IN_JOBS.test(after) ? JOBS_GIVEN.exec(name) : null;
  if (jobs) return `${jobs[1]}就业`;
  // (the verb left out of the name: 营养改善计划惠及3600多万农村学生; not a name read after the value already: 使6069万农民受益)
  const verb = REACHES.exec(name) ? '' : REACHES.exec(lead)?.[0];
  const reached = verb !== undefined && !after.startsWith(name) ? NOUN_CLAUSE.exec(after) : null;
  if (reached) return name + verb + reached[1];
  // (what comes before 解决 is when, not what: 今年再解决)
  const problem = name.endsWith('解决') && /人$/.test(unit) ? PROBLEM_OF.exec(after) : null;
  if (problem) return `解决${problem[1]}人口`;
  if (!after.startsWith(name)) return name;
  const rest = after.slice(name.length);
  // 8000多万农业转移人口成为城镇居民: the people who did so, with what they did (the noun alone is the stock)
  const became = PEOPLE_HEAD.test(name) ? BECAME.exec(rest) : null;
  if (became) return name + became[1];
  const head = HEAD_AFTER_PARENS.exec(rest);
  if (head && !name.endsWith(head[1])) return name + head[1];
  const closed = /、|和/.test(name) ? CLOSED_LIST_HEAD.exec(rest) : null;
  if (closed) return `${name}等${closed[1]}`;
  return name;
}
