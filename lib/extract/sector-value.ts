// A sector said alone as the subject of a growth or a sum (农业年均增长4.1%, 文化产业增长26%): what grew is the sector's
// value added, as the report's tables say it — but not in a report that measures its sectors by gross output (总产值, the
// reports of the 1980s and early 1990s), where a reader takes the bare sector (轻工业平均每年增长11.8%) as it stands.

/** a sector, not one of the three (第一产业…: lib/extract/index.ts names those) */
const SECTOR =
  /^(?:全[省市区县])?(?:农业|工业|服务业|建筑业|制造业|[\u4e00-\u9fff]{1,6}?(?<![第一二三])(?:产业|制造业|服务业|工业))$/;

let lastText = '';
let grossOutput = false;

/** whether the text measures sectors by their gross output (read once per text) */
function measuresGrossOutput(text: string): boolean {
  if (text !== lastText) {
    lastText = text;
    grossOutput = text.includes('总产值');
  }
  return grossOutput;
}

/** `name` with 增加值 where it is a sector said alone and the figure is its growth or a sum of money */
export function valueAddedOfSector(text: string, name: string, growthOrMoney: boolean): string {
  return growthOrMoney && SECTOR.test(name) && !measuresGrossOutput(text) ? `${name}增加值` : name;
}
