// A news page's headline that names the year's plans after a figure (地区生产总值增长5.6%以上,历城区描绘2025年
// 发展蓝图): the figure is that year's target, though no target word stands before it.

/** the year's plans named in a headline: 描绘2025年发展蓝图, 2025年主要预期目标, 2025年目标 */
const PLANS_NAMED = /((?:19|20)\d\d)年[^,;。!?\n]{0,6}?(?:发展)?(?:蓝图|(?:主要)?(?:预期)?目标)/;

/** the year a quantity at [at, end) in the text's first line plans for, where the line names it after the quantity */
export function headlinePlanYear(text: string, at: number, end: number): number | null {
  // the line is at most 60 characters (below): a figure past them is in none, and the text is not scanned for it
  if (end > 60) return null;
  const lineEnd = text.indexOf('\n');
  const line = lineEnd < 0 ? text : text.slice(0, lineEnd);
  // a headline is a line of its own, not a sentence run on (no 。 in it)
  if (end > line.length || line.length > 60 || /[。!?]/.test(line) || text.slice(0, at).trim().length > 30) return null;
  const m = PLANS_NAMED.exec(line.slice(end));
  return m ? Number(m[1]) : null;
}
