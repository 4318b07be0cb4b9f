// One reader of a sentence's clauses for the figures whose own name is a BARE HEAD — a head that names nothing
// without whose it is (参保人数, 受益人数, 覆盖面, 补助标准, 报销比例, 资金, 投资, 里程, 规模 …): the figure takes the TOPIC
// of the nearest clause before it in its sentence, else the label that opens its paragraph. It reads last, after every
// other reading of the names (index.ts), so it completes whatever name the figure ended with.
//
// A clause is what lies between ,;: and the sentence's end (a 、 list stays inside it). Its topic is the PROGRAMME it
// names: the noun phrase after the clause's last verb of acting on a thing (its object), or, with no such verb or with the
// verb ending the clause, its subject, up to the phrase's last noun of a programme (a scheme, a pilot, a project, a
// reform, a policy, a fund: the class is by what the noun names, not by the sentences read): 2147个县实施城镇居民社会
// 养老保险试点,1334万人参保 → 城镇居民社会养老保险参保; 城镇居民基本医疗保险试点城市由…增加到317个,参保人数…; 降低并统一
// 大病保险起付线,报销比例…; 国家助学制度进一步完善,中央财政投入… . A paragraph's label (5.城镇居民医保:…) gives the topic
// where the sentence has none, and for a sum named only by its payer (中央财政资金) so does its heading sentence (大力推进
// 保障性安居工程建设。). A pointer (这项改革, 此项, 为此) is the programme it points back to.
// Each clause's programme is read once (cached by where the clause opens); a look back stops at its sentence (at most
// MAX_SENTENCE), or at its paragraph's start within MAX_PARAGRAPH.
import { sentenceStart } from '../text/sentence';
import type { Reading } from './respectively';

/** nouns that name a programme government sets up and runs: a scheme, a pilot, a project, a reform, a policy, a fund
 * (the class, not a list of the sentences read: what each names is a thing set up, run, widened or paid for) */
const PROGRAMME_NOUN = '(?:试点|工程|计划|规划|制度|体制|机制|改革|行动|项目|专项|保险|医保|政策|战略|补贴|补偿|救助|基金|示范|活动|运动)';
/** abbreviations of schemes that are whole names alone */
const SCHEME_ABBREVIATION = '(?:新农合|新农保|合作医疗)';
/** the programme a noun phrase opens with: its modifiers, then the last programme noun of its words (城镇居民基本医疗保险
 * 试点|城市, “重大项目建设攻坚年”行动) */
const PROGRAMME = new RegExp(`^[\\u4e00-\\u9fff“”"、和与及]{0,24}(?:${PROGRAMME_NOUN}|${SCHEME_ABBREVIATION})`);
/** what may follow a programme in its noun phrase: its form, a part of it or a place it runs in, then the clause's
 * end or its predicate (城镇居民基本医疗保险试点城市由…, 大病保险起付线; not 专项债券可用作项目|资本金的比例, nor a count
 * of things of its kind: 新签约亿元以上项目|26个) */
const PROGRAMME_ENDS =
  /^(?:试点|制度|建设|工作|力度|范围|覆盖范围|步伐|城市|地区|起付线|封顶线|标准|资金|投入)*(?=$|[由从在到和与及的、(“])/;
/** a programme noun with nothing to name which */
const ONLY_NOUN = new RegExp(`^${PROGRAMME_NOUN}+$`);
/** words at a programme's end that name its form, not the programme: a pilot of it, its system, its building */
const FORM_END = /(?<=[\u4e00-\u9fff”"]{3})(?:试点|制度|体制|机制|建设|工作|活动)+$/;
/** verbs that act on a thing named after them (set it up, run it, push, widen, deepen, fund or fix it): the noun
 * phrase after the clause's last one is its object */
const ACTING_VERB =
  /(?:建立健全|建立|健全|完善|实施|实行|推行|试行|施行|开展|启动|推进|推动|深化|扩大|巩固|整合|规范|落实|执行|进行|组织|支持|扶持|资助|加强|加快|加大|出台|制定|设立|举办|参加|参与|纳入|提高|降低|统一|调整|取消|减免|免除|发放|安排|投入|下达)/g;
/** what opens a clause before its subject: a time, a place of the whole, a preposition of time */
const OPENER = /^(?:(?:19|20)\d\d年(?:以来|起|底|末)?|今年|去年|明年|全年|当年|目前|近年来|我国|全国|全省|全市|从[^,]{2,8}起)*/;
/** how a subject's state moved, before the verb that ends its clause: 进一步, 不断, 逐步 */
const HOW = /(?:进一步|不断|逐步|继续|日益|更加|得到|全面|基本|初步|稳步|持续|有效|明显)+$/;
/** a programme joined to another: a noun phrase that holds it names several, and their heads belong to none of them
 * (城镇职工基本医疗保险、城镇居民…; not modifiers joined: 普通本科高校、高等和中等职业学校国家奖学金助学金制度) */
const JOINED = new RegExp(`(?:${PROGRAMME_NOUN}|${SCHEME_ABBREVIATION})[、和与及]`);
/** a label that names a programme */
const LABEL = new RegExp(`(?:${PROGRAMME_NOUN}|${SCHEME_ABBREVIATION})$`);
/** a pointer back to a programme said before: 这项改革, 该工程, 此项政策, 这一计划 */
const POINTER = new RegExp(`(?:这|该|此)(?:项|一|个|一项)?(${PROGRAMME_NOUN})`);
/** a pointer with no noun, to the programme its sentence named before it: 中央财政此项支出, 中央财政为此增加支出 */
const POINTER_ALONE = new RegExp(`(?:为此|(?:此|这|该)项)(?!${PROGRAMME_NOUN})`);

/** a head that names nothing without whose it is: who joined a scheme, who gained, how far it reaches, what it pays,
 * the money, the size, the length or the area of a thing (with the words that only narrow the head: 政府, 财政, 人均,
 * 政策范围内的, 住院费用, 新, 年末…) */
const BARE_HEAD = new RegExp(
  '^(?:新|新增|年末|年底|累计|全年|当年|今年|政府|财政|各级财政|人均财政|人均|政策范围内的?|住院费用|门诊费用|开展门诊统筹的?|' +
    // (a verb that amasses or raises the money before it: 积累资金, 筹集资金, 结余资金)
    '积累|筹集|筹措|结余|滚存|到位)*' +
    '(?:参保|参保人数|参保人|参保率|参合|参合率|参合人数|受益|受益人数|受益人口|领取养老金|领取养老金人数|覆盖面|覆盖率|覆盖人数|' +
    '补助标准|补贴标准|筹资标准|补助|(?:报销|支付)比例|起付线|封顶线|地区比例|统筹地区比例|资金|补贴资金|补助资金|投资|总投资|' +
    '余额|里程|人数|规模|投资规模|总规模|面积|标准|比例)$',
);

/** the bare heads a count can be: of the people a scheme reaches */
const COUNTED_HEAD = /(?:参保|参合|受益|领取养老金|人数|人口|人)$/;

/** a paragraph's start is looked for at most this far back */
const MAX_PARAGRAPH = 600;
/** a sentence's clauses at most this far back */
const MAX_SENTENCE = 200;
const PARAGRAPH_STOP = /[\n]/;

/** the programme a clause (or a heading) names, '' where it names none or several */
export function programmeOf(clause: string): string {
  let from = 0;
  let verbAt = 0;
  for (const m of clause.matchAll(ACTING_VERB)) [verbAt, from] = [m.index, m.index + m[0].length];
  // (a clause that ends on its verb says how its subject stood: 国家助学制度进一步完善 — the subject is the topic)
  const subject = from > 0 && from === clause.length;
  let phrase = subject ? clause.slice(0, verbAt).replace(HOW, '') : clause.slice(from);
  if (from === 0 || subject) phrase = phrase.replace(OPENER, '');
  phrase = phrase.replace(/^(?:了|的|新的|新一轮|第[一二三四五六七八九十\d]+期|[一二三四五两]年)+/, '');
  const m = PROGRAMME.exec(phrase);
  if (!m || JOINED.test(m[0]) || !PROGRAMME_ENDS.test(phrase.slice(m[0].length))) return '';
  // (its modifiers up to a 的 are no part of its name: 更加积极的就业政策 → 就业政策)
  const programme = m[0].replace(/^.*的(?=[\u4e00-\u9fff“”"]{4})/, '').replace(FORM_END, '');
  return programme.length >= 2 && !ONLY_NOUN.test(programme) ? programme : '';
}

const COMMA = 44;
/** the marks that end a sentence (and a clause): ; : 。 ! ? and a line's end */
const SENTENCE_END = new Set([59, 58, 0x3002, 33, 63, 10]);

let cachedText = '';
/** each clause's programme, by where the clause opens: read once per clause, whatever the figures after it */
const cache = new Map<number, string>();

/** the programme of the nearest clause before the one `at` is in, within its sentence (at most MAX_SENTENCE back), or '' */
function sentenceTopic(text: string, at: number): string {
  // (the same text read again is another string of the same characters: compared once, then held, so that the
  // next look is by reference and costs nothing)
  if (text !== cachedText) cache.clear();
  cachedText = text;
  const stop = Math.max(0, at - MAX_SENTENCE);
  // (the figure's own clause is no clause before it)
  let end = at - 1;
  while (end >= stop && text.charCodeAt(end) !== COMMA) if (SENTENCE_END.has(text.charCodeAt(end--))) return '';
  while (end >= stop) {
    let start = end - 1;
    while (start >= stop && text.charCodeAt(start) !== COMMA && !SENTENCE_END.has(text.charCodeAt(start))) start--;
    let topic = cache.get(start + 1);
    if (topic === undefined) {
      topic = programmeOf(text.slice(start + 1, end));
      cache.set(start + 1, topic);
    }
    if (topic) return topic;
    if (start < stop || text.charCodeAt(start) !== COMMA) return '';
    end = start;
  }
  return '';
}

/** the paragraph's label (5.城镇居民医保: …), or for `heading` its heading sentence too (大力推进保障性安居工程建设。: a
 * first sentence is no heading to tell from the others, so only a payer's sum, which names no purpose, takes it), as a
 * programme, or '' */
function paragraphTopic(text: string, at: number, heading = false): string {
  const begin = sentenceStart(text, at, MAX_PARAGRAPH, PARAGRAPH_STOP);
  if (begin > 0 && text[begin - 1] !== '\n') return '';
  const head = /^\s*(?:[(（]?[一二三四五六七八九十\d]{1,2}[.、)）]\s*)?([^,;:。!?\n\d]{2,24})([:。])/.exec(text.slice(begin, begin + 32));
  if (!head || begin + head[0].length > at) return '';
  const label = head[1].trim();
  // (a label is a name, whole; a heading is a clause that acts on its programme)
  // (read as a clause: a label that acts on its programme, 实施创新驱动战略:, is of the programme, not of the act)
  if (head[2] === ':') return LABEL.test(label) ? programmeOf(label) : '';
  return heading ? programmeOf(label) : '';
}

/** `topic` before `name`, the words both say once */
function joined(topic: string, name: string): string {
  if (topic.endsWith(name)) return topic;
  for (let k = Math.min(topic.length, name.length - 1); k >= 2; k--) if (topic.endsWith(name.slice(0, k))) return topic + name.slice(k);
  return topic + name;
}

/** the name of a figure whose words open at `opens`: a bare head with the topic of the clause before it in its sentence,
 * else its paragraph's label or heading; a pointer with the programme it points to; `name` otherwise */
function headOfClauseTopic(text: string, opens: number, name: string, counted = false): string {
  if (!name) return name;
  if (POINTER.test(name)) return pointedTo(text, opens, name);
  const alone = POINTER_ALONE.exec(name);
  if (alone) {
    const topic = sentenceTopic(text, opens);
    return topic ? name.replace(alone[0], topic) : name;
  }
  if (!BARE_HEAD.test(name)) return name;
  // (a count of standards or shares is of things, not a head: 制定…标准28项)
  if (counted && !COUNTED_HEAD.test(name)) return name;
  const topic = sentenceTopic(text, opens) || paragraphTopic(text, opens);
  return topic ? joined(topic, name) : name;
}

/** the programme a pointer in `name` stands for: the last programme of the same noun said before it in its paragraph */
function pointedTo(text: string, opens: number, name: string): string {
  const pointer = POINTER.exec(name);
  if (!pointer) return name;
  const begin = sentenceStart(text, opens, MAX_PARAGRAPH, PARAGRAPH_STOP);
  const before = text.slice(begin, opens);
  for (let at = before.lastIndexOf(pointer[1]); at > 0; at = before.lastIndexOf(pointer[1], at - 1)) {
    if (/[这该此项一个]$/.test(before.slice(0, at))) continue;
    const clauseStart = Math.max(before.lastIndexOf(',', at), before.lastIndexOf('。', at), before.lastIndexOf(';', at)) + 1;
    const programme = programmeOf(before.slice(clauseStart, at + pointer[1].length));
    if (programme) return name.replace(pointer[0], programme);
  }
  return name;
}

/** a sum named only by its payer: the budget or the state, what it gives and no purpose (中央财政资金, 中央预算内投资,
 * 财政资金, 中央财政投入) */
const PAYER_ONLY =
  /^(?:中央|地方|各级|[省市县区]级?|本级)?(?:财政|预算内|预算|政府)(?:预算内|预算)?(?:安排|拿出|下达)?(?:资金|投资|投入|补助资金|专项资金)$/;

/** the name of a payer's sum with the programme it pays for (its sentence's, else its paragraph's label or heading) */
function sumOfPayer(text: string, at: number, name: string): string {
  const topic = sentenceTopic(text, at) || paragraphTopic(text, at, true);
  // (a policy or a strategy is a stance, no thing a sum is spent on: 实施更加积极的就业政策,中央财政拟投入…)
  if (!topic || /(?:政策|战略)$/.test(topic)) return name;
  // (the payer, then what it pays for, then the kind of money: 中央财政 + 保障性安居工程 + 资金)
  const payer = /^(.*?(?:财政|预算内|预算|政府))(?:安排|拿出|下达)?(.*)$/.exec(name);
  return payer ? `${payer[1]}${topic}${payer[2]}` : topic + name;
}

/** the last characters of the bare heads and the payers' sums */
const HEAD_LAST = '保合人数率益口金面准助例线资额程模积入';
const POINTER_WORD = /[这该此]/;
const SENTENCE_BREAK = /[。;!?\n]/;

/**
 * The last reading of the names (after every other): a bare head takes the topic of the clause before it in its
 * sentence, or its paragraph's label; a payer's sum takes the programme it pays for; a pointer the programme it points
 * to. The figures after it in its sentence that went on with the old name take the new one.
 */
export function nameByClauseTopics(text: string, out: Reading[]): Reading[] {
  for (let k = 0; k < out.length; k++) {
    const r = out[k];
    const old = r.indicator;
    // (a look at the name's last character and its pointers first: most names are none of these)
    if (!old || (!HEAD_LAST.includes(old[old.length - 1]) && !POINTER_WORD.test(old))) continue;
    const name =
      PAYER_ONLY.test(old) && r.q.unitClass === 'money'
        ? sumOfPayer(text, r.q.start, old)
        : headOfClauseTopic(text, r.q.start, old, r.q.unitClass === 'count');
    if (name === old) continue;
    r.indicator = name;
    if (r.carry === old) r.carry = name;
    for (let j = k + 1; j < out.length && !SENTENCE_BREAK.test(text.slice(out[j - 1].q.end, out[j].q.start)); j++) {
      if (out[j].indicator !== old) break;
      out[j].indicator = name;
      if (out[j].carry === old) out[j].carry = name;
    }
  }
  return out;
}
