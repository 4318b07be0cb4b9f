// The items of a part under 其中 that leave the whole's measured noun unsaid: 冬春蔬菜种植面积增长17.8%,其中鲜食玉米、
// 冬马铃薯分别增长17.1%、7.5% → 鲜食玉米种植面积, 冬马铃薯种植面积. (A sector under 其中 with money: subjects.ts partOfWhole.)
// The parts of a count of what was done keep the doing: 破获各类刑事犯罪案件110万多起,其中重大案件27万多起 → 破获重大案件;
// 新设经营主体30.8万户,其中企业8.4万户 → 新设企业 (the parts of a stock, 其中城镇人口, stay bare). A part that is a kind of
// the thing a whole adds takes the whole's name with the kind for the thing: 新增公路通车里程…,其中高速公路… → 新增高速公路
// 通车里程 (4 national reports).
import { MEASURE_HEADS_WORDS, WordEnds } from './lexicon';
import type { Reading } from './respectively';
import { splitUnit } from './units';

/** the measured nouns a whole shares with its parts (a total's part is not a total: 总产量 → 产量) */
const SHARED_HEAD =
  /(?:播种面积|种植面积|养殖面积|造林面积|总?产量|总?产值|增加值|零售额|销售额|出口额|进口额|营业收入|营收|存栏|出栏|客流量|吞吐量|投资)$/;
const MEASURE_HEADS = new WordEnds(MEASURE_HEADS_WORDS, true);
/** a part's bare name: a noun of a few characters, no measure, no verb or number in it */
const BARE_PART = /^[\u4e00-\u9fff]{2,12}$/;
const COUNTED_PART = /^[\u4e00-\u9fff][\u4e00-\u9fff、]{1,11}$/;
const SENTENCE_END = /[。!?;\n]/;
/** what was done to the things a count counts, opening its name: 破获, 建成投产, 新设, 补充, 实施 */
const DONE =
  /^(?:新设|新增|新建|新开工|建成投产|建成|建设|开工|实施|补充|破获|侦破|查处|引进|培育|招引|认定|创建|改造|关停|淘汰|取消|培训|安置|资助|救助)(?=[\u4e00-\u9fff“])/;
const isCount = (r: Reading): boolean => r.q.unitClass === 'count' || r.q.unitClass === 'magnitude';
const WINDOW = 60;

/** a part that is a kind of the whole's thing, said as a modifier and the thing (高速公路 of 新增公路通车里程): the whole's
 * name with the thing replaced by the part (新增高速公路通车里程), where the part adds a modifier and the whole says more
 * than the thing; else '' */
function subtypeInWhole(part: string, whole: string): string {
  for (let n = part.length - 1; n >= 2; n--) {
    const at = whole.indexOf(part.slice(-n));
    // (the thing opens the whole's name after a verb of adding: not 运量 inside 铁路货运量, 投入 after 各级政府)
    // (nor a total after it: a part of 农民工总量 is no total)
    const rest = whole.slice(at + n);
    if (at >= 0)
      return whole.length > n && WHOLE_LEAD.test(whole.slice(0, at)) && !rest.startsWith('总') ? whole.slice(0, at) + part + rest : '';
  }
  return '';
}
/** what stands before the thing in the whole's name: a verb of adding, which the part's bare name would lose (高速公路
 * alone reads as the stock; under 公路通车里程 with no verb it is named well enough bare) */
const WHOLE_LEAD = /^(?:新增|新建|建成|增加|新开工)$/;

/** names the bare parts under 其中 with the whole's measured noun (`readings` after the lists are shared out) */
export function nameAmongParts(text: string, readings: Reading[]): void {
  // (each 其中 found once, the readings walked in order beside them: linear in the text)
  let among = -1;
  let next = text.indexOf('其中');
  for (let k = 1; k < readings.length; k++) {
    const r = readings[k];
    while (next >= 0 && next + 2 <= r.q.start) {
      among = next;
      next = text.indexOf('其中', next + 2);
    }
    if (among < 0 || r.q.start - among > WINDOW || SENTENCE_END.test(text.slice(among, r.q.start))) continue;
    // (the part is named after 其中, not carried from before it)
    // (a count's part may be a short list: 其中能源、交通项目)
    if (!(isCount(r) ? COUNTED_PART : BARE_PART).test(r.indicator) || !text.slice(among + 2, r.q.start).includes(r.indicator)) continue;
    let w = k - 1;
    while (w >= 0 && readings[w].q.end > among) w--;
    if (isCount(r)) {
      const done =
        w >= 0 && isCount(readings[w]) && !SENTENCE_END.test(text.slice(readings[w].q.end, among))
          ? DONE.exec(readings[w].indicator)
          : null;
      // (not where the part says a doing of its own before its name: 其中引进顶尖人才41人)
      const said = text.slice(among + 2, r.q.start);
      if (done && !DONE.test(r.indicator) && /^[,:]?$/.test(said.slice(0, said.indexOf(r.indicator)))) {
        if (r.carry === r.indicator) r.carry = done[0] + r.carry;
        r.indicator = done[0] + r.indicator;
      }
      continue;
    }
    if (MEASURE_HEADS.find(r.indicator)) continue;
    // the whole: the last figure of the same kind before 其中 in the sentence (a growth of a growth, an amount in its unit)
    // (its unit's magnitude aside: 新增公路通车里程1.2万公里,其中高速公路3358公里)
    const sameKind = (x: Reading) =>
      x.measure === r.measure && (r.measure !== 'level' || splitUnit(x.q.unit)[1] === splitUnit(r.q.unit)[1]);
    while (w >= 0 && !sameKind(readings[w]) && !SENTENCE_END.test(text.slice(readings[w].q.end, among))) w--;
    if (w < 0 || SENTENCE_END.test(text.slice(readings[w].q.end, among))) continue;
    const whole = readings[w];
    const head = SHARED_HEAD.exec(whole.carry)?.[0];
    const kind = head ? '' : subtypeInWhole(r.indicator, whole.carry);
    if (kind) {
      if (r.carry === r.indicator) r.carry = kind;
      r.indicator = kind;
      continue;
    }
    // (a shared head only in the same unit: 总产量…吨,其中…总产…万吨 names itself)
    if (!head || head === whole.carry || whole.q.unit !== r.q.unit) continue;
    const part = head.replace(/^总/, '');
    if (r.indicator.endsWith(part)) continue;
    if (r.carry === r.indicator) r.carry += part;
    r.indicator += part;
  }
}
