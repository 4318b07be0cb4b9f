// Figures of a plan told in the review of its years: the plan as first set or as revised (超过原定的近2万亿元规模;
// 比上年降低了7.9%(原计划降低8.4%); 今年2月修订计划时减少为三百亿元,后来又追加了八十亿元) is a target of the year the
// sentence is about, though the sentence reports; and the parts of a figure said again (这八十亿元中,有三十五亿元是用于…)
// are read as that figure is.

/** the plan as first set or as revised, right before its figure: 原定的, 原计划降低, 原来设想的, 修订计划时减少为 */
const PLAN_SET = `(?:原定|原计划|原来(?:设想|计划|规定|确定)|原先(?:设想|计划|确定)|(?:修订|修改|调整)(?:后的)?计划(?!生育)时?[^,;。\\d]{0,4}?为)的?(?:平均每年|每年)?(?:提高|降低|增长|下降|减少|增加)?`;
const PLAN_SET_BEFORE = new RegExp(`${PLAN_SET}$`);
/** a figure the plan set, said earlier in the sentence */
const PLAN_SET_IN = new RegExp(`${PLAN_SET}[\\d一二三四五六七八九十百千万亿两零]`);
/** a change made to that figure later: 后来又追加了八十亿元 */
const PLAN_CHANGED = /(?:追加|追减|调增|调减|增拨|核减)了?$/;
/** compared with the plan's figure: 比原来设想的六百亿元多出54% */
const COMPARED_WITH_PLAN = new RegExp(`(?:比|较|超过|高于|低于)${PLAN_SET}$`);

/** the clause before `at`, back to a comma or `from` */
function clause(text: string, from: number, at: number): string {
  const words = text.slice(from, at);
  return words.slice(Math.max(words.lastIndexOf(','), words.lastIndexOf(';')) + 1);
}

/**
 * Whether the quantity at `at`, in the sentence from `sentence`, is a figure the plan set: named so right before
 * it, or a change to one named before it in the sentence.
 */
export function plannedFigure(text: string, sentence: number, at: number): boolean {
  const before = text.slice(Math.max(sentence, at - 24), at);
  if (PLAN_SET_BEFORE.test(before)) return true;
  return PLAN_CHANGED.test(clause(text, sentence, at)) && PLAN_SET_IN.test(text.slice(sentence, at));
}

/**
 * Where the thing a plan's figure is compared with ends (这两部分共计减收增支九百二十五亿元,比原来设想的六百亿元: at its
 * comma), that the figure covers the same years; null where the figure is not compared.
 */
export function comparedWithPlan(text: string, sentence: number, at: number): number | null {
  const before = text.slice(Math.max(sentence, at - 24), at);
  const m = COMPARED_WITH_PLAN.exec(before);
  if (!m) return null;
  const word = at - before.length + m.index;
  return word > sentence && /[,;]/.test(text[word - 1]) ? word - 1 : word;
}

/** a sentence that opens on a figure said again, to tell its parts: 这八十亿元中,; 在这些资金中, */
/** (not years: 在这五年里,…; 在这十年中,…) */
const WHOLE_AGAIN = /^(?:在)?这(?:笔|些)?([\d.一二三四五六七八九十百千万亿两零]+[^\d,;。\s]{1,4}?)(?<![年月天日周])(?:中|里|当中),/;
/** how far back the figure said again is looked for */
const WHOLE_REACH = 400;

/** where the figure a sentence opens on was said before it (its offsets), or null */
export function wholeSaidAgain(text: string, sentence: number): { start: number; end: number } | null {
  const m = WHOLE_AGAIN.exec(text.slice(sentence, sentence + 24));
  if (!m) return null;
  const start = text.lastIndexOf(m[1], sentence - 1);
  return start >= 0 && sentence - start <= WHOLE_REACH ? { start, end: start + m[1].length } : null;
}
