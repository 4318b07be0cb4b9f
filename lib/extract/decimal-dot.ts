// The decimal point of older texts: the national work reports of the 1990s write 增长19·5％, 14·1％ with a
// middle dot. A dot between digits is a decimal point only where a unit or a per cent follows it; elsewhere
// it names a day (5·12地震, 9·11事件) or writes a date (1998·12·31), and stays as it is.
import { BARE_MAGNITUDE_AT, UNIT_AT } from './units';

/** digits, a middle dot, digits: not inside a longer run of dots (a date) */
const DOTTED = /(?<![\d·.])(\d+)·(\d+)(?![\d·.])/g;

function unitFollows(text: string, at: number): boolean {
  UNIT_AT.lastIndex = at;
  if (UNIT_AT.test(text)) return true;
  BARE_MAGNITUDE_AT.lastIndex = at;
  return BARE_MAGNITUDE_AT.test(text);
}

/** the text with each middle dot that is a decimal point written as one (same length: offsets hold) */
export function readDecimalDots(text: string): string {
  if (!text.includes('·')) return text;
  return text.replace(DOTTED, (whole: string, a: string, b: string, at: number) =>
    unitFollows(text, at + whole.length) ? `${a}.${b}` : whole,
  );
}
