// Counts said as "there are N things that did so": 有15部法律草案和行政法规草案向社会公开征求意见 → 向社会公开征求意见的
// 法律草案和行政法规草案; 有24台天文望远镜投入观测 → 投入观测的天文望远镜. After 有 the predicate says which ones are
// counted (the judged samples name such a count by its class with the predicate, not the class alone). The scope
// before 有 (全国有100多个城市建立了最低生活保障制度) is where, not what.

/** 有 opening the count's clause, or after its scope: 有, 已有, 还有, 共有, 全国有 */
const THERE_ARE = /(?:^|[,;:。]|(全国|全省|全市|全区|全县|各地))(?:已|还|共|又|现|尚)?有$/;
/** where the predicate opens, after the class: a preposition or a verb of what the counted ones did or underwent */
const PREDICATE_AT =
  /(?:先后|相继|已经|已|都|均)?(?:向|在|从|投入|得到|受到|实现|完成|获得|荣获|进入|参加|接受|通过|入选|达到|开展|启动|建立|实行)/;
const ADVERBS = /^(?:先后|相继|已经|已|都|均)/;
const CLASS = /^[\u4e00-\u9fff“”、]{2,14}$/;

/** the name of a count after 有 whose clause goes on with what the counted ones did (`lead`: the words before the
 * count, `after`: its clause after it), or `name` */
export function existentialName(name: string, lead: string, after: string): string {
  const there = THERE_ARE.exec(lead);
  // (the scope before 有 read as the name: 现在全国有100多个城市建立了…)
  const scope = there?.[1] === name;
  if (!name || !there || /\d/.test(after) || (!scope && !after.startsWith(name.slice(0, 2)))) return name;
  const at = PREDICATE_AT.exec(after.slice(2));
  if (!at) return name;
  const thing = after.slice(0, at.index + 2);
  const predicate = after
    .slice(at.index + 2)
    .replace(ADVERBS, '')
    .replace(/了/g, '');
  if (!CLASS.test(thing) || predicate.length < 4 || predicate.length > 24) return name;
  // (the name read is the class, or the class run into the predicate)
  if (!(scope || name === thing || (name.startsWith(thing) && after.startsWith(name)))) return name;
  return `${predicate}的${thing}`;
}
