// Last year's target quoted beside this year's, in a sentence about targets: 广东明确今年GDP增长目标为7.5%左右,比去年的8.5%
// 下降1个百分点; 天津去年的目标为11%,今年则调整为9%左右; 贵州2020年GDP增长目标由去年的9%左右下调到8%左右; 比2019年10%左右
// 的目标有所下调. The figure said of the year before is that year's target: neither a result of it (比去年10%左右 read as last
// year's level) nor a target of the year planned (比去年的8.5%). A sentence that opens on 其中 goes on with the one before it: after
// a sentence about targets (均明确下调了GDP增长目标。其中,北京从去年的7.5%左右下调至7%左右; 从各地GDP目标来看,多数省份高于5%。其中,
// 海南为9.5%左右), its figures are targets too.
import type { Tense } from './tense-cues';
import { sentenceStart } from '../text/sentence';

/** the figure said of last year, right before it: 比去年的8.5%, 从去年的7.5%左右, 去年的GDP增长目标是7.5% (its target named) */
const LAST_YEAR_BEFORE = /(?:去年|上年)(?:的)?([^,;:。!?\d]{0,10}?目标(?:是|为|定为))?$/;
/** a year named right before it, as a base: 比2019年10%左右 */
const YEAR_BEFORE = /(?:比|较|由|从)((?:19|20)\d\d)年(?:的)?$/;
/** what follows a target quoted for comparison: its name (10%左右的目标), or the change of this year's from it (下调, 降至) */
const COMPARED_TARGET_AFTER =
  /^(?:左右|以上|以内|上下)?(?:的(?:预期)?(?:增长)?目标|[^,;。!?\d]{0,4}?(?:下调|调低|上调|调高|下降|降至|降到|持平))/;
/** the sentence speaks of targets before the figure */
const TARGET_WORD = /目标|预期/;
/** this year's target after the one it was changed from: 增长目标由去年的9%左右下调到8%左右 */
const CHANGED_TO = /目标[^,;:。!?]{0,24}?(?:下调|调低|上调|调高|调整|降低|提高)(?:到|至|为)$/;
/** a sentence opening on 其中, which goes on with the one before */
const OPENS_ON_AMONG = /^[ \t\u3000]*其中[,:]/;
/** a sentence before it about targets met, not set (完成了年度目标任务。其中,…) */
const TARGETS_MET = /完成|实现|实际|超额|未能/;
/** in such a sentence, a figure changed to (下调至7%左右) or from (从11%下调至) */
const ADJUSTED_TO = /(?:下调|调低|上调|调高)(?:到|至)$/;
const ADJUSTED_FROM_AFTER = /^(?:左右|以上|以内)?(?:下调|调低|上调|调高)(?:到|至)/;
/** the year the clause names as its own, not as a base: 贵州2020年GDP增长目标 */
const OWN_YEAR = /(?<![比较由从])((?:19|20)\d\d)年/;

/**
 * `read`, a target of the year before where the quantity at [at, end) (its sentence from `sentence`) is last year's target
 * quoted, and a target of the year its clause names (or `planned`, the report's) where it is the target changed to
 */
export function priorTarget(text: string, sentence: number, at: number, end: number, read: Tense, planned: number | null): Tense {
  const before = text.slice(sentence, at);
  if (!TARGET_WORD.test(before)) return amongTargets(text, sentence, at, end, read, planned);
  if (CHANGED_TO.test(before)) {
    if (read.kind === 'target') return read;
    const own = OWN_YEAR.exec(before.slice(Math.max(before.lastIndexOf(','), before.lastIndexOf(';')) + 1));
    return { kind: 'target', period: own ? Number(own[1]) : planned };
  }
  const after = text.slice(end, end + 12);
  const year = YEAR_BEFORE.exec(before);
  if (year) return /^(?:左右|以上|以内|上下)?的(?:预期)?(?:增长)?目标/.test(after) ? { kind: 'target', period: Number(year[1]) } : read;
  const last = LAST_YEAR_BEFORE.exec(before);
  if (!last || /实际/.test(last[0]) || (!last[1] && !COMPARED_TARGET_AFTER.test(after))) return read;
  // last year's target is the year before the one planned (a reading as a result may have taken 去年 as the year before
  // the one reviewed: 由去年的7.5%左右上调为10%以上 on a page of 2021 is 2020's); one as a target took the year planned
  const period = planned !== null ? planned - 1 : read.period === null ? null : read.kind === 'target' ? read.period - 1 : read.period;
  return { kind: 'target', period };
}

/** `read` for a quantity of a sentence that opens on 其中 after a sentence about the targets set: a target, of the year before
 * where it is the figure a target was changed from */
function amongTargets(text: string, sentence: number, at: number, end: number, read: Tense, planned: number | null): Tense {
  if (read.kind !== 'actual' || read.periodFrom !== undefined || !OPENS_ON_AMONG.test(text.slice(sentence, sentence + 6))) return read;
  // (the sentence before, over the blank lines between: its closing mark and what it says)
  let last = sentence - 1;
  while (last > 0 && /\s/.test(text[last])) last--;
  const previous = text.slice(sentenceStart(text, last, 160), last + 1);
  if (!TARGET_WORD.test(previous) || TARGETS_MET.test(previous)) return read;
  const clause = text.slice(sentenceStart(text, at, at - sentence, /[,;]/), at);
  const own = OWN_YEAR.exec(clause);
  const year = own ? Number(own[1]) : planned;
  if (!ADJUSTED_TO.test(clause) && ADJUSTED_FROM_AFTER.test(text.slice(end, end + 8)))
    return { kind: 'target', period: year === null ? null : year - 1 };
  return { kind: 'target', period: year };
}
