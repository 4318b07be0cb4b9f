// Is this text a government report — a work report, a statistical communiqué, a budget or plan
// report — or something else that talks like one (news quoting a report, a company's annual
// report, a stock page, a government notice, a list of report titles)?
//
// franc(-min) decides the language first: only Chinese goes on. Then evidence is weighed: what the
// text calls itself, how it opens (各位代表…我代表…向大会报告工作), how it is built (a review and the
// year's targets, a communiqué's 比上年增长), how dense its figures are, and what other genres
// betray themselves by. The score and every reason that moved it are returned, so a verdict can be
// read and argued with.
import { franc } from 'franc-min';
import { normalize } from '../text/normalize';
import { findQuantities } from '../extract/quantities';
import { cleanTitle, reportMeta, type ReportMeta } from './metadata';

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
}

interface Texts {
  title: string;
  opening: string;
  body: string;
}

const inTitle = (re: RegExp) => (t: Texts) => re.test(t.title);
const inOpening = (re: RegExp) => (t: Texts) => re.test(t.opening);
const inBody = (re: RegExp) => (t: Texts) => re.test(t.body);
const count = (re: RegExp, s: string): number => s.match(new RegExp(re.source, 'g'))?.length ?? 0;

const EVIDENCE: Evidence[] = [
  // what it calls itself
  { weight: 4, reason: 'names itself a government work report', test: inTitle(/政府工作报告/) },
  { weight: 4, reason: 'names itself a statistical communiqué', test: inTitle(/统计公报/) },
  { weight: 4, reason: 'names itself a budget or final-accounts report', test: inTitle(/(?:预算|决算)[^。]{0,20}(?:报告|草案)|预算执行情况/) },
  { weight: 3, reason: 'names itself a plan report', test: inTitle(/计划执行情况|计划草案|规划纲要/) },
  { weight: 3, reason: 'is a section of a work report (targets and tasks)', test: inTitle(/(?:目标任务|主要目标)和(?:主要工作|任务)|工作回顾/) },
  // how it opens: an address to the congress
  { weight: 2, reason: 'addresses the deputies (各位代表)', test: inOpening(/各位代表/) },
  { weight: 3, reason: 'reports to the congress on behalf of the government', test: inOpening(/我代表[^。]{0,20}(?:人民政府|国务院|政府)[^。]{0,12}(?:向大会|向本次会议)?报告/) },
  { weight: 2, reason: 'asks for deliberation (请予审议)', test: inOpening(/请予审议/) },
  { weight: 1, reason: 'was delivered at a people\'s congress session', test: inOpening(/人民代表大会第[一二三四五六七八九十]+次会议|人大常委会第[一二三四五六七八九十\d]+次会议/) },
  { weight: 2, reason: 'addresses a standing committee (各位副主任、各位委员)', test: inOpening(/各位副主任[^。]{0,4}各位委员/) },
  { weight: 2, reason: 'is published by a statistics bureau', test: inOpening(/统计局/) },
  // how it is built
  { weight: 1, reason: 'reviews the past year', test: inBody(/过去(?:的)?(?:一|五)年|工作回顾|一年来/) },
  { weight: 3, reason: 'sets the year\'s main expected targets', test: inBody(/(?:今年|明年|(?:19|20)\d\d年)[^。]{0,12}主要预期目标/) },
  { weight: 1, reason: 'lays out the year\'s work', test: inBody(/重点(?:做好|抓好)(?:以下|如下)|今年(?:政府)?工作|目标任务/) },
  { weight: 2, reason: 'reports results against the previous year (比上年增长…)', test: (t) => count(/比上年(?:增长|下降|增加|减少)/, t.body) >= 3 },
  { weight: 1, reason: 'states preliminary accounting (初步核算)', test: inBody(/初步核算/) },
  { weight: 1, reason: 'reports public-budget revenue and spending', test: inBody(/一般公共预算(?:收入|支出)/) },
  { weight: 1, reason: 'speaks as a government of its region (全市, 我区…)', test: (t) => count(/(?:全|我)(?:省|市|区|县|州|旗)/, t.body) >= 8 },
  { weight: 1, reason: 'reports many rates of growth (增长…%)', test: (t) => count(/(?:增长|下降|提高|降低)(?:了)?\d/, t.body) >= 8 },
  // other genres
  { weight: -3, reason: 'is news reporting on a report', test: inOpening(/新华社|人民网|央视|中新网|记者|编者按|受权|[(（]记者|\d{1,2}日电/) },
  { weight: -2, reason: 'quotes the report by name (《政府工作报告》)', test: inOpening(/《[^》]{0,12}(?:政府工作报告|统计公报)》/) },
  { weight: -4, reason: 'is a company\'s report or filing', test: (t) => count(/股份有限公司|公司代码|股票代码|证券代码|公司简称|年度报告摘要|董事会|每股收益|净利润|归属于上市公司/, t.opening) >= 2 },
  { weight: -4, reason: 'is market news (indexes, stocks, sectors)', test: (t) => count(/沪指|深证成指|创业板指|个股|涨停|板块|收盘|A股|港股|成交额/, t.opening) >= 3 },
  { weight: -3, reason: 'is a notice or circular', test: inOpening(/特此(?:通知|通告|公告)|各有关单位|办公厅文件|[〔\[]\d{4}[〕\]]\d+号|关于[^。\n]{0,40}的(?:通知|通告|公告)/) },
  { weight: -4, reason: 'is an encyclopedia entry', test: (t) => count(/中文名|外文名|百科|词条|属性|义项|锁定/, t.opening) >= 2 },
  { weight: -4, reason: 'is a job posting', test: (t) => count(/招聘|报名|岗位|笔试|面试|聘用|资格审查/, t.opening) >= 3 },
  { weight: -4, reason: 'is a collection or list of reports', test: inTitle(/汇编|合集|大全|目录|栏目|列表|范文|模板/) },
  { weight: -4, reason: 'is a list of report titles', test: (t) => titleListLines(t.opening) >= 4 },
];

/** lines that are only a report's name (with a date or page number): a list, not a report */
function titleListLines(s: string): number {
  let n = 0;
  for (const line of s.split('\n')) {
    if (line.length <= 40 && /(?:政府工作报告|统计公报|预算执行情况)/.test(line) && /^(?:\d+\.?\s*)?[^。,;]{0,30}(?:报告|公报)[\s\d-]*$/.test(line.trim())) n++;
  }
  return n;
}

const KANA = /[\u3040-\u30ff]/g;
const HAN = /[\u3400-\u9fff]/g;

/** franc's language, with Japanese told apart by its kana (kanji-only Japanese reads as cmn) */
export function languageOf(sample: string): string {
  const lang = franc(sample, { minLength: 10 });
  if (lang !== 'cmn') return lang;
  const kana = sample.match(KANA)?.length ?? 0;
  const han = sample.match(HAN)?.length ?? 0;
  return kana > 0.05 * (kana + han) ? 'jpn' : lang;
}

/** figures (quantities with units) per thousand characters */
function figureDensity(body: string): number {
  if (!body.length) return 0;
  return (findQuantities(body).length * 1000) / body.length;
}

export function detect(source: string, options: DetectOptions = {}): Detection {
  const clean = normalize(source.length > WINDOW * 2 ? source.slice(0, WINDOW * 2) : source).text.slice(0, WINDOW);
  const pageTitle = options.title ? normalize(cleanTitle(options.title)).text : '';
  const meta = reportMeta(clean, options.title ? normalize(options.title).text : '', options.heading ? normalize(options.heading).text : '');
  const language = languageOf(clean.slice(0, 2048) || pageTitle);
  const reasons: string[] = [];
  let score = 0;
  if (language !== 'cmn') {
    reasons.push(`language is ${language}, not Chinese`);
    return { ...meta, isReport: false, score: 0, reasons, language };
  }
  const texts: Texts = {
    title: `${pageTitle}\n${meta.title ?? ''}`,
    opening: clean.slice(0, 3000),
    body: clean,
  };
  for (const e of EVIDENCE) {
    if (e.test(texts)) {
      score += e.weight;
      reasons.push(`${e.weight > 0 ? '+' : ''}${e.weight} ${e.reason}`);
    }
  }
  const density = figureDensity(clean);
  const figureScore = density >= 4 ? 2 : density >= 1.5 ? 1 : density < 0.3 ? -2 : 0;
  if (figureScore) reasons.push(`${figureScore > 0 ? '+' : ''}${figureScore} ${density.toFixed(1)} figures per 1000 characters`);
  score += figureScore;
  if (clean.length < 300) {
    score -= 3;
    reasons.push('-3 too short to be a report');
  }
  const isReport = score >= REPORT_THRESHOLD;
  return { ...meta, isReport, score, reasons, language };
}
