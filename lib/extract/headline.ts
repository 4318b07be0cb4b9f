// A news page's headline that announces the year's plans around a figure: named after it (地区生产总值增长5.6%以上,
// 历城区描绘2025年发展蓝图; GDP增长6%以上!青岛明确今年发展主要预期目标) or before it (内地多地公布经济目标 京沪粤望按年升6%;
// 31省份2021年GDP增长目标 湖北超10%): the figure is that year's target, though no target word governs it.

/** the year's plans named in a headline: 描绘2025年发展蓝图, 2025年主要预期目标, 今年发展主要预期目标 (今年: the page's) */
const PLANS_NAMED = /((?:19|20)\d\d|今)年[^,;。!?\n]{0,6}?(?:发展)?(?:蓝图|(?:主要)?(?:预期)?目标)/;
/** targets named before a figure: 公布经济目标, 2021年GDP增长目标 (its year, or the page's) */
const TARGETS_BEFORE =
  /(?:((?:19|20)\d\d)年[^,;。!?\n]{0,6}?|(?:公布|明确|定下|提出|确定)[^,;。!?\n]{0,6}?)(?:GDP|经济)?(?:增长|增速)?(?:预期)?目标/;

/** the year a quantity at [at, end) in a headline plans for (`thisYear`, the page's targets year, for 今年 or no year;
 * null where that is unknown), where the headline names the plans around it; undefined where it names none */
export function headlinePlanYear(text: string, at: number, end: number, thisYear: number | null): number | null | undefined {
  // a headline opens in the first 30 characters and runs at most 60 (below): a figure past them is in none
  if (end > 90) return undefined;
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  if (text.slice(0, lineStart).trim().length > 30) return undefined;
  // its end: the line's, or where a sentence ends (a line break before the body may be gone from the clean text:
  // GDP增长6%以上!青岛明确今年发展主要预期目标4月15日上午,…)
  const stop = /[\n。?]/.exec(text.slice(lineStart, lineStart + 60));
  const lineEnd = lineStart + (stop ? stop.index : 60);
  if (end > lineEnd) return undefined;
  const after = PLANS_NAMED.exec(text.slice(end, lineEnd));
  const before = after ? null : TARGETS_BEFORE.exec(text.slice(lineStart, at));
  // a headline ends on its line's break, or on the plans right before the body's date (…描绘2025年发展蓝图1月9日,); where
  // it runs on into anything else it holds no clause (not 央视网消息:截至目前,31个省区市…公布了自己2022年的经济发展目标。)
  const headEnd = after ? end + after.index + after[0].length : at;
  const ownLine = stop?.[0] === '\n' || (after !== null && /^(?:\d{1,2}月\d{1,2}日|\n|$)/.test(text.slice(headEnd)));
  if (!ownLine && /[,:;]/.test(text.slice(lineStart, headEnd))) return undefined;
  if (!after && !before) return undefined;
  const named = after?.[1] ?? before?.[1];
  const year = named && named !== '今' ? Number(named) : thisYear;
  // a figure its headline dates to another year is that year's (兩會｜2025年國內GDP增長5% 今年經濟增長預期目標…), and
  // targets named before a figure are the page's own year's (not 2024年GDP目标直指3.2万亿元 on a 2025 page: a result)
  const dated = /((?:19|20)\d\d)年/.exec(text.slice(lineStart, at))?.[1];
  if ((dated && Number(dated) !== year) || (before && thisYear !== null && year !== thisYear)) return undefined;
  return year;
}
