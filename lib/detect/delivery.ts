// The line that says when and where a report was delivered (——2025年1月19日在宁夏回族自治区第十三届人民代表大会
// 第三次会议上), and what its date says of the years the report covers.
import { YEAR } from './chinese-dates';

/** a day, or a draft's blank for it (──2012年3月 日在市十四届人大一次会议上) */
const DAY = `${YEAR}\\s*年\\s*(\\d{1,2})\\s*月\\s*\\d{0,2}\\s*日`;
/** the delivery line: ——2025年1月19日在…人民代表大会…上; 2011 年 3 月 5 日 第十一届全国人民代表大会… */
const DELIVERED = new RegExp(`${DAY}[^。]{0,40}?(?:人民代表大会|人大常委会|人大)`);
/** the date put after the congress: 在东乌珠穆沁旗第十六届人民代表大会第一次会议上 … (2022年1月5日) */
const DELIVERED_AFTER = new RegExp(`人民代表大会[^。]{0,60}?[(（]\\s*${DAY}\\s*[)）]`);
/** the date under the title, before the address, bracketed or not: XX市政府工作报告 张剑飞 2023年1月6日 各位代表:;
 * …政府工作报告(摘要) (1997年3月5日) 现在,我代表市人民政府 */
const DATED_ADDRESS = new RegExp(`[(（]?\\s*${DAY}\\s*[)）]?\\s*(?:各位代表|现在,?我代表)`);
/** the date in brackets after the report's name, with its speaker: 海南省政府工作报告 (2013年1月27日 蒋定之) */
const DATED_NAME = new RegExp(`政府工作报告\\s*[(（]\\s*${DAY}`);

export interface Delivery {
  year: number;
  month: number;
  /** to a congress, not its standing committee */
  congress: boolean;
}

/** the day a report was delivered, as its delivery line says */
export function deliveredOn(text: string): Delivery | null {
  const m = DELIVERED.exec(text) ?? DELIVERED_AFTER.exec(text);
  if (!m) {
    const dated = DATED_ADDRESS.exec(text) ?? DATED_NAME.exec(text);
    return dated ? { year: Number(dated[1]), month: Number(dated[2]), congress: true } : null;
  }
  const after = text.slice(m.index + m[0].length, m.index + m[0].length + 12);
  const congress = !/常委会$/.test(m[0]) && !/^[^。\n]{0,8}?常务委员会/.test(after);
  return { year: Number(m[1]), month: Number(m[2]), congress };
}

/**
 * A congress that meets late in the year, in November or December (a county's new term elected in the autumn:
 * 芷江 2016年11月26日, 谷城 2020年12月23日, 张湾 2022年12月27日), hears a review of the year it meets in (its
 * figures are that year's estimates) and plans for the next. A standing committee hears on its own year at any
 * time; a congress of January to March reviews the year before.
 */
export function meetsLateInYear(d: Delivery | null): d is Delivery {
  return !!d?.congress && d.month >= 11;
}

/** the year a report was delivered for: a late-year congress already meets for the next year */
export function deliveredYear(text: string): number | null {
  const d = deliveredOn(text);
  return d && d.year + (meetsLateInYear(d) ? 1 : 0);
}
