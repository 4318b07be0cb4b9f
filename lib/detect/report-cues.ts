// The words by which detect weighs a page: a report's name against a headline about one, a programme's
// verbs and targets, news telling what a report says, a congress session's business. Kept apart from the
// weighing (detect.ts) so each cue list can be read and tested on its own.
import { FIVE_YEAR_PLAN_REPORT } from './five-year-plans';

/**
 * A title line that is a report's name, not a headline about one: 太仓市2023年政府工作报告, not
 * 应勇作政府工作报告提出今年目标 nor 关于政府工作报告的决议 nor 解读《政府工作报告》 nor a headline's
 * question or digest (政府工作报告“白话版”:李克强都说了哪些接地气的话, …的这些亮点).
 */
export const ABOUT_A_REPORT =
  /决议|解读|读懂|要点|热议|聚焦|审议|讨论|听取|学习|起草|背后|开幕|闭幕|通过|表决|分工|说明|提出|指出|强调|作(?:了)?《?政府|做《?政府|《|丨|预期增长|刊(?:第|发|登)|以下是|共分|分为|哪些|如何|怎么|什么|白话|妙语|金句|关键词|热词|亮点|看点|说了/;

/** verbs of a government's programme: what reports are made of, section after section, titled or not */
export const PROGRAMME_VERBS = /推进|深化|完善|健全|加快|推动|提升|落实|加强|建立|优化|促进|强化|扎实|持续|全面|着力|坚持|大力|深入|实施/;
/** figures held to a bound or a pledge: the year's targets (增长5%左右, 控制在3%以内, 力争…) */
export const TARGET_WORDS = /\d(?:\.\d+)?\s*[^\d\s,，。;；、]{0,4}(?:左右|以上|以内)|力争|确保|不低于|控制在/;
/** the year's tasks as a report sets them: what will be won, started, built */
export const TASK_WORDS = /争取|争创|力争|打造|新建|开工建设|建成|启动|全面完成|基本完成/;
/** a news or feature page telling what a report or its speaker says */
// (a party congress's or plenum's report a government document cites for guidance, 十九大报告提出…, is not the
// report the page is about)
export const REPORTED_SPEECH =
  /(?:(?<![大会])报告|他|她|(?:市|县|区|省|旗|州)长|总理|主任|代表|委员)(?:中)?(?:指出|提出|说|强调|表示|介绍|回顾|要求|认为|显示|明确)|据(?:介绍|了解|悉)|(?:表示|指出|强调|说)[,，:：]|在《?政府工作报告》?中/;
/**
 * A government's notice that publishes a plan or budget its congress approved, in the notice's fixed words:
 * 《珠海市2018年国民经济和社会发展计划》业经…人民代表大会第五次会议审议通过,现印发给你们; 市发展改革委《…计划》
 * 已经市九届人大四次会议审议批准,现予转发. What follows is the plan itself.
 */
export const APPROVED_AND_PUBLISHED =
  /《[^》\n]{0,40}(?:计划|预算|规划|报告)》[^。\n]{0,8}?(?:已经|业经|已|经)[^。\n]{0,30}?(?:人民代表大会|人大)[^。\n]{0,20}?(?:审议通过|审查通过|审议批准|审查批准|批准)[^。\n]{0,4}?[,，]\s*现(?:予)?(?:印发|转发)/;
export const PLAN_REPORT_NAME = new RegExp(
  `计划执行情况|计划草案|规划纲要|(?:19|20)\\d\\d年国民经济和社会发展计划|五年计划的报告|${FIVE_YEAR_PLAN_REPORT.source}`,
);
/** the business of a congress session, as news reports it */
export const SESSION_NEWS = /开幕|闭幕|主席团|执行主席|主席台|代表团|分组(?:讨论|审议)|应到代表|应出席|实到|符合法定人数|全体会议/;
