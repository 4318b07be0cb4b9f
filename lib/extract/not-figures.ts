// What a quantity's surroundings say is no figure of the report: the English half of a bilingual page,
// a count of the session a story reports from, a count that names the group something is ranked in or
// one of, a person's age and an age group.
import { attendanceCount, inEnglish } from './not-report';
import { groupFrameCount } from './group-frames';

/** a word before an age that makes it a person's (享年73岁, 这位74岁的…), or the low end of an age group (0-17岁) */
const PERSON_AGE_BEFORE = /(?:享年|终年|现年|时年|年仅|这位|那位|[0-9][-~—–至到])$/;
/** …or a person after it: 74岁的中国总理, 80岁的老人 */
const PERSON_AGE_AFTER =
  /^(?:的|高龄的)[^,，;；。\n\d]{0,6}?(?:总理|主席|书记|老人|老者|老汉|老党员|同志|院士|专家|教授|先生|女士|母亲|父亲|儿子|女儿|孩子|患者)/;

/** what is read of a quantity here (its type is quantities.ts's, which calls this) */
interface Read {
  start: number;
  end: number;
  numStart: number;
  unit: string;
  unitClass: string;
  valueMax?: number;
}

/** the quantity `q` is no figure of the report, by what stands around it */
export function notAFigure(text: string, q: Read): boolean {
  if (inEnglish(text, q.numStart)) return true;
  if (q.unitClass === 'count') return attendanceCount(text, q.start, q.end) || groupFrameCount(text, q.start, q.end);
  if (q.unit !== '岁' && q.unit !== '周岁') return false;
  // a range of ages names an age group (0-17岁、18-34岁), as a person's age names the person
  return (
    q.valueMax !== undefined ||
    PERSON_AGE_BEFORE.test(text.slice(Math.max(0, q.start - 4), q.start)) ||
    PERSON_AGE_AFTER.test(text.slice(q.end, q.end + 12))
  );
}
