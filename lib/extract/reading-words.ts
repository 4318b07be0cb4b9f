// The word patterns lib/extract/index.ts reads a figure's name with: bases of multiples, shares of a class or a use,
// ranges that moved, comparisons with a target.

// (是全国平均水平的两倍: a multiple of the average elsewhere is of the thing before too)
const BASE =
  '(?:(?:["“]?十[一二三四五]?五["”]?|上年|去年|(?:19|20)\\d\\d年)(?:期末|末|底|初|期间|时期)?|全(?:国|省|市|区|县|州)(?:平均)?(?:水平)?)';
export const MULTIPLE_OF_BASE = new RegExp(`^(?:分别|均)?是${BASE}的$`);
/** the base of a multiple said after its thing: 规模工业增加值是“十五”末(的6.7倍) */
export const BASE_OF_MULTIPLE = new RegExp(`(?:分别|均)?是${BASE}$`);
/** the name of a share of a thing in a whole: 财政用于民生支出(占一般公共预算支出比重); said without 比重 too (产值占全区
 * 总量(的95%)); not 占地面积 (an area; 占地方预算支出 is a share) */
export const SHARE_NAME = /^(.{2,}?)占(?!地面积).{2,}?(?:比重|比例|份额)?$/;
/** a scope or standard's first bound: 免征范围从月销售额或营业额(不超过3万元); a threshold's: 增值税起征点从月销售额(3万元) */
export const RANGE_FROM = /^(?:.{0,20}?(?:范围|标准|门槛|限额|额度)(?:由|从)(.{2,})|(.{2,20}?起征点)(?:由|从)[月年]?销售额)$/;
/** …扩大到(不超过10万元): where the range moved to */
export const MOVED_TO = /(?:扩大|提高|放宽|调整|上调|下调|降低)(?:到|至)$/;
export const OUTPUT = /(?:生产总值|GDP|经济总量)$/;
/** the level of prices, which a report gives in per cent as its rise: the whole class of price indices and price levels
 * (居民消费价格(指数), 价格消费指数 as some pages misorder it, 零售物价总指数, 物价总水平, CPI) */
export const CONSUMER_PRICES = /(?:消费价格|价格消费|零售价格|物价)(?:总)?(?:指数|总水平)?$|价格(?:总)?指数$|价格总水平$|^CPI$/;
/** a programme said before a count of its items: 粤港澳大湾区建设 (a name of four or more before 建设) */
export const PROGRAMME = /^[\u4e00-\u9fff“”"]{4,}建设$/;
export const AREA_UNIT = /(?:亩|公顷|平方公里|平方千米)$/;
/** crops an area is sown or planted with */
export const CROP =
  /(?:小麦|玉米|水稻|稻谷|大豆|马铃薯|油菜|花生|棉花|烟叶|甘蔗|蔬菜|茶叶|中药材|食用菌|花卉|苗木|柑橘|苹果|梨|葡萄|猕猴桃|核桃|油茶|高粱|谷子|红薯|辣椒|西瓜|烤烟)$/;
/** a comparison with a target: 高于年初人代会(12%的目标) */
export const COMPARED_WITH = /^(?:高于|低于|快于|慢于|超过|超出|高出)/;
/** a result said to meet its target: 符合(3%左右的预期目标) */
export const MET = /^(?:符合|实现了?|完成了?|达到了?)$/;
/** the target a figure is measured against, named after it: (高于3%)的预期目标, (超过)的预定计划 */
export const TARGET_AFTER = /^的(?:预定|预期|年度)?(?:目标|计划)/;
export const STAGE_BEFORE = /^(?:落地|签约|开工|新开工|在建|建成)/;
export const BARE_SECTOR = /^(?:全[省市区县])?第[一二三]产业$/;
