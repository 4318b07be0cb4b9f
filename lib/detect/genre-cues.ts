// What other genres betray themselves by, where a test is more than a pattern: a party congress the page
// is about (not one a report cites), a report told about as delivered by someone (not the speaker's own
// 我代表…向大会作…), a list of report titles (not a report), a speech's salutation; and what a report keeps of
// its figures where a page blanked them.

/**
 * A speech's opening, in a page's head: its salutation to the audience (同志们:, 尊敬的各位老领导、同志们、朋友们:,
 * 大家好), its genre (贺词, 致辞, 讲话稿), or its occasion (在…上的讲话). A report addresses 各位代表.
 */
export const SPEECH_HEAD =
  /(?:同志们|朋友们|女士们|先生们|来宾们)[:：]|尊敬的[^。\n:：]{0,40}[:：]|大家好|贺词|致辞|讲话稿|部署稿|发言稿|在[^。\n]{0,20}上的讲话/;

/**
 * Figures a page blanked, each slot kept before its unit: a template's (增长x.x%, 比上年增长*%, 增长X%) or a
 * repost's whose digits were stripped (计划生育率达到.%, 比年提高了.个百分点). Such a page had its figures.
 */
const BLANKED_FIGURE = /(?<![\d\s.．xX×*＊])(?:[xX×*＊]+(?:[.．][xX×*＊]+)?|[.．])\s*(?:%|％|个百分点)/g;

export function figuresBlanked(text: string): boolean {
  return (text.match(BLANKED_FIGURE)?.length ?? 0) >= 2;
}

/**
 * A party congress the page is about (党代会筹备, 第一次党代表大会, 镇党代会…闭幕, a report 在中国共产党
 * 北京市第十三次代表大会上), not one a report or a speech cites for its guidance: 贯彻…县第十五次党代会
 * 精神, 省委八次党代会确定的战略, 按照…党代会的部署. (Not 中国共产党领导的人民代表大会制度.)
 */
export function partyCongressIsTheSubject(head: string): boolean {
  for (const m of head.matchAll(/党代会|党代表大会|中国共产党[^。,，\n人]{0,16}代表大会/g)) {
    const before = head
      .slice(Math.max(0, m.index! - 24), m.index)
      .split(/[。,，;；!！?？\n]/)
      .pop()!;
    const after = head.slice(m.index! + m[0].length, m.index! + m[0].length + 6);
    if (!/贯彻|落实|迎接|按照|根据|遵循/.test(before) && !/^(?:的)?(?:精神|确定|(?:战略)?部署|提出|以来|要求|目标)/.test(after))
      return true;
  }
  return false;
}

/** a report named as delivered by someone (省长…作政府工作报告): told about, unless "我代表…向大会作…" */
export function deliveredBySomeone(s: string): boolean {
  for (const m of s.matchAll(/(?:作|做)(?:了)?《?(?:省|市|县|区|州|旗)?(?:人民)?政府工作报告/g)) {
    // the sentence's own speaker (我代表…, 我现在根据国务院的决定,向…作政府工作报告) is not told about
    const sentence = s
      .slice(Math.max(0, m.index! - 60), m.index)
      .split(/[。!?！？\n]/)
      .pop()!;
    if (!/我(?:代表|现在|受|谨|向|根据)/.test(sentence)) return true;
  }
  return false;
}

/** lines that are only a report's name (with a date or page number): a list, not a report */
export function titleListLines(s: string): number {
  let n = 0;
  for (const line of s.split('\n')) {
    if (
      line.length <= 40 &&
      /(?:政府工作报告|统计公报|预算执行情况)/.test(line) &&
      /^(?:\d+\.?\s*)?[^。,;]{0,30}(?:报告|公报)[\s\d-]*$/.test(line.trim())
    )
      n++;
  }
  return n;
}

/** a line that heads a report's full text by the report's name (《天津市政府工作报告》全文, after a news lead): the name
 * itself, not a report quoted by name */
export function ownFullTextName(line: string): string {
  return line.replace(/^《([^《》]{2,60})》\s*[(（]?全文[)）]?$/, '$1');
}
