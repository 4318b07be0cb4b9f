// Counts and areas after 在 or 对 whose clause goes on with the noun counted and what was done there: 国家先后在58个
// 城市进行了企业优化资本结构的试点 → 企业优化资本结构试点城市; 在320个县开展新型农村社会养老保险试点 → …试点县;
// 对我国南海、南黄海41万平方公里海域进行了地球物理普查 → 地球物理普查海域; 在18个设区城市全面开展城市体检工作 →
// 开展城市体检工作的设区城市; 在36个大城市率先实现污水的全部收集和处理 → 率先实现污水全部收集和处理的大城市. Read alone, the name is the words before the preposition's object (对我国南海、南黄海)
// or the noun run into the verb (城市进行了…).

import { phraseAfter, rightContext } from './phrases';
import { sentenceStart } from '../text/sentence';

/** the preposition and the words between it and the value (我国南海、南黄海), at the end of the words before */
const AT_OR_TO = /(?:(?<![存现正所实内外])在|(?<![针面相绝应核反])对)([\u4e00-\u9fff、]{0,10})$/;
/** after the value: the noun counted (its parenthesis), an adverb, a verb of doing (开展, 进行, 实现, 建立…), what was done */
const NOUN_THEN_DONE =
  /^([\u4e00-\u9fff]{1,6}?)(?:\(([\u4e00-\u9fff、]{1,12})\))?(?:全面|先后|相继|普遍|已经|已|都|均)?((?:率先)?(?:开展|进行|实现|建立|推行|实行|启动|试行))了?([\u4e00-\u9fff“”"]{2,20})$/;

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

/** a name that is only the preposition before a count and the words between (在党政机关办, 对全省, 对车流量较大) */
const PREPOSITION_ONLY = /^(?:在|对)([\u4e00-\u9fff]{1,10})$/;
/** the words between that only say where (全省): no part of the name */
const SCOPE = /^(?:全国|全省|全市|全区|全县|全州|各地)$/;

/** a count named by the preposition before it, where the noun after it is what it counts: 在党政机关办的24187个公司中 →
 * 党政机关办的公司, 对车流量较大的85个高速公路服务区充电站 → 车流量较大的高速公路服务区充电站; else `name` */
function countAfterPreposition(text: string, q: { start: number; end: number }, name: string): string {
  const words = PREPOSITION_ONLY.exec(name);
  if (!words) return name;
  const between = text.slice(q.start - name.length - 1, q.start);
  const of = between === `${name}的`;
  if (!of && !text.startsWith(name, q.start - name.length)) return name;
  // (在…中 closes a frame around the things counted; a verb of doing ends their noun: …充电站进行扩容增桩)
  const noun = phraseAfter(rightContext(text, q.end))
    .replace(/(?:进行|开展|实施).*$/, '')
    .replace(/(?<=^.{2,})中$/, name.startsWith('在') ? '' : '中');
  if (noun.length < 2) return name;
  if (of) return `${words[1]}的${noun}`;
  return SCOPE.test(words[1]) ? noun : name;
}

/** the name of the figure `q` done at, from the words of its clause around it, or `name` */
export function doneAtFigure(text: string, q: { start: number; end: number; unitClass: string }, name: string): string {
  if (q.unitClass !== 'count' && q.unitClass !== 'magnitude' && q.unitClass !== 'measure') return name;
  const before = text.slice(Math.max(0, q.start - 16), q.start);
  // (neither reading can hold without 在 or 对 before the count: most counts are let go here, unread)
  if (!before.includes('在') && !before.includes('对')) return name;
  const after = text.slice(q.end, q.end + 40);
  const lead = before.slice(sentenceStart(before, before.length, before.length, CLAUSE_BREAK));
  const done = doneAtName(name, lead, after.split(CLAUSE_BREAK)[0], q.unitClass === 'measure');
  return done !== name || q.unitClass === 'measure' ? done : countAfterPreposition(text, q, name);
}
