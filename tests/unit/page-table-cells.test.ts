// A table on a live page: each cell is a block, so the flat text holds a cell a paragraph, and the engine reads its
// cells as it reads a table copied out of a stored page (lib/extract/table-cells.ts). The cells are a real
// communiqué's (xiaomonv0755.com/tjgb/30nx/35663.html, 宁夏 2017, traditional as it was published), in a page's markup.
import { describe, expect, it } from 'vitest';
import { Window } from 'happy-dom';
import { flatten } from '../../lib/page/flatten';
import { extract } from '../../lib/extract';

const ROWS = [
  ['指標', '絕對值(億元)', '比上年增長(%)'],
  ['全區生產總值', '3453.93', '7.8'],
  ['農林牧漁業', '276.64', '4.3'],
  ['工業', '1096.30', '8.4'],
];

function flatTable(rowTag: 'tr' | 'div'): string {
  const w = new Window({ url: 'http://127.0.0.1/' });
  const cell = rowTag === 'tr' ? 'td' : 'div';
  const rows = ROWS.map((r) => `<${rowTag}>${r.map((c) => `<${cell}>${c}</${cell}>`).join('')}</${rowTag}>`).join('');
  w.document.body.innerHTML = `<p>表1 2017年全區生產總值及其增長速度</p>${rowTag === 'tr' ? `<table>${rows}</table>` : rows}`;
  return flatten(w.document.body as unknown as Node).text;
}

describe('a table on a page: its cells read in their column’s unit, named by their row', () => {
  it.each(['tr', 'div'] as const)('cells in <%s> rows', (rowTag) => {
    const got = extract(flatTable(rowTag), { title: '寧夏回族自治區2017年國民經濟和社會發展統計公報' }).map((m) => [
      m.text,
      m.indicator,
      m.measure,
      m.unit,
      m.period,
    ]);
    expect(got).toEqual([
      ['3453.93', '全区生产总值', 'level', '亿元', 2017],
      ['7.8', '全区生产总值', 'growth', '%', 2017],
      ['276.64', '农林牧渔业增加值', 'level', '亿元', 2017],
      ['4.3', '农林牧渔业增加值', 'growth', '%', 2017],
      ['1096.30', '工业增加值', 'level', '亿元', 2017],
      ['8.4', '工业增加值', 'growth', '%', 2017],
    ]);
  });
});
