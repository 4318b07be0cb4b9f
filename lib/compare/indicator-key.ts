// The key indicators are compared by: the same thing named differently in different reports is one
// row. Simplified (the extractor already gives simplified), without quotes, brackets, spaces and the
// words that only say where or when (全市, 全年); then known aliases folded.
const NOISE = /[\s“”"'‘’「」『』《》()（）【】]/g;
const PLACE_TIME = /^(?:全市|全区|全县|全省|全国|全州|全镇|全年|今年|去年|我市|我区|我县|我省)/;

/** names of one indicator, folded to the first */
const ALIASES: string[][] = [
  ['地区生产总值', 'GDP', '国内生产总值', '生产总值', '经济增长', '经济总量', '地区GDP'],
  ['规模以上工业产值', '规上工业产值', '规上工业总产值', '规模以上工业总产值'],
  ['规模以上工业增加值', '规上工业增加值'],
  ['一般公共预算收入', '地方一般公共预算收入', '一般公共预算收入完成', '财政一般预算收入', '地方财政一般预算收入'],
  ['全社会固定资产投资', '固定资产投资'],
  ['社会消费品零售总额', '社消零总额', '社零总额'],
  ['实际使用外资', '实际利用外资', '实际使用外资金额'],
  ['进出口总额', '外贸进出口总额', '进出口', '外贸进出口'],
  ['居民人均可支配收入', '全体居民人均可支配收入'],
  ['城镇调查失业率', '城镇登记失业率'],
  ['研发经费投入强度', '全社会研发支出占地区生产总值比重', '研发支出占GDP比重', '全社会研发投入占GDP比重', 'R&D经费投入强度', '研发经费支出占GDP比重'],
];
const ALIAS_OF = new Map<string, string>();
for (const names of ALIASES) for (const n of names) ALIAS_OF.set(n.replace(NOISE, ''), names[0]);

export function indicatorKey(indicator: string): string {
  let k = indicator.replace(NOISE, '');
  for (let guard = 0; guard < 3 && PLACE_TIME.test(k) && k.length > 4; guard++) k = k.replace(PLACE_TIME, '');
  return ALIAS_OF.get(k) ?? k;
}
