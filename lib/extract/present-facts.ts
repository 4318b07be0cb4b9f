// A fact said of the present among a report's plans (目前我国年度财政性教育经费支出总额已经超过2万亿元; 目前…的比例,已由…上升到
// 80%以上): what has been reached by now is a result of the year reviewed, whatever section it stands in.
import type { Tense } from './tense-cues';

/** 目前, 现在 or 当前, then 已 (已经) in the sentence before the quantity, with no word of aim between */
const PRESENT_DONE = /(?:目前|现在|当前)([^;。!?]{0,30}?)已(?:经)?[^;。!?]{0,24}$/;
/** a word of aim or plan, which makes what follows a target again: 目前…,今年要…已 */
const AIM = /要|将|力争|确保|争取|计划|预计|目标|今年|明年/;

/** `read`, the year reviewed's result where the quantity at `at` (its sentence from `sentence`) is a present fact */
export function presentFact(text: string, sentence: number, at: number, read: Tense, reviewed: number | null): Tense {
  if (read.kind !== 'target' || reviewed === null || read.periodFrom !== undefined) return read;
  const m = PRESENT_DONE.exec(text.slice(Math.max(sentence, at - 64), at));
  return m && !AIM.test(m[0]) ? { kind: 'actual', period: reviewed } : read;
}
