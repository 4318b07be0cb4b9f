// What a report says about itself: its type, year, region and title. Read off the page title and
// the opening of the text (clean text: simplified, half-width), the way a reader would: the title
// first, then the line saying where and when it was delivered (——2025年1月19日在宁夏回族自治区第十三届
// 人民代表大会第三次会议上), the address (我代表…人民政府), the byline, and only then the body.
import { isDivisionName } from '../model/region';
import { arabicDates, YEAR } from './chinese-dates';
import { deliveredOn, deliveredYear, meetsLateInYear } from './delivery';
import { headingYears, opensOnPlannedYear } from './heading-years';
import { impliedYears, pageDatedYear, plannedYears, planReviewYear, soFarYears, termReviewYear } from './page-year';
import { communiqueYear, partYearRelease } from './release-year';
import { type ReportType, reportType } from './report-type';
import { ADMIN, NATION_PATH, regionOf } from './report-region';
import { npcSessionYear, provinceSessionYear } from './session-years';
import { anniversaryYear, sessionYearAtHand } from './year-at-hand';

export { REPORT_TYPES, type ReportType, reportType } from './report-type';

export interface ReportMeta {
  type: ReportType | null;
  /** the year in the report's name: a 2023 work report (reviewing 2022), a 2022 communiqué (describing 2022) */
  year: number | null;
  /** the year the report's results describe */
  resultsYear: number | null;
  /** the year its targets are for, where it sets any */
  targetsYear: number | null;
  /** the reporting region by its full name (宁夏回族自治区, 太仓市), and the regions it sits in, largest first */
  region: string | null;
  regionPath: string[];
  title: string | null;
}

// ————— title —————

/** a report's name as a title gives it (the title a page repeats over its text) */
const REPORT_NAME_LINE =
  /政府工作报告|统计公报|预算执行情况[^\n。]{0,30}?报告|预算草案[^\n。]{0,10}?报告|决算[^\n。]{0,30}?(?:报告|公开|说明)|计划执行情况[^\n。]{0,40}?报告|预算执行[^\n。]{0,20}?说明/;
/** what follows a report's name in a sentence about it, not in its title */
const REPORT_IN_SENTENCE = /^(?:中|里|提出|指出|提到|明确|强调|显示|要求|说|称)/;
/** breadcrumbs and labels around a title that are not it */
const NOT_A_TITLE = /[>»]|当前位置|您的位置|首页|点击|[,，;；:：]|。|《/;
/** a title's tail that says what the page is: 汇编65篇, 解读, (摘要) */
const PAGE_KIND = /^[(（]?(?:汇编|合集|大全|目录|范文|模板|解读|图解|摘要|摘登|全文)[^\n]{0,8}$/;
const LABEL = /^(?:标题|原标题|文件名称|名\s*称|概述|资料|全文|专题)\s*[:：|]\s*/;
/** what a repost puts before the title: the site's note on the province ((内蒙古), [安徽]), a wire's dateline */
const REPOST_LEAD = /^(?:[(（[【][\u4e00-\u9fff]{2,8}[)）\]】]|[\u4e00-\u9fff]{1,6}社[\u4e00-\u9fff]{2,6}\d{1,2}月\d{1,2}日电)\s*/;

/** what parts a page title: 报告 - 太仓市人民政府, 报告_太仓市人民政府; normalized text has lost the spaces around a dash */
const TITLE_PARTS = /\s+[-_|—–·]+\s+|(?<=[\u4e00-\u9fff)）])[-—–]+(?=[\u4e00-\u9fff(（])|_|\||丨|｜/;
const NAMES_A_REPORT = /报告|公报|報告|公報|草案|纲要|決算|决算/;
/** a government's site named after a page's title: _太仓市人民政府, - 沛县人民政府门户网站 */
const GOVERNMENT_SITE = /^([\u4e00-\u9fff]{2,16}?)(?:人民政府|政府)(?:门户)?(?:网站|网)?$/;

/** a page title without the site's name: 太仓市2023年政府工作报告 - 太仓市人民政府 → 太仓市2023年政府工作报告 */
export function cleanTitle(title: string): string {
  const parts = title
    .split(TITLE_PARTS)
    .map((p) => p.trim())
    .filter(Boolean);
  // keep the part that names a report, else the first
  const part = parts.find((p) => NAMES_A_REPORT.test(p)) ?? parts[0] ?? '';
  return tidyTitle(part);
}

/** the government whose site a page title names after the report (2025年政府工作报告_太仓市人民政府 → 太仓市) */
function siteGovernment(pageTitle: string): string | null {
  const parts = pageTitle.split(TITLE_PARTS).map((p) => p.trim());
  for (const p of parts.slice(1)) {
    const m = GOVERNMENT_SITE.exec(p);
    if (m) return m[1];
  }
  return null;
}

/** 政 府 工 作 报 告 → 政府工作报告; without the reposting site's marks: (全文), —全文, (现场实录) */
function tidyTitle(title: string): string {
  return title
    .replace(/(?<=[\u4e00-\u9fff])[ \t\u3000]+(?=[\u4e00-\u9fff])/g, '')
    .replace(/^[(（](?:现场实录|全文|图文|视频|摘要版)[)）]/, '')
    .replace(REPOST_LEAD, '')
    .replace(/\s*(?:[(（](?:全文|全文发布|附全文|现场实录|图文)[)）]|[—-]+\s*全文|全文)$/, '')
    .trim();
}

/**
 * The report's title in its opening: a line's words up to the first report name in it (the text's
 * normalizer runs a title into the delivery line that follows: 政府工作报告——2024年1月10日在…), with a
 * note in brackets after it ((摘要), (2022年)). The first that also names a year or a place wins.
 */
/** words before a report's name that make the line a sentence about it: 在, 作, 据 it; a congress that approved or heard it */
const SAID_OF_REPORT = /(?:[在作向据按照]|(?:批准|审议|通过|听取|讨论|贯彻|落实|学习|传达)了?[省市县区]?)$/;

function titleInText(opening: string): string | null {
  const titles: string[] = [];
  for (const raw of opening.slice(0, 2500).split('\n')) {
    // a labelled field (标题: …, 文件名称 | … |) holds the title up to the next field
    const label = LABEL.exec(raw.trim());
    const seg = label ? raw.trim().slice(label[0].length).split('|')[0] : raw.trim();
    // after a breadcrumb (首页 > 规划计划巴彦县2025年政府工作报告), from where a place's name starts
    const crumbs = seg.split(/>+|»/);
    const line = crumbs.length > 1 ? fromPlaceName(tidyTitle(crumbs[crumbs.length - 1])) : tidyTitle(seg);
    const m = REPORT_NAME_LINE.exec(line);
    if (!m) continue;
    const end = m.index + m[0].length;
    // a sentence about the report is no title: 代市长陈吉明在政府工作报告中提到; 政府工作报告提出2024年…; 省十一届人大一次
    // 会议批准了省政府工作报告
    if (REPORT_IN_SENTENCE.test(line.slice(end)) || SAID_OF_REPORT.test(line.slice(0, m.index))) continue;
    // a headline goes on past a separator (四川省政府工作报告丨2024年四川地区生产总值预期增长6%左右)
    if (/^\s*[|丨｜_]\s*\S/.test(line.slice(end))) continue;
    // what the page is, said after the name (汇编65篇, (摘要)), is the title's; other words are the next line run in
    const rest = line.slice(end);
    const title = PAGE_KIND.test(rest) ? tidyTitle(line) : line.slice(0, end) + (/^[(（][^()（）]{1,12}[)）]/.exec(rest)?.[0] ?? '');
    if (title.length >= 4 && title.length <= 80 && !NOT_A_TITLE.test(title)) titles.push(title);
  }
  return titles.find((l) => new RegExp(`${YEAR}年|[\\u4e00-\\u9fff](?:省|市|县|区|旗|州|盟)`).test(l)) ?? titles[0] ?? null;
}

/** 规划计划巴彦县2025年政府工作报告 → 巴彦县2025年政府工作报告: a breadcrumb's last words run into the title */
function fromPlaceName(line: string): string {
  for (let k = 0; k < Math.min(line.length, 12); k++) {
    const name = new RegExp(`^[\\u4e00-\\u9fff]{1,12}?${ADMIN}`).exec(line.slice(k))?.[0];
    if (name && isDivisionName(name)) return line.slice(k);
    if (!/[\u4e00-\u9fff]/.test(line[k])) break;
  }
  return line;
}

// ————— year —————

/**
 * The date a page gives the document: its 日期 fields (日期: 2022年01月24日), or a 时间 the government
 * publishing it signs (时间: 2024-01-05 来源: 某区人民政府). A repost's bare 时间: or 更新时间: dates its copy.
 */
const ISSUED = new RegExp(
  `(?:日期|发布日期|成文日期|公开日期|发文日期)\\s*[:：]?\\s*${YEAR}[-年/.]|(?<!更新)时间\\s*[:：]?\\s*${YEAR}[-年/.][^\\n]{0,30}?来源\\s*[:：]?\\s*[\\u4e00-\\u9fff]{0,12}(?:政府|人大)`,
);

/** the words between a year and what it is the year of, not running into the next year */
const GAP = '(?:(?!(?:19|20)\\d\\d年)[^。\\n]){0,16}?';

interface Years {
  year: number | null;
  resultsYear: number | null;
  targetsYear: number | null;
}

/** a report on final accounts names itself so: 关于1986年国家决算的报告, 2023年天等县决算(草案)的报告, 决算公开 */
const FINAL_ACCOUNTS = /决算(?:\(?草案\)?)?的?报告|决算公开|决算草案/;

/** the words between a year and its targets: 2023年经济社会发展的主要, 广东2023年地区生产总值 (no figure, no 今年) */
const PLAN_GAP = '[^。\\n,\\d今明]{0,10}?(?:主要)?';

/** a budget or plan report's years, as it names them: 2022年预算执行情况和2023年预算草案 */
function namedYears(type: 'budget-report' | 'plan-report', head: string): Years | null {
  const kind = type === 'budget-report' ? '预算' : '计划';
  const done = new RegExp(`${YEAR}年(?:度)?${GAP}(?:${kind}执行|${type === 'budget-report' ? '决算' : '计划执行'})`).exec(head);
  // or a plan named by its year alone, as the notice issuing it names it (《湖南省2023年国民经济和社会发展计划》)
  const plan = new RegExp(`${YEAR}年(?:度)?${GAP}${kind}(?:草案|安排|公开)|${YEAR}年国民经济和社会发展计划(?![^。\\n]{0,4}执行)`).exec(
    head,
  );
  // a final-accounts report is named by the year it closes, though it recalls that year's budget report
  // (在…第五次会议上…作了《关于1986年国家预算执行情况和1987年国家预算草案的报告》): it names itself first
  const final = type === 'budget-report' ? FINAL_ACCOUNTS.exec(head) : null;
  const closed = final && (!plan || final.index < plan.index) ? new RegExp(`${YEAR}年(?:度)?${GAP}决算`).exec(head) : null;
  if (closed) {
    const y = Number(closed[1]);
    return { year: y, resultsYear: y, targetsYear: y + 1 };
  }
  if (plan) {
    const y = Number(plan[1] ?? plan[2]);
    return { year: y, resultsYear: done ? Number(done[1]) : y - 1, targetsYear: y };
  }
  if (!done) return null;
  const y = Number(done[1]);
  // a final-accounts report is named by the year it closes, and so is a report on this year so far
  if (/决算|上半年|今年以来/.test(done[0])) return { year: y, resultsYear: y, targetsYear: y + 1 };
  return { year: y + 1, resultsYear: y, targetsYear: y + 1 };
}

function reportYears(title: string, opening: string, type: ReportType | null, regionPath: string[], text: string): Years {
  const head = `${title}\n${opening.slice(0, 1500)}`;
  if (type === 'budget-report' || type === 'plan-report') {
    // a report on this year so far (今年以来预算执行情况) is dated by its delivery
    const named = /今年以来/.test(title) ? null : namedYears(type, head);
    if (named) return named;
  }
  const year = nameYear(title, opening, type, regionPath);
  if (year === null) {
    // a body without its title that opens on its year (2021年,在县委…; 2023年是…之年): its results are that
    // year's, unless that first sentence sets the year's targets (2024年,四川省…主要预期目标是:)
    const opens = OPENS_ON_YEAR.exec(opening);
    if (!opens) {
      // a news page or a section: the year its plans are of (2025年是…之年), or its review's (过去一年…2014年…实现); a later
      // page of a report, by its parts' headings anywhere in it (二、2022年的工作安排); news of a session, by the one year it
      // says something will be done in (2021年南京将…)
      const implied =
        type === 'statistical-communique'
          ? null
          : (impliedYears(opening) ??
            sessionYearAtHand(opening.slice(0, 1500)) ??
            headingYears(arabicDates(text)) ??
            soFarYears(opening) ??
            plannedYears(opening, type) ??
            partYearRelease(opening) ??
            anniversaryYear(opening.slice(0, 1500)));
      if (!implied) return { year, resultsYear: null, targetsYear: null };
      return { year: type === 'work-report' ? implied.targetsYear : null, ...implied };
    }
    const y = Number(opens[1]);
    const plans = /预期目标|目标(?:是|为)/.test(opening.slice(0, opening.search(/[。\n]|$/))) || opensOnPlannedYear(opening);
    if (plans) return { year: type === 'work-report' ? y : year, resultsYear: y - 1, targetsYear: y };
    // a work report's review (2009年,金融危机肆虐,…我市实现地区生产总值…) is of the year before its own
    return { year: type === 'work-report' ? y + 1 : year, resultsYear: y, targetsYear: y + 1 };
  }
  if (type === 'statistical-communique') return { year, resultsYear: year, targetsYear: null };
  if (/今年以来|上半年/.test(title)) return { year, resultsYear: year, targetsYear: year };
  if (reviewsOwnYear(opening, year) || deliveredLateIn(opening, year)) return { year, resultsYear: year, targetsYear: year + 1 };
  return { year, resultsYear: year - 1, targetsYear: year };
}

/** named by the year it was delivered in, late in it, to the congress that meets for the next (2020年谷城县人民政府
 * 工作报告, 2020年12月23日在…第五次会议上): its review is of that year */
function deliveredLateIn(opening: string, year: number): boolean {
  const on = deliveredOn(opening.slice(0, 3000));
  return meetsLateInYear(on) && on.year === year;
}

/**
 * A report titled by the year it reviews, delivered the next (2019年梨树县政府工作报告, whose review
 * opens 2019年,是我县…卓有成效的一年): the review's first sentence says that year was a year of
 * something, before any of the year's targets. A report's own year said so in its plans is 之年
 * (2023年是…开局之年), and a review of the year before names that year.
 */
function reviewsOwnYear(opening: string, year: number): boolean {
  const head = opening.slice(0, 1500);
  // (or a review heading that names it: 2023年XX镇政府工作报告 … 一、2023年工作回顾)
  if (new RegExp(`(?:^|[\\n。])\\s*(?:[一二三四五六七八九十]{1,2}、)?${year}年(?:度)?(?:政府)?工作回顾`).test(head)) return true;
  const m = new RegExp(`(?:^|[\\n。])[^\\n。]{0,4}${year}年,?是[^。\\n]{0,60}?的一年`).exec(head);
  return !!m && !/主要预期目标|今年|明年/.test(head.slice(0, m.index));
}

/** a text's first words are its year: 2021年,在县委、县政府的坚强领导下…; 2023年是…的开局之年; after a label
 * line of a few characters (摘要\n2004年是…) */
const OPENS_ON_YEAR = new RegExp(`^\\s*(?:(?:摘要|全文|正文|摘登|节选)\\s*|[\\u4e00-\\u9fff]{1,6}\\n\\s*)?${YEAR}年(?:是|,|，)`);

/** a report or its speaker telling the year reviewed: 报告说,1998年…实现; 他说,2010年,…; 报告指出,2010年,是…的一年; 报告指出:
 * ●2023年广东地区生产总值达到13.57万亿元、增长4.8% (a bulleted list);
 * 黄奇帆说,2012年是…极不平凡的一年; 报告显示,2012年,重庆经济增长13.6% */
const REVIEW_SAID = new RegExp(
  `(?:报告|讲话|[他她]|[\\u4e00-\\u9fff]{2,3}?)(?:中)?(?:说|指出|称|表示|显示)[,:]?\\s*(?:[●■◆•·]\\s*)?${YEAR}年,?(?:是[^。\\n]{0,60}?的一年|[^。\\n要将争预目]{0,30}?(?:实现|完成|突破|超过|增长)(?![^。\\n,;]{0,12}(?:预期|目标)))`,
);
/** the report's words on its year, in news of it: 政府工作报告中指出,2023年是全面贯彻…的开局之年 (its plans), or
 * 2021年是…之年。一年来,… (its review) */
const YEAR_SAID = `报告(?:中)?(?:说|指出|称|提出|强调)[,:]?\\s*${YEAR}年,?是[^。\\n]{0,60}?之年`;
const OWN_YEAR_SAID = new RegExp(`${YEAR_SAID}(?![^。\\n]{0,80}。\\s*(?:一年来|过去的一年))`);
const REVIEWED_YEAR_SAID = new RegExp(`${YEAR_SAID}[^。\\n]{0,80}。\\s*(?:一年来|过去的一年)`);
/** the report's or a meeting's words on what its year will do: 吕祖善在报告中称,2010年,浙江将完成…; 会议强调,2009年市政府要… */
const PLANS_SAID = new RegExp(`(?:报告|会议)(?:中)?(?:说|指出|称|提出|强调)[,:]?\\s*${YEAR}年,?[^。\\n]{0,20}?(?:将|要|力争|预期)`);
/** a headline, in a page's first lines, naming the year's targets: 2022年 武汉地区生产总值增长目标:7.5% (原标题:2022年,…),
 * not their review (…目标任务全面完成); a section's heading further down is no headline */
const TARGETS_HEADLINE = new RegExp(
  `^(?:[^\\n]{0,80}\\n){0,6}?\\s*(?:原标题[:：]\\s*)?${YEAR}年[,，\\s]*[^。\\n,，]{0,16}?目标(?![^。\\n]{0,8}(?:完成|实现|超额))`,
);

/** the year in the report's name: from its title, its delivery, its session, or what it says of itself */
function nameYear(title: string, opening: string, type: ReportType | null, regionPath: string[]): number | null {
  // (not a horizon the title names: “十四五”时期和2035年远景目标任务出台, 到2035年…)
  const inTitle = /今年以来/.test(title)
    ? null
    : new RegExp(`(?<![到至])${YEAR}\\s*年(?!远景)|${YEAR}(?=\\s*[《“"]?政府工作报告)`).exec(title);
  const text = opening.slice(0, 3000);
  if (inTitle) {
    // a page that names a report by the year it reviews: 2015年政府工作报告 delivered on 2016年1月13日, or by the year it
    // was delivered in late (2016年长湖乡政府工作报告, 2016年11月2日): the next year's, whose targets it sets, as every
    // late-year local congress's report is (deliveredYear); the nation's, named by the year delivered (1964年政府工作报告,
    // 1964年12月21日), keep it
    const named = Number(inTitle[1] ?? inTitle[2]);
    const on = deliveredOn(text);
    const late = on?.year === named + 1 || (on?.year === named && meetsLateInYear(on) && regionPath[0] !== NATION_PATH[0]);
    return type === 'work-report' && late ? named + 1 : named;
  }
  if (type === 'statistical-communique') return communiqueYear(text);
  const delivered = deliveredYear(text);
  if (delivered !== null) return delivered;
  // the national congress's session gives the year before anything but the page's own words on it
  if (regionPath[0] === NATION_PATH[0]) {
    const session = npcSessionYear(text);
    if (session !== null) return session;
  }
  const tries: Array<[RegExp, number]> = [
    // not the budget's execution named in a session's agenda (2016年财政预算执行情况和2017年财政预算草案 → 2017), nor
    // final accounts a report says were audited (2016年至2017年财政决算及其他财政收支情况审计), nor a year a clause before the
    // report's name speaks of (对于2016年深圳的经济发展情况,本次政府工作报告如是评价; 2023年,天津财税保持较快增长,一般公共预算收入…)
    // nor a budget's figures, which are the year's results (2023年全国一般公共预算收入超21万亿元; (三)2013年预算收支情况)
    [
      new RegExp(
        `${YEAR}年(?:度)?(?:(?!(?:19|20)\\d\\d年)[^。\\n>,;]){0,16}?(?:政府工作报告|决算(?![^。\\n]{0,12}审计)|预算(?!执行|收支|收入|支出))`,
      ),
      0,
    ],
    // a title with its place blanked: 镇人民政府2021年工作报告
    [new RegExp(`人民政府${YEAR}年(?:度)?工作报告`), 0],
    // a page's heading: 2023《政府工作报告》(实录); 合肥市 2006 政府工作报告
    [new RegExp(`${YEAR}\\s*[《“"]?政府工作报告`), 0],
    // news of a session naming the year its targets are for: 提出了2012年中国经济的主要预期目标; 提出广东2023年地区生产总值
    // 预期目标为…; 2023年经济社会发展的主要预期目标是:; 作关于2011年政府工作主要安排的报告 (not a review of them:
    // 圆满完成2022年主要预期目标; nor a heading alone, as an infographic's, which may head its review)
    [
      new RegExp(
        `(?:提出了?|明确了?|确定了?)[^。\\n,]{0,6}?${YEAR}年${PLAN_GAP}预期目标|(?<!(?:完成|实现)了?)${YEAR}年${PLAN_GAP}预期目标(?:是|为)|${YEAR}年政府工作(?:的)?主要安排`,
      ),
      0,
    ],
    [
      new RegExp(
        `${YEAR}年(?:主要)?(?:目标任务|工作安排|主要目标|工作任务|重点工作|工作总体要求)|${YEAR}年(?:政府)?工作目标|${YEAR}年?任务清单|${YEAR}年国民经济和社会发展(?:的)?主要预期目标|${YEAR}年政府工作的?总体要求|对${YEAR}年的?(?:政府)?工作作了[^。\\n,]{0,4}?(?:布置|安排|部署)`,
      ),
      0,
    ],
    [
      new RegExp(
        `${YEAR}年(?:和今年以来)?(?:政府)?工作回顾|回顾了?${YEAR}年|回顾[^。\\n\\d]{0,6}?${YEAR}年(?:的)?工作|${YEAR}年的?主要工作(?:情况|回顾)|刚刚过去的${YEAR}年|对${YEAR}年的?(?:政府)?工作[^。\\n]{0,16}?作了[^。\\n,]{0,4}?(?:回顾|总结)`,
      ),
      1,
    ],
    // news of a new term's report: 关于今后五年…的总体思路和2008年的工作
    [new RegExp(`今后五年[^。\\n]{0,30}?和${YEAR}年的?(?:政府)?工作`), 0],
    // the review that follows the address: …作政府工作报告。1955年,是我们国家的政治形势发生根本变化的一年
    [new RegExp(`(?:报告|审议|意见)[^。\n]{0,12}。s*${YEAR}年,?是[^。\n]{0,60}?的一年`), 1],
    // news of a session, the report's or a speaker's words opening on the year reviewed: 作政府工作报告说,1998年全市
    // 国内生产总值实现…; 报告指出,2010年,是我县…的一年 (not the plans: 报告指出,2025年要实现…)
    [REVIEW_SAID, 1],
    // the close of a review, to the deputies: 各位代表,2018年,我们付出了更多的努力…取得了较好成绩 (not its plans: 2024年是…)
    [new RegExp(`各位代表[!！,，]\\s*${YEAR}年[,，]?(?!是)[^。\\n]{0,60}?(?:取得|完成|付出|实现)了`), 1],
    [OWN_YEAR_SAID, 0],
    [REVIEWED_YEAR_SAID, 1],
    [PLANS_SAID, 0],
    [TARGETS_HEADLINE, 0],
  ];
  const later: Array<[RegExp, number]> = [
    [ISSUED, 0],
    // the review's estimates of the year just ending: 2021年,预计实现地区生产总值56.6亿元
    [new RegExp(`${YEAR}年,?(?:全年)?预计(?:实现|完成|全年)|预计${YEAR}年(?:全年)?[,,]?(?:全市|全县|全区|全省|全旗|实现|完成)`), 1],
  ];
  const tried = (list: Array<[RegExp, number]>) => {
    for (const [re, add] of list) {
      const m = re.exec(text);
      if (m) return Number(m.slice(1).find(Boolean)) + add;
    }
    return null;
  };
  // a review of a whole five-year plan or term dates the report before its page's own dates do
  // a province's session, whose terms may hold an extra one, only after all the page says
  const province = regionPath.length === 1 && regionPath[0] !== NATION_PATH[0] ? regionPath[0] : null;
  return (
    tried(tries) ??
    planReviewYear(text) ??
    termReviewYear(text) ??
    tried(later) ??
    (province ? provinceSessionYear(text, province) : null) ??
    pageDatedYear(text)
  );
}

export function reportMeta(text: string, pageTitle = '', heading = ''): ReportMeta {
  const opening = (heading ? `${heading}\n` : '') + text.slice(0, 3000);
  let title = cleanTitle(pageTitle);
  if (!title || !reportType(title, '')) title = titleInText(opening) ?? title;
  const type = reportType(title, opening);
  const regionPath = regionOf(title, opening, siteGovernment(pageTitle));
  const years = reportYears(arabicDates(title), arabicDates(opening), type, regionPath, text);
  return {
    type,
    ...years,
    region: regionPath.length ? regionPath[regionPath.length - 1] : null,
    regionPath,
    title: title || null,
  };
}
