// Counts and areas after 在 or 对 whose clause goes on with the noun counted and what was done there: 国家先后在58个
// 城市进行了企业优化资本结构的试点 → 企业优化资本结构试点城市; 在320个县开展新型农村社会养老保险试点 → …试点县;
// 对我国南海、南黄海41万平方公里海域进行了地球物理普查 → 地球物理普查海域; 在18个设区城市全面开展城市体检工作 →
// 开展城市体检工作的设区城市. Read alone, the name is the words before the preposition's object (对我国南海、南黄海)
// or the noun run into the verb (城市进行了…).

/** the preposition and the words between it and the value (我国南海、南黄海), at the end of the words before */
const AT_OR_TO = /(?:(?<![存现正所实内外])在|(?<![针面相绝应核反])对)([\u4e00-\u9fff、]{0,10})$/;
/** after the value: the noun counted (its parenthesis), an adverb, 开展/进行, what was done */
const NOUN_THEN_DONE =
  /^([\u4e00-\u9fff]{1,6}?)(?:\(([\u4e00-\u9fff、]{1,12})\))?(?:全面|先后|相继|普遍|已经|已|都|均)?(开展|进行)了?([\u4e00-\u9fff“”"]{2,20})$/;

/**
 * The name of a count or area done at (`lead`: the words of its clause before it; `after`: its clause after it), or
 * `name`: a trial or a survey names its places or area (…试点城市, …普查海域), anything else is what they did (开展…的X).
 */
function doneAtName(name: string, lead: string, after: string, area: boolean): string {
  if (!AT_OR_TO.test(lead)) return name;
  const done = NOUN_THEN_DONE.exec(after);
  if (!done) return name;
  const [, noun, held, verb, what] = done;
  const object = what.replace(/的/g, '').replace(/工作$/, '');
  // (nothing said of which trial: 在17个旗县开展试点; the name read after the value already: 开展…试点的县)
  if (object === '试点' || name.includes(object)) return name;
  const counted = noun + (held ? `（${held}）` : '');
  if (object.endsWith('试点') || area) return object + counted;
  return noun.length >= 2 ? `${verb}${object}的${counted}` : name;
}

const CLAUSE_BREAK = /[,;:。!?\n]/;

/** the name of the figure `q` done at, from the words of its clause around it, or `name` */
export function doneAtFigure(text: string, q: { start: number; end: number; unitClass: string }, name: string): string {
  if (q.unitClass !== 'count' && q.unitClass !== 'magnitude' && q.unitClass !== 'measure') return name;
  const before = text.slice(Math.max(0, q.start - 16), q.start);
  const after = text.slice(q.end, q.end + 40);
  const lead = before.slice(before.search(new RegExp(`[^,;:。!?\\n]*$`)));
  return doneAtName(name, lead, after.split(CLAUSE_BREAK)[0], q.unitClass === 'measure');
}
