// Words right at a quantity that say what it is, whatever its section: a target the year reviewed had set (虽然略低
//于8%的预定目标, 没有实现年初确定的…降低4%左右…的目标), the count a plan starts from (比现有的86个减少27个), what took effect on a date of the report's own
// year (从2002年1月1日起,我国关税总水平已由15.3%降到12%).
import type { Tense } from './tense-cues';

/** the quantity is the target named after it, or an item of the list that target names: 低于8%的预定目标, 高于年初确定的7%
 * 左右的预期目标, 高于年初人代会12%的目标14.4个百分点, 低于2.5%的控制目标, 单位生产总值能耗降低3.2%、二氧化硫排放量下降1.5%、
 * 化学需氧量排放减少0.2%的节能减排目标预计可以完成 (not the tasks it sets, 完成80%的目标任务) */
const TARGET_NAMED_AFTER =
  /^(?:左右|以上|以内|以下)?(?:[、和及][^,;。!?]{0,16}?\d[\d.]*[^,;。!?、\d]{0,4}?)*的[^,;。!?\d]{0,8}?目标(?!任务)/;
/** the quantity is one of the targets a review names as set at the year's start (没有实现年初确定的…降低4%左右、…减少2%的
 * 目标): its clause names them before it and closes on 的目标 after it */
const SET_AT_YEAR_START = /年初(?:确定|提出|制定|设定)的[^,;。!?]*$/;
const CLOSES_ON_TARGET = /^[^,;。!?]{0,30}?的(?:预定|预期|计划|年度|主要)?目标/;
/** the quantity is what is there now, which a plan changes: 比现有的86个减少27个 */
const PRESENT_BASE = /(?:比|较)现有的?$/;
/** the quantity is what is in force now, which a plan changes: 现行16%的税率 */
const IN_FORCE = /现行的?$/;
/** what is already there, said in a plan: 目前…已经超过2万亿元，今后还要继续增加; 持续推进已批建的3家省实验室; 对已经谋划的近1400个
 * 项目 (not 今年已过去近5个月: the year planned; nor 已于…, a date): 4 mentions in 3 of the 52 whole reports */
const ALREADY = /已(?:经)?(?!于|在|由|从|将|是)[^,;:。!?]{0,16}$/;
/** what there is now, said in a plan: 现在全国有100多个城市建立了…; 全国有24万多户国有小企业; 我国有13亿人口、9亿劳动力资源 (a
 * bare 有 and the items of its list, or a clause of now
 * with no plan word in it); 调整原有近800亿元农业贷款的结构 */
const NOW_THERE_IS =
  /^(?:(?:现在|目前|当前)(?![^,;:]*(?:要|将|力争|争取|计划|预计))|(?:全国|我国|全省|全市|全区|全县)(?:共)?有(?:[^,;:、]{1,12}、)*$)|(?<![比较])(?:原有|现有)的?(?:近|约)?$/;
/** a sentence that opens on the years just past: 这几年,国家先后在58个城市进行了…试点 */
const YEARS_JUST_PAST = /^(?:这几年|近几年|近年来|几年来|这些年)/;
/** a change that took effect on a date and is done (已): 从2002年1月1日起,…已由15.3%降到12% */
const TOOK_EFFECT = /(?:从|自)((?:19|20)\d\d)年\d{1,2}月(?:\d{1,2}日)?起[^。;!?\n]{0,30}?已(?:经)?/;

/**
 * The tense `read` of the quantity at [at, end), turned by the words at it (`sentence`: where its sentence starts).
 */
export function statedKind(text: string, sentence: number, at: number, end: number, read: Tense): Tense {
  if (read.kind === 'actual' && TARGET_NAMED_AFTER.test(text.slice(end, end + 60))) return { ...read, kind: 'target' };
  if (
    read.kind === 'actual' &&
    SET_AT_YEAR_START.test(text.slice(Math.max(sentence, at - 60), at)) &&
    CLOSES_ON_TARGET.test(text.slice(end, end + 40))
  )
    return { ...read, kind: 'target' };
  if (read.kind !== 'target') return read;
  if (PRESENT_BASE.test(text.slice(Math.max(sentence, at - 6), at))) return { ...read, kind: 'actual' };
  // 将制造业等行业现行16%的税率降至13%: the rate in force, the year reviewed's
  if (IN_FORCE.test(text.slice(Math.max(sentence, at - 4), at)))
    return { kind: 'actual', period: read.period === null ? null : read.period - 1 };
  // (a target of several years is left to them: 到2020年已…)
  const clause =
    text
      .slice(Math.max(sentence, at - 40), at)
      .split(/[,;:]/)
      .pop() ?? '';
  const now = NOW_THERE_IS.test(clause) || YEARS_JUST_PAST.test(text.slice(sentence, sentence + 6));
  if (read.periodFrom === undefined && (now || ALREADY.test(clause)) && !/今年|本年|全年/.test(clause))
    return { kind: 'actual', period: read.period === null ? null : read.period - 1 };
  const took = TOOK_EFFECT.exec(text.slice(sentence, at));
  if (!took) return read;
  // (已由15.3%降到12%: the level it started from is the year before's)
  const start = /(?:由|从)$/.test(text.slice(Math.max(sentence, at - 1), at));
  return { kind: 'actual', period: Number(took[1]) - (start ? 1 : 0) };
}
