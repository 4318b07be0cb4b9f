// The key indicators are compared by: the same thing named differently in different reports is one
// row. Simplified (the extractor already gives simplified), without quotes, brackets, spaces, the
// words that only say where or when (全市, 全年) and the verbs reports put before a figure (实现,
// 完成); 规上 spelled out; then known aliases folded — some only for one measure (经济增长 is GDP
// growth, 经济总量 is GDP's level).
//
// Stored clips carry their key (the database indexes it). Changing the rules here changes keys:
// add a database version whose upgrade re-keys the clips (lib/db/schema.ts does it for version 2).
import type { Measure } from '../model/mention';

const NOISE = /[\s“”"'‘’「」『』《》()（）【】·•]/g;
const PLACE_TIME = /^(?:全市|全区|全县|全省|全国|全州|全镇|全旗|全年|今年|去年|上年|当年|我市|我区|我县|我省|本市|本区|本县)/;
const VERB = /^(?:累计完成|累计实现|全年完成|全年实现|实现|完成|达到|预计)/;

interface Alias {
  names: string[];
  /** the measures for which these names mean the indicator; all when absent */
  measures?: Measure[];
}

/** names of one indicator; the first is the key. Names are compared after normalisation. */
const ALIASES: Alias[] = [
  { names: ['地区生产总值', 'GDP', '国内生产总值', '生产总值', '地区GDP', '经济总量'] },
  // "经济增长5%左右" is GDP growth; a level of "经济" is not a figure reports give
  { names: ['地区生产总值', '经济增长', '经济增速', '经济', '经济增长速度'], measures: ['growth'] },
  { names: ['规模以上工业总产值', '规模以上工业产值'] },
  { names: ['规模以上工业增加值'] },
  { names: ['一般公共预算收入', '地方一般公共预算收入', '一般公共预算收入完成', '财政一般预算收入', '地方财政一般预算收入', '地方级一般公共预算收入'] },
  { names: ['一般公共预算支出', '地方一般公共预算支出', '财政一般预算支出'] },
  { names: ['全社会固定资产投资', '固定资产投资', '固投'] },
  { names: ['社会消费品零售总额', '社消零总额', '社零总额', '社会消费品零售额', '社零'] },
  { names: ['实际使用外资', '实际利用外资', '实际使用外资金额', '实际利用外资金额', '到位外资', '实际到账外资'] },
  { names: ['进出口总额', '外贸进出口总额', '进出口', '外贸进出口', '货物进出口总额', '对外贸易进出口总额'] },
  { names: ['居民人均可支配收入', '全体居民人均可支配收入', '人均可支配收入'] },
  // surveyed and registered unemployment are different rates (about 5% against 2–4%): never folded
  { names: ['城镇调查失业率', '全国城镇调查失业率', '城镇调查失业率平均'] },
  { names: ['城镇新增就业', '新增城镇就业', '城镇新增就业人数', '新增就业'] },
  { names: ['居民消费价格', '居民消费价格涨幅', '居民消费价格指数', 'CPI', '物价涨幅', '居民消费价格总水平'] },
  { names: ['单位地区生产总值能耗', '单位GDP能耗', '单位国内生产总值能耗', '单位生产总值能耗', '万元GDP能耗', '万元地区生产总值能耗', '单位地区生产总值能源消耗'] },
  { names: ['单位地区生产总值二氧化碳排放', '单位GDP二氧化碳排放', '单位国内生产总值二氧化碳排放', '碳排放强度'] },
  { names: ['PM2.5平均浓度', '细颗粒物平均浓度', 'PM2.5浓度', '细颗粒物浓度', '细颗粒物PM2.5平均浓度', 'PM2.5年均浓度'] },
  { names: ['空气质量优良天数比率', '空气质量优良天数比例', '优良天数比例', '优良天数比率', '空气优良天数比例', '空气优良天数比率'] },
  { names: ['常住人口城镇化率', '城镇化率'] },
  { names: ['粮食产量', '粮食总产量', '粮食生产'] },
  { names: ['研发经费投入强度', '全社会研发支出占地区生产总值比重', '研发支出占GDP比重', '全社会研发投入占GDP比重', 'R&D经费投入强度', '研发经费支出占GDP比重', '全社会研发投入强度', '研发投入强度'] },
  { names: ['税收收入', '税收'] },
];

function clean(indicator: string): string {
  let k = indicator.replace(NOISE, '').replace(/规上/g, '规模以上');
  for (let guard = 0; guard < 3; guard++) {
    const next = k.replace(PLACE_TIME, '').replace(VERB, '');
    if (next === k || next.length < 2) break;
    k = next;
  }
  return k;
}

const ANY = new Map<string, string>();
const BY_MEASURE = new Map<string, string>();
for (const a of ALIASES) {
  for (const n of a.names) {
    const k = clean(n);
    if (!a.measures) ANY.set(k, a.names[0]);
    else for (const m of a.measures) BY_MEASURE.set(`${m}\u0000${k}`, a.names[0]);
  }
}

const RANK = new Map<string, number>();
for (const a of ALIASES) if (!RANK.has(a.names[0])) RANK.set(a.names[0], RANK.size);

/** headline indicators (those with aliases here, GDP first) come first in a table; others after */
export function headlineRank(key: string): number {
  return RANK.get(key) ?? Number.POSITIVE_INFINITY;
}

/** the key an indicator is compared by; pass the measure where it is known (some names need it) */
export function indicatorKey(indicator: string, measure?: Measure): string {
  const k = clean(indicator);
  return (measure && BY_MEASURE.get(`${measure}\u0000${k}`)) ?? ANY.get(k) ?? k;
}

// Indicators where less is better: a target for them is a ceiling (失业率5.5%左右 is met by 5.2%),
// and a fall is the goal (能耗下降3%).
const LESS_IS_BETTER = /失业率|能耗|能源消耗|排放|PM2\.5|细颗粒物|浓度|居民消费价格|物价|赤字|事故|死亡|劣V类|劣五类|贫困发生率|用水量|债务|发病率|犯罪/;

export type Direction = 'up' | 'down';

/** whether more (up) or less (down) of an indicator is what a target asks for */
export function direction(key: string): Direction {
  return LESS_IS_BETTER.test(key) && !/优良|达标|去除率|处理率|削减/.test(key) ? 'down' : 'up';
}
