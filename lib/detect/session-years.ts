// The year of the congress session a report is delivered at, for pages that give no date: the national
// congress (第十四届全国人民代表大会第三次会议 → 2025) and a province's (福建省第十三届人民代表大会第六次会议,
// 省十三届人大二次会议, 上海市第十六届人民代表大会第二次会议).
import { chineseNumber } from './chinese-dates';
import { isDivisionName } from '../model/region';
import { ORDINAL } from './report-region';

/** the first session of each National People's Congress whose sessions were held yearly */
const NPC_FIRST_YEAR: Record<number, number> = {
  1: 1954,
  5: 1978,
  6: 1983,
  7: 1988,
  8: 1993,
  9: 1998,
  10: 2003,
  11: 2008,
  12: 2013,
  13: 2018,
  14: 2023,
};
/** 第十四届全国人民代表大会第三次会议; news: 第十三届全国人大今(5)日召开第四次会议; 全国人大六届二次会议 */
const NPC_SESSION = new RegExp(
  `第?(${ORDINAL})届全国(?:人民代表大会|人大)(?:[^。\\n第]{0,10}?召开)?第?(${ORDINAL})次会议|全国(?:人民代表大会|人大)(${ORDINAL})届(${ORDINAL})次会议`,
  'g',
);

/** what follows a session whose decisions a report looks back on */
const DONE_SINCE = /^(?:以来|确定的|提出的|部署的|通过的|作出的|批准的)/;

/**
 * The year of the national congress session a report is delivered at: 第十四届全国人民代表大会第三次会议 → 2025.
 * A first session a review counts its term from (第十二届全国人民代表大会第一次会议以来的五年) is that term's
 * start: the report closing the term is delivered five years on (2018).
 */
export function npcSessionYear(text: string): number | null {
  // (a session whose decisions the report carried out met a year before it: 按照十届全国人大一次会议批准的方案 on a page of the
  // 2004 report, 八届全国人大二次会议确定的1994年的工作任务 on one of 1995's; the first session delivered at wins)
  let since: number | null = null;
  for (const m of text.matchAll(NPC_SESSION)) {
    const first = NPC_FIRST_YEAR[chineseNumber(m[1] ?? m[3])];
    if (first === undefined) continue;
    const year = first + chineseNumber(m[2] ?? m[4]) - 1;
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 8);
    if (/^以来的?五年/.test(after)) return year + 5;
    if (after.startsWith('以来')) continue;
    if (DONE_SINCE.test(after)) since ??= year + 1;
    else return year;
  }
  return since;
}

/**
 * Each province's congress (人民代表大会) counted in 2023, when the terms of all of them began together, as
 * they have every five years since 2003 (the first sessions of 湖北省第十一届, 2008; 安徽省第十三届, 2018;
 * 辽宁省第十四届, 2023). 重庆's second began in 2003, its first in 1997.
 */
const TERM_OF_2023: Record<string, number> = {
  北京市: 16,
  天津市: 18,
  上海市: 16,
  重庆市: 6,
  海南省: 7,
  西藏自治区: 12,
  宁夏回族自治区: 13,
  ...Object.fromEntries(
    '河北省 山西省 内蒙古自治区 辽宁省 吉林省 黑龙江省 江苏省 浙江省 安徽省 福建省 江西省 山东省 河南省 湖北省 湖南省 广东省 广西壮族自治区 四川省 贵州省 云南省 陕西省 甘肃省 青海省 新疆维吾尔自治区'
      .split(' ')
      .map((p) => [p, 14]),
  ),
};
const SYNCHRONISED_SINCE = 2003;
/** a province's session: 福建省第十三届人民代表大会第六次会议; 省十三届人大二次会议; 自治区十二届人大四次会议 */
const PROVINCE_SESSION = new RegExp(
  `([\\u4e00-\\u9fff]{0,8}?)第?(${ORDINAL})届(?:人民代表大会|人大)(常务委员会|常委会)?第?(${ORDINAL})次(?:全体)?会议`,
  'g',
);
const FIVE_YEARS = /本届政府的?五年|过去(?:的)?五年|五年来/;
/** the name of a province without what it is: 福建省 → 福建, 广西壮族自治区 → 广西 */
const shortName = (province: string) => province.replace(/(?:(?:维吾尔|壮族|回族)?自治区|省|市)$/, '');

/**
 * The year of a province's congress session named on a page of that province: its term began in a year
 * of 2003, 2008 … 2023, and its sessions are yearly. A term may hold an extra session (湖南省第十一届人民代表
 * 大会第六次会议 met in 2012, its term's last year): a session is dated no later than its term's fifth year. One held
 * mid-term puts the later sessions a year ahead (江西省第十四届…第三次会议 met in 2024): so this is the last resort of
 * a page that gives no date (tests/unit/session-years.test.ts measures it).
 * Not its standing committee's sessions (several a year), nor a city's congress (市十六届人大 on 广州's page).
 */
export function provinceSessionYear(text: string, province: string): number | null {
  const termOf2023 = TERM_OF_2023[province];
  if (termOf2023 === undefined) return null;
  // the session it is delivered at is the latest a page names (省十四届人大一次会议确定的目标, then 在…第二次会议上); a
  // session whose decisions the report has carried out (完成了省十届人大一次会议确定的目标) met before it: the year
  // before, or a term before when the report reviews the term's five years (本届政府的五年), if it names no other
  let delivered: number | null = null;
  let since: number | null = null;
  for (const m of text.matchAll(PROVINCE_SESSION)) {
    if (m[3] || !sessionOf(m[1], province)) continue;
    const term = chineseNumber(m[2]);
    const start = 2023 - 5 * (termOf2023 - term);
    // (a term not yet begun is a misreading)
    if (start < SYNCHRONISED_SINCE || term > termOf2023 + 1) continue;
    const year = start + Math.min(chineseNumber(m[4]) - 1, 4);
    if (!DONE_SINCE.test(text.slice(m.index + m[0].length, m.index + m[0].length + 6))) delivered = Math.max(delivered ?? year, year);
    else since = Math.max(since ?? 0, year + (/^第?一$/.test(m[4]) && FIVE_YEARS.test(text) ? 5 : 1));
  }
  return delivered ?? since;
}

/**
 * Whether the words before a session name the province's congress: its name (福建省, 福建), its level alone
 * (召开省十三届人大…, 自治区十二届人大…; 市 for 上海), or nothing (出席十三届人大二次会议的代表); not another
 * province (湖南省), the nation's (全国), nor a city's, county's or town's (广州市, 县十八届人大).
 */
function sessionOf(owner: string, province: string): boolean {
  if (owner.endsWith(province) || owner.endsWith(shortName(province))) return true;
  if (/全国$/.test(owner)) return false;
  const level = province.endsWith('市') ? /市$/ : /(?:省|自治区)$/;
  if (level.test(owner)) {
    // another division named before the level: 湖南省 on 广东's page, 广州市 on 上海's
    for (let k = 3; k <= Math.min(owner.length, 9); k++) if (isDivisionName(owner.slice(-k))) return false;
    return true;
  }
  return !/(?:市|县|区|州|盟|旗|乡|镇)$/.test(owner);
}
