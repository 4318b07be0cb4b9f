// Is this text a government report — a work report, a statistical communiqué, a budget or plan
// report — or something else that talks like one (news quoting a report, a company's annual
// report, a stock page, a government notice, a list of report titles)?
//
// franc(-min) decides the language first: only Chinese goes on. Then evidence is weighed: what the
// text calls itself, how it opens (各位代表…我代表…向大会报告工作), how it is built (a review and the
// year's targets, a communiqué's 比上年增长), how dense its figures are, and what other genres
// betray themselves by. The score and every reason that moved it are returned, so a verdict can be
// read and argued with.
import { normalize } from '../text/normalize';
import { findQuantities } from '../extract/quantities';
import { cleanTitle, reportMeta, type ReportMeta } from './metadata';
import { deliveredBySomeone, figuresBlanked, ownFullTextName, partyCongressIsTheSubject, SPEECH_HEAD, titleListLines } from './genre-cues';
import { OWN_REPORT, ownOpening, proseHeadOf, thanksForTheGovernment } from './report-opening';
import { withoutForumMarkup } from './forum-markup';
import { budgetBooksHeaded } from './budget-books';
import { reportOfAnotherBody } from './other-bodies';
import { COMMUNIQUE_BODY, headedByCommuniqueChapter, OWN_COMMUNIQUE } from './report-type';
import { chineseOf, languageOf } from './language';
import { titleLinesOf } from './title-lines';
import { MEETING_HELD, PART_YEAR_BUDGET, YEARBOOK_ENTRY } from './other-pages';
import {
  ABOUT_A_REPORT,
  APPROVED_AND_PUBLISHED,
  PLAN_REPORT_NAME,
  PROGRAMME_VERBS,
  REPORTED_SPEECH,
  SESSION_NEWS,
  TARGET_WORDS,
  TASK_WORDS,
} from './report-cues';

export interface Detection extends ReportMeta {
  isReport: boolean;
  score: number;
  /** what moved the score, in order: "+4 title names a work report" */
  reasons: string[];
  /** franc's ISO 639-3 code (cmn for Chinese, simplified or traditional), or und */
  language: string;
}

export interface DetectOptions {
  /** the page title, when known */
  title?: string;
  /** the page's heading around the text (its <h1>, byline), when known: for the metadata */
  heading?: string;
}

/** the score from which a text is taken for a report */
export const REPORT_THRESHOLD = 5;
/** the text read for evidence: reports say what they are at the start */
const WINDOW = 20000;

interface Evidence {
  weight: number;
  reason: string;
  test: (t: Texts) => boolean;
  /**
   * a cue of the page around the text (an encyclopedia's infobox, a news site's source line, a list
   * of titles): not weighed when the text carries the report's own opening (see ownOpening)
   */
  frame?: boolean;
}

interface Texts {
  /** the page title and the title found in the text */
  title: string;
  /** the lines that may be the page's title (see titleLinesOf) */
  titleLines: string[];
  opening: string;
  /** the head of the source line by line, without menu lines (see proseHeadOf) */
  proseHead: string;
  body: string;
}

const inOpening = (re: RegExp) => (t: Texts) => re.test(t.opening);
const inHead = (re: RegExp) => (t: Texts) => re.test(t.opening.slice(0, HEAD));
const inBody = (re: RegExp) => (t: Texts) => re.test(t.body);
const count = (re: RegExp, s: string): number => s.match(new RegExp(re.source, 'g'))?.length ?? 0;
/** occurrences per 1000 characters (a text shorter than a paragraph or two counts as that long) */
const perMille = (re: RegExp, s: string): number => (count(re, s) * 1000) / Math.max(s.length, 400);

/** the head of the text, where a page says what it is: its title, dateline, byline */
const HEAD = 600;

const named = (re: RegExp) => (t: Texts) => t.titleLines.some((line) => re.test(line) && !ABOUT_A_REPORT.test(ownFullTextName(line)));

const EVIDENCE: Evidence[] = [
  // what it calls itself
  { weight: 4, reason: 'names itself a government work report', test: named(/政府工作报告|政府工作報告|人民政府工作报告/) },
  { weight: 4, reason: 'names itself a statistical communiqué', test: named(/统计公报/) },
  {
    weight: 4,
    reason: 'names itself a budget or final-accounts report',
    test: named(/(?:预算|决算)[^。]{0,20}(?:报告|草案)|预算执行情况|决算公开/),
  },
  {
    weight: 1,
    reason: 'offers the full text of a report (政府工作报告(全文))',
    test: named(/(?:政府工作报告|计划[^。]{0,20}报告|预算[^。]{0,20}报告)[》”"]?\s*[(（]?全文/),
  },
  {
    weight: 3,
    reason: 'names itself a plan report',
    // (in a title line, or in the speaker's own report: 我代表省人民政府,向大会作关于…“九五”计划…的报告)
    test: (t) => named(PLAN_REPORT_NAME)(t) || PLAN_REPORT_NAME.test(OWN_REPORT.exec(t.opening)?.[0] ?? ''),
  },
  {
    weight: 3,
    reason: 'publishes a plan or budget its congress approved (《…计划》已经…人大…审议通过,现印发)',
    test: inOpening(APPROVED_AND_PUBLISHED),
  },
  {
    weight: 3,
    reason: 'is a section of a work report (targets and tasks)',
    // (another body's report has its own review: 荆州市人民代表大会常务委员会工作报告 … 六年工作回顾)
    test: (t) =>
      named(/(?:目标任务|主要目标)和(?:主要工作|任务)|工作回顾|总体要求和(?:目标任务|主要预期目标)/)(t) &&
      !reportOfAnotherBody(t.titleLines, t.proseHead.slice(0, HEAD)),
  },
  // how it opens: an address to the congress
  { weight: 2, reason: 'addresses the deputies (各位代表)', test: inOpening(/各位代表/) },
  { weight: 3, reason: 'reports to the congress on behalf of the government', test: inOpening(OWN_REPORT) },
  // the close of a report's review, on a later page as much as on the first
  {
    weight: 2,
    reason: 'thanks the people for the government (我代表…政府,向…表示感谢)',
    test: (t) => thanksForTheGovernment(t.body),
  },
  // a budget or final-accounts report asks for examination (请予审查)
  { weight: 2, reason: 'asks for deliberation (请予审议)', test: inOpening(/请予审议|请审议|提请[^。]{0,20}审议|请予审查/) },
  {
    weight: 1,
    reason: "was delivered at a people's congress session",
    test: inOpening(/人民代表大会(?:常务委员会)?第[一二三四五六七八九十\d]+次会议上|人大常委会第[一二三四五六七八九十\d]+次会议上/),
  },
  {
    weight: 2,
    reason: 'addresses a standing committee (各位副主任、各位委员)',
    test: inOpening(/各位副主任[^。]{0,4}各位委员|各位副委员长[^。]{0,8}各位委员/),
  },
  {
    weight: 2,
    reason: 'is published by a statistics bureau',
    test: (t) => t.titleLines.some((line) => /(?:统计局|调查队)$|统计局\s*[(（]\s*(?:19|20)\d\d年/.test(line)),
  },
  // how it is built and how it speaks: evidence that holds in any part of a report
  { weight: 1, reason: 'reviews the past year', test: inBody(/过去(?:的)?(?:一|五|四)年|工作回顾|一年来|五年来/) },
  { weight: 3, reason: "sets the year's main expected targets", test: inBody(/(?:今年|明年|(?:19|20)\d\d年)[^。]{0,16}主要预期目标/) },
  { weight: 1, reason: "lays out the year's work", test: inBody(/重点(?:做好|抓好)(?:以下|如下)|今年(?:政府)?工作|目标任务/) },
  {
    weight: 2,
    reason: 'reports results against the previous year (比上年增长…)',
    test: (t) =>
      count(/比上年(?:末)?(?:增长|下降|增加|减少|提高)|同比(?:增长|下降|增加|减少)/, t.body) >= 3 ||
      perMille(/比上年(?:末)?(?:增长|下降|增加|减少|提高)|同比(?:增长|下降|增加|减少)/, t.body) >= 3,
  },
  { weight: 1, reason: 'states preliminary accounting (初步核算)', test: inBody(/初步核算|初步测算/) },
  // a communiqué's fixed chapters, on a page of its body without its title (一、综合 … 初步核算 … 二、农业)
  { weight: 3, reason: 'is built as a statistical communiqué (一、综合, 二、农业…)', test: inOpening(COMMUNIQUE_BODY) },
  // a later chapter of one, headed by its name on a line of its own (人口; 十三、人民生活和社会保障), read off the lines
  {
    weight: 2,
    reason: "is a communiqué's later chapter (人口, 人民生活…: the year counted, no speaker)",
    test: (t) => headedByCommuniqueChapter(t.proseHead.slice(0, 1500)),
  },
  // only a communiqué calls itself 本公报 (its notes: 本公报为初步统计数; 本公报中…按现行价计算): news says 公报显示
  { weight: 3, reason: 'speaks of itself as the communiqué (本公报…)', test: inBody(OWN_COMMUNIQUE) },
  { weight: 1, reason: 'reports public-budget revenue and spending', test: inBody(/一般公共预算(?:收入|支出)|公共财政预算(?:收入|支出)/) },
  // a budget's body without its title, built of the government's budget books (1.一般公共预算收支…; 2.政府性基金收支…)
  { weight: 3, reason: "is built of a budget's books (一般公共预算, 政府性基金…)", test: (t) => budgetBooksHeaded(t.proseHead) },
  {
    weight: 1,
    reason: 'speaks as a government of its region (全市, 我区…)',
    test: (t) => count(/(?:全|我)(?:省|市|区|县|州|旗)/, t.body) >= 8,
  },
  {
    weight: 1,
    reason: 'reports many rates of growth (增长…%)',
    test: (t) => count(/(?:增长|下降|提高|降低)(?:了)?\d/, t.body) >= 8 || perMille(/(?:增长|下降|提高|降低)(?:了)?\d/, t.body) >= 8,
  },
  {
    weight: 2,
    reason: "speaks in a programme's verbs (推进、深化、完善…): 20 or more per 1000 characters",
    test: (t) => perMille(PROGRAMME_VERBS, t.body) >= 20,
  },
  {
    weight: 2,
    reason: "speaks in a programme's verbs throughout: 30 or more per 1000 characters",
    test: (t) => perMille(PROGRAMME_VERBS, t.body) >= 30,
  },
  { weight: 1, reason: 'holds figures to targets (左右, 以上, 力争…)', test: (t) => count(TARGET_WORDS, t.body) >= 3 },
  { weight: 1, reason: "sets out the year's tasks (争取, 建成, 开工…)", test: (t) => count(TASK_WORDS, t.body) >= 5 },
  { weight: 1, reason: 'speaks as the government (我们)', test: (t) => count(/我们/, t.body) >= 2 },
  {
    weight: 1,
    reason: 'is built of numbered sections (（一）, 二、…)',
    test: (t) => count(/^\s*(?:[（(][一二三四五六七八九十]+[)）]|[一二三四五六七八九十]+、|[一二三四五六七八九十]是)/m, t.body) >= 3,
  },
  { weight: 1, reason: 'accounts for the whole year (全年, 年末)', test: (t) => count(/全年|年末/, t.body) >= 3 },
  // other genres
  {
    weight: -6,
    reason: 'is a resolution on a report (决议…批准这个报告)',
    // a page that prints the resolution above the report it approves carries the report
    frame: true,
    test: (t) =>
      /决议/.test(t.opening.slice(0, 1000)) &&
      /批准(?:这个|该)?报告|决定批准|同意[^。]{0,40}报告|听取(?:和|并)审议|审查了|审议了/.test(t.opening),
  },
  {
    weight: -3,
    reason: 'is news reporting on a report',
    frame: true,
    test: (t) =>
      /新华社|人民网|央视|中新[网社]|记者|编者按|受权|本报讯|网讯|[^\n]{0,12}[讯訊]\s*[(（]|\d{1,2}日电|报道|摄\s*$/m.test(t.opening),
  },
  { weight: -3, reason: 'reports on a congress session (开幕, 主席团…)', test: (t) => count(SESSION_NEWS, t.opening) >= 2 },
  { weight: -5, reason: 'is news of a meeting, by its lead (11月27日,…召开…)', frame: true, test: inHead(MEETING_HELD) },
  { weight: -3, reason: 'is a yearbook entry (【概况】…)', frame: true, test: inOpening(YEARBOOK_ENTRY) },
  { weight: -3, reason: 'is a fiscal release of part of the year (一季度…完成年初预算…%)', frame: true, test: inHead(PART_YEAR_BUDGET) },
  { weight: -3, reason: 'tells what a report or its speaker says (报告指出…)', test: (t) => count(REPORTED_SPEECH, t.opening) >= 2 },
  { weight: -3, reason: 'tells who delivered the report (…作政府工作报告)', test: (t) => deliveredBySomeone(t.opening) },
  {
    weight: -3,
    reason: 'is a generated or markdown summary (###, **…**, [4])',
    test: (t) => count(/^#{2,4}\s|\*\*[^*\n]+\*\*|\[\d{1,2}\]/m, t.opening) >= 3,
  },
  {
    weight: -3,
    reason: 'is a policy document (意见, 实施方案, 工作要点…)',
    test: (t) =>
      t.titleLines.some((line) => line.length <= 40 && /(?:意见|实施方案|工作方案|工作要点|管理办法|暂行办法|若干措施)$/.test(line)),
  },
  {
    weight: -2,
    reason: 'quotes the report by name (《政府工作报告》)',
    frame: true,
    test: (t) => count(/《[^》]{0,20}(?:政府工作报告|统计公报|计划[^》]{0,20}报告|预算[^》]{0,20}报告)》/, t.opening) >= 1,
  },
  {
    weight: -3,
    reason: 'interprets or summarises a report (解读, 导读, 本文将对…报告进行回顾)',
    // a site's title over a report's own page (…政府工作报告全文解读(五)) is no interpretation: the text
    // that thanks the people for the government is the report speaking
    test: (t) =>
      /解读|一图读懂|划重点|导读|答记者问|起草(?:组|情况|工作)|主要内容摘要|(?:本文|本篇(?:文章)?)将?对[^。\n]{0,30}?(?:报告|公报)(?:进行|作)/.test(
        t.proseHead.slice(0, 1000),
      ) && !thanksForTheGovernment(t.body),
  },
  {
    weight: -3,
    reason: 'tells how a report is divided (报告共分三个部分)',
    frame: true,
    test: inOpening(/报告(?:共|全文共)?分(?:为)?[一二三四五六七八九十两\d]+(?:个)?部分/),
  },
  {
    weight: -3,
    reason: 'is a model-text page (范文, 模板)',
    // a template of a report carries the report's own opening, and is a report (see ownOpening)
    frame: true,
    test: (t) => t.titleLines.some((line) => /范文|模板/.test(line)),
  },
  {
    weight: -6,
    reason: "is another body's report (a court's, a standing committee's, an audit)",
    test: (t) => reportOfAnotherBody(t.titleLines, t.proseHead.slice(0, HEAD)),
  },
  // a novel may quote a whole report in a character's mouth: it stays a novel
  { weight: -8, reason: 'is fiction or a book chapter', test: inHead(/第\d+章|好书推荐|书城|上一章|下一章|加入书架|小说|书籍[:：]/) },
  { weight: -3, reason: 'is a speech (同志们…, 贺词)', test: inHead(SPEECH_HEAD) },
  // (a report cites 省委十二届四次全会精神 in passing: the party meeting must be what the page is about)
  {
    weight: -2,
    reason: 'is a party meeting or document',
    test: (t) => {
      const head = t.opening.slice(0, HEAD);
      return (
        /(?:省|市|县|区|州|旗)委(?:召开|举行)|(?:省|市|县|区|州|旗)委[^。\n]{0,12}(?:全委(?:扩大)?会议|常委会会议|务虚会)(?:召开|举行)|全会公报|全体会议公报/.test(
          head,
        ) || partyCongressIsTheSubject(head)
      );
    },
  },
  { weight: -3, reason: 'is a law or regulation (第…条)', test: (t) => count(/第[一二三四五六七八九十百]+条/, t.opening) >= 2 },
  {
    weight: -4,
    reason: "is a company's report or filing",
    test: (t) =>
      count(
        /股份有限公司|公司代码|股票代码|证券代码|公司简称|年度报告摘要|董事会|每股收益|净利润|归属于上市公司|营业收入|营业总收入/,
        t.opening,
      ) >= 2,
  },
  {
    weight: -4,
    reason: 'is market news (indexes, stocks, sectors)',
    test: (t) => count(/沪指|深证成指|创业板指|个股|涨停|板块|收盘|A股|港股|成交额|上市公司/, t.opening) >= 3,
  },
  // a notice is not a report, unless it is how a plan or a report is published (关于印发…计划的通知)
  {
    weight: -3,
    reason: 'is a notice or circular',
    test: (t) =>
      /特此(?:通知|通告|公告)|各有关单位|办公厅文件|[〔[]\d{4}[〕\]]\d+号|关于[^。\n]{0,40}的(?:通知|通告|公告)/.test(t.opening) &&
      !/(?:印发|转发)[^。\n]{0,40}(?:计划|规划|预算|报告|公报)/.test(t.opening),
  },
  {
    weight: -4,
    reason: 'is an encyclopedia entry',
    frame: true,
    test: (t) => count(/中文名|外文名|百科|词条|属性|义项|锁定|辞典/, t.opening) >= 2,
  },
  { weight: -4, reason: 'is a job posting', test: (t) => count(/招聘|报名|岗位|笔试|面试|聘用|资格审查/, t.opening) >= 3 },
  {
    weight: -4,
    reason: 'is a collection or list of reports',
    // a contents heading on a line of its own (目 录) is a document's own, not a collection's
    test: (t) =>
      /汇编|合集|大全|栏目|列表|范文|模板/.test(t.title) ||
      (/目录/.test(t.title) && !t.titleLines.some((line) => /^目\s*录$/.test(line.trim()))),
  },
  { weight: -4, reason: 'is a list of report titles', frame: true, test: (t) => titleListLines(t.opening) >= 4 },
];

/** figures (quantities with units, in Arabic or Chinese numerals) per thousand characters */
function figureDensity(body: string): number {
  if (!body.length) return 0;
  return (findQuantities(body).length * 1000) / body.length;
}

export function detect(page: string, options: DetectOptions = {}): Detection {
  const source = withoutForumMarkup(page);
  const clean = normalize(source.length > WINDOW * 2 ? source.slice(0, WINDOW * 2) : source).text.slice(0, WINDOW);
  const pageTitle = options.title ? normalize(cleanTitle(options.title)).text : '';
  const meta = reportMeta(
    clean,
    options.title ? normalize(options.title).text : '',
    options.heading ? normalize(options.heading).text : '',
  );
  const language = languageOf(clean.slice(0, 2048) || pageTitle);
  const reasons: string[] = [];
  let score = 0;
  if (language !== 'cmn') {
    reasons.push(`language is ${language}, not Chinese`);
    return { ...meta, isReport: false, score: 0, reasons, language };
  }
  const zh = chineseOf(clean);
  const texts: Texts = {
    title: `${pageTitle}\n${meta.title ?? ''}`,
    titleLines: titleLinesOf(pageTitle, source, clean),
    opening: zh.slice(0, 3000),
    proseHead: proseHeadOf(source),
    body: zh,
  };
  const own = ownOpening(texts.proseHead);
  for (const e of EVIDENCE) {
    if (e.frame && own) continue;
    if (e.test(texts)) {
      score += e.weight;
      reasons.push(`${e.weight > 0 ? '+' : ''}${e.weight} ${e.reason}`);
    }
  }
  const density = figureDensity(zh);
  // few figures is weak evidence: reports of the 1980s, and a report's sections on tasks, carry few; a page that
  // blanked its figures (增长x.x%, 达到.%) had them
  const figureScore = density >= 4 ? 2 : density >= 1.5 ? 1 : density < 0.3 && !figuresBlanked(zh) ? -1 : 0;
  if (figureScore) reasons.push(`${figureScore > 0 ? '+' : ''}${figureScore} ${density.toFixed(1)} figures per 1000 characters`);
  score += figureScore;
  // (a short text that opens with the speaker's own report is a report's opening, as an abstract shows it)
  if (clean.length < 300 && !OWN_REPORT.test(texts.opening)) {
    score -= 3;
    reasons.push('-3 too short to be a report');
  }
  const isReport = score >= REPORT_THRESHOLD;
  return { ...meta, isReport, score, reasons, language };
}
