// Counts of the people, firms or places a measure reached: 开工改造城镇老旧小区261个、惠及居民2.3万户 → 城镇老旧小区改造惠及居民;
// 农村饮水安全工程使6069万农民受益 → 农村饮水安全工程受益农民; 建立…“两项补贴”制度,惠及2100多万人 → …制度惠及;
// 5.1万余户群众受益 → 受益群众. The name is the measure, the verb, and who was reached (the noun said beside the
// count). The measure is the name's own words before the verb, else what the figure before in the clause counted
// (a work on a thing as the thing, then the work: 改造城镇老旧小区 → 城镇老旧小区改造), else the words before 使,
// else the clause before where the count opens its clause; with none, who is named by the unit (惠及人数).
// Across the 52 whole reports of lint-names it renames 20 counts in 15 reports (5 had no name or only the verb);
// 覆盖 (覆盖农村5亿人口 → 覆盖农村人口) 2 of them.

/** the verb, then who was reached, right before the count: 惠及企业(2.6万家), 惠及(549万人), 受益(200万人) */
const REACH_BEFORE = /(惠及|受益|覆盖)([\u4e00-\u9fff]{0,5}?)$/;
/** who was reached, after the count: (5.1万余户)群众受益, (7651所)学校受益 */
const REACHED_THEN_VERB = /^([\u4e00-\u9fff]{0,6}?)(受益)$/;
/** who was reached, as the whole clause after the count: 惠及(2.9万户)中小微企业 */
const REACHED_AFTER = /^([\u4e00-\u9fff]{2,6})$/;
/** the noun a unit counts, where the text names none */
const UNIT_NOUN: Record<string, string> = { 人: '人数', 名: '人数', 人次: '人次', 户: '户数', 户次: '户次', 家: '家数', 个: '个数' };
/** who the name's own words reached: (…)惠及(企业), or nothing reached yet: (…)惠及 */
const NAME_VERB = /^(.*?)(惠及|受益|覆盖)([\u4e00-\u9fff]*)$/;
/** the verb and who, before the count: what stands between it and the figure before, or its clause start */
const VERB_AND_WHO = /(?:惠及|受益|覆盖)[\u4e00-\u9fff]{0,5}$/;
/** a rate is no measure: the measure is its subject (不动产登记历史遗留问题解决率 → …解决) */
const RATE_END = /(?:率|比例)$/;

export interface Around {
  /** the figure before in the sentence: what it counted, the words between it and this count, and the words before it */
  before: { carry: string; between: string; lead: string } | null;
  /** the words of the count's clause before it (农村饮水安全工程使), and the clause before that */
  clause: string;
  clauseBefore: string;
}

/** a lead noun that runs into the verb of a change: 受益群众(增加) */
const CHANGE_VERB = /(?:增加|增长|减少|达到?|超过?|突破|为|约|近|共|累计)$/;
/** a measure said as the clause before, without the verbs that open it: (全面实现)城乡九年免费义务教育 */
const MEASURE_CLAUSE = /^(?:全面|继续|积极|深入|扩面)?(?:建立|实现|实施|开展|推进|落实|用于|完成)?([\u4e00-\u9fff“”]{4,20})$/;

/** a measure said as for whom, then what is done: 对(小微企业)实行(税收优惠) */
const FOR_WHOM_DONE = /^对([\u4e00-\u9fff]{2,8}?)(?:实行|实施|给予)([\u4e00-\u9fff]{2,10})$/;
/** works on a thing that name a measure by the thing, then the work: (开工)改造城镇老旧小区 → 城镇老旧小区改造 */
const WORK_ON = /^(?:新?开工|累计|完成|实施)?(改造|整治|治理|修缮|维修)([\u4e00-\u9fff]{2,10})$/;

/** the measure a count of things worked on names (`lead`: the words before that count, where its verb may stand) */
function asWork(thing: string, lead: string): string {
  const work = WORK_ON.exec(thing) ?? WORK_ON.exec(`${/(?:改造|整治|治理|修缮|维修)$/.exec(lead)?.[0] ?? ''}${thing}`);
  return work ? work[2] + work[1] : thing;
}

/** the name of a count of the people or firms reached (`lead`: the words right before the count, `after`: its clause
 * after it), or `name` */
export function reachedName(name: string, unit: string, lead: string, after: string, around: Around): string {
  const verbFirst = REACH_BEFORE.exec(lead);
  const verbAfter = verbFirst ? null : REACHED_THEN_VERB.exec(after);
  if (!verbFirst && !verbAfter) return name;
  if (verbFirst && CHANGE_VERB.test(verbFirst[2])) return name;
  const verb = verbFirst?.[1] ?? verbAfter![2];
  const unitWord = unit.replace(/^[万亿]+/, '');
  // (who is said after the count where both are: 惠及五地州500万各族群众)
  const said = (verbFirst ? REACHED_AFTER.exec(after)?.[1] || verbFirst[2] : verbAfter![1]) ?? '';
  // (where the people live, before the count, and who, after it: 覆盖农村5亿人口)
  const who =
    (verbFirst && /^(?:农村|城镇|城市)$/.test(verbFirst[2]) && said !== verbFirst[2] ? verbFirst[2] : '') + said || UNIT_NOUN[unitWord];
  if (!who) return name;
  // the measure the name already says, before its verb; or the name is only the verb and who (惠及企业, 群众受益)
  const own = name.endsWith(who + verb) ? null : NAME_VERB.exec(name);
  const measure = own ? own[1] : name === who || name === '' || name === verb || name.endsWith(who + verb) ? '' : null;
  if (measure === null) return name;
  const { before } = around;
  // (the measure a figure before the count in its clause counted: …资金118.7亿元、惠及310万人)
  const from = before && /^[、,]?$/.test(before.between.replace(VERB_AND_WHO, '')) ? before.carry : '';
  // (or the clause's words before 使: 农村饮水安全工程使6069万农民受益; or the clause before, of no figure: 建立…制度,惠及…)
  const made = /^([\u4e00-\u9fff“”]{2,16})使$/.exec(around.clause)?.[1];
  // (only where the count opens its clause: not 连续3年提高城乡居民基础养老金、惠及549万人, whose measure is its own clause's)
  const opens = around.clause.replace(VERB_AND_WHO, '') === '';
  // (对小微企业实行税收优惠 → 小微企业税收优惠: whom the measure is for, then the measure)
  const stated = opens ? (MEASURE_CLAUSE.exec(around.clauseBefore)?.[1] ?? '').replace(FOR_WHOM_DONE, '$1$2') : '';
  const of = measure || asWork(from, before?.lead ?? '').replace(RATE_END, '') || made || stated;
  // (the people said alone after the verb name it already where no measure is said: 惠及12.67亿城乡居民)
  if (!of && name === who) return name;
  // (a measure that reached people the text does not name is its own name: 社会救助资金惠及)
  return `${of}${verb}${of && !said ? '' : who}`;
}
