// Tables flattened into text, as statistical communiqués and yearbooks print them: a header whose columns name
// their units (指标|绝对数(亿元)|比上年增长(%), or 指标|单位|2021年|比上年增长(%) with each row's unit in a cell),
// then rows of a label and numbers. A cell's number is read in its column's unit, named by its row's label; a plan's
// table of targets met (指标名称|2019年目标增长(%)|2019年实际增长(%)|指标属性) says in its heads which column holds targets,
// which results, and of what year. Only such a block is read, so no year, code or page number of running text is touched.
import type { Kind, Qualifier } from '../model/mention';
import type { Quantity } from './quantities';
import type { Reading } from './respectively';
import { splitUnit, unitClass, type UnitClass } from './units';

interface Column {
  /** the unit the header gives it; none for a column whose unit each row's 单位 cell gives */
  unit?: string;
  /** the column holds each row's unit (单位, 计量单位) */
  unitCell: boolean;
  growth: boolean;
  share: boolean;
  /** a column of words beside the figures (指标属性: 预期性, 约束性): skipped */
  words?: boolean;
  /** what its head says its figures are: targets (目标, 计划) or results (实际, 完成), and of which year */
  kind?: Kind;
  year?: number;
}

/** a column's head: a unit in brackets (绝对数(亿元)), 单位, a year (2021年, 2019年产量), or a rate in % (比上年±%) */
const HEAD =
  '(?:[^|\\n。,;!?()]{0,12}\\([^()|\\n]{1,6}\\)|(?:计量)?单位|\\d{4}年[^|\\n\\d]{0,6}|[^|\\n。,;!?()%\\d]{1,10}%|(?:指标)?属性|备注)';
/** a column of words: 指标属性 (预期性, 约束性), 备注 */
const WORDS_HEAD = /^(?:指标)?属性$|^备注$/;
/** the label column's head (指标, 项目, 农产品名称; none at a line's start: |绝对数(亿元)|…), then the other heads of a
 * table whose cells are split by | or stand a line each (a page's table copied out cell by cell) */
const CELL_HEADER = new RegExp(`(?:(?:指标|项目|类别|名称)[|\\n]?|(?:^|\\n)\\||表\\s*\\d+[^|\\n]{0,30}\\|)((?:${HEAD}[|\\n]+){2,6})`, 'g');
/** a header written without separators, its rows on the next line: 指标绝对值(万元)比上年增长(%) */
const PLAIN_HEADER = /(?:指标|项目)((?:[\u4e00-\u9fff]{1,10}\([^()\n]{1,6}\)){2,6})\n/g;
const PLAIN_COLUMN = /[\u4e00-\u9fff]{1,10}\(([^()\n]{1,6})\)/g;
const UNIT_IN_HEAD = /\(([^()]{1,6})\)$/;
/** a cell's figure with the words a target's cell has around it: 7左右, 3.4左右, 约5, 10以上 */
const FIGURE_CELL = /^(约|近)?(-?\d+(?:\.\d+)?)(左右|以上|以下|以内)?$/;
/** a cell that says in words what a figure would (稳步提高, 持续改善, 完成): no figure, no end of the table */
const WORDS_CELL = /^[\u4e00-\u9fff]{2,8}$/;
const CELL_QUALIFIER: Record<string, Qualifier> = { 约: 'about', 近: 'about', 左右: 'about', 以上: 'above', 以下: 'below', 以内: 'below' };
/** a row's label: words, with the marks a table's labels carry (其中:, #, 、, brackets), no sentence's punctuation */
const LABEL = /^(?=[^|\n]*[\u4e00-\u9fff])[^|\n\d。,;!?%]{1,24}$/;
const LABEL_LEAD = /^(?:其中[:]?|#|\s)+/;
const MIN_ROWS = 2;
/** a row's thing that is a share or a rate itself */
const SHARE_LABEL = /(?:比重|占比|比例|强度|[^增]率)$/;
/** a table of the product by sector: its total row (全区生产总值, 地区生产总值); a sector's row (农林牧渔业, 第一产业) */
const PRODUCT_TOTAL = /生产总值$/;
const SECTOR_LABEL = /业$/;

/** the unit a header or a cell states, if the engine knows it (亿元, %, 万人, 万吨) */
function knownUnit(u: string): string | undefined {
  const unit = u.trim();
  return unitClass(splitUnit(unit)[1]) ? unit : undefined;
}

function columnOf(head: string): Column | null {
  const h = head.replace(/\s+/g, '');
  if (/^(?:计量)?单位$/.test(h)) return { unitCell: true, growth: false, share: false };
  if (WORDS_HEAD.test(h)) return { unitCell: false, growth: false, share: false, words: true };
  const written = UNIT_IN_HEAD.exec(h)?.[1] ?? (h.endsWith('%') ? '%' : undefined);
  const unit = written === undefined ? undefined : knownUnit(written);
  if (written !== undefined && !unit) return null;
  const kind: Kind | undefined = /目标|计划|预期/.test(h) ? 'target' : /实际|完成/.test(h) ? 'actual' : undefined;
  const year = /^((?:19|20)\d\d)年/.exec(h)?.[1];
  return {
    unit,
    unitCell: false,
    growth: /增长|增速|增幅|增减|同比|比上年|±/.test(h),
    share: /比重|构成|占/.test(h),
    ...(kind ? { kind } : {}),
    ...(kind && year ? { year: Number(year) } : {}),
  };
}

/** the columns of a header: null unless every number's unit is known, from the header or a 单位 column */
function columnsOf(heads: string[]): Column[] | null {
  const cols: Column[] = [];
  for (const h of heads) {
    const c = columnOf(h);
    if (!c) return null;
    cols.push(c);
  }
  const unitCell = cols.some((c) => c.unitCell);
  const data = cols.filter((c) => !c.unitCell && !c.words);
  return data.length && data.every((c) => c.unit || unitCell) && data.some((c) => c.unit || unitCell) ? cols : null;
}

interface Cell {
  start: number;
  end: number;
}

/** the next `max` cells from `from`, split by | or a line break; an empty cell (|| or |⏎) is none */
function cellsFrom(text: string, from: number, max: number): Cell[] {
  const cells: Cell[] = [];
  let start = from;
  for (let i = from; i <= text.length && cells.length < max; i++) {
    if (i === text.length || text[i] === '|' || text[i] === '\n') {
      const cell = trimmed(text, start, i);
      if (cell.end > cell.start) cells.push(cell);
      if (i === text.length) break;
      start = i + 1;
    }
  }
  return cells;
}

/** a cell without the white space around it */
function trimmed(text: string, start: number, end: number): Cell {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}

/** a row's thing: in a table of the product whose total row heads the sectors, a sector's row is its value added
 * (表1 2017年全区生产总值及其增长速度: 全区生产总值|3453.93|7.8, 工业|1096.30|8.4 is 工业增加值) */
function rowThing(label: string, productTable: boolean): string {
  return productTable && SECTOR_LABEL.test(label) && !label.includes('增加值') ? `${label}增加值` : label;
}

/** the table's rows name the product's total (its first row, as the communiqués' tables open) */
function isProductTable(firstLabel: string): boolean {
  return PRODUCT_TOTAL.test(firstLabel);
}

function reading(text: string, cell: Cell, unit: string, col: Column, label: string): Reading {
  const figure = FIGURE_CELL.exec(text.slice(cell.start, cell.end));
  const q: Quantity = {
    start: cell.start,
    end: cell.end,
    numStart: cell.start + (figure?.[1]?.length ?? 0),
    value: Number(figure ? figure[2] : text.slice(cell.start, cell.end)),
    unit,
    unitClass: unitClass(splitUnit(unit)[1]) as UnitClass,
    qualifier: CELL_QUALIFIER[figure?.[1] ?? figure?.[3] ?? ''] ?? 'exact',
    chinese: false,
  };
  // (a share or a rate in a column of growths is a level: 研究与试验发展经费支出占地区生产总值比重|3.4左右)
  const measure = col.growth && unit === '%' && !SHARE_LABEL.test(label) ? 'growth' : 'level';
  const indicator = col.share ? `${label}比重` : label;
  return {
    q,
    measure,
    sign: 1,
    indicator,
    carry: indicator,
    respectively: false,
    multiYear: false,
    respectivelyBack: false,
    ...(col.kind ? { kind: col.kind } : {}),
    ...(col.year ? { year: col.year } : {}),
  };
}

/** the rows of a table whose header ends at `from`, its cells split by | or lines, read into readings */
function cellRows(text: string, from: number, cols: Column[]): Reading[] {
  const out: Reading[] = [];
  const unitAt = cols.findIndex((c) => c.unitCell);
  let rows = 0;
  let product = false;
  for (let at = from; ; rows++) {
    const cells = cellsFrom(text, at, cols.length + 1);
    if (cells.length < cols.length + 1) break;
    const cellText = (k: number) => text.slice(cells[k].start, cells[k].end);
    const label = cellText(0).replace(LABEL_LEAD, '').trim();
    if (!LABEL.test(label)) break;
    // a group's heading row, its cells empty (按经济类型分组||): the next label, with its figures, follows it
    const second = cellText(1);
    const heading = !FIGURE_CELL.test(second) && !(unitAt === 0 && knownUnit(second)) && FIGURE_CELL.test(cellText(2));
    if (heading && LABEL.test(second.replace(LABEL_LEAD, ''))) {
      at = cells[1].start;
      rows--;
      continue;
    }
    if (rows === 0) product = isProductTable(label);
    const rowUnit = unitAt < 0 ? undefined : knownUnit(cellText(unitAt + 1));
    if (unitAt >= 0 && !rowUnit) break;
    const row: Reading[] = [];
    for (let k = 0; k < cols.length; k++) {
      const col = cols[k];
      if (col.unitCell || col.words) continue;
      const cell = cells[k + 1];
      const value = text.slice(cell.start, cell.end);
      // a target said in words (稳步提高) has no figure: the row goes on
      if (WORDS_CELL.test(value)) continue;
      if (!FIGURE_CELL.test(value)) return rows >= MIN_ROWS ? out : [];
      row.push(reading(text, cell, (col.unit ?? rowUnit) as string, col, rowThing(label, product)));
    }
    out.push(...row);
    at = cells[cols.length].end;
  }
  return rows >= MIN_ROWS ? out : [];
}

/** the rows of a header written without separators: a label and one number a column, rows run together */
function plainRows(text: string, from: number, cols: Column[]): Reading[] {
  const num = '(-?\\d+(?:\\.\\d+)?)';
  const row = new RegExp(`([^\\d\\n|。,;!?%()-]{1,24}?)${Array(cols.length).fill(num).join(' ?')}(?![\\d.%])`, 'y');
  const out: Reading[] = [];
  let rows = 0;
  let product = false;
  row.lastIndex = from;
  for (let m = row.exec(text); m; m = row.exec(text), rows++) {
    const label = m[1].replace(LABEL_LEAD, '').trim();
    if (!LABEL.test(label)) break;
    if (rows === 0) product = isProductTable(label);
    let at = m.index + m[1].length;
    for (let k = 0; k < cols.length; k++) {
      const start = text.indexOf(m[k + 2], at);
      at = start + m[k + 2].length;
      out.push(reading(text, { start, end: at }, cols[k].unit as string, cols[k], rowThing(label, product)));
    }
  }
  return rows >= MIN_ROWS ? out : [];
}

/** the readings of every table cell in `text` */
export function tableCells(text: string): Reading[] {
  const out: Reading[] = [];
  for (const m of text.matchAll(CELL_HEADER)) {
    const cols = columnsOf(m[1].split(/[|\n]/).filter((h) => h.trim()));
    if (cols) out.push(...cellRows(text, (m.index ?? 0) + m[0].length, cols));
  }
  for (const m of text.matchAll(PLAIN_HEADER)) {
    const cols = columnsOf([...m[1].matchAll(PLAIN_COLUMN)].map((c) => c[0]));
    if (cols?.every((c) => c.unit)) out.push(...plainRows(text, (m.index ?? 0) + m[0].length, cols));
  }
  return out;
}

/** the readings with the table cells no quantity already covers, in the text's order */
export function withTableCells(text: string, readings: Reading[]): Reading[] {
  const cells = tableCells(text).filter((c) => !readings.some((r) => r.q.start < c.q.end && c.q.start < r.q.end));
  return cells.length ? [...readings, ...cells].sort((a, b) => a.q.start - b.q.start) : readings;
}
