// Counts of places or people named by the bare class (省, 县, 农民) while the predicate after the count says
// which ones are counted: 28个省（区、市）全部免征了农业税 → 全部免征农业税的省（区、市）; 1509万农民享受了农村最低生活保障
// → 享受农村最低生活保障的农民. Counts of one list share the predicate after the last (28个省（区、市）、2300个县（市）
// 已初步建立…). A place class keeps what its parenthesis says it holds (省（区、市）: the regions and cities are
// counted too), written with full-width parentheses as Chinese names are. The classes include firms, projects and
// institutions (4100家企业实现上云上平台 → 实现上云上平台的企业; 3个县入选全国村庄清洁行动先进县 → 入选…先进县, the
// object naming the class already): 11 counts in 8 of lint-names' 52 whole reports renamed by these.

/** a class of places, or of people (农民, 农村绝对贫困人口), a report counts; 都 or 均 after it no part of it */
const COUNTED_CLASS =
  /^(?!.*[到向在])(?:省|市县|县市|区县|市|县|区|乡|镇|村|乡镇|省份|省区市|地市|城市|地区|[\u4e00-\u9fff]{0,10}(?:人口|农民|农户|居民|群众|职工|学生|教师|人员|企业|项目|家庭|学校|医院|机构))(?:都|均|也)?$/;
/** a place class the name opens with */
const PLACE_FIRST = /^(省|市县|县市|区县|市(?!县)|县(?!市)|区(?!县)|乡镇|省份|省区市|地市|城市)(?=[(\u4e00-\u9fff])/;
/** the class's parenthesis: (区、市), (自治区、直辖市) */
const PLACES_HELD = /^\(([\u4e00-\u9fff、]{1,12})\)/;
/** the next counts of the list, each with its class and parenthesis: 、2300个县(市) */
const LIST_NEXT = /^(?:、|和|及)[\d.]+(?:万|亿)?(?:多)?个?[\u4e00-\u9fff]{1,4}(?:\([\u4e00-\u9fff、]{1,12}\))?/;
/** adverbs before the predicate's verb that are no part of what defines the counted ones */
const ALREADY = /^(?:已经|已|均已|都已|也已|先后|相继)/;
/** the predicate: a verb of doing or having something, then its object */
const PREDICATE =
  /^((?:全部|全面|率先|初步|基本|都|均)?(?:免征|免除|取消|完成|建立|建成(?!区)|实现|享受|实施|实行|推行|开展|启动|纳入|参加|参与|进入|获得|获评|入选|通过|达到|落实|解决|摆脱|投产))了?([\u4e00-\u9fff“”"]{2,24})$/;

/** a measure of the things counted passing a bar, to the clause end: (8个市县)城镇固定资产投资增速超过50%, (14个市县)一般
 * 预算收入过亿元, (16个市县)一般预算收入增速超过全省平均水平 — the bar says which ones are counted (not a class word run
 * into a longer noun: 县域…, 县级…) */
const MEASURE_PASSES_BAR =
  /^(?![级域])((?:(?!的)[\u4e00-\u9fff]){2,14}?(?:超过|高于|突破|过)(?:[\d.]+(?:%|个百分点)?|[\u4e00-\u9fff]{1,8}))$/;

/** full-width parentheses around what a place class holds */
export const fullWidthParens = (s: string): string => s.replace(/\(([^()]*)\)/g, '（$1）');

/** the name of a count of places or people defined by the predicate after it (`after`: its clause after the value) */
export function placeCountName(name: string, after: string): string {
  // (a name read after the value with the predicate in it: 在320个县开展新型农村社会养老保险试点)
  // (also where the run-on name ends like a class of people: 88个城市启动城镇居民基本医疗保险试点 read 城市启动城镇居民)
  const place = after.startsWith(name) ? PLACE_FIRST.exec(name) : null;
  if (place && place[1] !== name) {
    const defined = placeCountName(place[1], after);
    if (defined !== place[1] || !COUNTED_CLASS.test(name)) return defined === place[1] ? name : defined;
  }
  if (!COUNTED_CLASS.test(name) || !after.startsWith(name)) return name;
  const counted = name.replace(/(?:都|均|也)$/, '');
  let rest = after.slice(name.length);
  const held = PLACES_HELD.exec(rest);
  if (held) rest = rest.slice(held[0].length);
  for (let next = LIST_NEXT.exec(rest); next; next = LIST_NEXT.exec(rest)) rest = rest.slice(next[0].length);
  // (the predicate up to the next of a list of them: 3900多个项目投产达效、新增产值…)
  const p = PREDICATE.exec(rest.replace(ALREADY, '').split('、')[0]);
  const passed = p ? null : MEASURE_PASSES_BAR.exec(rest);
  if (passed) return `${passed[1]}的${counted}${held ? `（${held[1]}）` : ''}`;
  if (!p) return name;
  // (one 的 in a name: 建立社会救助体系的基本框架的省 reads 建立社会救助体系基本框架的省)
  const object = p[2].replace(/的/g, '');
  // (an amount in the predicate is the things' sum, not what defines each: 121个…项目完成投资超千亿元)
  if (/[千万亿]元|\d/.test(object)) return name;
  // (an object of the class already says it: 3个县入选全国村庄清洁行动先进县)
  if (!held && counted.length === 1 && object.endsWith(counted)) return p[1] + object;
  return `${p[1]}${object}的${counted}${held ? `（${held[1]}）` : ''}`;
}
