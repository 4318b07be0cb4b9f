// The years a quantity covers when it covers several: a span word earlier in its sentence (五年来累计完成投资3687亿元),
// a section over several years (过去五年) where its clause sums or averages, a paragraph a span word opened.
import type { ReportMeta } from '../detect/metadata';
import { sentenceStart } from '../text/sentence';
import { OVER_YEARS, type Span } from './spans';
import { doneOverYears, EACH_YEAR, FLOW, HELD_WITHIN, heldSpanReaches, holdsLevel, levelReached, PLAN_MULTIPLE } from './span-levels';
import { oneYearClause } from './one-year-clauses';
import { listOverSpan, opensOnSpanYears, spanInEarlierItem, yearsCountedAtHead } from './span-clauses';
import { sumsOverSpan } from './year-runs';
import { lastAtOrBefore } from './sorted-search';
import type { Switch } from './section-switch';

/** the longest look-back for a sentence's words */
export const MAX_SENTENCE = 400;

/** a rate a year on average, right before its number: 年均增长, 平均每年增长 */
const AVERAGE_RATE = /(?:年均|平均每年|每年平均)(?:增长|增速|增幅|递增|提高|下降)?(?:率)?(?:为|达到?)?$/;

/** a sentence of what each year did: 每年减轻农民负担1335亿元 */
const EACH_YEAR_DONE = /(?<![今去明上当])每年(?!平均)/;

/** a list its sentence opens on a colon (已建成的主要有:加固…近6100公里;新增…1.2万公里): its items are told of what the
 * sentence before in the paragraph said, and over its span (两年来通过财政向银行发行2100亿元长期国债,…共建设5100多个项目) */
const LIST_INTRO = /^[^,;:。]{1,16}:/;

/** what closes a clause or a list item before a figure, back to its section's start */
const CLAUSE_OR_ITEM = /[,;]/;

/** the words of the clause holding `at`, back to a comma or the sentence's start */
export function clauseWords(text: string, start: number, at: number): string {
  return text.slice(sentenceStart(text, at, Math.max(0, at - start), CLAUSE_OR_ITEM), at);
}

export class QuantitySpans {
  constructor(
    private readonly text: string,
    private readonly meta: ReportMeta,
    /** span words (五年来, "十四五"期间, 2021年以来), ascending */
    private readonly spans: Span[],
    /** the years said in sentences, ascending (filled by the tense reader) */
    private readonly years: Array<{ at: number; year: number }>,
  ) {}

  /**
   * The years a quantity covers when it covers several: a span word earlier in its sentence (五年来累计
   * 完成投资3687亿元), unless a year or a level reached comes between (…2020年达到1635亿元); or a
   * section over several years (过去五年) where its clause sums or averages (累计, 年均) or it is a change.
   */
  spanAt(start: number, at: number, end: number, section: Switch | null, change: boolean): Span | null {
    // a level reached (…达到1635亿元), not a sum the years reached (五年累计专利申请量…分别达到19.38万件)
    // (nor what they put in, 五年来…投入达3200亿元, nor a rate a year on average, 年均…增长速度预期目标为7%左右)
    // (nor what the years added, 全民所有制企业新增加的固定资产达到5854亿元)
    // (a level held through 连续N年 is each year's: 连续五年超过…,对经济增长的贡献率达60%以上)
    const reached = levelReached(this.text, Math.max(start, at - 8), at, end) && !FLOW.test(clauseWords(this.text, start, at));
    const i = lastAtOrBefore(this.spans, at - 1);
    if (i >= 0 && this.spans[i].at >= start && this.spans[i].end <= at) {
      const sp = this.spans[i];
      const own = clauseWords(this.text, start, at);
      // (a sum or an average of its own is over the span still: …五年累计完成投资400亿元;…,年均增长5%和6%)
      if (!EACH_YEAR.test(own) && !OVER_YEARS.test(own) && spanInEarlierItem(this.text, start, sp.at, sp.end, at)) return null;
      if (sp.clause ? !heldSpanReaches(this.text, sp.end, at) : reached) return null;
      if (!change && !sp.clause && holdsLevel(own, this.text.slice(end, end + 60))) return null;
      // (but for what each year held, or their average, where only its last year is said: 五年来,…从2010年的4.60万亿元增加到2015年的
      // 7.28万亿元、年均增长8.5%;…每年均控制在3.5%以内; nor a year of an item before its ;: …2017年达到7.27万亿元;…稳定在900亿斤以上)
      const y = lastAtOrBefore(this.years, at - 1);
      const eachYear = EACH_YEAR.test(clauseWords(this.text, start, at)) && this.onlyItsLastYear(sp, at);
      if (y >= 0 && this.years[y].at >= Math.max(sp.end, this.text.lastIndexOf(';', at - 1)) && !eachYear) return null;
      return sp;
    }
    if (reached) return null;
    // (a review's clause that opens on its count of years: 两年铁路的货物周转量增长百分之五十五)
    const reviewed = section?.kind === 'actual' ? this.meta.resultsYear : null;
    if (!section?.span) return yearsCountedAtHead(clauseWords(this.text, start, at), reviewed) ?? this.paragraphSpan(start, at);
    const clause = sentenceStart(this.text, at, Math.max(0, at - start), CLAUSE_OR_ITEM);
    // 全年生产总值跃上2万亿元…; 较上年增长12%; 财税总收入737.1亿元,增长23.3%: one year's, inside a review of five
    if (oneYearClause(this.text, start, clause, at, end)) return null;
    const words = this.text.slice(clause, at);
    // in a section over several years, a change (农村贫困人口减少6800多万) is over all of them
    const y = lastAtOrBefore(this.years, at - 1);
    if (y >= 0 && this.years[y].at >= clause) return null;
    // (one year told on its own in the span: only its sums and averages are the span's, 城镇新增就业53.2万人 is the year's)
    if (section.oneYear) return sumsOverSpan(words) || opensOnSpanYears(words, section.span) ? section.span : null;
    if (change || OVER_YEARS.test(words) || HELD_WITHIN.test(words)) return section.span;
    // (what the years did, but not what each of them did: 每年资助金额近1000亿元,资助学生近8000万人次)
    if (EACH_YEAR_DONE.test(this.text.slice(start, at))) return null;
    if (doneOverYears(words, this.text.slice(end, end + 20), this.text.slice(at, end))) return section.span;
    if (opensOnSpanYears(words, section.span) || listOverSpan(this.text.slice(start, clause), words, section.span)) return section.span;
    // 累计完成工业投资突破千亿元,是“十五”的6倍: a multiple of the plan before, of the sum said before it
    const prior = sentenceStart(this.text, clause - 1, Math.max(0, clause - 1 - start), CLAUSE_OR_ITEM);
    return PLAN_MULTIPLE.test(words) && OVER_YEARS.test(this.text.slice(prior, clause)) ? section.span : null;
  }

  /**
   * A rate a year on average (年均增长14%) or a sum (累计完成…1424.6亿元) in a paragraph that a span word
   * opened in an earlier sentence (——“十二五”期间是…时期。…2015年,…社会消费品零售总额预计达到437亿元,
   * 年均增长14%; 5年来,经济发展…。累计完成全社会固定资产投资1424.6亿元), or an item of a list its sentence opens on a
   * colon, not a level (两年来…。已建成的主要有:加固大江大河大湖堤防近6100公里;…): over that span, where no year but its last
   * is named since.
   */
  private paragraphSpan(start: number, at: number): Span | null {
    const words = clauseWords(this.text, start, at);
    const listed = LIST_INTRO.test(this.text.slice(start, at)) && !holdsLevel(words);
    if (!AVERAGE_RATE.test(words) && !/^累计/.test(words) && !listed) return null;
    const paragraph = this.text.lastIndexOf('\n', at - 1) + 1;
    const i = lastAtOrBefore(this.spans, at - 1);
    if (i < 0 || this.spans[i].at < Math.max(paragraph, at - MAX_SENTENCE * 2)) return null;
    const sp = this.spans[i];
    return sp.clause || !this.onlyItsLastYear(sp, at) ? null : sp;
  }

  /** whether every year said between the span word `sp` and `at` is its last */
  private onlyItsLastYear(sp: Span, at: number): boolean {
    for (let y = lastAtOrBefore(this.years, at - 1); y >= 0 && this.years[y].at >= sp.end; y--)
      if (this.years[y].year !== sp.to) return false;
    return true;
  }
}
