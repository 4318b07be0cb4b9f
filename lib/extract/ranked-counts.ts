// Counts of things said with where they rank, the class right after the value and the rank after it: 6项指标增幅居全省
// 前列, 8项主要经济指标增速居全国前3位, 9家国家级经开区跻身全国30强. The name read after the value ran the class into the
// rank clause (指标增幅居全省前列, a verb inside) or cut it at its digits (…增速居全国前); the count is of the things that
// rank so, named as a reader would: 增幅居全省前列的指标.

/** the class, then how it ranks: an optional measure of it (增速, 增幅), a verb of standing, the field it stands in */
const RANKED =
  /^([\u4e00-\u9fff“”]{2,12}?)((?:增速|增幅|总量|规模|综合实力)?(?:均|都|全部)?(?:居|位居|位列|排名|跻身|进入|稳居)(?:全国|全省|全市|全区|全县|全州|全盟|西部|中部|全球|世界)[^,;。!?、]{1,10})$/;

/** the name of a count whose clause after it (`after`) is its class and where it ranks, or `name` */
export function rankedName(name: string, after: string): string {
  const m = name ? RANKED.exec(after) : null;
  return m && name.startsWith(m[1]) ? `${m[2]}的${m[1]}` : name;
}
