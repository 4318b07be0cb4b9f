// Where a report is from: its region by full name (宁夏回族自治区, not 自治区), with the regions above it
// as the division table knows them. Read where real pages say it: the title, the line saying where it
// was delivered (在…第N届人民代表大会), the address (我代表…人民政府), the government site in the page
// title, the statistics bureau, the byline, and only then the place the body names most.
import { divisionPath, isDivisionName, isKnownName, shortNames } from '../model/region';
import { placeAfterProvince, provinceNames } from './place-after-province';
import { regionByOwnChapter } from './own-chapter';

/** a Chinese ordinal: 第十四届 */
export const ORDINAL = '[一二三四五六七八九十]+';

// ————— region —————

// bare 州 is left out: it ends city names (苏州市, 杭州市) far more often than it abbreviates 自治州
export const ADMIN = '(?:特别行政区|维吾尔自治区|壮族自治区|回族自治区|自治区|自治州|自治县|自治旗|省|市|地区|盟|县|区|旗|新区)';
/** a report's name, before which its region stands: 太仓市2023年政府工作报告, 苏州市吴中区人民政府工作报告; not a source of funds
 * (争取…中央预算内投资, in a city's plans: the centre's money, not its report), nor one an excerpt cuts off (5ihefei's reading of
 * 合肥's report ends at 积极争取政策性金融工具、中央预算: what followed is unread) */
const REPORT_NAME = /工作报告|国民经济|经济和社会发展|统计公报|本级|预算(?!内|\s*$)|决算|财政/g;
const BEFORE_NAME = /(?:(?:19|20)\d\d年(?:度)?|人民政府|政府|关于|的|本级|[市县区]级)*$/;
const NAME_WITH_LEVEL = new RegExp(`([\\u4e00-\\u9fff]{1,16}?${ADMIN})$`);
/** words that open a page title before the region's name */
const TITLE_PREFIX = /^(?:一图读懂|一图看懂|图解|解读|全文|速览|快看|最新|重磅|权威发布|关于)/;
/** words that end up before a name without being part of it: a year, an ordinal, 关于 */
const LEAD = /^.*?(?:第|届|年|、|的|关于|其中|》|[)）])/;
/** a level word alone, the region a report calls its own (本市, 全区), a repost's placeholder for a cut name (某市): not a name */
const NOT_A_NAME =
  /^(?:本|全|我|该|各|上|下|省|市|县|区|旗|州|盟)|^(?:自治区|自治州|自治县|自治旗|地区|特别行政区|新区|某(?:省|市|县|区|州|旗|盟|镇|乡))$/;
/** an acting or deputy head's office and the words after it: 代市长…, 副县长…, 常务副省长… */
const OFFICE = /(?:常务)?[代副](?:省|市|县|区|州|旗)长.*$/;
const NATIONAL_NAME = /(?:国务院|中华人民共和国|全国|中央和地方|中央)$/;

/** a congress's or session's number, in words or digits (第16屆, a Hong Kong page's) */
const NUMBERED = `(?:${ORDINAL}|\\d{1,2})`;
/** the congress the report was delivered to: 在安远县第十八届人民代表大会第四次会议上, 向山西省第一届人民代表大会… */
const REGION_IN_CONGRESS = new RegExp(
  `[在向]([\\u4e00-\\u9fff]{2,24}?)\\s*第?\\s*${NUMBERED}\\s*届\\s*(?:人民代表大会|人大)|(?:^|[\\n,,])\\s*([\\u4e00-\\u9fff]{2,24}?)第${NUMBERED}届人民代表大会第${NUMBERED}次会议[^,。\\n]{0,24}?(?:开幕|召开)`,
  'gm',
);
/** the government the speaker speaks for, or is entrusted by (我受东山镇第一届人民政府委托, a town's report) */
const REGION_IN_ADDRESS = /我(?:代表|受)([\u4e00-\u9fff]{2,16}?)(?:第[一二三四五六七八九十]+届)?人民政府/;
/** the publisher in a page's byline: 来源: 太仓市人民政府办公室; 发布机构 ] • 巫溪县财政局 */
const REGION_IN_BYLINE =
  /(?:来源|发布机构|发布单位|信息来源|发文机关|发文机构)[\s:：\]】•·]*([\u4e00-\u9fff]{2,16}?)(?:人民政府|政府|统计局|财政局|发展和改革委员会|发展改革委|发改委)/;
/** a communiqué's publisher on its own line: 宁夏回族自治区统计局 */
const REGION_OF_STATISTICS = /(?:^|\n)\s*([\u4e00-\u9fff]{2,16}?)统计局/;
/** what only the nation's reports say of themselves (not a State Council document a local report cites: 认真落实《国务院关于进一步促进内蒙古…的若干意见》) */
const NATIONAL =
  /我代表国务院|受国务院委托|国务院总理|(?<!《)国务院关于|国务院政府工作报告|在第[一二三四五六七八九十]+届全国人民代表大会|(?:^|[\s—日])第?[一二三四五六七八九十]+届全国人民代表大会第[一二三四五六七八九十]+次会议|[一二三四五六七八九十]+届全国人大[一二三四五六七八九十]+次会议(?:在|开幕|上)|国家统计局(?![\u4e00-\u9fff]{0,10}调查)|(?:19|20)\d\d年国家(?:预算|决算)|中华人民共和国(?:19|20)\d\d年国民经济和社会发展统计公报|中央和地方预算|中央决算|财政部部长/;
/** a plan report's title that names no region: the nation's (关于1958年度国民经济计划草案的报告), unless
 * the page's publisher names another (发文机构: 锡林浩特市发展和改革委员会) */
const NATIONAL_PLAN_TITLE = /关于(?:(?:19|20)\d\d|一九[〇零一二三四五六七八九]{2})年(?:度)?国民经济(?:和社会发展)?计[划画]/;
const PART = new RegExp(`[\\u4e00-\\u9fff]+?${ADMIN}`, 'g');

/**
 * 苏州市吴中区 → [苏州市, 吴中区]; 江苏省太仓市 → [江苏省, 太仓市]. Words run into a name
 * (规划计划巴彦县, from a breadcrumb before the title) are cut off where the national division
 * table knows the name.
 */
export function splitRegion(name: string): string[] {
  const parts = name.match(PART) ?? [];
  // a one-character remainder (区, 市 alone) is not a name; a name said twice over (大安区大安区, a
  // header run into a title) is one
  return parts.map(knownTail).filter((p, i, all) => p.length >= 2 && p !== all[i - 1]);
}

/** the longest end of a name that names a division (the whole name when none does) */
function knownTail(name: string): string {
  for (let k = 0; k <= name.length - 2; k++) if (isDivisionName(name.slice(k))) return name.slice(k);
  return name;
}

/** the longest end of some words that the table knows by its short name: 2025年广西 → 广西, 延边州 */
function knownShortTail(words: string): string | null {
  for (let k = 0; k <= words.length - 2; k++) {
    const w = words.slice(k);
    if (isKnownName(w) || (w.length >= 3 && /[州县旗]$/.test(w) && isKnownName(w.slice(0, -1)))) return w;
  }
  return null;
}

export const NATION_PATH = ['全国'];
/** words only the nation's figures use, for a page that names no region at all: 国内生产总值 (a region's is 地区生产总值) */
const NATIONAL_TERMS = /国内生产总值|全国各族人民|总理[^。\n]{0,12}政府工作报告|中国经济|我国经济/;
/** a news agency's dateline (新华网北京3月5日电, 人民网成都1月22日电): the place is where the story was filed, not what it is about */
const DATELINE =
  /(?:新华网|新华社|中新网|中新社|人民网|央视网|中国新闻网|光明网|中国网|国际在线|[\u4e00-\u9fff]{2,4}(?:日报|晚报))([\u4e00-\u9fff]{2,4})(?:(?:19|20)\d\d年)?[\d０-９一二三四五六七八九十〇]{1,3}月[\d０-９一二三四五六七八九十〇]{1,3}日(?:电|讯)/g;

/**
 * The regions some words name, checked against the division table: the table's full names and
 * parents where it knows the region (广西 → [广西壮族自治区]; 吴中区 → [江苏省, 苏州市, 吴中区]), else
 * the names as given when `trusted` (a title, a delivery line: a development zone the table lacks).
 */
function regionPathOf(words: string, trusted: boolean, around = ''): string[] | null {
  // an office is no place: 代市长陈吉明 (代市), 副县长
  const name = words.replace(LEAD, '').replace(TITLE_PREFIX, '').replace(OFFICE, '').trim();
  if (NATIONAL_NAME.test(name)) return NATION_PATH;
  let parts = splitRegion(name);
  if (!parts.length) {
    const short = knownShortTail(name);
    parts = short ? [short] : [];
  }
  const last = parts[parts.length - 1];
  if (!last || (NOT_A_NAME.test(last) && !isDivisionName(last))) return null;
  // a province or city in parentheses before the name: (江苏省)苏州市吴中区
  const p = /[(（]([\u4e00-\u9fff]{2,8}(?:省|自治区|市))[)）]/.exec(around.slice(0, 400));
  const named = p && !parts.includes(p[1]) ? [p[1], ...parts] : parts;
  const known = divisionPath(named) ?? divisionPath(parts) ?? (isKnownName(last) ? withParentNamed(parts, around) : null);
  // a name one character longer than a division the table cannot place is its own, not words run into that one (下城区,
  // merged away in 2021, is not 城区, a name several cities of 山西 give a district)
  const raw = name.match(PART)?.at(-1) ?? '';
  const own = !known && raw.length === last.length + 1 && raw.endsWith(last) ? [...named.slice(0, -1), raw] : named;
  const path = known ?? (trusted || isDivisionName(last) ? own : null);
  // a town named inside its county or city (抚州市黎川县日峰镇, 中山市东凤镇人民政府), on a page that speaks as a town
  // (我镇): the town's, though the division table knows no towns
  const town = TOWN_AFTER.exec(name);
  return path && town && /^(?:镇|乡|苏木)$/.test(ownLevel(around) ?? '') ? [...path, town[1]] : path;
}

const TOWN_AFTER = new RegExp(`${ADMIN}([\\u4e00-\\u9fff]{1,4}(?:镇|乡|苏木))$`);

/** a name several divisions share (大安区), told apart by a parent the page names elsewhere (四川省自贡市大安区) */
function withParentNamed(parts: string[], around: string): string[] | null {
  for (const m of around.matchAll(PART)) {
    const parent = knownTail(m[0]);
    if (parent === parts[parts.length - 1] || !isDivisionName(parent)) continue;
    const path = divisionPath([parent, parts[parts.length - 1]]);
    if (path) return path;
  }
  return null;
}

/** the region named right before a report's name in `src` (looked up from the name back) */
function regionBeforeName(src: string, trusted: boolean, around: string): string[] | null {
  REPORT_NAME.lastIndex = 0;
  for (let m: RegExpExecArray | null, tries = 0; tries < 12 && (m = REPORT_NAME.exec(src)); tries++) {
    // (在北京市…第四次会议上作市人民政府工作报告: what the session heard is named after 会议上作, not before it)
    const before = src
      .slice(Math.max(0, m.index - 32), m.index)
      .replace(BEFORE_NAME, '')
      .replace(/^.*会议上(?:作|做)了?/, '');
    const withLevel = NAME_WITH_LEVEL.exec(before);
    const words = withLevel ? withLevel[1] : (/[\u4e00-\u9fff]{2,16}$/.exec(before)?.[0] ?? '');
    const path = words && regionPathOf(words, trusted, around);
    if (path) return path;
  }
  return null;
}

/** districts' short names that running text uses as words (乡村振兴, 世界和平, 思想解放), never counted as names */
const SHORT_NAMES_AS_WORDS = new Set([
  '振兴',
  '和平',
  '解放',
  '前进',
  '红旗',
  '向阳',
  '东风',
  '新兴',
  '新华',
  '长安',
  '胜利',
  '建设',
  '团结',
  '友谊',
  '光明',
]);

let shortNameIndex: { names: ReturnType<typeof shortNames>; byFirst: Map<string, number[]> } | null = null;

/**
 * The division the opening names most often, as a last resort: by its full name (2017年平遥县粮食作物
 * 播种面积…), or by the short name running text gives it: a province's once (习近平总书记对重庆提出的…),
 * another's three times over (拼出“太仓速度”, 在太仓…), since short names of counties are also words.
 */
function mostNamed(opening: string): string[] | null {
  const text = opening.slice(0, 3000).replace(DATELINE, (line, place: string) => line.replace(place, '　'.repeat(place.length)));
  const counts = new Map<string, number>();
  const add = (name: string, n: number) => counts.set(name, (counts.get(name) ?? 0) + n);
  for (const m of text.matchAll(PART)) {
    const name = knownTail(m[0]);
    // the party committee over the report's region (在广东省委、省政府和市委的领导下) names its parent; the
    // committee and government that do the work (衡阳县委、政府全面贯彻…, a communiqué's opening) are its own
    if (text[m.index + m[0].length] === '委' && !ownLeadership(text, m.index, m[0].length)) continue;
    if (name.length >= 3 && isDivisionName(name)) add(name, 1);
  }
  // the short names by their first character, each with the lengths it comes in (longest first): a
  // position whose character starts no name costs one lookup
  shortNameIndex ??= (() => {
    const names = shortNames();
    const byFirst = new Map<string, number[]>();
    for (const k of names.keys()) {
      const list = byFirst.get(k[0]) ?? [];
      if (!list.includes(k.length)) list.push(k.length);
      byFirst.set(k[0], list);
    }
    for (const list of byFirst.values()) list.sort((a, b) => b - a);
    return { names, byFirst };
  })();
  const { names: shorts, byFirst } = shortNameIndex;
  const found = new Map<string, number>();
  for (let i = 0; i < text.length - 1; i++) {
    const lengths = byFirst.get(text[i]);
    if (!lengths) continue;
    // the longest short name starting here
    for (const len of lengths) {
      if (i + len > text.length) continue;
      const short = text.slice(i, i + len);
      const hit = shorts.get(short);
      if (!hit) continue;
      if (!text.startsWith(hit.name, i)) found.set(short, (found.get(short) ?? 0) + 1);
      i += len - 1;
      break;
    }
  }
  for (const [short, n] of found) {
    // (a region's own voice is no short name: 全州, the whole prefecture, is not 全州县)
    if (SHORT_NAMES_AS_WORDS.has(short) || (short.length === 2 && LOCAL_VOICE.test(short))) continue;
    const { name, level } = shorts.get(short)!;
    if (n >= (level === 'province' ? 1 : 3)) add(name, n);
  }
  // a report calls its region by its level (我州, 我市): a short name with that level word (甘南州, a name 甘南县
  // shares) names it as surely as the full name; a place of another level is one it names (迭部县 in a
  // prefecture's report; 甘肃 in a city's 对甘肃重要讲话), not its own
  const own = ownLevel(text);
  if (own) {
    for (let i = text.indexOf(own, 2); i >= 0; i = text.indexOf(own, i + 1)) {
      for (const len of [2, 3]) {
        const short = text.slice(Math.max(0, i - len), i);
        const path: string[] | null = isKnownName(short) ? divisionPath([short + own]) : null;
        const name: string | undefined = path?.[path.length - 1];
        if (name?.endsWith(own) && name !== short + own) {
          add(name, 1);
          break;
        }
      }
    }
    // (or by its short name right after its province: 东北、辽宁、大连振兴发展, in a report that speaks as 全市)
    const afterProvince = placeAfterProvince(text, own, SHORT_NAMES_AS_WORDS);
    if (afterProvince) add(afterProvince, 1);
  }
  let best: string | null = null;
  for (const [name, n] of counts) {
    if (own && !name.endsWith(own)) continue;
    if (!best || n > counts.get(best)!) best = name;
  }
  return best ? divisionPath([best]) : null;
}

/** a committee and government named as one (衡阳县委、政府, 县委县政府), not under whose lead the work is done (在…领导下) */
const LEADERSHIP_PAIR = /^委\s*[、和]?\s*(?:[省市县区州旗盟])?(?:人民)?政府/;
const UNDER_WHOM = /(?:在|按照|根据|落实|贯彻|遵照)[^。,，;；]{0,16}$/;
const LEAD_OF_IT = /^[^。,，;；]{0,16}?的(?:正确|坚强|统一)?(?:领导|部署|要求|决策|指示)/;

function ownLeadership(text: string, at: number, length: number): boolean {
  const after = text.slice(at + length, at + length + 24);
  return LEADERSHIP_PAIR.test(after) && !LEAD_OF_IT.test(after) && !UNDER_WHOM.test(text.slice(Math.max(0, at - 20), at));
}

/**
 * 我州, 我市; the congress of its level: 市x届人大一次会议以来 (a template with its names cut); the government
 * the speaker speaks for: 我代表x镇人民政府, 我代表市人民政府 (a town's or a template's report, whose only
 * province may be one its leader visited: 习近平总书记考察山东); a 苏木 is Inner Mongolia's township
 */
const OWN_LEVEL =
  /我(省|市|县|区|州|旗|盟|镇|乡|苏木)(?![长委])|(省|市|县|区|州|旗|盟|镇|乡|苏木)(?:第)?[x×X一二三四五六七八九十\d]{1,3}届人(?:民代表)?大|我代表[^\s,，。、]{0,8}?(省|市|县|区|州|旗|盟|镇|乡|苏木)人民政府/g;

/** the level a text's own voice gives its region (我州 → 州), the one said most; null where it says none */
function ownLevel(text: string): string | null {
  const counts = new Map<string, number>();
  for (const m of text.matchAll(OWN_LEVEL)) {
    const level = m[1] ?? m[2] ?? m[3];
    counts.set(level, (counts.get(level) ?? 0) + 1);
  }
  let best: string | null = null;
  for (const [level, n] of counts) if (!best || n > counts.get(best)!) best = level;
  return best;
}

/**
 * A town or township the speaker speaks for (我代表白鹤镇人民政府; a 苏木, Inner Mongolia's township: 白音他拉苏木), by
 * the name it gives: the division table knows counties, not towns, and a compilation lists other towns' reports first.
 */
function townOf(words: string): string[] | null {
  return /^[\u4e00-\u9fff]{2,6}(?:镇|乡|苏木)$/.test(words) && !NOT_A_NAME.test(words) ? [words] : null;
}

/**
 * a work report titled by its year alone (2014年政府工作报告全文(双语), after a page's 正文): the nation's, as
 * pages title it
 */
const BARE_TITLE =
  /^\s*(?:正文|全文)?\s*(?:(?:19|20)\d\d年(?:度)?)?《?政府工作报告》?\s*(?:[(（]?(?:全文|双语|中英文?对照|实录)[)）]?\s*)*$/m;
/** a region's own voice (全县, 我市): a page that has it is no nation's report */
const LOCAL_VOICE = /[全我本](?:省|市|县|区|州|旗|盟|镇|乡|苏木)/;
/** a news headline naming its place first, or after its lead: 云南2012年GDP增速13%居全国第四, 四川2018年经济总量破4万亿,
 * 政府工作报告提出:2010年漳州经济社会发展预期目标 */
const HEADLINE_PLACE =
  /^(?:[^:：\n]{0,12}[:：]\s*)?(?:(?:19|20)\d\d年)?([\u4e00-\u9fff]{2,8}?)(?:(?:19|20)\d\d年|经济|GDP|地区生产总值|生产总值)/;
const SOURCE_LINE = /(?:来源|稿源|出处)\s*[:：][^\n]*/g;

/** a page that counts its places as a set (16城市, 31省份, 17个地级市) or tells of them together (各地相继公布, 多地) */
const PLACES_AS_A_SET = /\d+\s*个?(?:城市|省份|省区市|省市区|地市|地级市)|各地(?:相继|纷纷|陆续)|多地/;
/** a speaker for a region of its own (我代表…, 各位代表, 我市): a report, whatever places it names */
const OWN_VOICE = /我代表|各位代表|我(?:省|市|县|区|州|旗|盟)(?![长委])/;
/** a page's headline and lead, where a digest says it is one */
const DIGEST_LEAD = 200;

/**
 * A digest of many places, a news page setting several regions' targets or results side by side (各地相继公布今年经济增长
 * 目标: 杭州…内蒙古通辽、山西临汾、四川达州; 长江三角洲核心区16城市…上海、苏州…无锡市统计局): the place it names first or most
 * is one of many, not its own. The nation's when its places span three provinces or more, none when fewer; null for a
 * page that is no digest.
 */
function digestRegion(head: string): string[] | null {
  // (the set in its headline or lead: a story on one place that later counts others, 多地未达成…, is that place's)
  if (!PLACES_AS_A_SET.test(head.slice(0, DIGEST_LEAD)) || OWN_VOICE.test(head)) return null;
  const paths = new Map<string, string[]>();
  const note = (path: string[] | null) => {
    if (path && path[0] !== NATION_PATH[0]) paths.set(path.join('/'), path);
  };
  for (const m of head.matchAll(PART)) {
    const name = knownTail(m[0]);
    if (name.length >= 3 && isDivisionName(name)) note(divisionPath([name]));
  }
  for (const [said, name] of provinceNames()) if (head.includes(said)) note([name]);
  // places apart, not one inside another (郑州市 in 河南省 is one place said twice over)
  const keys = [...paths.keys()];
  const apart = keys.filter((k) => !keys.some((other) => other !== k && other.startsWith(`${k}/`)));
  // (one province's cities counted together, 河南17个地级市…其中,省会郑州市…, are read as the one they dwell on, as before)
  const provinces = new Set(apart.map((k) => paths.get(k)![0])).size;
  if (apart.length < 2 || provinces < 2) return null;
  return provinces >= 3 ? NATION_PATH : [];
}

export function regionOf(title: string, opening: string, site: string | null): string[] {
  const head = opening.slice(0, 1500);
  const around = `${title}\n${head}`;
  const fromTitle = title ? regionBeforeName(title, true, around) : null;
  if (fromTitle) return fromTitle;
  const digest = digestRegion(head);
  REGION_IN_CONGRESS.lastIndex = 0;
  for (const m of head.matchAll(REGION_IN_CONGRESS)) {
    // (a digest's news of one place's session among others: 杭州市第十三届人民代表大会第五次会议开幕, then 通辽, 临汾…)
    if (digest && !m[1]) continue;
    // a town's congress (在乌镇镇第十七届人民代表大会第一次会议上): the division table knows no towns
    const path = regionPathOf(m[1] ?? m[2], true, around) ?? townOf(m[1] ?? m[2]);
    if (path) return path;
  }
  if (digest) return digest;
  // a headline opening on a place and its year or its economy, before any other place the story names (云南省统计局发布
  // 国家统计局…核定的: not the nation's)
  const headline = HEADLINE_PLACE.exec(head.trimStart().split('\n', 1)[0]);
  const fromHeadline = headline && regionPathOf(headline[1], false, around);
  if (fromHeadline && fromHeadline[0] !== NATION_PATH[0]) return fromHeadline;
  if (NATIONAL.test(`${title}\n${head}`)) return NATION_PATH;
  // the government whose site carries the page (a national report reposted there said so above)
  const fromSite = site ? regionPathOf(site, false, around) : null;
  if (fromSite) return fromSite;
  for (const re of [REGION_IN_ADDRESS, REGION_OF_STATISTICS, REGION_IN_BYLINE]) {
    const m = re.exec(head);
    const path = m && (regionPathOf(m[1], false, around) ?? (re === REGION_IN_ADDRESS ? townOf(m[1]) : null));
    if (path) return path;
  }
  if (NATIONAL_PLAN_TITLE.test(`${title}\n${head}`)) return NATION_PATH;
  return regionByOwnChapter(
    regionBeforeName(head, false, around) ??
      // (a national story's source line names its outlet, not its subject: 来源:江苏广电总台 over 国内生产总值达到134.9万亿元)
      mostNamed(NATIONAL_TERMS.test(head) && !LOCAL_VOICE.test(opening) ? opening.replace(SOURCE_LINE, '') : opening) ??
      // (a town's template that calls its output 国内生产总值 speaks as 全镇: no nation's)
      ((NATIONAL_TERMS.test(head) || BARE_TITLE.test(around)) && !LOCAL_VOICE.test(opening) && !ownLevel(opening) ? NATION_PATH : []),
    head,
  );
}

/**
 * The report's metadata from its (clean) text and, when known, the page title (as the page has it:
 * the site's name after the report's tells whose site it is) and the page's heading around the
 * article (its <h1> and byline: 来源: 太仓市人民政府, 时间: 2023-01-05), read as if they opened the text.
 */
