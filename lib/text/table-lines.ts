// A table copied out of a page one cell a line (指标\n绝对值(亿元)\n比上年增长(%)\n全区生产总值\n3453.93\n7.8\n…): its
// number cells stand on lines of their own, next to one another. Joining such lines as a wrapped line would run
// two cells into one number (3453.937.8); their line breaks are kept. A number alone between words (an
// infographic's 地区生产总值\n1635\n亿元, a wrapped 收入98\n6.4亿元) is no cell: it has no number line beside it.

/** a line that is one number, as a table's cell: 3453.93, -0.9, 13.1%, with a cell's | around it */
const NUMBER_LINE = /^[|\s]*[-−]?\d+(?:\.\d+)?%?[|\s]*$/;
/** a cell is short */
const MAX_CELL = 24;

/** the offsets of the first character of every line that is a table's number cell (a number line with another
 * number line before or after it, blank lines between them allowed) */
export function tableCellLines(source: string): Set<number> {
  const cells = new Set<number>();
  let prev = -1; // the first character of the last non-blank line, if it was a number line
  for (let start = 0; start < source.length; ) {
    let end = source.indexOf('\n', start);
    if (end < 0) end = source.length;
    let first = start;
    while (first < end && /\s/.test(source[first])) first++;
    if (first < end) {
      const number = end - first <= MAX_CELL && NUMBER_LINE.test(source.slice(first, end));
      if (number && prev >= 0) {
        cells.add(prev);
        cells.add(first);
      }
      prev = number ? first : -1;
    }
    start = end + 1;
  }
  return cells;
}
