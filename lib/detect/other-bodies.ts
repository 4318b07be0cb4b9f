// Reports of bodies other than the government, made to the same congress in the same words (各位代表…向大会
// 报告工作,请予审议; 主任、各位副主任…请审议): the standing committee's work report and its inspection reports
// (人大常委会工作报告, 执法检查), a court's or a procuratorate's (法院/检察院工作报告), and the audit of the budget
// (审计工作报告: made on the government's behalf, but an audit, not a budget). A budget report that says its
// accounts were audited (经过了国家审计署的审计) is none of them.

/** a title line naming another body's report: 湖北省高级人民法院工作报告, 关于2020年度县级预算执行和其他财政收支的审计工作报告 */
const OTHER_BODY_TITLE =
  /(?:人民法院|人民检察院|法院|检察院|人大常委会|人民代表大会常务委员会|常委会)工作报告|审计(?:工作)?报告|执法检查[^。\n]{0,12}报告/;

/**
 * the speaker of another body (我代表最高人民检察院,向大会报告工作; 我代表最高人民法院报告…; 我受市四届人大常委会委托,向大会
 * 报告工作), and an audit's report or its auditor (报告2017年度市级预算执行和其他财政收支的审计情况; 市审计局局长, 审计署审计长)
 */
const OTHER_BODY_SPEAKER =
  /我代表[^。,，\n]{0,12}?(?:人民法院|人民检察院|人大常委会|常务委员会|审计(?:署|局|厅))|我受[^。,，\n]{0,12}?(?:人大常委会|常务委员会)(?:的)?委托|报告[^。\n]{0,40}?审计(?:情况|结果|工作)|审计(?:局|厅)(?:局长|厅长)|审计署审计长|执法检查组组长/;

/** a report of another body than the government, by its title lines or the speaker at its head */
export function reportOfAnotherBody(titleLines: string[], head: string): boolean {
  return titleLines.some((line) => OTHER_BODY_TITLE.test(line)) || OTHER_BODY_SPEAKER.test(head);
}
