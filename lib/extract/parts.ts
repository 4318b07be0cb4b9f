// Parts of a whole said under 其中, in the whole's unit, that name only how they differ from it: 其中,男108374人,
// 女101710人 (of 户籍人口); 专任教师8229人,其中,普通中学2741人、小学3057人 (each school's teachers). The sector
// parts of an amount (其中农业41.51亿元) are subjects.ts partOfWhole.
import { splitUnit } from './units';

/** a part that only qualifies the whole: its sex, or town or country */
const QUALIFIER_PART: Record<string, string> = {
  男: '男性',
  女: '女性',
  男性: '男性',
  女性: '女性',
  城镇: '城镇',
  农村: '农村',
  城市: '城市',
  乡村: '乡村',
};
/** the head of a whole that its parts of another kind are counted by: 专任教师, 床位, 在校学生 */
const COUNTED_HEAD = /(?:专任教师|教职工|在校学生|在校生|床位|病床)$/;
/** a part that is a kind of person itself, not a place the whole is counted in: 注册护士 of 卫生技术人员 */
const PERSON = /(?:人员|医师|护士|医生|教师|干部|职工|学生|幼儿)$/;

interface Whole {
  q: { start: number; end: number; unit: string };
  carry: string;
}

/** the indicator of a part under 其中 (`indicator` as read, `context` the words before its number), or `indicator` */
export function partOfCount(text: string, indicator: string, context: string, at: number, unit: string, wholes: readonly Whole[]): string {
  // (looked for in the words just before: a count is no part where 其中 is far)
  const near = text.slice(Math.max(0, at - 40), at).lastIndexOf('其中');
  if (near < 0) return indicator;
  const among = Math.max(0, at - 40) + near;
  let whole: Whole | undefined;
  for (let k = wholes.length - 1; k >= 0 && !whole; k--) if (wholes[k].q.end <= among) whole = wholes[k];
  // (the whole right before 其中, in the same unit: 人 of 万人 too)
  if (!whole || among - whole.q.end > 4 || splitUnit(whole.q.unit)[1] !== splitUnit(unit)[1] || !whole.carry) return indicator;
  const part = context.replace(/^[、,]?(?:其中)?[,:]?/, '');
  const qualifier = QUALIFIER_PART[part];
  // (or the part before's name, carried over: 男性户籍人口 before 女)
  const carried = !indicator || indicator === part || Object.values(QUALIFIER_PART).some((q) => indicator.startsWith(q));
  if (qualifier && carried) return qualifier + whole.carry.replace(/总(?=人口|户数)/, '');
  const head = COUNTED_HEAD.exec(whole.carry)?.[0];
  return head && indicator && indicator.length <= 8 && !indicator.endsWith(head) && !PERSON.test(indicator) ? indicator + head : indicator;
}
