// The year of a statistics release: a communiqué on the whole past year is dated the year after it (a release of 2017年1月
// on 全年 is 2016's), a release on part of the year at hand (今年以来, 前三季度, 上半年, 1-3月) is dated in that year.
import { type ImpliedYears, SO_FAR_TOLD } from './page-year';
import { YEAR } from './chinese-dates';

/** a communiqué's publisher and date: 光泽县统计局 (2018年3月20日); 国家统计局 2019年2月28日 */
const STATS_DATED = new RegExp(`统计局[^。\\n]{0,20}\\n?\\s*[(（]?\\s*${YEAR}\\s*年\\s*\\d{1,2}\\s*月`);
const PUBLISHED = new RegExp(`(?:时间|发布时间|日期|发布日期|成文日期|公开日期)\\s*[:：]?\\s*${YEAR}[-年/.]`);

/**
 * The year a communiqué describes: in its title, else the year its opening starts from (2023年是…,
 * 2021年，…), else the year its date line gives a release of the year so far, else the year before the one it was
 * published in.
 */
export function communiqueYear(text: string): number | null {
  const named = new RegExp(`${YEAR}年(?:度)?[^。\\n>]{0,24}?统计公报`).exec(text);
  if (named) return Number(named[1]);
  // the first year in running text that is not a date nor the end of a span (图4:2017—2021年…), nor the base of a
  // comparison (比2019年同期增长13.5%: a 2021 release against the year before the pandemic; 与2019年相比; not the
  // second of a pair, 2010与2015年三次产业结构比)
  const body = text.replace(/^[^\n]*(?:[>»]|当前位置|首页)[^\n]*$/gm, '');
  const opens = new RegExp(
    `(?<![-—–~至到比较]\\s*)(?<![^\\d][与同]\\s*)${YEAR}\\s*年(?!\\s*\\d{1,2}\\s*月|\\s*\\d)(?![^\\n]{0,6}(?:索引|统计公报|年鉴))`,
  ).exec(body);
  if (opens) return Number(opens[1]);
  const dated = partYearRelease(text);
  if (dated) return dated.resultsYear;
  // (a release of the year so far, 一季度…截至3月末, is of the year it is published in; an annual one, of the year before)
  const published = STATS_DATED.exec(text) ?? PUBLISHED.exec(text);
  return published ? Number(published[1]) - (SO_FAR_TOLD.test(text.slice(0, 1500)) ? 0 : 1) : null;
}

/** a date line in a page's first lines: alone and bracketed under the title ((2016年10月19日)), or the title's own month
 * (每月经济运行简况(2020年3月)) */
const DATE_LINE = new RegExp(
  `(?:^|\\n)[^\\n(（]{0,30}[(（]\\s*${YEAR}\\s*年\\s*(\\d{1,2})\\s*月(?:\\s*\\d{1,2}\\s*日)?\\s*[)）]\\s*(?=\\n|$)`,
);
/** a part of the year said with its year: 2025年上半年, 2016年前三季度, 2020年1-3月, 截至2015年8月底 */
const YEAR_OF_PART = new RegExp(
  `^${YEAR}年(?:第?[一二三1-3]季度|上半年|前三季度|1\\s*(?:-|—|–|~|至|到)\\s*\\d{1,2}月|前[一二三四五六七八九十\\d]{1,2}个?月|\\d{1,2}月(?:末|底))`,
);
/** the first year in a text, not a span's end nor a comparison's base (比2019年同期) */
const FIRST_YEAR = new RegExp(`(?<![-—–~到比较与同\\d])(?<!(?<!截)至)${YEAR}年`);

/**
 * A release on the year so far (今年以来, 前三季度, 上半年, 截至6月底 before any 全年 in its head): the year its date line
 * gives (not one of January or February, which dates a release on the year before), else its first year when that
 * year is said of a part (2025年上半年, 截至2015年8月底) or opens a paragraph, or a table's last cell (2013年,我镇…截至6月底): its figures are
 * that year's, and so is the year it plans for.
 */
export function partYearRelease(opening: string): ImpliedYears | null {
  const head = opening.slice(0, 800);
  const part = SO_FAR_TOLD.exec(head);
  const whole = head.indexOf('全年');
  if (!part || (whole >= 0 && whole < part.index)) return null;
  const line = DATE_LINE.exec(head.slice(0, 300));
  if (line) return Number(line[2]) >= 3 ? { targetsYear: Number(line[1]), resultsYear: Number(line[1]) } : null;
  const first = FIRST_YEAR.exec(head);
  if (!first) return null;
  const at = head.slice(first.index);
  const opensParagraph = /^\d{4}年[,，]/.test(at) && /(?:^|[\n|])[ \t\u3000]*$/.test(head.slice(0, first.index));
  const y = Number(first[1]);
  return YEAR_OF_PART.test(at) || opensParagraph ? { targetsYear: y, resultsYear: y } : null;
}
