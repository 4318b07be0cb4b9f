// A figure for when something is done, not for a year: 钢：全部建成后增加的年产能力将为六百一十万吨 (1955: the projects of
// the first plan, finished partly after it); 五年内开始建设的二个重型机器制造厂…，在建设完成后，…; 项目全部投产后,预计销售收入
// 将达到88亿元. What it says will be is a target, and its year is unstated: the plan's years are those the building starts
// in, not those it ends in. A year or span said with the completion (在第二个五年计划期间建设完成后), or after the figure
// (发电设备：全部建成后增加的年产能力将为八十万千瓦，五年内建成), dates it as usual.

/** the completion a figure waits for: 全部建成后, 建设完成后, 投产后, 达产后, 竣工后 */
const AFTER_COMPLETION = /(?:建成|完成|投产|达产|竣工)后(?!的(?:[一二三四五六七八九十两]|\d)+年)/g;
/** a year or a span of years (2025年, 一九五七年 as 1957年, 五年内, 期间, 时期) */
const DATED = /(?:19|20)\d\d年|[两二三四五六七八九十]年|期间|时期|年内|年底|年末/;
/** the completion dated after the figure, in its sentence: ，五年内建成; ，一九五九年建成 */
const DATED_AFTER = new RegExp(`^[^。!?\\n]*?(?:${DATED.source})[^,;，；。]{0,4}(?:建成|完成|投产|达产|竣工)`);
/** what ends the clause the completion is said in */
const CLAUSE_START = /[,;:，；：。!?\n]/;

/**
 * Whether the quantity at `at`, in the sentence from `sentence` (`text` with its years in Arabic numerals), waits for a
 * completion said before it in the sentence, with no year or span said from the completion's clause on, nor after the
 * quantity (ending at `end`) of the completion.
 */
export function afterCompletion(text: string, sentence: number, at: number, end: number): boolean {
  const words = text.slice(sentence, at);
  let last = -1;
  AFTER_COMPLETION.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = AFTER_COMPLETION.exec(words)); ) last = m.index;
  if (last < 0) return false;
  let clause = last;
  while (clause > 0 && !CLAUSE_START.test(words[clause - 1])) clause--;
  return !DATED.test(words.slice(clause)) && !DATED_AFTER.test(text.slice(end, end + 60));
}
