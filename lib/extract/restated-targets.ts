// A target told again in the review of its year: the plan cited (去年政府工作报告提出,物价涨幅要…降到10%左右), the plan set
// against its outcome (计划建成投产大中型项目118个,实际建成128个), the plan a result beat (超过计划增长4%的要求), the expected
// figure a result is set beside (控制在预期4.2%以内, 好于下降7%的预期). Each is a target of
// the year reviewed, not a result, nor a target of the year planned.
import type { Tense } from './tense-cues';
import { START_LEVEL } from './comparison-bases';

/** last year's report or plan cited earlier in the sentence: 去年政府工作报告提出, 去年我在政府工作报告中曾提出 */
const CITED = /(?:去年|上年)(?:我在)?(?:的)?(?:政府工作)?报告(?:中)?(?:曾)?(?:提出|确定|要求|规定)/;
/** a plan word in the quantity's clause: 计划建成投产大中型项目, 物价涨幅要从…降到 */
const PLAN_WORD = /计划|(?<![主重需只不])要(?!求)|预定|预期/;
/** the outcome of a plan: 实际建成128个, or its estimate in a report of the year's end (预计可以达到6.4%); 实际增长, 实际下降 are a
 * real rate, not an outcome */
const OUTCOME_WORDS = '(?:实际(?:上)?(?:完成|建成|达到|回落|为|执行|投产|只|仅)|预计(?:可以|能够|可)(?:达到|完成|为))';
/** its outcome said after it in the sentence */
const OUTCOME_AFTER = new RegExp(`^[^。!?;\\n]{0,30}?,(?:[^,。!?;\\n]{0,14},)?${OUTCOME_WORDS}`);
/** the outcome in its own clause */
const OUTCOME = new RegExp(`^${OUTCOME_WORDS}`);
/** the plan a result is measured against: 超过计划增长4%的要求 */
const PLAN_BEFORE = /计划(?:规定)?的?(?:增长|提高|降低|下降|增加|减少)?$/;
const REQUIREMENT_AFTER = /^(?:左右|以上|以内|以下)?的(?:要求|目标|指标)/;
/** the expected figure a result is set beside, named by 预期 before it or after it: 控制在预期4.2%以内, 好于下降7%的预期 */
const EXPECTED_BEFORE = /预期(?:目标)?(?:的)?$/;
const EXPECTED_AFTER = /^(?:左右|以上|以内|以下)?的预期(?!增长|增速|[\d])/;

/** a budget named right before its sum (完成年初预算数60999万元, 批准的省级收入预算为196.2亿元, 支出预算变动为686亿元, 比预算数
 * ２８，０４９，７８０，０００元): a budget is the plan of its year, in an execution report or final accounts too */
const BUDGET_BEFORE = /预算(?:数)?(?:变动|调整)?(?:后)?(?:数|为|是|数为)?$/;
/** the year's task, its sum said before the share of it done (为全年任务740万元的56.6%; not 超额完成年度任务2.1亿元, the excess) */
const TASK_BEFORE = /(?:年度|全年)任务(?:数)?$/;
/** a plan's sum right after 计划 (收入计划34,888万元, 支出年初计划202,349万元, 占年度计划15.3亿元; not 超计划1.2亿元, the excess) */
const PLAN_SUM_BEFORE = /(?<!超(?:额)?(?:完成)?(?:年初|年度|全年)?)(?:年初|年度|全年)?计划(?:数)?(?:为|是)?$/;

/** a share of a plan or budget done, right before the percent: 完成95%, 计划完成105%, 完成预算的101.2% */
const SHARE_DONE = /完成了?(?:年度|全年)?(?:计划|预算|任务)?(?:数)?(?:的)?$/;
/** what is aimed at, not done: 力争完成计划的105%, 要完成 */
const AIMED = /力争|确保|争取|(?<![主重需只不])要|将|预计|目标|计划(?:要|将)/;

/**
 * `read`, a target of the year reviewed where the quantity at [at, end) (its sentence from `sentence`) is a plan told
 * again in a review; `reviewed`: the year the report reviews.
 */
export function restatedTarget(text: string, sentence: number, at: number, end: number, read: Tense, reviewed: number | null): Tense {
  const before = text.slice(sentence, at);
  if (START_LEVEL.test(before.slice(-12))) return read;
  const clause = before.slice(Math.max(before.lastIndexOf(','), before.lastIndexOf(';')) + 1);
  if (read.periodFrom !== undefined) return read;
  // a plan set against its outcome: (a target read as the year planned's is the year reviewed's)
  if (PLAN_WORD.test(clause) && OUTCOME_AFTER.test(text.slice(end, end + 60)))
    return { kind: 'target', period: read.kind === 'target' && reviewed !== null ? reviewed : read.period };
  // and the outcome itself, after a plan word earlier in its sentence: 实际建成128个
  if (read.kind === 'target' && OUTCOME.test(clause) && reviewed !== null) return { kind: 'actual', period: reviewed };
  // the share of a plan done (钢材完成95%, 1—5月份铁道货运量计划完成105%): an outcome, in a plan's section too
  if (read.kind === 'target' && SHARE_DONE.test(clause) && !AIMED.test(clause) && /[%％]$/.test(text.slice(at, end)))
    return { ...read, kind: 'actual' };
  if (
    read.kind === 'actual' &&
    (BUDGET_BEFORE.test(clause.slice(-10)) || PLAN_SUM_BEFORE.test(clause.slice(-12))) &&
    /元$/.test(text.slice(at, end))
  )
    return { ...read, kind: 'target' };
  if (
    read.kind === 'actual' &&
    TASK_BEFORE.test(clause.slice(-8)) &&
    /元$/.test(text.slice(at, end)) &&
    /^的\d/.test(text.slice(end, end + 2))
  )
    return { ...read, kind: 'target' };
  // cited, or beaten: only in a review (a plan may cite last year's report for what it goes on with)
  if (read.kind !== 'actual') return read;
  const after = text.slice(end, end + 8);
  const beaten =
    (PLAN_BEFORE.test(before.slice(-12)) && REQUIREMENT_AFTER.test(after)) ||
    // (低于预期1.5个百分点 is the gap, a result)
    (EXPECTED_BEFORE.test(before.slice(-6)) && !text.slice(at, end).includes('百分点')) ||
    EXPECTED_AFTER.test(after);
  // (a plan word after the citation, and no outcome: not 去年政府工作报告确定的目标全面完成,国内生产总值增长…)
  const cite = CITED.exec(before);
  const rest = cite ? before.slice(cite.index + cite[0].length) : '';
  const cited = cite !== null && PLAN_WORD.test(rest) && !/实际|完成|实现/.test(rest);
  return cited || beaten ? { ...read, kind: 'target' } : read;
}
