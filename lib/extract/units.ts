// Units of the quantities reports state, as written after normalisation (simplified, half-width).
// A unit is matched longest first, with an optional magnitude in front (万平方米, 亿美元) and an
// optional "/unit" behind (微克/立方米, 万元/亩). 度 (a kilowatt-hour) counts only with its magnitude (7.2亿度):
// alone it is as often an angle or a temperature (25度以上坡耕地). So 门 (telephone lines: 新增市内电话105万门): alone it is
// a place's name (三门峡) or a door (只进一门); and 担 (of grain, cotton and tobacco: 收购烤烟8.21万担), alone a verb (担任, 担当).
import { MAGNITUDES } from '../model/magnitudes';
import { COMPOUND_UNITS } from './compound-units';
import { words } from './lexicon';

export type UnitClass = 'money' | 'percent' | 'points' | 'times' | 'count' | 'measure' | 'time';

const UNITS: Record<UnitClass, string[]> = {
  money: ['元', '美元', '欧元', '港元', '日元', '英镑', '澳元', '卢布', '新卢布', '元人民币', '人民币'],
  percent: ['%', '‰'],
  points: ['个百分点', '百分点', '个千分点', '千分点'],
  times: ['倍'],
  count: words(`
    个 家 项 人 名 位 户 套 座 辆 台 艘 架 条 列 件 支 张 所 处 间 栋 幢 片 只 头 头只 匹 羽 株 棵 种 款 部 篇 本 册 份 场 次 起 宗 笔 例 组 队
    块 枚 趟 床 人次 户次 件次 批次 场次 车次 辆次 架次 航次 班次 台套 台次 标箱 TEU 万门
  `),
  measure: words(`
    亩 公顷 千公顷 平方米 平方公里 平方千米 平米 立方米 公里 千米 米 延米 厘米 吨 千克 公斤 斤 克 毫克 微克 吨标准煤 吨标煤 升 毫升 立方 千瓦 兆瓦 吉瓦 千瓦时 千伏
    千伏安 兆伏安 瓦 万度 亿度 吨煤 万担
  `).concat(COMPOUND_UNITS),
  time: ['天', '小时', '分钟', '秒', '个月', '周', '岁', '周岁', '个工作日', '工作日'],
};

/** the magnitudes the engine reads (万 and up; 千, 百 belong to units: 千克), with their factors (the unit keeps them: 亿元 is value×1e8 元) */
const FACTORS: ReadonlyArray<readonly [string, number]> = MAGNITUDES.filter(([, exp]) => exp >= 4).map(
  ([m, exp]) => [m, 10 ** exp] as const,
);

const CLASS_OF = new Map<string, UnitClass>();
for (const [cls, list] of Object.entries(UNITS) as Array<[UnitClass, string[]]>) for (const u of list) CLASS_OF.set(u, cls);

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\%]/g, '\\$&');
const alternation = (list: string[]): string =>
  [...list]
    .sort((a, b) => b.length - a.length)
    .map(escapeRe)
    .join('|');

const ALL_UNITS = [...CLASS_OF.keys()];
const MAG = alternation(FACTORS.map(([m]) => m));
const BASE = alternation(ALL_UNITS);
const PER = alternation(ALL_UNITS.filter((u) => CLASS_OF.get(u) !== 'percent'));

/** the fuel a tonnage is counted in, written after its qualifier (一千万吨以上标准煤) */
const FUEL_AFTER_QUALIFIER = /(?:标准煤|标煤)(?![\u4e00-\u9fff])/y;

/** the unit with its fuel, and where it ends, when the fuel follows the qualifier after a tonnage */
export function fuelAfterQualifier(text: string, at: number, unit: string): { end: number; unit: string } | null {
  if (!unit.endsWith('吨')) return null;
  FUEL_AFTER_QUALIFIER.lastIndex = at;
  const fuel = FUEL_AFTER_QUALIFIER.exec(text);
  return fuel ? { end: at + fuel[0].length, unit: unit + fuel[0] } : null;
}

/**
 * At a position just after a number: an optional 余/多 (180余个), a magnitude, 余/多 again (1万余人),
 * a unit (not 周年, 天年, nor the 人 of 人口, 人民, the 家 of 家庭, the 个 of 个体工商户, 个人所得税, the 支 of 支持, 支出, the 项 of
 * 项目: 13亿人口, 900多万个体工商户, 828亿支持… are bare magnitudes), an optional "/unit"
 * (a sum also per month or year: 低保标准778元/月); 余/多 inside the points' 个 (提高2个多百分点: more than 2 points, 个 kept).
 * Sticky; groups: 1 余/多, 2 magnitude, 3 余/多, 4 余/多 after 个, 5 unit, 6 per-unit.
 * A bare magnitude (130万) is matched by BARE_MAGNITUDE instead.
 */
export const UNIT_AT = new RegExp(
  `([余多])?(${MAG})?([余多])?(?:个([余多])(?=[百千]分点))?(${BASE})(?!年|(?<=人)[口民]|(?<=家)庭|(?<=个)(?:体工商户|体户|人所得税)|(?<=支)(?:持|援|付|出|撑)|(?<=项)目|(?<=件)事|(?<=吨煤)[\\u4e00-\\u9fff])(?:/((?:${MAG})?(?:${PER})|(?<=元/)[月年]))?`,
  'y',
);
export const BARE_MAGNITUDE_AT = new RegExp(`([余多])?(${MAG})(?:[余多])?`, 'y');

export function unitClass(unit: string): UnitClass | undefined {
  return CLASS_OF.get(unit);
}

export function magnitudeFactor(mag: string | undefined): number {
  if (!mag) return 1;
  for (const [m, f] of FACTORS) if (m === mag) return f;
  return 1;
}

/** the magnitude a written unit carries and its base: 亿元 → [1e8, 元] */
export function splitUnit(unit: string): [number, string] {
  for (const [m, f] of FACTORS) if (unit.startsWith(m) && unit.length > m.length) return [f, unit.slice(m.length)];
  return [1, unit];
}
