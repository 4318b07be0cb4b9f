// How a report opens, and what a page puts around it: the speaker's own report (我代表国务院向大会
// 作政府工作报告), the address that starts it (各位代表:), and a site's menu lines, read from the
// source line by line because normalize() joins the lines they are on.
import { normalize } from '../text/normalize';

/**
 * The speaker's own report, as a report opens: 我代表国务院向大会作政府工作报告, 我代表省人民委员会
 * (the 1950s governments) 向…会议作…报告, 我受国务院的委托,提出关于…的报告, 我现在根据国务院的决定,
 * 向…会议作政府工作报告; and a plan or budget report made on the government's behalf by its minister or
 * director: 受国务院委托,我向全国人大常委会报告…, 受市人民政府委托,现将…预算草案提请…审议.
 */
export const OWN_REPORT =
  /我(?:现在)?(?:代表|受|根据)[^。]{0,20}(?:人民政府|国务院|政府|人民委员会)(?:的)?(?:委托|决定)?[^。]{0,12}(?:向大会|向本次会议)?[^。]{0,6}报告|我(?:现在)?(?:代表|受|根据)[^。]{0,20}(?:人民政府|国务院|政府|人民委员会)(?:的)?(?:委托|决定)?[,，]?(?:现在)?(?:向[^。]{0,30}?)?(?:作|提出|提交)[^。]{0,40}?报告|受(?:国务院|[^。,，、]{0,12}?人民政府|[^。,，、]{0,6}?政府)(?:的)?委托[,，]?(?:我|现将|现)[^。]{0,60}?(?:报告|提请)/;

/** the government alone, as a report's speaker names it: 国务院, 本届政府, 北京市人民政府, 省政府 (not 市委、市政府) */
const GOVERNMENT = '(?:国务院|本届政府|[^\\s,，。、;；:：]{0,12}?人民政府|(?:省|市|县|区|州|盟|旗|镇|乡)政府)';
const THANKS = new RegExp(`我代表${GOVERNMENT}[,，]?向([^。!！]{0,160})`, 'g');
/** the review's thanks: 表示衷心的感谢, 致以崇高敬意 */
const THANKS_WORDS = /感谢|谢意|敬意/;
/** what a government's speaker says to the people that is not the review's thanks */
const NOT_THANKS = /报告|汇报|审议|审查|问候|祝福|拜年|慰问|祝愿|祝贺|欢迎/;

/**
 * The thanks that close a work report's review, wherever a page starts: 我代表国务院,向全国各族人民…
 * 表示诚挚感谢, 我代表省政府,向全省广大工人…表示崇高敬意 (or the page cut in them: 我代表镇人民政府,向所有
 * 關心). The government speaks for itself alone, to the people: not the opening (我代表市人民政府,向大会
 * 报告工作), nor a greeting or a welcome (…致以新春的问候, …表示热烈的欢迎), nor a party secretary's speech
 * for the party and the government (我代表市委、市政府,向…).
 */
export function thanksForTheGovernment(text: string): boolean {
  for (const m of text.matchAll(THANKS)) {
    const cut = m.index! + m[0].length >= text.trimEnd().length;
    if ((THANKS_WORDS.test(m[1]) || cut) && !NOT_THANKS.test(m[1])) return true;
  }
  return false;
}

/**
 * The lines that address a report's hearers: the deputies (各位代表:, 各位委员:), or a standing committee a
 * budget or plan report is made to (四川省人大常委会:, 全国人民代表大会常务委员会:)
 */
const ADDRESS = /^\s*(?:各位(?:代表|委员)|[^\s,，。:：]{0,12}?(?:人大常委会|人民代表大会常务委员会))\s*[:：!！,，]/gm;

/**
 * The report's own opening: a line that addresses its hearers and, right after, the speaker's own
 * report or request for deliberation. A page that carries it carries the report, whatever frame (an
 * encyclopedia entry, a news site's source line, a list of reports, the resolution approving it) is
 * around it.
 */
export function ownOpening(opening: string): boolean {
  for (const m of opening.matchAll(ADDRESS)) {
    const after = opening.slice(m.index! + m[0].length, m.index! + m[0].length + 300);
    if (OWN_REPORT.test(after) || /请予审议|请审议|请审查|请予审查/.test(after)) return true;
  }
  return false;
}

/**
 * a site's menu or headline ticker (专家专栏 政策解读 宏观经济…, -四部委答问 -外交部部长…解读…): four or
 * more short runs between spaces or bars, and no sentence
 */
const MENU_LINE = /^(?:\s*[^\s|,，。;；]{1,24}(?:\s+|\s*\|\s*)){3,}[^\s|,，。;；]{0,24}\s*$/;

/**
 * The head of the source line by line, without a site's menu lines, each line normalized on its own:
 * normalize() drops the spaces of a menu and joins a break between Han characters, which would glue a
 * menu's 政策解读 or an address (各位代表:) to the text around it.
 */
export function proseHeadOf(source: string): string {
  const lines = source
    .slice(0, 3000)
    .split(/\r?\n/)
    .filter((line) => !MENU_LINE.test(line));
  return normalize(lines.join('\n\n')).text.replace(/\n+/g, '\n');
}
