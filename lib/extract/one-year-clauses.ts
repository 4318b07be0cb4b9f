// Clauses inside a review of several years (过去五年…, "十二五"期间…) that still speak of one year: the section's
// span does not reach what they hold.

/** a change on the year before (较上年增长12%, 同比下降3%): one year's, whatever section holds it */
const AGAINST_LAST_YEAR = /(?:(?:较|比)(?:上年|去年)(?:同期)?|同比)(?:分别)?(?:增长|增加|提高|下降|减少|回落|上升)了?$/;
/** a gap to the target the year began with: 高于年初人代会18%的目标2.4个百分点 */
const AGAINST_YEAR_TARGET = /(?:高于|低于|超过|超出|超)年初[^,;。]{0,16}?目标$/;
/** the sentence names one year: 全年生产总值跃上2万亿元; 去年城镇居民可支配收入26500元,…分别增长12.5%和19%,年均…; or opens on
 * one (2012年,…国内生产总值增长7.8%,城镇新增就业1266万人, in a review of 2008–2012: 3 mentions of the 52 whole reports) */
const ONE_YEAR_SAID = /全年|当年|去年|^[^,;。]{0,4}?(?:19|20)\d\d年,/;
/** a clause that is only a growth: 增长, 分别增长 */
const GROWTH_CLAUSE = /^(?:分别)?(?:增长|增速为?|增幅为?|提高|上升|下降)了?$/;
/** a level ending the clause before: 人均生产总值4.4万元, ; 农民人均纯收入10800元, */
const LEVEL_CLAUSE_BEFORE = /\d(?:\.\d+)?[^\d,;。、]{0,4}[,;]$/;

/**
 * Whether the quantity at [at, end), in the clause from `clause` of the sentence from `start`, is one year's in a
 * section over several years: a change on the year before, a gap to the year's target, a sentence that names
 * one year, or a bare growth right after a level (财税总收入737.1亿元,增长23.3%: the level's year's growth, beside
 * 年均增长 where the years' average is meant) — not a growth of several times (达232亿元,增长1.1倍: what the
 * years added).
 */
export function oneYearClause(text: string, start: number, clause: number, at: number, end: number): boolean {
  const words = text.slice(clause, at);
  if (AGAINST_LAST_YEAR.test(words) || AGAINST_YEAR_TARGET.test(words)) return true;
  // (去年…,年均分别增长8.7%和16.2%: the years' average said beside it)
  if (ONE_YEAR_SAID.test(text.slice(start, at)) && !/年均|平均每年|每年平均|累计/.test(words)) return true;
  return (
    GROWTH_CLAUSE.test(words) &&
    !/倍/.test(text.slice(at, end)) &&
    LEVEL_CLAUSE_BEFORE.test(text.slice(Math.max(start, clause - 16), clause))
  );
}
