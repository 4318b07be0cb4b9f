// Where a region sits: its administrative level and the regions above it, so that a county's target
// can stand beside its city's, its province's and the nation's. Names are looked up in the national
// division codes (@vant/area-data: province_list, city_list, county_list keyed by 6-digit codes,
// which nest: 320000 江苏省 ⊃ 320500 苏州市 ⊃ 320585 太仓市). A name that several regions share
// (鼓楼区) is told apart by the parents the report names; a name the table lacks falls back to
// what its suffix says.
import { areaList } from '@vant/area-data';

export const REGION_LEVELS = ['national', 'province', 'city', 'county'] as const;
export type RegionLevel = (typeof REGION_LEVELS)[number];

export interface RegionNode {
  /** 6-digit division code; '000000' for the nation */
  code: string;
  name: string;
  level: RegionLevel;
}

export interface ResolvedRegion {
  /** the name as the report gives it */
  name: string;
  /** the division code, when the name (with its parents) names exactly one region */
  code: string | null;
  level: RegionLevel | null;
  /** the regions above it, the nation first (empty when unknown) */
  ancestors: RegionNode[];
  /** a name the division has lost since (洪泽县): today's division of its stem (洪泽区), or its prefecture (株洲市) */
  today?: string;
}

export const NATION: RegionNode = { code: '000000', name: '全国', level: 'national' };
const NATIONAL_NAMES = new Set(['全国', '中国', '国务院', '中华人民共和国', '我国']);
const MUNICIPALITIES = /^(?:北京|上海|天津|重庆)市$/;
/** city_list rows that are not cities but groupings of counties under a province */
const PSEUDO_CITY = /^(?:省直辖县|自治区直辖县级行政区划|县|市辖区|省直辖县级行政区划)$/;
const SUFFIX = /(?:特别行政区|维吾尔自治区|壮族自治区|回族自治区|自治区|自治州|自治县|自治旗|省|市|地区|盟|县|区|旗)$/;

interface Index {
  nodes: Map<string, RegionNode & { parent: string | null }>;
  byName: Map<string, string[]>;
}
let index: Index | null = null;

function build(): Index {
  const nodes = new Map<string, RegionNode & { parent: string | null }>();
  const byName = new Map<string, string[]>();
  const add = (code: string, name: string, level: RegionLevel, parent: string | null): void => {
    nodes.set(code, { code, name, level, parent });
    for (const key of new Set([name, shortName(name), ...bannerContractions(name)])) {
      if (key.length < 2) continue;
      const list = byName.get(key);
      if (list) list.push(code);
      else byName.set(key, [code]);
    }
  };
  for (const [code, name] of Object.entries(areaList.province_list)) add(code, name, 'province', null);
  for (const [code, name] of Object.entries(areaList.city_list)) {
    const province = `${code.slice(0, 2)}0000`;
    // a municipality's city row repeats the province (110100 北京市 under 110000 北京市)
    if (PSEUDO_CITY.test(name) || areaList.province_list[province] === name) continue;
    add(code, name, 'city', province);
  }
  for (const [code, name] of Object.entries(areaList.county_list)) {
    const city = `${code.slice(0, 4)}00`;
    const province = `${code.slice(0, 2)}0000`;
    add(code, name, 'county', nodes.has(city) ? city : province);
  }
  return { nodes, byName };
}

/** the peoples an autonomous region, prefecture, county or banner is named for (延边朝鲜族自治州), longest first */
const PEOPLES =
  '(?:蒙古|维吾尔|哈萨克|柯尔克孜|塔吉克|乌孜别克|达斡尔|鄂温克|鄂伦春|土家|布依|朝鲜|哈尼|傈僳|拉祜|东乡|纳西|景颇|仫佬|布朗|撒拉|毛南|仡佬|锡伯|阿昌|普米|俄罗斯|德昂|保安|裕固|塔塔尔|独龙|赫哲|门巴|珞巴|基诺|回|藏|苗|彝|壮|满|侗|瑶|白|傣|黎|佤|畲|水|土|羌|怒|京)族';
const AUTONOMOUS = new RegExp(`(?:${PEOPLES})+自治(?:区|州|县|旗)$`);

/**
 * 太仓市 → 太仓, 广西壮族自治区 → 广西, 延边朝鲜族自治州 → 延边, 彭水苗族土家族自治县 → 彭水: the name
 * reports use without the suffix; names too short to stand alone keep their suffix
 */
function shortName(name: string): string {
  const s = name.replace(AUTONOMOUS, '').replace(SUFFIX, '');
  return s.length >= 2 ? s : name;
}

/**
 * The contractions Inner Mongolia writes its banners by: the people's first character with the wing
 * and the position (科尔沁右翼中旗 → 科右中旗, 察哈尔右翼后旗 → 察右后旗), or with the position alone
 * (土默特左旗 → 土左旗, 鄂托克前旗 → 鄂前旗, 阿拉善右旗 → 阿右旗).
 */
function bannerContractions(name: string): string[] {
  const wing = /^(\p{Script=Han})\p{Script=Han}+?([左右])翼([前中后])旗$/u.exec(name);
  if (wing) return [`${wing[1]}${wing[2]}${wing[3]}旗`];
  const side = /^(\p{Script=Han})\p{Script=Han}+([左右前中后])旗$/u.exec(name);
  return side ? [`${side[1]}${side[2]}旗`] : [];
}

function ancestorsOf(ix: Index, code: string): RegionNode[] {
  const out: RegionNode[] = [];
  let p = ix.nodes.get(code)?.parent ?? null;
  while (p) {
    const n = ix.nodes.get(p)!;
    out.unshift({ code: n.code, name: n.name, level: n.level });
    p = n.parent;
  }
  return [NATION, ...out];
}

const cache = new Map<string, ResolvedRegion>();

/**
 * The region a report names, with its level and parents. `path` is the detection's regionPath:
 * the region last, the regions the report names around it before it ([江苏省, 苏州市, 吴中区]).
 */
export function resolveRegion(path: readonly string[]): ResolvedRegion | null {
  const name = path[path.length - 1]?.trim();
  if (!name) return null;
  const key = path.join('\u0001');
  const hit = cache.get(key);
  if (hit) return hit;
  const out = resolveUncached(name, path.slice(0, -1));
  if (cache.size > 5000) cache.clear();
  cache.set(key, out);
  return out;
}

function resolveUncached(name: string, parents: readonly string[]): ResolvedRegion {
  if (NATIONAL_NAMES.has(name)) return { name, code: NATION.code, level: 'national', ancestors: [] };
  const ix = (index ??= build());
  const former = formerName(ix, name);
  if (former && parents.every((p) => NATIONAL_NAMES.has(p) || former.ancestors.some((a) => a.name === p || shortName(a.name) === p)))
    return former;
  const candidates =
    ix.byName.get(name) ??
    (name.length > 2 ? ix.byName.get(shortName(name)) : undefined) ??
    // 延边州, 彭水县: the short name with a bare level word
    (name.length > 2 && /[州县旗]$/.test(name) ? ix.byName.get(name.slice(0, -1)) : undefined) ??
    [];
  // 甘南州: of the divisions a short name shares (甘南县, 甘南藏族自治州), the one its level word ends
  const bare = !ix.byName.has(name) && /[州县旗]$/.test(name) ? name.slice(-1) : null;
  const leveled = bare ? candidates.filter((c) => ix.nodes.get(c)!.name.endsWith(bare)) : [];
  const named = parents.filter((p) => !NATIONAL_NAMES.has(p));
  let best: string[] = [];
  let bestScore = -1;
  for (const code of leveled.length ? leveled : candidates) {
    const up = ancestorsOf(ix, code);
    // every parent the report names must be above the candidate
    const score = named.filter((p) => up.some((a) => a.name === p || shortName(a.name) === p)).length;
    if (score < named.length) continue;
    // a municipality is its province, not its own city row; prefer the higher level on a tie of names
    if (score > bestScore) {
      best = [code];
      bestScore = score;
    } else if (score === bestScore) best.push(code);
  }
  if (best.length > 1) {
    // 北京市 is both a province and a city row we skipped; 吉林省/吉林市 differ in name. A province
    // beats a city of the same name only when the name carries the province's suffix.
    const levels = new Set(best.map((c) => ix.nodes.get(c)!.level));
    if (levels.size === 1) {
      const level = [...levels][0];
      return { name, code: null, level, ancestors: commonAncestors(best.map((c) => ancestorsOf(ix, c))) };
    }
    const exact = best.filter((c) => ix.nodes.get(c)!.name === name);
    if (exact.length === 1) best = exact;
    else return { name, code: null, level: suffixLevel(name, parents), ancestors: [NATION] };
  }
  if (best.length === 1) {
    const node = ix.nodes.get(best[0])!;
    return { name, code: node.code, level: node.level, ancestors: ancestorsOf(ix, node.code) };
  }
  // not in the table (renamed, new, or a development zone): trust the suffix and the named parents
  const level = suffixLevel(name, parents);
  const up: RegionNode[] = [NATION];
  for (const p of named) {
    const r = resolveUncached(p, []);
    if (r.code && r.level && r.level !== 'national') up.push({ code: r.code, name: r.name, level: r.level });
  }
  return { name, code: null, level, ancestors: up };
}

/** a county-level name with its stem and suffix: 洪泽县, 增城市, 株洲县 */
const COUNTY_NAME = /^(\p{Script=Han}{2,})([县市区])$/u;

/**
 * A county-level division by a name the table (today's names only) has lost: a county or county-level city made a
 * district, or a district renamed by suffix (洪泽县 → 洪泽区 2016, 增城市 → 增城区 2014; hundreds since 2000), whose stem is
 * one county-level division of another suffix today; or a county merged away into its prefecture of the same stem
 * (株洲县 → 渌口区 of 株洲市 2018), whose stem is a prefecture with no county of that stem. The text's own name, under
 * today's parents: a page names the division of its year. Null when the table knows the name (抚顺县 beside 抚顺市) or
 * the stem is a short name of the same division (彭水县 for 彭水苗族土家族自治县).
 */
function formerName(ix: Index, name: string): ResolvedRegion | null {
  const m = COUNTY_NAME.exec(name);
  if (!m || ix.byName.has(name)) return null;
  const [, stem, suffix] = m;
  const nodes = (ix.byName.get(stem) ?? []).map((c) => ix.nodes.get(c)!);
  const counties = nodes.filter((n) => n.level === 'county');
  if (counties.length) {
    const renamed = counties.filter((n) => /^[县市区]$/.test(n.name.slice(stem.length)) && !n.name.endsWith(suffix));
    if (renamed.length !== 1 || counties.length !== 1) return null;
    const n = renamed[0];
    return { name, code: n.code, level: 'county', ancestors: ancestorsOf(ix, n.code), today: n.name };
  }
  const prefecture = nodes.filter((n) => n.level === 'city' && n.name === `${stem}市`);
  if (suffix !== '县' || prefecture.length !== 1) return null;
  const { code, name: city } = prefecture[0];
  return { name, code: null, level: 'county', ancestors: [...ancestorsOf(ix, code), { code, name: city, level: 'city' }], today: city };
}

/** the ancestors every candidate shares (two 鼓楼区 in one province share the province) */
function commonAncestors(lists: RegionNode[][]): RegionNode[] {
  const out: RegionNode[] = [];
  for (let i = 0; ; i++) {
    const c = lists[0][i];
    if (!c || !lists.every((l) => l[i]?.code === c.code)) return out;
    out.push(c);
  }
}

function suffixLevel(name: string, parents: readonly string[]): RegionLevel | null {
  if (NATIONAL_NAMES.has(name)) return 'national';
  if (/(?:省|自治区|特别行政区)$/.test(name) || MUNICIPALITIES.test(name)) return 'province';
  if (/(?:自治州|地区|盟)$/.test(name)) return 'city';
  if (/(?:县|自治县|旗|区)$/.test(name)) return 'county';
  if (/市$/.test(name)) {
    // a city inside a city (苏州市太仓市) is county-level
    const parent = parents[parents.length - 1];
    return parent && /市$/.test(parent) && !MUNICIPALITIES.test(parent) ? 'county' : 'city';
  }
  return null;
}

/** whether a name (with its suffix: 巴彦县, 苏州市) is the name of a division in the national table */
export function isDivisionName(name: string): boolean {
  return SUFFIX.test(name) && (index ??= build()).byName.has(name);
}

/** whether the table knows a name, full or short (广西, 太仓, 延边) */
export function isKnownName(name: string): boolean {
  return (index ??= build()).byName.has(name);
}

const pairCode = (s: string, at: number): number => s.charCodeAt(at) * 65536 + s.charCodeAt(at + 1);
let openings: Set<number> | undefined;
/** whether `s` at `at` opens as some known name does (its first two characters): a quick test, with no string made,
 * before looking names up */
export function mayOpenKnownName(s: string, at = 0): boolean {
  openings ??= new Set([...(index ??= build()).byName.keys()].map((k) => pairCode(k, 0)));
  return openings.has(pairCode(s, at));
}

/** the longest known name (2 to 8 characters) `s` opens with, leaving at least `rest` characters after it, or '' */
export function knownNameAt(s: string, rest = 0): string {
  if (s.length < 2 || !mayOpenKnownName(s)) return '';
  for (let n = Math.min(8, s.length - rest); n >= 2; n--) if (isKnownName(s.slice(0, n))) return s.slice(0, n);
  return '';
}

/**
 * A region by the table's full names, the largest first, the region last: 广西 → [广西壮族自治区],
 * 太仓 → [江苏省, 苏州市, 太仓市], [福建省, 鼓楼区] → [福建省, 福州市, 鼓楼区]; [全国] for the nation;
 * null when the names (with the parents given) do not point at exactly one division.
 */
export function divisionPath(path: readonly string[]): string[] | null {
  const r = resolveRegion(path);
  if (r?.today) return [...r.ancestors.filter((a) => a.level !== 'national').map((a) => a.name), r.name];
  if (!r?.code) return null;
  if (r.level === 'national') return [NATION.name];
  const node = (index ??= build()).nodes.get(r.code)!;
  return [...r.ancestors.filter((a) => a.level !== 'national').map((a) => a.name), node.name];
}

/**
 * The short names running text gives divisions (重庆, 广西, 太仓), each to its full name and level;
 * only the short names one division has.
 */
export function shortNames(): Map<string, { name: string; level: RegionLevel }> {
  const ix = (index ??= build());
  const out = new Map<string, { name: string; level: RegionLevel }>();
  for (const [key, codes] of ix.byName) {
    const node = codes.length === 1 ? ix.nodes.get(codes[0])! : null;
    if (node && key !== node.name) out.set(key, { name: node.name, level: node.level });
  }
  return out;
}

/** a region's administrative level, from its name and the names the report puts around it */
export function regionLevel(path: string[]): RegionLevel | null {
  return resolveRegion(path)?.level ?? null;
}

/**
 * A key that sorts regions the way a reader compares them: the nation, then each province followed
 * by its cities, each city followed by its counties (division codes nest, so their order is that);
 * regions the table does not know come after, by name.
 */
export function regionSortKey(r: ResolvedRegion | null): string {
  if (!r) return '9';
  if (r.level === 'national') return '0';
  if (r.code) return `1${r.code}`;
  const parent = r.ancestors[r.ancestors.length - 1];
  return (parent && parent.level !== 'national' ? `1${parent.code}~` : '2') + r.name;
}

/** what a clip or a report says of its region: the region's name and the names the report put around it */
export interface RegionOf {
  region: string | null;
  regionPath: readonly string[];
}

/**
 * The path a clip's (or a report's) region is resolved from: the detection's regionPath when it ends
 * in the region, else the region alone; empty when there is no region. One rule for the level a clip
 * is given, the columns of the comparison and the regions above a reader's pick.
 */
export function regionPathOf(x: RegionOf): readonly string[] {
  if (!x.region) return [];
  const p = x.regionPath;
  return p.length && p[p.length - 1] === x.region ? p : [x.region];
}

/** a clip's region with its level and the regions above it (null when it names none) */
export function regionWithParents(x: RegionOf): ResolvedRegion | null {
  return x.region ? resolveRegion(regionPathOf(x)) : null;
}
