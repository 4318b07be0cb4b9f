// A share of a plan reached (为预算的101.2%, 完成调整预算的99.6%, 占年度计划的91.2%) is named by the item whose
// plan it is, as the gold sets and the judged samples name it (一般公共预算收入预算完成率, 粮食总产量完成率), never by
// the plan or by who passed it (年度目标任务, 人大通过预算). The item is the one the clause names before the verb
// (全国工业总产值完成了原定计划的101%; 治沙、造林、种草分别完成年度目标任务的113%…, one each), or else the figure before.

/** whose plan: the year's, the first or the adjusted (调整, 变动) budget, the one first set, the one the people's congress passed */
const WHOSE = '(?:年度|全年|年|年初)?(?:调整后?的?|变动后?的?|汇总|原定?|(?:[省市县区乡镇]?人大|人代会)?(?:通过|批准)的?)?';

/** what part of the plan: its total or its rate (完成全年总量目标的107%) */
const PLAN_PART = '(?:总量|总额|收入|投资|增长|增速)?';

/** the item (may be none), 分别, the verb, whose plan, the plan */
const SHARE_OF_PLAN = new RegExp(
  `^([^,;。]*?)(?:分别|均|都)?(?:已经?|只|仅)?(?:完成了?|为|是|占|达到?)${WHOSE}?${PLAN_PART}(预算|计划|目标|任务)(?:数|任务)?$`,
);

const PLAN_AT_END = /(?:预算|计划|目标|任务)数?$/;

/** words before the verb that say how the plan was met, not what met it: 超额完成, 提前完成, 全面完成 */
const HOW_MET = /(?:超额|提前|全面|圆满|顺利|基本|累计|共|超|全年|今年|去年|年内)$/;

export interface PlanShare {
  /** the item the clause names before the verb ('' where the share is of the figure before) */
  item: string;
  /** what the share is of the item: 预算完成率 for a budget, else 完成率 */
  rate: string;
  /** the words open on the verb (完成预算数31220万元: an amount of the plan may follow, not only a share) */
  bare: boolean;
}

/** the share of a plan the words before a percentage say (`words` without their last 的) */
export function planShare(words: string): PlanShare | null {
  // (most words end on no plan: the lazy item of SHARE_OF_PLAN is not tried on them)
  if (!PLAN_AT_END.test(words)) return null;
  const m = SHARE_OF_PLAN.exec(words);
  if (!m) return null;
  const item = HOW_MET.test(m[1]) ? '' : m[1];
  return { item, rate: m[2] === '预算' ? '预算完成率' : '完成率', bare: m[1] === '' };
}

/**
 * Whose share (`share`: 预算完成率, 完成率, 占全省比重…) it is: the item the clause names (`item`), or else the figure
 * before (`before`); a plan's, only a figure of the same sentence (…，由于…原因，只完成原定计划的94% after another
 * sentence's figure is not of it).
 */
export function shareOwner(share: string, item: string, before: string | undefined, sameSegment: boolean): string | undefined {
  if (item) return item;
  return before === undefined || (!sameSegment && share.endsWith('完成率')) ? undefined : before;
}
