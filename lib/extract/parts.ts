// Parts of a whole said under 其中, in the whole's unit, that name only how they differ from it: 其中,男108374人,
// 女101710人 (of 户籍人口); 专任教师8229人,其中,普通中学2741人、小学3057人 (each school's teachers). The sector
// parts of an amount (其中农业41.51亿元) are subjects.ts partOfWhole.
import type { Mention } from '../model/mention';
import type { Reading } from './respectively';
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

// The parts of a sum over several years are over the same years (2003–2007, like the sum): those 其中 opens in its sentence
// (中央财政用于“三农”的支出五年累计1.6万亿元,其中用于农村基础设施建设近3000亿元), the items of a list it opens on a colon
// (五年基本建设的投资四百二十七亿四千万元,是这样分配的:工业部门为…,占百分之五十八点二;…), and the shares of it the next sentence
// splits it into (…其中,新增中央投资1.18万亿元。保障性安居工程…投资占43.7%,…占15.3%). A part reads no span of its own (no span
// word in its clause), so it takes the one its whole was given, where no year of its own is said.

const SENTENCE_END = /[。!?;；\n]/;
/** a year of the part's own (其中2010年…, 其中今年…): the part is not the whole's years' */
const OWN_YEAR = /(?:\d{2,4}|[〇○零一二三四五六七八九]{2,4})年(?!均|平均)|[今去本上]年|当年|同期/;
/** the whole's sentence going on to a colon list of its parts (,是这样分配的:), not a headline's colon (…达到13%:全市…) */
const OPENS_LIST = /^[^。;；!?\n\d]{2,16}[:：]/;

/** where the parts of the whole ending at `end` (before the next figure, at `next`) run to, and whether each must be listed
 * on from the one before (under 其中), or null */
function partsReach(text: string, end: number, next: number, nextIsShare: boolean): { to: number; listed: boolean } | null {
  const between = text.slice(end, next);
  const stop = (from: number, marks: RegExp): number => {
    for (let k = from; k < text.length; k++) if (marks.test(text[k])) return k;
    return text.length;
  };
  if (OPENS_LIST.test(between)) return { to: stop(end, /[。!?]/), listed: false };
  if (!SENTENCE_END.test(between)) return between.includes('其中') ? { to: stop(end, SENTENCE_END), listed: true } : null;
  // the next sentence, where the whole ends its own and the next figure is a share of it
  const close = stop(end, SENTENCE_END);
  return nextIsShare && !SENTENCE_END.test(text.slice(close + 1, next)) ? { to: stop(close + 1, SENTENCE_END), listed: false } : null;
}

/** `mentions` (read from `readings`, index for index, in text order) with the parts of a sum that was spanned given the sum's
 * first year */
export function partsOfSpannedSums(text: string, readings: readonly Reading[], mentions: Mention[]): Mention[] {
  // a share of the thing just said (占43.7%), not of one it names (占地区生产总值比重)
  const isShare = (k: number): boolean => mentions[k].unit === '%' && text[readings[k].q.start - 1] === '占';
  for (let i = 0; i + 1 < readings.length; i++) {
    const w = mentions[i];
    if (w.periodFrom === undefined) continue;
    // (a share is split into no shares: 投资占百分之十一点二。而苏联的第一个五年计划,…投资占百分之八十五点九)
    const reach = partsReach(text, readings[i].q.end, readings[i + 1].q.start, w.unit !== '%' && isShare(i + 1));
    if (!reach) continue;
    for (let k = i + 1; k < readings.length && readings[k].q.start < reach.to; k++) {
      const m = mentions[k];
      const before = text.slice(readings[k - 1].q.end, readings[k].q.start);
      // (under 其中, each part opened by it or listed on from the part before: not 其中高速公路4.2万公里,高速公路总里程达9.56万公里)
      if (reach.listed && !/其中|^[^,，]*$/.test(before)) break;
      if (OWN_YEAR.test(text.slice(readings[i].q.end, readings[k].q.start)) || m.kind !== w.kind || m.period !== w.period) break;
      if (m.periodFrom === undefined) m.periodFrom = w.periodFrom;
    }
  }
  return mentions;
}
