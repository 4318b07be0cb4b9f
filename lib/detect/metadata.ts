// What a report says about itself: its type, year, region and title. Read off the page title and
// the opening of the text (clean text: simplified, half-width), the way a reader would.
import { isDivisionName } from '../model/region';

export const REPORT_TYPES = ['work-report', 'statistical-communique', 'budget-report', 'plan-report'] as const;
export type ReportType = (typeof REPORT_TYPES)[number];

export interface ReportMeta {
  type: ReportType | null;
  /** the year in the report's name: a 2023 work report (reviewing 2022), a 2022 communiqué (describing 2022) */
  year: number | null;
  /** the year the report's results describe */
  resultsYear: number | null;
  /** the year its targets are for, where it sets any */
  targetsYear: number | null;
  /** the reporting region, most specific first (太仓市), with the regions it sits in, largest first */
  region: string | null;
  regionPath: string[];
  title: string | null;
}

const YEAR = '((?:19|20)\\d\\d)';
const TYPE_PATTERNS: Array<[ReportType, RegExp]> = [
  ['statistical-communique', /统计公报/],
  ['work-report', /政府工作报告|向大会报告(?:政府)?工作|人民政府工作报告|目标任务和主要工作|主要目标和任务|政府工作回顾/],
  ['budget-report', /预算执行情况|预算草案|决算(?:草案|的报告|报告)|财政预算|预决算|本级决算|本级预算/],
  ['plan-report', /国民经济和社会发展计划|计划执行情况|计划草案|规划纲要|五年规划/],
];

export function reportType(title: string, opening: string): ReportType | null {
  for (const src of [title, opening]) for (const [type, re] of TYPE_PATTERNS) if (re.test(src)) return type;
  return null;
}

// bare 州 is left out: it ends city names (苏州市, 杭州市) far more often than it abbreviates 自治州
const ADMIN = '(?:特别行政区|维吾尔自治区|壮族自治区|回族自治区|自治区|自治州|自治县|自治旗|省|市|地区|盟|县|区|旗|新区)';
/** a region name right before a report's name: 太仓市2023年政府工作报告, 苏州市吴中区人民政府工作报告 */
const REPORT_NAME = /工作报告|国民经济|经济和社会发展|统计公报|本级|预算|决算|财政/g;
const REGION_BEFORE_NAME = new RegExp(`([\\u4e00-\\u9fff]{1,16}?${ADMIN})(?:人民政府)?(?:${YEAR}年(?:度)?)?(?:人民政府|政府)?$`);

/** the region named right before the first report name in `src` that has one (looked up from the name back) */
function regionBeforeName(src: string): string | null {
  REPORT_NAME.lastIndex = 0;
  for (let m, tries = 0; tries < 12 && (m = REPORT_NAME.exec(src)); tries++) {
    const r = REGION_BEFORE_NAME.exec(src.slice(Math.max(0, m.index - 32), m.index));
    if (r) return r[1];
  }
  return null;
}
/** words that open a page title before the region's name */
const TITLE_PREFIX = /^(?:一图读懂|一图看懂|图解|解读|全文|速览|快看|最新|重磅|权威发布|关于)/;
const REGION_IN_ADDRESS = /我代表([\u4e00-\u9fff]{2,16}?)人民政府/;
/** the congress the report was delivered to: 在安远县第十八届人民代表大会第四次会议上 */
const REGION_IN_CONGRESS = /在([\u4e00-\u9fff]{2,16}?)第[一二三四五六七八九十]+届人民代表大会/;
/** the publisher in a page's byline: 来源: 太仓市人民政府办公室 */
const REGION_IN_BYLINE = /(?:来源|发布机构|发布单位|信息来源|发文机关)\s*[:：]?\s*([\u4e00-\u9fff]{2,16}?)(?:人民政府|政府|统计局|财政局|发展和改革委员会|发改委)/;
const NATIONAL = /国务院|全国人民代表大会|全国人大|国内生产总值/;
const PART = new RegExp(`[\\u4e00-\\u9fff]+?${ADMIN}`, 'g');

/**
 * 苏州市吴中区 → [苏州市, 吴中区]; 江苏省太仓市 → [江苏省, 太仓市]. Words run into a name
 * (规划计划巴彦县, from a breadcrumb before the title) are cut off where the national division
 * table knows the name.
 */
export function splitRegion(name: string): string[] {
  const parts = name.match(PART) ?? [];
  // a one-character remainder (区, 市 alone) is not a name
  return parts.map(knownTail).filter((p) => p.length >= 2);
}

/** the longest end of a name that names a division (the whole name when none does) */
function knownTail(name: string): string {
  for (let k = 0; k <= name.length - 2; k++) if (isDivisionName(name.slice(k))) return name.slice(k);
  return name;
}

function regionOf(title: string, opening: string): string[] {
  for (const src of [title, opening]) {
    const name = regionBeforeName(src);
    if (name && !/^(?:本|全|我|该|各|上|下)/.test(name) && name.length >= 2) {
      const path = splitRegion(name.replace(/^.*?(?:第|届|年|、|的)/, '').replace(TITLE_PREFIX, ''));
      if (path.length) return withParents(path, `${title}\n${opening.slice(0, 300)}`);
    }
  }
  for (const re of [REGION_IN_ADDRESS, REGION_IN_CONGRESS, REGION_IN_BYLINE]) {
    const a = re.exec(opening);
    const path = a ? splitRegion(a[1]) : [];
    if (path.length) return withParents(path, opening);
  }
  if (/国务院/.test(title + opening.slice(0, 400)) || (/政府工作报告/.test(title) && NATIONAL.test(opening.slice(0, 2000)))) return ['全国'];
  return [];
}

/** a province or city in parentheses before the name: (江苏省)苏州市吴中区 */
function withParents(path: string[], src: string): string[] {
  const p = /[(（]([\u4e00-\u9fff]{2,8}(?:省|自治区|市))[)）]/.exec(src);
  if (p && !path.includes(p[1])) return [p[1], ...path];
  return path;
}

function yearOf(title: string, opening: string, type: ReportType | null): number | null {
  const t = new RegExp(`${YEAR}年`).exec(title);
  if (t) return Number(t[1]);
  const tries: Array<[RegExp, number]> = [
    [new RegExp(`${YEAR}年(?:度)?[^。\\n]{0,16}?(?:政府工作报告|统计公报|决算|预算)`), 0],
    [new RegExp(`${YEAR}年\\d{1,2}月\\d{1,2}日在[^。\\n]{0,40}(?:人民代表大会|人大常委会|人大)`), 0],
    [new RegExp(`${YEAR}年(?:主要)?(?:目标任务|工作安排|主要目标|工作任务)`), 0],
    [new RegExp(`${YEAR}年(?:政府)?工作回顾`), 1],
    [new RegExp(`(?:时间|发布时间|日期|发布日期|成文日期|公开日期)\\s*[:：]?\\s*${YEAR}[-年/.]`), 0],
  ];
  for (const [re, add] of tries) {
    const m = re.exec(opening);
    if (m) {
      const y = Number(m[1]) + add;
      // a communiqué is published the year after the one it describes
      return type === 'statistical-communique' && re === tries[4][0] ? y - 1 : y;
    }
  }
  return null;
}

const TITLE_IN_TEXT = /^[^\n。]{0,40}?(?:政府工作报告|统计公报|预算执行情况[^\n。]{0,20}报告|决算[^\n。]{0,20}报告|计划执行情况[^\n。]{0,30}报告)[^\n。]{0,20}$/m;

/** a page title without the site's name: 太仓市2023年政府工作报告 - 太仓市人民政府 → 太仓市2023年政府工作报告 */
export function cleanTitle(title: string): string {
  const parts = title.split(/\s+[-_|—–·]+\s+|_|\||丨|｜/).map((p) => p.trim()).filter(Boolean);
  // keep the part that names a report, else the first
  return parts.find((p) => /报告|公报|報告|公報|草案|纲要/.test(p)) ?? parts[0] ?? '';
}

/**
 * The report's metadata from its (clean) text and, when known, the page title and the page's heading
 * around the article (its <h1> and byline: 来源: 太仓市人民政府, 时间: 2023-01-05), read as if they
 * opened the text.
 */
export function reportMeta(text: string, pageTitle = '', heading = ''): ReportMeta {
  const opening = (heading ? `${heading}\n` : '') + text.slice(0, 3000);
  let title = cleanTitle(pageTitle);
  if (!title || !reportType(title, '')) {
    const m = TITLE_IN_TEXT.exec(opening);
    if (m) title = m[0].trim();
  }
  const type = reportType(title, opening);
  const year = yearOf(title, opening, type);
  let resultsYear = year === null ? null : type === 'statistical-communique' ? year : year - 1;
  let targetsYear = year === null || type === 'statistical-communique' ? null : year;
  if (type === 'budget-report') {
    // 2023年预算执行情况和2024年预算草案: results of the one year, plans of the next
    const head = `${title}\n${opening.slice(0, 800)}`;
    const done = new RegExp(`${YEAR}年[^。\\n]{0,10}?(?:预算执行|决算)`).exec(head);
    const plan = new RegExp(`${YEAR}年[^。\\n]{0,10}?预算(?:草案|安排)`).exec(head);
    if (done) resultsYear = Number(done[1]);
    if (plan) targetsYear = Number(plan[1]);
    else if (done) targetsYear = Number(done[1]) + 1;
  }
  const regionPath = regionOf(title, opening);
  return {
    type,
    year: type === 'budget-report' && targetsYear !== null ? targetsYear : year,
    resultsYear,
    targetsYear,
    region: regionPath.length ? regionPath[regionPath.length - 1] : null,
    regionPath,
    title: title || null,
  };
}
