// Counts whose name was cut short or ran on, mended from the words around them: a list of grades before a
// shared noun (1410个县级和250个省、市(地)级疾病预防控制中心), a short list of nouns one count governs
// (533个县级图书馆、文化馆和4万个村…), the people a preposition names (为…2400多万贫困家庭学生免费提供教科书), a
// verb left at the end (15个采煤沉陷区治理工程开始|建设), what a measure saves (取消农业特产税,每年可使农民减轻负担),
// the total of the count before (新开工10项国家重点建设工程,总投资800亿元), the places a reform reached
// (农村信用社改革扩大到29个省), and a count of people after a rate
// (就业率达到83%,比上年增加60万人: the number employed).
import { GENERIC_MEASURE } from './phrases';
import { fullWidthParens, placeCountName } from './place-counts';
import { countedAfterName } from './counted-after';
import { reachedName } from './reached-counts';
import { solvedForName } from './solved-problems';
import { existentialName } from './existential-counts';
import { rankedName } from './ranked-counts';
import { elidedHeadName } from './elided-head';
import { sentenceStart } from '../text/sentence';

export interface CountReading {
  q: { start: number; end: number; unit: string; unitClass: string };
  carry: string;
}

/** the verbs a noun after a count runs into: 基本建成, 陆续开工, 开始建设 */
const VERB_AFTER =
  /(?:基本|全面|陆续|先后|已经|已|开始|正在|相继|全部)?(?:建成|开工|建设|投产|投入|实现|完成|开通|通车|竣工|运行|运营|试点|启动)/;
/** grades of a list that share the noun after the last: 县级和…省、市(地)级 */
const GRADE = /^([\u4e00-\u9fff、]{1,6}(?:\([\u4e00-\u9fff]{1,3}\))?级)/;
/** a verb of starting, or the first half of a verb pair, left at the end of a noun: 治理工程开始(建设),
 * 零碳产业园区启动(建设), 国家区域医疗中心平稳(运营), 县域普通高中扩优(提质): 9 counts in 9 of the 52 reports */
const STARTING = /(?:开始|陆续|正在|已经|启动|平稳|提速|扩容|扩优|稳步)$/;
/** X(可)使Y减轻负担: what a measure saves whom (农民, 企业); the adverbs and 每年 are no part of it */
const SAVES = /^(.*?)(?:每年|当年|全年)?(?:可|将|能)?使(农民|企业|居民|群众|城乡居民|纳税人)(减轻|节约|节省|减少)(负担|支出|成本)$/;
/** a preposition the people counted are the object of, then what is done for them: 为…(学生)(免费提供教科书) */
const FOR_WHOM = /^为/;
/* (or an adverb of what it cost them, 免费 or 无偿, then any act to the clause end: 为21.5万名城乡妇女免费开展“两癌”检查) */
const DONE_FOR =
  /^([\u4e00-\u9fff]{2,10}?)((?:免费|无偿)?(?:提供|发放|减免|免除|补助|资助|培训|解决|落实)[\u4e00-\u9fff]{1,12}|(?:免费|无偿)[\u4e00-\u9fff“”、]{2,36})$/;

/** a reform or a trial that reached places: (酝酿多年的)农村信用社改革(开始) */
const REFORM = /^(?:[^的]*的)?([\u4e00-\u9fff“”"]{2,16}?(?:改革|试点))(?:范围)?(?:开始|已经|已)?$/;
/** the words right before the count of places a reform reached: 扩大到, 开始在 */
const REACHED = /(?:在|扩大到|推广到|扩大至|推广至|覆盖)$/;
/** the places with what the parenthesis after says they hold (自治区、直辖市), then 试点 */
const PLACES = /^(省份|省|市|县|区|地区|城市|地市)(\([^)]{1,12}\))?(试点)?(?=[,;。]|$)/;

/** verbs of making and unmaking rules and plans, which a list says once with its noun, then alone */
const LAW_VERB = /^(?:制定|修订|修改|废止|废除|宣布失效|清理|审议|通过|批准|出台|颁布|印发)$/;
/** the noun the first of such verbs acts on: (审议通过)地方性法规 */
const LAW_OBJECT = /^.*(?:制定|修订|修改|废止|废除|清理|审议|通过|批准|出台|颁布|印发)([\u4e00-\u9fff]{2,16})$/;

/** 对 + the things counted + 进行 + what was done to them (对…756件行政法规进行全面清理, 对…85个…充电站进行扩容增桩): the count
 * counts the things the act was done to; an adverb of scope before the act is no part of it */
const DONE_VIA_DUI = /^([\u4e00-\u9fff“”]{2,14}?)进行了?(?:全面|集中|重点|深入|彻底|专项|统一|系统)?([\u4e00-\u9fff“”A-Za-z]{2,12})$/;
/** the 对 that opens the count's object, with what says which ones (对2000年底以前发布的) */
const DUI_BEFORE = /对[^,;。对]{0,20}$/;

/** a count inside 包括…在内的 WHOLE: its own noun, the list's rest, then the whole it is part of (包括190个国家、56个国际组织在内
 * 的246个官方参展者) */
const INSIDE_INCLUDED = /^([\u4e00-\u9fff]{1,8}?)(?:、[^,;。]*?)?在内的(?:[\d.]+(?:万|亿)?[个家项名所位座]?)?([\u4e00-\u9fff“”]{2,10})$/;

/** a class a count names that says nothing alone */
const BARE_CLASS = /^(?:项目|企业|学校|医院|机构)$/;
/** verbs of doing to or with the things counted that say which ones (not 提升, which does it to what they have) */
const DOING = /(?:支持|实施|改造|推进|开工|建成|新建|续建|扶持|培育|招引|引进|签约|储备|谋划|入库|认定|帮扶|服务)$/;

const CLAUSE_END = new Set([',', ';', '。', '!', '?', ':', '\n']);
const CLAUSE_BREAK = /[,;。!?:\n]/;
/** the words after `at` up to the clause end, at most 40 characters */
function clauseAfter(text: string, at: number): string {
  const limit = Math.min(text.length, at + 40);
  let end = at;
  while (end < limit && !CLAUSE_END.has(text[end])) end++;
  return text.slice(at, end);
}

/** the noun a grade list shares, up to the verb after it */
function sharedHead(words: string): string {
  const verb = VERB_AFTER.exec(words);
  const head = verb ? words.slice(0, verb.index) : words;
  return /^[\u4e00-\u9fff]{2,12}$/.test(head) ? head : '';
}

/** a count's `name` mended from the words around it, or the name as it was (`before`: the reading before in its sentence) */
export function countName(text: string, r: CountReading, name: string, before: CountReading | null): string {
  if (r.q.unitClass === 'count' || r.q.unitClass === 'magnitude') {
    const after = clauseAfter(text, r.q.end);
    // 1410个县级和250个省、市(地)级疾病预防控制中心: each grade with the noun after the last
    const grade = GRADE.exec(after);
    if (grade && name && grade[1].startsWith(name)) {
      const rest = after.slice(grade[1].length);
      const next = /^(?:和|及|与|、)\d[^级]*?级/.exec(rest);
      const head = sharedHead(next ? rest.slice(next[0].length) : rest);
      if (head && !name.endsWith(head)) return fullWidthParens(grade[1]) + head;
    }
    // 533个县级图书馆、文化馆和4万个…: a short list the one count governs
    if (name && after.startsWith(name)) {
      const more = /^、([\u4e00-\u9fff]{2,4})(?=和\d|及\d|$)/.exec(after.slice(name.length));
      if (more) return `${name}、${more[1]}`;
    }
    // 包括190个国家、56个国际组织在内的246个官方参展者: each item is of the whole (官方参展者中的国家)
    const inside = /包括[^,;。]*$/.test(text.slice(clauseStart(text, r.q.start), r.q.start)) ? INSIDE_INCLUDED.exec(after) : null;
    if (inside) return `${inside[2]}中的${inside[1]}`;
    // 全年施工的更新改造项目七万四千个,全部建成的三万九千个: the noun said before, which ones after 的
    const elided = elidedHeadName(text, r.q, name, before);
    if (elided !== name) return elided;
    // 对…756件行政法规进行全面清理 → 清理行政法规; …进行扩容增桩 → 扩容增桩的高速公路服务区充电站 (a verb alone before its object)
    const dui = DUI_BEFORE.test(text.slice(clauseStart(text, r.q.start), r.q.start)) ? DONE_VIA_DUI.exec(after) : null;
    if (dui) return dui[2].length === 2 ? dui[2] + dui[1] : `${dui[2]}的${dui[1]}`;
    // 为…2400多万贫困家庭学生免费提供教科书
    // (为 right before the value: 为3730万名贫困家庭学生免费提供教科书, the name read after it)
    // (the act read to its clause's end, not cut at the window's: …增生症和新生儿听力障碍筛查)
    const whole = CLAUSE_BREAK.test(text[r.q.end + after.length] ?? '。');
    const done = whole && (FOR_WHOM.test(name) || text[r.q.start - 1] === '为') ? DONE_FOR.exec(after) : null;
    if (done) return `${done[2]}的${done[1]}`;
    // 农村信用社改革扩大到29个省(自治区、直辖市); 酝酿多年的农村信用社改革开始在8个省(市)试点: the places it reached
    const place = REACHED.test(text.slice(Math.max(0, r.q.start - 3), r.q.start)) ? PLACES.exec(after) : null;
    const reform = place ? REFORM.exec(name) : null;
    if (place && reform) return reform[1] + (place[3] ?? '') + place[1] + fullWidthParens(place[2] ?? '');
    // (the verb's 了 is no part of it: 在城镇安置了903万人就业)
    const counted = countedAfterName(name, after, r.q.unit, text.slice(Math.max(0, r.q.start - 3), r.q.start).replace(/了$/, ''));
    if (counted !== name) return counted;
    // 28个省（区、市）全部免征了农业税: the places that did it
    const defined = placeCountName(name, after, text.slice(Math.max(0, r.q.start - 1), r.q.start));
    if (defined !== name) return defined;
    const solved = solvedForName(name, r.q.unit, text.slice(clauseStart(text, r.q.start), r.q.start), after);
    if (solved !== name) return solved;
    const existing = existentialName(name, text.slice(Math.max(0, r.q.start - 5), r.q.start), after);
    if (existing !== name) return existing;
    const ranked = rankedName(name, after);
    if (ranked !== name) return ranked;
    const between = before ? text.slice(before.q.end, r.q.start) : '';
    const lead = text.slice(Math.max(0, r.q.start - 8), r.q.start);
    const around = {
      before: before && {
        carry: before.carry,
        between,
        lead: text.slice(Math.max(0, before.q.start - before.carry.length - 2), before.q.start - before.carry.length),
      },
      clause: text.slice(clauseStart(text, r.q.start), r.q.start),
      clauseBefore: clauseBefore(text, r.q.start),
    };
    const reached = reachedName(name, r.q.unit, lead, after, around);
    if (reached !== name) return reached;
    // 支持项目684个, 滚动推进163个项目: a bare class counted, named by the verb right before it that says which ones
    const verb = BARE_CLASS.test(name) ? DOING.exec(text.slice(Math.max(0, r.q.start - name.length - 4), r.q.start - name.length)) : null;
    const verbFirst =
      !verb && BARE_CLASS.test(name) && after.startsWith(name) ? DOING.exec(text.slice(Math.max(0, r.q.start - 4), r.q.start)) : null;
    if (verb ?? verbFirst) return (verb ?? verbFirst)![0] + name;
    const started = STARTING.exec(name);
    if (started && started.index >= 2 && after.startsWith(name)) return name.slice(0, started.index);
  }
  if (r.q.unitClass === 'money') {
    const saves = name.includes('使') ? SAVES.exec(name) : null;
    if (saves) {
      // ,取消农业特产税,每年可使农民减轻负担: the measure the clause before names
      const cause = saves[1] || (/^[\u4e00-\u9fff]{2,}$/.exec(clauseBefore(text, r.q.start))?.[0] ?? '');
      if (cause) return `${cause}${saves[3]}${saves[2]}${saves[4]}`;
    }
    // 新开工10项国家重点建设工程,总投资800亿元: the total of the things the count before counted
    if (before && GENERIC_MEASURE.test(name) && /^总/.test(name)) {
      const between = text.slice(before.q.end, r.q.start - name.length);
      const noun = between.replace(/,$/, '');
      if (between.endsWith(',') && noun.length >= 2 && before.carry.endsWith(noun)) return before.carry + name;
    }
  }
  // 226家定点医院、准备8745张床位: the noun the count before counted is no part of the next one's name
  if (before?.carry && name.startsWith(`${before.carry}、`) && text.startsWith(`${before.carry}、`, before.q.end)) {
    const own = name.slice(before.carry.length + 1);
    // (…、总投资: the total of the things counted before)
    if (own.length >= 2) return own.startsWith('总') ? before.carry + own : own;
  }
  // 审议通过地方性法规41件、修改50件、废止25件; 清理涉外规章…2300件,废止830件,修订325件: a verb alone after a list's
  // first count acts on its noun (over 、 or a comma, in the same unit)
  const object = before && LAW_VERB.test(name) && before.q.unit === r.q.unit ? LAW_OBJECT.exec(before.carry) : null;
  // (the rest of the first item's clause may stand between: …756件行政法规进行全面清理,废止71件)
  if (object && /^[^,;。、]{0,16}[、,]$/.test(text.slice(before!.q.end, r.q.start - name.length))) return name + object[1];
  // 就业率达到83%,比上年增加60万人: a count of people after a rate is of the people
  if (before && name === before.carry && /率$/.test(name) && /人$/.test(r.q.unit) && before.q.unitClass === 'percent')
    return name.replace(/率$/, '人数');
  return name;
}

/** the start of the clause `at` is in (no further back than a long clause) */
const clauseStart = (text: string, at: number): number => sentenceStart(text, at, 60, CLAUSE_BREAK);

/** the clause before the one `at` is in */
function clauseBefore(text: string, at: number): string {
  const opens = clauseStart(text, at);
  return text[opens - 1] === ',' ? text.slice(clauseStart(text, opens - 1), opens - 1) : '';
}
