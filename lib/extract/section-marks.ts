// The marks that open a report's sections of results or of plans (过去五年, 主要预期目标是:, a line 主要目标, “十四五”规划目标…),
// read by the tense reader (tense.ts) once per text.
import { PLAN_NAME } from '../detect/five-year-plans';

const Y = '(?:19|20)\\d\\d';
export const REVIEW_MARK = new RegExp(
  `过去(?:的)?(?:一|五|三|两|四)年|(?:一|五|三|四)年来|这(?:五|三|四)年|${PLAN_NAME}(?:规划)?(?:时期|期间)(?:[^,;:。\\n]{0,20}?回顾|是)|回顾(?:过去|${Y})|(${Y})年(?:政府)?工作回顾|工作回顾|刚刚过去的(${Y})年|本届政府(?:任期|以来)|(${Y})年[^,;:。\\n]{0,12}?(?:预算执行情况|计划执行情况|决算情况|财政决算)`,
  'g',
);
/** 展望 and the year to come, or a year's targets heading its line (not their outcome: 2023年工作目标完成情况) */
const LOOKS_AHEAD = `(?:展望(?:(${Y})年?|今年|明年|新的一年|新一年)|(?:今年|明年|(${Y})年)(?:的)?(?:政府)?(?:工作|发展)?目标(?:任务)?(?=[^\\n,;:。\\d]{0,4}\\n)(?![^\\n]*(?:完成|实现|执行|回顾)))`;
export const PLAN_MARK = new RegExp(
  [
    `(?:今年|明年|(${Y})年)[^,;:。\\n]{0,10}?(?:主要)?(?:预期)?目标(?:是|为|:|任务|和)`,
    `主要(?:预期)?目标(?:和|与)(?:主要)?任务`,
    `目标任务(?:和|与)主要工作`,
    `总(?:体|的)要求(?:是|:|和|与)`,
    `(?:今年|(${Y})年)(?:的)?(?:政府)?工作(?:安排|任务|建议|重点)`,
    `重点(?:做好|抓好)(?:以下|如下)`,
    `对今年政府工作的建议`,
    `(${Y})年[^,;:。\\n]{0,12}?预算(?:草案|安排)`,
    `今后五年|新的一年(?:里)?,?(?:我们)?(?:要|将)`, // (一年来,我们大力发展…文化事业…。新的一年,我们要…: plans again)
    // 今年计划要求,…国民生产总值增长百分之六…。社会商品零售总额增长…: the plan's figures run on past its sentence
    `(?:今年|明年|(${Y})年)(?:的)?计划要求`,
    // 二、1981年国民经济计划的任务和主要指标; 1981年国民经济计划主要指标安排如下 (not their outcome: …主要指标完成情况)
    `(?:今年|明年|(${Y})年)[^,;:。\\n]{0,14}?主要指标(?![^,;。\\n]{0,6}(?:完成|执行|实现))`,
    // a paragraph that opens on looking ahead to the year (展望2024年工作目标🎯, 展望2023 as a heading; 展望2025,信心与动力同在), or a
    // heading line of the year's targets with no 主要 or 预期 (2018年工作目标, 2024年发展目标🎯): an essay site's or a news digest's
    // section of plans, whose lines name no target word (经济高质量发展,确保GDP增长7%)
    // (at the head of its sentence, as tense.ts reads PLAN_MARK: its line run into the one before, after the emoji that ended
    // it, too: …不断提升。🎓🏥展望2024年工作目标🎯2024年,…; no look-behind here, which would cost every offset of the text)
    LOOKS_AHEAD,
  ].join('|'),
  'g',
);
/** news of a report's words, before the year they are of (报告提出,2021年,…): read by the sentence (tense-cues.ts YEAR_LEADS)
 * and by its paragraph (PLANNED_YEAR_OPENS) */
export const REPORT_SAYS = '(?:提出|指出|明确)[,:]';
/** a clause that weighs what the plan rests on, before the year it plans: 综合考虑全省主要经济预期指标和各项政策性收支增减因素, */
const WEIGHED = '(?:综合考虑|统筹考虑|考虑到|根据|按照|结合)[^,;。\\n]{0,40},';
/** a paragraph that opens on a year the report plans: 2001年是进入新世纪、实施“十五”计划的第一年; news of a report's plans that
 * opens on it (报告提出,2021年,全省…收入安排6888亿元…。按现行财政体制计算,…总收入12042.38亿元: the paragraph's sentences after
 * the first are that year's too), after what it weighs or straight on its budget (报告提出,综合考虑…,2018年全省一般公共预算收入
 * 安排6495亿元…。全省当年一般公共预算收入,加…上年结转收入等3790亿元; 报告提出,2018年省级一般公共预算收入安排…) */
export const PLANNED_YEAR_OPENS = new RegExp(
  `(?<=^|\\n|!)(?:(${Y})年是|[^,;。\\n]{0,8}?${REPORT_SAYS}(?:${WEIGHED})?(${Y})年(?:[,:]|(?=[^,;。\\n\\d]{0,16}?(?:安排|预算|预计|拟))))`,
  'g',
);
/** a heading line on its own, wherever the text before it ends (an infographic's lines run together):
 * 二、2018年发展主要预期目标, 今年发展预期目标; a news item’s 主要目标 over the year’s list, between dashes too (— 主要目標 —) */
export const TARGET_HEADING = new RegExp(
  `(?:今年|明年|(${Y})年)[^,;:。\\n]{0,10}?(?:主要(?:预期)?|预期)目标(?=[ \\t]*\\n)|(?<=^|\\n)[—–\\-─=【\\[]*(?:主要(?:预期)?|预期)目标(?:任务)?[—–\\-─=】\\]]*(?=[ \\t]*\\n(?!完成|实际|执行))|(?:今年|(${Y})年?)任务清单(?=\\n)`,
  'g',
);
/** a five-year plan's targets heading a list (“十四五”规划目标中的民生关切 ■…, …规划目标:), not their review */
export const PLAN_TARGET_HEADING =
  /["“「『]?(?<plan>十[一二三四五]?|九)五["”」』]?(?:规划)?(?:主要)?目标(?![^,;。\n]{0,12}(?:完成|实现|执行|回顾))[^,;:。\n■●◆]{0,12}?(?=[:■●◆]|\n)/g;
/** a colon that opens the year's targets, wherever it stands in its sentence: 综合考虑…，今年主要预期目标是: */
export const TARGET_LIST_MARK = new RegExp(`(?:(?:今年|明年|(${Y})年)[^,;:。\\n]{0,14}?)?主要(?:预期)?目标(?:建议)?(?:是|为)?:`, 'g');
