// What other genres betray themselves by, where a test is more than a pattern: a party congress the page
// is about (not one a report cites), a report told about as delivered by someone (not the speaker's own
// 我代表…向大会作…), a list of report titles (not a report).

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
