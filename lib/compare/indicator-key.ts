// The key indicators are compared by: the same thing named differently in different reports is one
// row. Simplified (the extractor already gives simplified), without quotes, brackets, spaces, the
// words that only say where or when (全市, 全年) and the verbs reports put before a figure (实现,
// 完成); 规上 spelled out, 研究与试验发展 and R&D read 研发; then known aliases folded — some only for one measure (经济增长 is GDP
// growth, 经济总量 is GDP's level).
//
// The aliases are data (./aliases.ts). Stored clips carry their key (the database indexes it), so
// changing the rules or the aliases changes keys: add a database version whose upgrade re-keys the
// clips (lib/db/schema.ts does it for versions 2 and 3).
import type { Measure } from '../model/mention';
import { ALIASES, ERAS, JOINTS } from './aliases';
import { isKnownName, knownNameAt } from '../model/region';

// quotes, brackets and a quote's ellipsis (“…地方一般公共预算收入增长6%”) say nothing of the indicator
const NOISE = /[\s“”"'‘’「」『』《》()（）【】·•…⋯]/g;
const PLACE_TIME = /^(?:全市|全区|全县|全省|全国|全州|全镇|全旗|全年|今年|去年|上年|当年|我市|我区|我县|我省|本市|本区|本县)/;
// (an adverb before 预计 goes with it: 仍预计全市GDP增长5.2%左右, a year's estimate said again)
const VERB = /^(?:累计完成|累计实现|全年完成|全年实现|实现|完成|达到|(?:仍|还|也)?预计)/;

function clean(indicator: string): string {
  // abbreviations spelled one way: 规上 is 规模以上; 研究与试验发展 and R&D are 研发
  let k = indicator
    .replace(NOISE, '')
    .replace(/规上/g, '规模以上')
    .replace(/研究与试验发展|R&D/gi, '研发');
  for (let guard = 0; guard < 3; guard++) {
    const next = k.replace(PLACE_TIME, '').replace(VERB, '');
    if (next === k || next.length < 2) break;
    k = next;
  }
  return k;
}

const ANY = new Map<string, string>();
const BY_MEASURE = new Map<string, string>();
for (const a of ALIASES) {
  for (const n of a.names) {
    const k = clean(n);
    if (!a.measures) ANY.set(k, a.names[0]);
    else for (const m of a.measures) BY_MEASURE.set(`${m}\u0000${k}`, a.names[0]);
  }
}

const RANK = new Map<string, number>();
for (const a of ALIASES) if (!RANK.has(a.names[0])) RANK.set(a.names[0], RANK.size);

/** headline indicators (those with aliases here, GDP first) come first in a table; others after */
export function headlineRank(key: string): number {
  return RANK.get(key) ?? Number.POSITIVE_INFINITY;
}

const known = (k: string, measure?: Measure): string | undefined => (measure && BY_MEASURE.get(`${measure}\u0000${k}`)) ?? ANY.get(k);

const ERA = new Map<string, (typeof ERAS)[number]>();
for (const e of ERAS) for (const n of e.names) for (const m of e.measures) ERA.set(`${m}\u0000${clean(n)}`, e);

/** the key of a name whose meaning changed with the years, for a figure of `year` */
function ofEra(k: string, measure?: Measure, year?: number | null): string | undefined {
  const e = measure && year != null ? ERA.get(`${measure}\u0000${k}`) : undefined;
  return e && (year! <= e.until ? e.before : e.after);
}

/** words in front of a known indicator that only say whose or which list it is: 我国, 中国, 今年目标, 预期目标为,
 * 经济社会发展主要预期目标包括, 预期性指标包括 (南京 2021: 预期性指标包括地区生产总值增长7%); a news page's 该市 and the 将 of its
 * sentence (该市将地区生产总值增长目标定为7%) */
const LEAD_IN =
  /^(?:我国|中国|我省|我市|我区|全省|全市|全区|该(?:省|市|区|县)将?|(?:今年|年度)?(?:经济社会)?(?:发展)?(?:主要)?(?:预期)?目标(?:为|是|包括)?|(?:主要)?(?:预期性|约束性)指标(?:为|是|包括)?)$/;
/** a clause that sets the target, run into its indicator's name: 各部门、各区县必须力保全市(GDP), 要确保全省(地区生产总值) */
const SETS_TARGET_BEFORE = /(?:力保|确保|力争|争取)(?:全市|全省|全区|全县|全国|我市|我省|我区|我县)?$/;

/** a lead-in of a region's name and a list's words: 河北经济社会发展主要预期目标是 */
function regionLeadIn(head: string): boolean {
  for (let i = 2; i < head.length - 1; i++) if (isKnownName(head.slice(0, i)) && LEAD_IN.test(head.slice(i))) return true;
  return false;
}

/**
 * A known indicator behind words that say whose it is or which list it heads (江苏地区生产总值,
 * 发展主要预期目标为国内生产总值, 河北经济社会发展主要预期目标是地区生产总值, 目标城镇新增就业, 就业城镇新增就业), or the clause
 * that sets it (各区县必须力保全市GDP): the indicator. Only where what remains is
 * a name of the alias table and what goes is a region's name, such a lead-in or a word the name itself
 * repeats (a label), so nothing unknown is ever cut (农村 stays in 农村居民人均可支配收入).
 */
function withoutLeadIn(k: string, measure?: Measure): string | undefined {
  for (let cut = 2; cut <= Math.min(16, k.length - 2); cut++) {
    const head = k.slice(0, cut);
    // what follows may itself open on place, time or verb words (重庆预计GDP, 北京全市地区生产总值)
    const rest = known(k.slice(cut), measure) ?? known(clean(k.slice(cut)), measure);
    // 就业城镇新增就业: an infographic's label run into the figure's own name, which repeats it
    if (
      rest &&
      (LEAD_IN.test(head) || isKnownName(head) || k.slice(cut).includes(head) || SETS_TARGET_BEFORE.test(head) || regionLeadIn(head))
    )
      return rest;
  }
  return undefined;
}

/** a preposition that puts the indicator before its verb (对地区生产总值增长5%以上…进行监测, 将GDP增长目标定为) */
const PREPOSITION = /^(?:对|将)/;

/** a known indicator behind such a preposition: the indicator; an unknown one keeps it (对外开放度) */
function withoutPreposition(k: string, measure?: Measure): string | undefined {
  const rest = k.replace(PREPOSITION, '');
  if (rest === k || rest.length < 2) return undefined;
  return known(rest, measure) ?? withoutLeadIn(rest, measure);
}

/** a year inside a name (中国2016年GDP, 广东2023年地区生产总值): the figure's year, which the clip holds apart */
const YEAR_IN_NAME = /(?:19|20)\d{2}年度?/g;
/** words after a known indicator that only say the figure is a target or planned: GDP预期目标, 地区生产总值增长目标为,
 * 全社会固定资产投资预定 (增长10%), 固定资产投资率定 and GDP目标定 (为32%左右, 为8%: a name cut inside 定为) */
const TARGET_TAIL = /(?:增长|增速)?(?:预期)?目标(?:为|是|定)?$|预?定$/;
/** verbs of a sentence that sets a target, left in front of its indicator: 提出广东2023年地区生产总值预期目标 */
const SETS_TARGET = /^(?:提出|确定|设定)/;

/**
 * A known indicator wrapped in the words of the sentence that dates it or calls it a target
 * (中国2016年GDP, GDP预期目标, 提出广东2023年地区生产总值预期目标): the indicator. As with the lead-ins,
 * only where what remains is a known name, so an unknown indicator keeps every word.
 */
function withoutDateAndTargetWords(k: string, measure?: Measure): string | undefined {
  const bare = k.replace(YEAR_IN_NAME, '').replace(TARGET_TAIL, '').replace(SETS_TARGET, '');
  if (bare === k || bare.length < 2) return undefined;
  return known(bare, measure) ?? withoutLeadIn(bare, measure);
}

/** a headline's or a list's label before a colon or a dash (北京︰今年GDP, 今年目标：城镇新增就业, 报告提出了成都今年发展的主要
 * 预期目标——地区生产总值: the dash opens a list as a colon does) */
const LABEL = /^.*(?:[:：︰]|——)/;

/** a known indicator after a label and its colon: the indicator; an unknown one keeps its label */
function withoutLabel(k: string, measure?: Measure): string | undefined {
  const rest = clean(k.replace(LABEL, ''));
  if (rest === k || rest.length < 2) return undefined;
  return known(rest, measure) ?? withoutLeadIn(rest, measure) ?? withoutDateAndTargetWords(rest, measure);
}

/** a known indicator of another place than the clip's region (驻马店GDP on a 郑州 clip, as digests name them): the place
 * and the indicator's key (驻马店地区生产总值), so the figure keeps its own row and does not stand in the region's cell */
function ofOtherPlace(k: string, region: string, measure?: Measure, year?: number | null): string | undefined {
  // the known place it opens with (驻马店, 黄岛区), the longest, with a name after it
  const place = knownNameAt(k, 2);
  if (!place || region.startsWith(place) || place.startsWith(region)) return undefined;
  const rest = k.slice(place.length);
  // (a path of places, 江苏镇江市2018年GDP: the province before the clip's own city)
  if (knownNameAt(rest, 2)) return undefined;
  // (only the indicator right after the place: a list's lead-in, 河北经济社会发展主要预期目标是地区生产总值, is the region's)
  const key = known(rest, measure) ?? withoutDateAndTargetWords(rest, measure);
  return key && `${place}${ofEra(key, measure, year) ?? key}`;
}

/** the key an indicator is compared by; pass the measure where it is known (some names need it), the figure's year
 * (a few names meant one indicator once and another later), and the clip's region where known (a place other than it
 * stays in the key) */
export function indicatorKey(indicator: string, measure?: Measure, year?: number | null, region?: string | null): string {
  const k = clean(indicator);
  return (
    (region ? ofOtherPlace(k, region, measure, year) : undefined) ??
    ofEra(k, measure, year) ??
    known(k, measure) ??
    withoutLeadIn(k, measure) ??
    withoutPreposition(k, measure) ??
    withoutDateAndTargetWords(k, measure) ??
    withoutLabel(k, measure) ??
    k
  );
}

const JOINT = new Map<string, readonly string[]>();
for (const j of JOINTS) for (const n of j.names) for (const m of j.measures) JOINT.set(`${m}\u0000${clean(n)}`, j.parts);

/** what joins two names a report gives one rate (城镇居民人均可支配收入和农民人均纯收入分别实际增长10%以上) */
const AND = /和|及|与|、/;

/** the indicators a key names together, each with the same value (城乡居民人均可支配收入 growth: the urban and the
 * rural income; two known indicators joined, 城镇居民人均可支配收入和农民人均纯收入, whose 分别 gives each the growth);
 * undefined for a key of one indicator. Only of growths and changes: a level of two things is their sum. */
export function jointParts(key: string, measure: Measure): readonly string[] | undefined {
  const k = clean(key);
  const listed = JOINT.get(`${measure}\u0000${k}`);
  if (listed || measure === 'level' || !AND.test(k)) return listed;
  const parts = k.split(AND).map((n) => known(n, measure));
  return parts.length >= 2 && parts.length <= 4 && parts.every((p) => p !== undefined) && new Set(parts).size === parts.length
    ? (parts as string[])
    : undefined;
}

// Keys that name no indicator: none at all (a figure read without its name), or only whose money it
// is (中央财政拟安排200亿元专项资金… and 中央财政安排429亿元，解决…医疗保险: the same key for two unrelated
// sums). A cell of such a row shows its figures side by side but is never judged.
const ACTOR_ONLY = /^(?:中央|国家|地方|省级|市级|县级|各级)?(?:财政|政府)$/;

/** whether a key names something that a target and a result can both be of */
export function isIndicator(key: string): boolean {
  return key.length > 0 && !ACTOR_ONLY.test(key);
}

// Indicators where less is better: a target for them is a ceiling (失业率5.5%左右 is met by 5.2%),
// and a fall is the goal (能耗下降3%).
const LESS_IS_BETTER =
  /失业率|能耗|能源消耗|排放|PM2\.5|细颗粒物|浓度|居民消费价格|物价|赤字|事故|死亡|劣V类|劣五类|贫困发生率|用水量|债务|发病率|犯罪/;

export type Direction = 'up' | 'down';

/** whether more (up) or less (down) of an indicator is what a target asks for */
export function direction(key: string): Direction {
  return LESS_IS_BETTER.test(key) && !/优良|达标|去除率|处理率|削减/.test(key) ? 'down' : 'up';
}
