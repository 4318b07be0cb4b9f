// The year a news page of a session gives only as the year at hand, mid-paragraph (大连市第十六届人民代表大会第四次会议今天上午开幕,…
// 作工作报告。2021年是“十四五”开局之年,…): read where the page names no year otherwise (metadata.ts, after impliedYears).
import { REVIEW_WORDS } from './heading-years';
import { type ImpliedYears, SESSION_NEWS } from './page-year';
import { YEAR } from './chinese-dates';

/** a sentence of its own saying what its year is (…作工作报告。2021年是“十四五”开局之年,也是建党100周年,做好全年工作意义重大), and
 * what follows it */
const YEAR_AT_HAND = new RegExp(`(?:^|[\\n。!！])\\s*${YEAR}年是[^。\\n]{0,80}?之年([^。\\n]{0,60})。?\\s*([^。\\n]{0,8})`, 'g');

/**
 * News of a session opening (大连市第十六届人民代表大会第四次会议今天上午开幕) that says the year at hand mid-paragraph: its
 * plans are that year's. Not a year the page goes past (成都's 2022 story: 2021年是“十四五”开局之年,成都的成绩来之不易。…2022年
 * 是党的二十大召开之年), nor a review's opener (2020年是“十三五”收官之年,面对…; 2021年是…开局之年…。一年来,…).
 */
export function sessionYearAtHand(head: string): ImpliedYears | null {
  if (!SESSION_NEWS.test(head)) return null;
  for (const m of head.matchAll(YEAR_AT_HAND)) {
    const y = Number(m[1]);
    if (REVIEW_WORDS.test(m[2]) || /^(?:一年来|过去的?一年|这一年|回顾)/.test(m[3])) continue;
    // (a horizon is no later year: 到2025年, 2021—2025年)
    if (new RegExp(`(?<![到至—–~-])(?:${[1, 2, 3, 4].map((k) => y + k).join('|')})年`).test(head)) continue;
    return { targetsYear: y, resultsYear: y - 1 };
  }
  return null;
}

/** the founding a page counts its year from (今年是新中国成立75周年: 1949 + 75), as data */
const FOUNDED: ReadonlyArray<[RegExp, number]> = [
  [/新中国成立|中华人民共和国成立/, 1949],
  [/中国共产党成立|建党/, 1921],
  [/改革开放/, 1978],
];
const ANNIVERSARY = /今年是(新中国成立|中华人民共和国成立|中国共产党成立|建党|改革开放)(\d{1,3})周年/;

/**
 * A page whose year at hand is said only as an anniversary (csjcs's excerpt of 合肥's 2024 report: 今年是新中国成立75周年,是实施
 * “十四五”规划的关键一年): its plans are of that year. Read last, where no other rule dates the page; the nation's reports that say
 * it (今年是改革开放30周年 in 2008's, 新中国成立70周年 in 2019's, 中华人民共和国成立75周年 in 2024's) are dated otherwise and agree.
 */
export function anniversaryYear(head: string): ImpliedYears | null {
  const m = ANNIVERSARY.exec(head);
  const founded = m && FOUNDED.find(([re]) => re.test(m[1]));
  if (!m || !founded) return null;
  const y = founded[1] + Number(m[2]);
  return { targetsYear: y, resultsYear: y - 1 };
}
