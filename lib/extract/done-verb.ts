// The verb of what was done, said once before a count or a list of counts: VERB(S) + [count + noun](、count + noun)*, or
// VERB(S) + [noun + count](、noun + count)* (新建改建17所县级医院、260所乡镇卫生院和1.4万个村卫生室; 全年取消和下放246项行政审批
// 事项; 重点扶持500个商品粮大县、150个优质棉大县; 修复治理退化草原11.5万亩、历史遗留矿山9.5万亩). Without it the name reads as
// the stock (all the county hospitals, not the ones rebuilt), so every item of the list keeps the verb, verbs joined by
// 和/、 (取消和下放, 新建和续建) whole. The verb alone is never a name.

/** verbs whose object is the things counted and that say what was done to them: they make them (新建, 建成), change them
 * (改建, 改造, 修订, 整合), take them away (取消, 下放, 撤销, 关停, 淘汰, 精简, 清理, 停征, 废止) or join or back them (加入,
 * 扶持) — after which the bare noun would be the stock; not verbs that make a compound with the noun after (建设用地, 扶持
 * 资金: COMPOUND_AFTER) */
const DONE =
  '(?:新建|改建|扩建|续建|重建|改扩建|新改建|建成|建设|改造提升|改造|加固|修订|整合|取消|下放|撤销|撤并|关闭|关停|淘汰|精简|清理规范|清理|停征|废止|加入|扶持|治理|整治|修复)';
/** such a verb said alone that names what was done whatever the noun: every verb that changes, takes away, joins or backs
 * things already there (the stock would be read without it); a verb of making alone (建成, 建设, 新建, 重建) is left, its
 * things being new (a reader takes 建成高标准农田 and 高标准农田 alike), and so are the works on land and water (治理,
 * 整治, 修复), which name an area */
const DONE_ALONE =
  '(?:改建|改扩建|新改建|续建|扩建|加固|修订|整合|取消|下放|撤销|撤并|关闭|关停|淘汰|精简|清理规范|清理|停征|废止|加入|扶持)';
/** a run of such verbs, joined or not (新建改建, 取消和下放, 新建和续建), with the adverb that ranks them (重点扶持) */
const RUN = `(?:重点)?(?:${DONE}(?:(?:和|、|与|及)?${DONE})+|${DONE_ALONE})`;
const VERB_RUN_END = new RegExp(`${RUN}了?$`);
const VERB_RUN_START = new RegExp(`^${RUN}`);
const VERB_END_CHAR = /[建造成设升固订合消放销并闭停汰简理范征止入持治复]了?$/;
/** what makes a noun of the verb before it (建设用地, 改造面积, 扶持资金, 建成区): no verb of what was done */
const COMPOUND_AFTER = /^(?:用地|规模|资金|投资|面积|任务|区|项目|工程|工作|力度|政策|标准|计划)/;
/** the joint between two items of a list */
const JOINT = /^[、和及]$/;
/** a name that opens with a verb of its own (竣工, 开工建设…, 新增…): it keeps its own */
const OWN_VERB = /^(?:新|改|扩|建|取|下|撤|关|淘|扶|培|救|治|整|修|重点|开工|竣工|完成|实现|累计|总|分配|累)/;

/** the noun right after a count, up to the end of its item */
const NOUN_AT = /^[\u4e00-\u9fff]{2,10}(?=[、,;。和]|$)/;

/** the verb run that ends `words`, or '' (what stands before it may be a subject, a time or a modal: 国家准备重点扶持) */
function verbAtEnd(words: string): string {
  // (the last character of every such verb first: the pattern is tried at every position otherwise)
  // (the 了 after it is no part of it: 撤销了9个国家行业主管局; a run this reads only the end of is cut, and left: 制定、修订)
  const run = VERB_END_CHAR.test(words) ? VERB_RUN_END.exec(words) : null;
  return run && !/[、和或及与]$/.test(words.slice(0, run.index)) ? run[0].replace(/了$/, '') : '';
}

/** `verb` + `thing`, where the words the name kept before `thing` (`lead`: none, or the run's last verb, 新建 of 改造和新建)
 * are part of the run; '' otherwise */
function runOn(verb: string, lead: string, thing: string): string {
  return verb && thing.length >= 2 && (lead === '' || (verb.includes(lead) && verb !== lead)) ? verb + thing : '';
}

/**
 * The name of a counted figure (`name`, read from `context`, the words since the figure or clause before) with the verb
 * of what was done kept; `carry`: the name of the figure before in the same clause, `between`: the text since it ('' where
 * there is none).
 */
export function withDoneVerb(text: string, end: number, name: string, context: string, carry: string, between: string): string {
  if (name.length < 2) return name;
  const words = context.replace(/^、/, '');
  // the noun after the number (新建改建17所县级医院), with or without a verb the name kept (改造和新建1.88万所… → 新建乡镇卫生院)
  let k = 0;
  while (k <= Math.min(4, name.length - 2) && !text.startsWith(name.slice(k), end)) k++;
  const nounAfter = k <= Math.min(4, name.length - 2);
  const lead = nounAfter ? name.slice(0, k) : '';
  const noun = nounAfter ? name.slice(k) : (NOUN_AT.exec(text.slice(end, end + 11))?.[0] ?? '');
  const here = nounAfter
    ? runOn(verbAtEnd(words), lead, noun)
    : // 国家准备重点扶持(500个商品粮大县): a name that is the verb, the noun after the number
      (noun && !OWN_VERB.test(noun) && words.endsWith(name) ? runOn(verbAtEnd(name), '', noun) : '') ||
      // 关停小火电2157万千瓦, 修复治理退化草原11.5万亩: the verb right before the noun
      (words.endsWith(name) && words.length > name.length ? runOn(verbAtEnd(words.slice(0, words.length - name.length)), '', name) : '');
  if (here) return here;
  // 、260所乡镇卫生院 after 新建改建17所县级医院 (or 、农村公路29万公里 after 新建改建高速公路6700多公里): an item with no verb of
  // its own, right after the item before, takes the list's run
  const verb = carry ? (VERB_RUN_START.exec(carry)?.[0] ?? '') : '';
  const object = carry.slice(verb.length);
  if (!verb || object.length < 2 || COMPOUND_AFTER.test(object)) return name;
  if (nounAfter) return JOINT.test(between.slice(-1)) && between.slice(0, -1) === object ? runOn(verb, lead, noun) || name : name;
  const item = between.slice(1);
  if (!JOINT.test(between.charAt(0)) || item !== words || !name.endsWith(item)) return name;
  return runOn(verb, name.slice(0, name.length - item.length), item) || name;
}
