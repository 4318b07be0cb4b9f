// Counts of places or people named by the bare class (省, 县, 农民) while the predicate after the count says
// which ones are counted: 28个省（区、市）全部免征了农业税 → 全部免征农业税的省（区、市）; 1509万农民享受了农村最低生活保障
// → 享受农村最低生活保障的农民. Counts of one list share the predicate after the last (28个省（区、市）、2300个县（市）
// 已初步建立…). A place class keeps what its parenthesis says it holds (省（区、市）: the regions and cities are
// counted too), written with full-width parentheses as Chinese names are. The classes include firms, projects and
// institutions (4100家企业实现上云上平台 → 实现上云上平台的企业; 3个县入选全国村庄清洁行动先进县 → 入选…先进县, the
// object naming the class already): 11 counts in 8 of lint-names' 52 whole reports renamed by these.

import { phraseAfter } from './phrases';

/** a class of places, or of people (农民, 农村绝对贫困人口), a report counts; 都 or 均 after it no part of it */
const COUNTED_CLASS =
  /^(?!.*[到向在])(?:省|市县|县市|区县|市|县|区|乡|镇|村|乡镇|省份|省区市|地市|城市|地区|[\u4e00-\u9fff]{0,10}(?:人口|农民|农户|居民|群众|职工|学生|教师|人员|企业|项目|家庭|学校|医院|机构))(?:都|均|也)?$/;
/** a bare head noun, which has no room for a modifier (博物馆, 成果, 学科, 措施): the class alone counts them all, so the
 * predicate after it says which are counted */
const BARE_HEAD = /^[\u4e00-\u9fff]{2,3}$/;
/** a place class the name opens with */
const PLACE_FIRST = /^(省|市县|县市|区县|市(?!县)|县(?!市)|区(?!县)|乡镇|省份|省区市|地市|城市)(?=[(\u4e00-\u9fff])/;
/** the class's parenthesis: (区、市), (自治区、直辖市) */
const PLACES_HELD = /^\(([\u4e00-\u9fff、]{1,12})\)/;
/** the next counts of the list, each with its class and parenthesis: 、2300个县(市) */
const LIST_NEXT = /^(?:、|和|及)[\d.]+(?:万|亿)?(?:多)?个?[\u4e00-\u9fff]{1,4}(?:\([\u4e00-\u9fff、]{1,12}\))?/;
/** adverbs before the predicate's verb that are no part of what defines the counted ones */
const ALREADY = /^(?:已经|已|均已|都已|也已|先后|相继)/;
/** the adverbs of manner or extent that open a predicate and stay in the name (全部免征…, 率先实现…) */
const PREDICATE_ADVERB = /^(?:全部|全面|率先|初步|基本|都|均)/;
/** what cannot open a predicate after the counted noun: a joint or a particle that goes on with the noun (的, 、, 和, 等, 在内,
 * 中), a bound of the number (以上), a modal or a time (将, 要, 年底前: the clause plans, it does not define the things), 分别
 * (each of a list did its own), a 达 that ends a word the reader cut (欠发|达县域) */
const NOT_PREDICATE = /^(?:[的、和及与或等中里内将要前后上下]|在内|以上|以下|左右|之一|以来|分别|达(?!到|成|标))/;
/** a manner of going on with work (加快推进, 有序推进, 顺利推进, 加力实施, 进展顺利): it says how all the things of the class are worked on,
 * not which of them are counted; nor a bare 建设 or 改造 (推进5个页岩气项目建设: the work the verb before acts on) */
/* (also after the work said as a noun: 16家高水平医院建设加速推进) */
const HOW_WORK_GOES =
  /^进展|^(?:建设|改造|实施)?(?:加快|加速|加力|有序|顺利|稳步|扎实|积极|持续|全力|梯次|向纵深)|^(?:建设|改造|实施|推进)$/;

/** verbs a report defines counted places and people by (免征, 建立, 参加…), which the phrase reader does not all stop at */
const DEFINING_VERB =
  /^(?:免征|免除|取消|完成|建立|建成(?!区)|实现|享受|实施|实行|推行|开展|启动|纳入|参加|参与|进入|获得|获评|入选|通过|达到|落实|解决|摆脱|投产)/;

/**
 * The predicate of a counted class (`noun`): the words after it to the clause end (`rest`) where the phrase reader
 * (phraseAfter) ends the noun before them — they open on a verb or an adverb of what the things did or underwent, not on
 * more of the noun (省|级先导区) — and hold no figure of their own (an amount there is a measure of the things: 完成投资超
 * 千亿元). Position decides, with the verbs above where the reader runs on: [count][class noun][predicate]; more than a
 * verb alone (有4.1亿农民参加). After a list closed by 等 (`listed`), which names the things, only those verbs. Returns the predicate's opening (its adverb and first two characters, 了 left out) and the
 * rest, or null.
 */
function predicateAfter(noun: string, rest: string, listed: boolean): [string, string] | null {
  if (rest.length < 3 || rest.length > 26 || NOT_PREDICATE.test(rest) || HOW_WORK_GOES.test(rest)) return null;
  if (/[\d%]/.test(rest) || !/^[\u4e00-\u9fff“”"《》]+$/.test(rest)) return null;
  const adverb = PREDICATE_ADVERB.exec(rest)?.[0] ?? '';
  const said = rest.slice(adverb.length);
  // (the reader looks for its stops from a noun's second character on: a class of one character is read doubled)
  const head = noun.length < 2 ? noun + noun : noun;
  if (!DEFINING_VERB.test(said) && (listed || phraseAfter(head + said) !== head)) return null;
  const verb = /^[\u4e00-\u9fff]{2}了?/.exec(said)?.[0];
  return verb ? [adverb + verb.replace(/了$/, ''), said.slice(verb.length)] : null;
}

/** a measure of the things counted passing a bar, to the clause end: (8个市县)城镇固定资产投资增速超过50%, (14个市县)一般
 * 预算收入过亿元, (16个市县)一般预算收入增速超过全省平均水平 — the bar says which ones are counted (not a class word run
 * into a longer noun: 县域…, 县级…) */
const MEASURE_PASSES_BAR =
  /^(?![级域])((?:(?!的)[\u4e00-\u9fff]){2,14}?(?:超过|高于|突破|过)(?:[\d.]+(?:%|个百分点)?|[\u4e00-\u9fff]{1,8}))$/;

/** full-width parentheses around what a place class holds */
export const fullWidthParens = (s: string): string => s.replace(/\(([^()]*)\)/g, '（$1）');

/** the name of a count of places or people defined by the predicate after it (`after`: its clause after the value) */
export function placeCountName(name: string, after: string, lead = ''): string {
  // (a name read after the value with the predicate in it: 在320个县开展新型农村社会养老保险试点)
  // (also where the run-on name ends like a class of people: 88个城市启动城镇居民基本医疗保险试点 read 城市启动城镇居民)
  const place = after.startsWith(name) ? PLACE_FIRST.exec(name) : null;
  if (place && place[1] !== name) {
    const defined = placeCountName(place[1], after, lead);
    if (defined !== place[1] || !COUNTED_CLASS.test(name)) return defined === place[1] ? name : defined;
  }
  if (!(COUNTED_CLASS.test(name) || BARE_HEAD.test(name)) || !after.startsWith(name)) return name;
  const counted = name.replace(/(?:都|均|也)$/, '');
  let rest = after.slice(name.length);
  const held = PLACES_HELD.exec(rest);
  if (held) rest = rest.slice(held[0].length);
  for (let next = LIST_NEXT.exec(rest); next; next = LIST_NEXT.exec(rest)) rest = rest.slice(next[0].length);
  // (the predicate up to the next of a list of them: 3900多个项目投产达效、新增产值…)
  const p = predicateAfter(counted, rest.replace(ALREADY, '').split('、')[0], /等$/.test(lead));
  const passed = p ? null : MEASURE_PASSES_BAR.exec(rest);
  if (passed) return `${passed[1]}的${counted}${held ? `（${held[1]}）` : ''}`;
  if (!p) return name;
  // (all of a class already named whole did it: 100项重点水利工程项目全部开工 counts those projects, the predicate says of all
  // of them; a stock class, 28个省（区、市）全部免征了农业税, is still told apart by it)
  if (/^(?:全部|全面|均|都)/.test(p[0]) && counted.length > 3) return name;
  // (one 的 in a name: 建立社会救助体系的基本框架的省 reads 建立社会救助体系基本框架的省)
  const object = p[1].replace(/的/g, '');
  // (an amount in the predicate is the things' sum, not what defines each: 121个…项目完成投资超千亿元)
  if (/[千万亿]元|\d/.test(object)) return name;
  // (an object of the class already says it: 3个县入选全国村庄清洁行动先进县)
  if (!held && counted.length === 1 && object.endsWith(counted)) return p[0] + object;
  return `${p[0]}${object}的${counted}${held ? `（${held[1]}）` : ''}`;
}
