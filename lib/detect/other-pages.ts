// Pages that are not reports and say so in their first lines, beyond the genres detect.ts weighs: a yearbook's entry,
// opened under its bracketed headings (【概況】正鑲白旗位于…, a banner's entry for 2008), and news of a meeting, whose lead
// gives the day it was held (11月27日,自治州召开第十三届人民政府第三次会议; 1月5日,县委书记…主持召开县委常委(扩大)会).
// A report never opens either way; a page that carries a report after such a head keeps the report's own opening.

/** a yearbook entry's headings: 【概况】, 【领导名录】 (read in simplified characters, its lines run together between Han
 * characters, as the text is normalized: …政委:张喜闻【概况】乌拉特中旗位于…) */
export const YEARBOOK_ENTRY = /【(?:概况|领导名录)】/;

/** a news lead, after its byline (本报讯, (记者 王姝文)): the day, then who held a meeting (…召开…), in its first clause */
export const MEETING_HELD =
  /(?:^|\n)[ \t\u3000]*(?:[^\n。]{0,16}[)）讯][ \t\u3000]*)?(?:(?:19|20)\d\d年)?\d{1,2}月\d{1,2}日(?:上午|下午|晚上|晚)?[,，][^。,，\n]{0,30}?召开/;

/** a fiscal release of part of the year, by its progress against the year's budget in its first lines (一季度,全县公共财政
 * 收入27,469万元,完成年初预算22.82%; 截至2015年8月底,…为年初预算61.22%; 4月,…累计完成24627万元,完成年初预算数60999万元的40.4%):
 * no report, though its figures run as a communiqué's; a mid-year budget report to the standing committee opens on its title
 * and its address, and states its progress further down */
export const PART_YEAR_BUDGET =
  /(?:[一二三四1-4]季度|上半年|前三季度|(?<!\d)1\s*[-—－~至]\s*\d{1,2}\s*月|截至(?:(?:19|20)\d\d年)?\d{1,2}月(?:底|末)?|(?:^|\n)[ \t\u3000]*\d{1,2}月[,，]|(?<!\d)\d{1,2}月份)[^。]{0,60}?(?:完成|为)(?:年初|年度)?预算(?:数)?(?:\d+(?:\.\d+)?[万亿]?元)?的?\s*\d+(?:\.\d+)?%/;
