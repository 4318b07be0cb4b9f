// The nouns a 分别 list distributes its values over. The items share a head, a prefix, or both:
// 存、贷款余额 → 存款余额, 贷款余额; 城镇、农村居民人均可支配收入 → 城镇…, 农村…;
// 一般公共预算收入、支出 → 一般公共预算收入, 一般公共预算支出.
import { MEASURE_HEADS_WORDS, WordEnds } from './lexicon';
import { parseChinese } from './numbers';

/** words that hold several items in one: 城乡居民收入分别增长… is 城镇居民… and 农村居民… */
const HOLDS: Array<[RegExp, string[]]> = [
  [/城乡/, ['城镇', '农村']],
  [/存贷款/, ['存款', '贷款']],
  [/进出口/, ['进口', '出口']],
  [/产销量/, ['产量', '销量']],
  [/中小学/, ['中学', '小学']],
  [/收支/, ['收入', '支出']],
  // 产业结构构成由上年的22.26%、28.63%和49.11%调整为…: the shares of the three sectors
  [/^(?:三次)?产业(?:结构|比例|构成){1,2}比?$/, ['第一产业比重', '第二产业比重', '第三产业比重']],
  [/三次产业/, ['第一产业', '第二产业', '第三产业']],
];

/** heads a list shares that the lexicon's measured nouns leave out, being a flow or a stock of one kind:
 * 二氧化硫、化学需氧量排放量; 制造业、战略性新兴产业贷款; 高新技术产品、地产品出口 (over the 52 whole reports of the
 * fixtures, 7 items of 6 lists in 5 reports take the head they lacked) */
const SHARED_HEADS = ['排放量', '排放总量', '贷款', '出口', '进口'];
/** the heads of measured nouns, which a list of items can share: 太阳能电池、集成电路圆片产量 */
const MEASURE_HEADS = new WordEnds([...MEASURE_HEADS_WORDS, ...SHARED_HEADS], true);

/**
 * Items of a list that share the head of the last one (太阳能电池、集成电路圆片产量 → 太阳能电池产量), or
 * the subject of the first (农产品网络零售额、出口额 → 农产品出口额). Null where neither fits.
 */
function shareHead(items: string[]): string[] | null {
  const last = items[items.length - 1];
  let head = MEASURE_HEADS.find(last);
  // the kind of thing goes with the head: 装备制造、食品轻纺产业营业收入; 清洁能源、新能源装机占比
  const kindOf = head ? /(?:产业|行业|企业|装机)$/.exec(last.slice(0, last.length - head.length)) : null;
  if (kindOf) head = kindOf[0] + head;
  // 汽车、有色金属行业增加值: with the kind of thing in the head, short items are whole too
  // 原煤、原油、天然气产量: items as long as the last one's own part are parallel to it
  const own = head ? last.length - head.length : 0;
  // 生猪、牛、羊、家禽出栏: in a list of three or more whole names, one character is a name too (not 第一、二、三产业…,
  // whose short items vary the end of a longer first one)
  const parallel = (it: string) =>
    (kindOf && it.length >= 2) ||
    it.length > 2 ||
    (own >= 2 && it.length >= 2 && Math.abs(it.length - own) <= 1) ||
    (items.length >= 3 && own >= 2 && items[0].length <= own && it.length === 1);
  if (head && head !== last && items.slice(0, -1).every((it) => parallel(it) && !MEASURE_HEADS.find(it))) {
    const ownPart = last.slice(0, own);
    // (高技术制造业、战略性新兴产业占比: an item that is an industry already takes the head without the kind)
    const industry = kindOf && /(?:产业|行业)$/.test(kindOf[0]) ? head.slice(kindOf[0].length) : head;
    // (高新技术企业、科技型中小企业贷款: an item that ends on the kind already takes the head without it)
    const headOf = (it: string) => (kindOf && it.endsWith(kindOf[0]) ? head.slice(kindOf[0].length) : /业$/.test(it) ? industry : head);
    return items.map((it, i) => (i === items.length - 1 ? it : fillFrom(it, ownPart) + headOf(it)));
  }
  const firstHead = MEASURE_HEADS.find(items[0]);
  // the later items are heads themselves, or short nouns in a list of three or more (户数、从业人员、注册资金)
  const isHead = (it: string) => MEASURE_HEADS.find(it) === it || (items.length > 2 && it.length <= 4);
  if (firstHead && firstHead !== items[0] && items.slice(1).every(isHead)) {
    const subject = items[0].slice(0, items[0].length - firstHead.length);
    // 进出口总额、出口额: the subject already holds the item, it is no subject of it
    if (items.slice(1).some((it) => subject.includes(it.slice(0, 2)))) return null;
    return items.map((it, i) => (i === 0 ? it : subject + it));
  }
  return null;
}

/** what a measured noun is measured by, said once after the last item of a list: its share (占比, 比重, 占地区生产总值
 *的比重) or its rate (增速), and how that stands to a benchmark's (增速高于全省) */
const MEASURED_BY =
  /(?:占比|比重|占[\u4e00-\u9fff]{2,12}?的?(?:比重|比例)|增速|增幅)(?:(?:高于|低于|快于|慢于|高出|超过)(?:全国|全省|全市|全区|全县)(?:平均水平|平均)?)?$/;

/**
 * Whole measured nouns listed, then what each is measured by, said once after the last: 民营规上工业增加值、
 * 限上批发零售业商品销售额、外贸进出口总额占比 → …增加值占比, …销售额占比, …总额占比; 园区规模工业增加值、税收增速高于全省
 * → …增加值增速高于全省, 税收增速高于全省. Null where the items before the last are not whole measured nouns.
 */
function measuredByAfterLast(items: string[]): string[] | null {
  const last = items[items.length - 1];
  const by = MEASURED_BY.exec(last);
  if (!by || by.index < 2) return null;
  const whole = (it: string) => it.length > 2 && MEASURE_HEADS.find(it) !== '' && !MEASURED_BY.test(it);
  if (!items.slice(0, -1).every(whole)) return null;
  return items.map((it, i) => (i === items.length - 1 ? it : it + by[0]));
}

/**
 * An item that varies the middle of the last one takes its ending too: 基本养老、基本医疗保险参保率 →
 * 基本养老保险 (基本 shared, 养老 for 医疗, 保险 after both).
 */
function fillFrom(item: string, own: string): string {
  let p = 0;
  while (p < item.length && item[p] === own[p]) p++;
  const ending = own.slice(item.length);
  // 鄱阳湖、洞庭湖还湖面积: items of one kind, ending on the same word (湖), the words after the last said for both
  const sameKind = p === 0 && item.length >= 2 && item[item.length - 1] === own[item.length - 1];
  return (sameKind || (p >= 2 && p < item.length)) && ending.length >= 2 && !ending.includes(item.slice(p)) ? item + ending : item;
}

/** two items that are a compound written apart (金融机构存、贷款 is 金融机构存贷款): the names it holds, or null */
function compoundApart(phrase: string): string[] | null {
  const joint = /、|和|与/.exec(phrase);
  if (!joint || /、|和|与/.test(phrase.slice(joint.index + 1))) return null;
  const whole = phrase.slice(0, joint.index) + phrase.slice(joint.index + joint[0].length);
  for (const [re, parts] of HOLDS) {
    const at = re.exec(whole);
    // (the compound spans the joint: one character of it before, the rest after)
    if (parts.length === 2 && at && at.index === joint.index - 1 && at[0].length >= 2) return parts.map((p) => whole.replace(re, p));
  }
  return null;
}

/** measures that come in pairs of one subject: the second said bare after the first (工业生产者出厂价格下降1.9%,
 * 购进价格下降3.5%; 专利申请量和授权量); the two sides of a flow or a stock, either first (生猪存栏…,出栏…; 外贸出口…,进口…;
 * 实际利用外资…、内资…; 铁路新线…、复线…; 万元GDP水耗…、电耗…) */
const PAIRED: ReadonlyArray<readonly [string, string]> = [
  ['出厂价格', '购进价格'],
  ['申请量', '授权量'],
  ['申请数', '授权数'],
  ['申请量', '授权数'],
  ...(
    [
      ['存栏', '出栏'],
      ['出口', '进口'],
      ['外资', '内资'],
      ['新线', '复线'],
      ['水耗', '电耗'],
    ] as const
  ).flatMap(([a, b]) => [[a, b] as const, [b, a] as const]),
];

/** `item` with the subject of `before` where it is the second of a pair whose first `before` ends on */
export function pairedWith(before: string, item: string): string {
  for (const [first, second] of PAIRED)
    if (item === second && before.endsWith(first) && before.length > first.length) return before.slice(0, -first.length) + second;
  return item;
}

/** the last character of a complete measured noun: 总额, 产值, 余额, 收入… */
const HEAD_END = /[额值量率数入出重模资费款价积度数]$/;

/** a verb of cutting capacity said once before a list of goods whose last holds the capacity they share:
 * 化解煤炭、生铁粗钢产能 → 化解煤炭产能, 化解生铁粗钢产能 */
const CUT_CAPACITY =
  /^(化解|淘汰|压减|退出|去除|削减)((?:过剩|落后)?[\u4e00-\u9fff]{1,8}、[\u4e00-\u9fff、]{2,24}?)((?:过剩|落后)?(?:产能|生产能力))$/;

/** the sectors listed by their ordinals, 产业 (or 产) said once after the last: 一、二、三产业增加值, 第二、三产业, 一、二、三产 */
const SECTORS = /^第?([一二三])、第?([一二三])(?:、第?([一二三]))?次?产业?(.*)$/;

/** the n nouns of `phrase` a list of n values goes to, or null where it names no n items */
export function distribute(phrase: string, n: number): string[] | null {
  // (一、二、三产业增加值 → 第一产业增加值, 第二产业增加值, 第三产业增加值)
  const sectors = phrase.includes('产') ? SECTORS.exec(phrase) : null;
  const ordinals = sectors?.slice(1, 4).filter(Boolean);
  if (sectors && ordinals?.length === n) return ordinals.map((o) => `第${o}产业${sectors[4]}`);
  const cut = phrase.includes('、') ? CUT_CAPACITY.exec(phrase) : null;
  const goods = cut?.[2].split('、');
  if (cut && goods?.length === n) return goods.map((g) => cut[1] + g + cut[3]);
  if (!/[、和与]|及(?!以[上下])/.test(phrase)) {
    for (const [re, parts] of HOLDS) if (parts.length === n && re.test(phrase)) return parts.map((p) => phrase.replace(re, p));
  }
  const apart = n === 2 ? compoundApart(phrase) : null;
  if (apart) return apart;
  const items = phrase.split(/、|和|与|及(?!以[上下])/).filter(Boolean);
  if (n >= 2 && items.length > n) return categories(phrase, n) ?? listedWithHead(phrase, n);
  if (n < 2 || items.length !== n) return null;
  const first = items[0];
  const last = items[n - 1];
  if (n === 2 && pairedWith(first, last) !== last) return [first, pairedWith(first, last)];
  // 一般公共预算收入和支出 → …收入, 一般公共预算支出: the last takes the first's words before its own length (not 失业率和物价:
  // a prefix of one character, 失, is no words of a name); so does a last that varies only the first's first character
  // there (税收收入占财政总收入比重省口径、市口径: a category that tells the two values apart)
  const variesOne = last.length <= 4 && first.endsWith(last.slice(1));
  if (n === 2 && (last.length <= 2 || variesOne) && first.length >= last.length + 2) {
    return [first, first.slice(0, first.length - last.length) + last];
  }
  const shared = measuredByAfterLast(items) ?? shareHead(items);
  if (shared) return shared;
  // k: the length of each parallel item (存 / 贷, 城镇 / 农村)
  let k: number;
  // (每万元工业产值的能源和电力消耗: 的 closes the modifier all items share, the first item's own words are after it)
  const own = first.slice(first.lastIndexOf('的') + 1);
  if (n > 2) k = items[1].length;
  else if (first.length <= 2) k = first.length;
  else if (own.length >= 2 && own.length < first.length && own.length < last.length && !last.includes('的')) k = own.length;
  // 城镇居民、农村居民人均可支配收入 (not 游客数量、游客总花费: two whole nouns)
  else if (first.length <= last.length && !HEAD_END.test(first) && [...first].some((c, i) => last[i] === c)) k = first.length;
  else if (HEAD_END.test(first) && HEAD_END.test(last))
    return items; // 进出口总额、出口额: whole noun phrases
  else if (first.length > last.length && HEAD_END.test(last))
    k = 1; // 金融机构本外币存、贷款余额: one-character items after a prefix
  else return items;
  if (k >= last.length || k > first.length) return items;
  const prefix = first.slice(0, first.length - k);
  const head = last.slice(k);
  // 工业和服务业: a head of one character is the end of a whole noun, not a shared head
  if (head.length < 2) return items;
  const parts = items.map((it, i) => (i === 0 ? first.slice(first.length - k) : i === n - 1 ? last.slice(0, k) : it));
  // 城、乡居民…: the one-character forms of 城镇 and 农村, written out as the names are
  const whole = parts.join() === '城,乡' ? ['城镇', '农村'] : parts;
  return whole.map((part) => prefix + part + head);
}

/**
 * Categories of goods, each ending on 类, that may list several goods of their own, with the head they
 * share after the last: 服装、鞋帽、针纺织品类、通讯器材类、石油及制品类商品零售额 → 服装、鞋帽、针纺织品类商品零售额,
 * 通讯器材类商品零售额, 石油及制品类商品零售额; or with 类 said once after the last (交通和通信、居住类价格 →
 * 交通和通信价格, 居住类价格). Null where they are not n.
 */
function categories(phrase: string, n: number): string[] | null {
  const last = phrase.lastIndexOf('类');
  if (last < 0) return null;
  const head = phrase.slice(last + 1);
  if (/[、和与及]/.test(head)) return null;
  const groups = phrase.slice(0, last + 1).split(/(?<=类)(?:、|和|与|及)/);
  // 医疗保健、食品烟酒、教育文化和娱乐…类上涨7.2%、6.3%…: 类 said once, after the last; 和 inside a category
  const items = groups.length === n ? groups : phrase.slice(0, last + 1).split('、');
  return items.length === n && items.every((g) => g.length >= 2) ? items.map((g) => g + head) : null;
}

/** the head a list of goods shares after its last item: 居住的价格 */
const PRICE_HEAD = /的?(价格指数|价格)$/;

/**
 * n items set apart by 、 alone (or by 、 and 和), 和 and 及 inside them, with the head of the last shared by all: 食品、烟酒、衣着、
 * 家庭设备用品及维修服务、…、居住的价格 → 食品价格, 烟酒价格, …. Null where 、 does not make n items.
 */
function listedWithHead(phrase: string, n: number): string[] | null {
  // (and 和 between the last two where 及 is inside one: 国有企业、集体企业和外商及港澳台投资企业)
  const byComma = phrase.split('、');
  const items = byComma.length === n ? byComma : phrase.split(/、|和|与/);
  if (items.length !== n || items.some((it) => it.length < 2)) return null;
  const last = items[n - 1];
  const price = PRICE_HEAD.exec(last);
  const head = price ? price[1] : MEASURE_HEADS.find(last);
  if (!head || head === last) return items;
  return items.map((it, i) => (i === n - 1 ? it : it + head));
}

/** a count that sums up the list before it: 两大主导产业产值, 等七类价格 */
const SUMMARY_COUNT = /([一二三四五六七八九十两]+)[大个项类种]/;

/**
 * The items of a list a summarising count closes, each with the summary's head: 电子信息、绿色建材和
 * 装配式建筑两大主导产业产值 → 电子信息产业产值, 绿色建材和装配式建筑产业产值; 食品、烟酒、…、居住等七类价格 →
 * 食品价格, …, 居住价格 (where the count says how many the items are; a list closed by 等 before its count is
 * no less whole); undefined where it does not fit.
 */
export function itemsBeforeSummary(s: string): string[] | undefined {
  const m = SUMMARY_COUNT.exec(s);
  if (!m || m.index < 2) return undefined;
  const n = parseChinese(m[1]);
  const list = s.slice(0, m.index).replace(/等$/, '');
  let items = list.split('、');
  if (items.length !== n) items = list.split(/、|和|及|与/);
  if (n < 2 || items.length !== n || items.some((it) => it.length < 2)) return undefined;
  const summary = s.slice(m.index + m[0].length);
  // (a price is measured as the lexicon's heads are: 七类价格, 八大类商品价格指数)
  const head = MEASURE_HEADS.find(summary) || PRICE_HEAD.exec(summary)?.[1];
  if (!head) return undefined;
  const kind = /(?:产业|行业|企业|集群)$/.exec(summary.slice(0, summary.length - head.length))?.[0] ?? '';
  return items.map((it) => (it.endsWith(kind) ? it : it + kind) + head);
}
