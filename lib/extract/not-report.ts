// Numbers on a report's page that are not the report's: the English half of a bilingual page (the
// report states each figure in its Chinese line), and a news story's counts of the session it reports
// from (823名人大代表出席会议, 特邀8个国家和地区的…官员旁听会议).

/** at least this many English words before a number, with no Chinese between, make its sentence English */
const ENGLISH_WORDS = 3;
const LOOK_BACK = 80;

/** the number at `at` is in an English sentence: English words before it, back to a line break or a Chinese character */
export function inEnglish(text: string, at: number): boolean {
  let words = 0;
  for (let i = at - 1; i >= Math.max(0, at - LOOK_BACK); i--) {
    const c = text.charCodeAt(i);
    if (c === 10 || c >= 0x2e80) break;
    const letter = isLetter(c);
    if (letter && (i === 0 || !isLetter(text.charCodeAt(i - 1)))) words++;
  }
  return words >= ENGLISH_WORDS;
}

const isLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** who attended the session, in the clause after a count: 823名人大代表出席会议, 8个国家和地区的…官员旁听会议 */
const ATTENDANCE_AFTER = /^[^,;。!?\n]{0,30}?(?:出席|列席|旁听)(?:了)?(?:会议|大会|开幕式?|本次会议)/;
/** …or before it: 出席大会的259名, 出席会议代表共2900人, 实到代表312名, 已经报到的委员有1752人 */
const ATTENDANCE_BEFORE =
  /(?:(?:出席|列席|缺席|旁听)(?:了)?(?:会议|大会)的?|应到|实到|实有|现有|报到的|今天出席大会的)(?:人大)?(?:代表|委员|同志)?(?:有|共|共有|为)?$/;

/** people counted as absent or present, said right before the count: 缺席57人, 因事因病请假14人, 今天的会议出席2907人,
 * 会议出席人数为2939人, 实有代表554人,到会543人; or right after it: 今天有2924人出席, */
const ROLL_CALL_BEFORE = /(?:(?:缺席|请假|出席|到会)(?:代表|委员)?|(?:出席|到会)人数(?:为|是|达|共)?)$/;
const ROLL_CALL_AFTER = /^(?:代表|委员)?(?:实际)?(?:出席|缺席|请假)(?=[,;。])/;
/** people counted as delegates or members of a congress: 近3000名全国人大代表, 162名代表汇聚一堂, 276名代表实际出席 */
const DELEGATES_AFTER = /^(?:全国|省|市|县|区|州|盟|旗|乡|镇)?(?:人大|政协)?(?:代表|委员)(?!会|团|处|性|建议|议案|提案|作|队)/;
const PEOPLE_UNIT = /[人名位]$/;

/** a count of those who attended the session a story reports from (its span `start`–`end`) */
export function attendanceCount(text: string, start: number, end: number): boolean {
  if (ATTENDANCE_AFTER.test(text.slice(end, end + 40)) || ATTENDANCE_BEFORE.test(text.slice(Math.max(0, start - 16), start))) return true;
  // the roll call and the delegates are counted in people (a count of 件 after 代表 is of their proposals)
  if (!PEOPLE_UNIT.test(text.slice(start, end))) return false;
  const after = text.slice(end, end + 10);
  return ROLL_CALL_BEFORE.test(text.slice(Math.max(0, start - 6), start)) || ROLL_CALL_AFTER.test(after) || DELEGATES_AFTER.test(after);
}
