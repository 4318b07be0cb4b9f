// A passage of a report quoted in news, which the words after the quotation call its targets (“规模工业增加值增长7.2%…
// 城镇调查失业率控制在5.5%以内…”《政府工作报告》用精准的数据为我们描绘出新的目标): no target word stands inside the quote.

/** what the words after a quotation call it: 描绘出新的目标, 提出的目标, 这是…的主要预期目标; or, right after it and the
 * quotations it is listed with, 等目标 or 的目标 (“居民医保人均财政补助标准增加30元”“…”等目标一一实现, 与“再降低20%以上”的目标相比:
 * an account of a year's targets) */
const CALLED_TARGETS =
  /^(?:[^。!?\n“]{0,24}?(?:(?:描绘|勾画|提出|确定|明确|设定|定下)[^。!?\n]{0,8}?目标|是[^。!?\n]{0,16}?(?:预期)?目标)|(?:“[^”“\n]{1,120}”)*[等的](?:主要)?(?:预期)?目标)/;
/** the longest quotation looked at */
const MAX_QUOTE = 600;

/** whether the quantity at `at` stands in a quotation that the words after it call targets */
export function inQuotedTargets(text: string, at: number): boolean {
  // look only within a quotation's reach either side: a text without quotes costs no more than its length
  const from = Math.max(0, at - MAX_QUOTE);
  const before = text.slice(from, at);
  const open = before.lastIndexOf('“');
  if (open < 0 || before.lastIndexOf('”') > open) return false;
  const after = text.slice(at, from + open + MAX_QUOTE);
  const close = after.indexOf('”');
  if (close < 0) return false;
  const inner = after.indexOf('“');
  if (inner >= 0 && inner < close) return false;
  return CALLED_TARGETS.test(text.slice(at + close + 1, at + close + 60));
}
