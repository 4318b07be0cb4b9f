// Counts before their nouns in a list one verb opens: 新开放了5个沿江城市、18个省会城市、13个沿边城市,增加了34个
// 开放口岸. The verb governs each count's noun (新开放沿江城市, then 新开放省会城市…), and a count after another
// verb counts its own noun, not the last item's.

/** verbs a count's noun follows that the engine's list of such verbs leaves out */
const OPENING_VERB = /^(?:新)?(?:开放|批准|增设|新设|缔结|加入)$/;
/** a verb that adds a count of a new noun: 增加了(34个开放口岸) */
const ADDED = /^[,、]?(?:增加|新增|增设|新建|建成)了?$/;

/** a verb a name opens with that the next item, a bare noun, leaves out: 培养(本科和专科毕业生584万人),研究生17.2万人 */
const LEADING_VERB = /^(?:培养|招收|培训|安置|转移|救助|资助)/;

/** the people or teams such a verb acts on (研究生, 团队), not an act of its own (加固重建危房) */
const PEOPLE = /^[\u4e00-\u9fff]{0,6}(?:生|人才|人员|学员|博士|硕士|团队|工人|劳动力|职工)$/;

/** the noun right after a count, up to the end of its item */
function nounAt(text: string, at: number): string {
  const m = /^[\u4e00-\u9fff]{2,10}(?=[、,;。]|$)/.exec(text.slice(at, at + 11));
  return m && !/^[的和及与或等]/.test(m[0]) ? m[0] : '';
}

/**
 * The name of a count in such a list: `name` as read, `context` the words before the count, `between` the text
 * since the figure before (its noun, then 、), `carry` that figure's name.
 */
export function countOfListVerb(text: string, end: number, name: string, context: string, between: string, carry: string): string {
  // 研究生17.2万人 after 培养本科和专科毕业生584万人: the verb of the item before
  const verb = LEADING_VERB.exec(carry)?.[0];
  if (verb && (between === `,${name}` || between === `、${name}`) && PEOPLE.test(name)) return verb + name;
  const noun = nounAt(text, end);
  if (!noun) return name;
  if (OPENING_VERB.test(name)) return name + noun;
  if (carry && name === carry && ADDED.test(context)) return noun;
  // 、18个省会城市 after 新开放了5个沿江城市: the verb of the item before
  const before = between.endsWith('、') ? between.slice(0, -1) : '';
  if (name === noun && before.length >= 2 && carry.endsWith(before) && carry.length > before.length)
    return carry.slice(0, carry.length - before.length) + noun;
  return name;
}
