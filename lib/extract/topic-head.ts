// A bare head completed by the topic of the clause before it in the same sentence: a head that names nothing alone
// (余额, 标准, 补助, 里程, 投资, 在校学生, 招生数) after a clause whose topic is a noun phrase (城乡居民储蓄存款大幅度增加,年末
// 存款余额… → 城乡居民储蓄存款余额; 完善城乡居民基本医保,财政补助标准由… → 城乡居民基本医保财政补助标准; 煤炭工业建设,五年
// 投资… → 煤炭工业建设投资), or after the figure of that topic in the clause before (铁路投资要保持在8000亿元以上,新投产里程
// 8000公里以上 → 铁路新投产里程).
import { sentenceStart } from '../text/sentence';

/** heads that say nothing without whose they are, with the words that only qualify them (新, 新投产, 财政) */
const BARE =
  /^(?:新|新投产|财政|年末|年底)?(?:存款余额|贷款余额|余额|(?:补助|补贴|筹资)?标准|补助|补贴资金|里程|通车里程|投资|总投资|在校学生|在校生|招生数?)$/;
/** how the topic of a clause moved or stood, after it: 大幅度增加, 增长较快, 继续扩大 */
const MOVED =
  /(?:继续|持续|稳步|显著|明显|大幅度|大幅|较快|快速|迅速|进一步)?(?:增加|增长|上升|提高|扩大|下降|减少|回升|发展)(?:较快|很快|迅速|显著|明显)?$/;
/** a verb that opens a clause on its object, the topic (完善城乡居民基本医保, 整合…制度: the system's name is the topic) */
const ACTED_ON = /^(?:进一步)?(?:完善|健全|巩固|规范|改革|整合)/;
/** a clause whose words are a noun phrase and nothing else (no figure, no verb of its own left) */
const NOUN_PHRASE = /^[\u4e00-\u9fff“”]{2,12}$/;
/** words that cannot end a topic: a verb, a function word, an aspect */
const NOT_TOPIC_END = /[的了着过和与及或在对把将向要是为有等]$/;
/** a clause that is an act or a state, not a topic: a verb of doing first (推进重大工程建设), a negation inside (校舍腾不出来) */
const NOT_TOPIC = /^(?:推进|推动|加快|加强|加大|实施|开展|促进|坚持|抓好|做好|扩大|深化|支持|继续|着力|大力|全面|积极)|[不没未]/;
/** a clause that sets up or runs a system, whose name is the topic of the sentence's figures after it, however many
 * clauses on (在全国农村全面推行新型农村合作医疗制度,用两年时间将筹资标准由…; 建立健全种粮农民补贴制度和…机制,补贴标准逐年提高,
 * 覆盖范围不断扩大,补贴资金从…) */
const SYSTEM_SET_UP =
  /^(?:在[\u4e00-\u9fff]{2,6}?)?(?:全面|逐步|进一步|加快)?(?:建立健全|建立|健全|完善|推行|实行|整合)([\u4e00-\u9fff“”]{2,12}?)(?:制度|机制)/;
/** the clauses a system's topic is looked for over, back from the figure's */
const MAX_CLAUSES_BACK = 4;
/** the measure that ends the name of the figure before, whose subject is then the topic (铁路投资 → 铁路) */
const MEASURE_END = /(?:投资|收入|支出|产值|增加值|总额|产量|规模)$/;
const CLAUSE_STOP = /[,;。!?:\n]/;

/**
 * The name `name` of a figure whose words open at `opens`, completed by the topic of the clause before it in its
 * sentence; `after`: where the figure before ends, `carry` its name ('' where there is none).
 */
export function headOfTopic(text: string, opens: number, after: number, name: string, carry: string): string {
  if (text[opens - 1] !== ',' || !BARE.test(name)) return name;
  const begin = sentenceStart(text, opens - 1, 40, CLAUSE_STOP);
  const clause = text.slice(begin, opens - 1);
  let topic = '';
  if (begin >= after) {
    // the clause before holds no figure: its topic, without how it moved or what was done to it
    const words = clause
      .replace(MOVED, '')
      .replace(ACTED_ON, '')
      .replace(/(?<=.{2})制度$/, '');
    if (NOUN_PHRASE.test(words) && !NOT_TOPIC_END.test(words) && !NOT_TOPIC.test(words)) topic = words;
    else topic = systemBefore(text, begin, after, clause);
  } else if (carry && /^[\u4e00-\u9fff]{0,4}$/.test(text.slice(after, opens - 1))) {
    // the clause before is the figure of the topic's own measure: 铁路投资…8000亿元以上
    const subject = carry.replace(MEASURE_END, '');
    if (subject !== carry && subject.length >= 2) topic = subject;
  }
  if (!topic || topic.endsWith(name)) return name;
  // (城乡居民储蓄存款 + 存款余额: the words both say once)
  for (let k = Math.min(topic.length, name.length - 1); k >= 2; k--) if (topic.endsWith(name.slice(0, k))) return topic + name.slice(k);
  return topic + name;
}

/** the system a clause of the sentence set up, `clause` (opening at `begin`) or one of the few before it with no figure
 * (the figure before ends at `after`), or '' */
function systemBefore(text: string, begin: number, after: number, clause: string): string {
  for (let n = 0; n < MAX_CLAUSES_BACK; n++) {
    const system = SYSTEM_SET_UP.exec(clause)?.[1];
    if (system) return system;
    if (begin < 1 || text[begin - 1] !== ',') return '';
    const start = sentenceStart(text, begin - 1, 40, CLAUSE_STOP);
    if (start < after) return '';
    clause = text.slice(start, begin - 1);
    begin = start;
  }
  return '';
}
