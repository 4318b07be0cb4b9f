// CSV that spreadsheets open right: UTF-8 with a byte-order mark (Excel reads Chinese correctly only
// with it), RFC 4180 quoting, CRLF line ends. Cells that a spreadsheet would run as a formula are
// prefixed with an apostrophe: page text is never trusted.
const FORMULA = /^[=+\-@\t\r]/;

function cell(v: unknown): string {
  if (v === null || v === undefined) return '';
  let s = Array.isArray(v) ? v.join(' > ') : String(v);
  if (typeof v === 'string' && FORMULA.test(s) && !/^-?\d+(?:\.\d+)?$/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(columns: string[], rows: Array<Record<string, unknown>>): string {
  const lines = [columns.join(',')];
  for (const r of rows) lines.push(columns.map((c) => cell(r[c])).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
