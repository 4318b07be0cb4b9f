// A sector said alone as the subject of a growth or a sum (文化产业增长26%, 农机装备产业增长10.2%): what grew is the
// sector's value added, in a report that measures its sectors so (增加值 said anywhere in it) — not in one that measures
// them by gross output (the reports of the 1980s and early 1990s, 工农业总产值), where a reader takes the bare sector
// (轻工业平均每年增长11.8%; 全民所有制工业增长3—4%) as it stands.

/** a sector, not one of the three (第一产业…: lib/extract/index.ts names those) */
const SECTOR = /^(?:全[省市区县])?(?:农业|工业|服务业|建筑业|制造业|[\u4e00-\u9fff]{1,6}?(?<![第一二三])(?:产业|制造业|服务业|工业))$/;

let lastText = '';
let valueAdded = false;

/** whether the text measures sectors by their value added (read once per text) */
function measuresValueAdded(text: string): boolean {
  if (text !== lastText) valueAdded = text.includes('增加值');
  // (kept even where the words are the same: the next look compares the same string, not its characters again)
  lastText = text;
  return valueAdded;
}

/** `name` with 增加值 where it is a sector said alone and the figure is its growth or a sum of money */
export function valueAddedOfSector(text: string, name: string, growthOrMoney: boolean): string {
  return growthOrMoney && name.endsWith('业') && SECTOR.test(name) && measuresValueAdded(text) ? `${name}增加值` : name;
}
