// Reading the words around a quantity: the clause it sits in and the noun phrase a reader would put
// as its table column (its indicator). The verb in front of it (its measure and sign): measure.ts.
import { pointAsStop, wrappedBefore } from './copied-text-breaks';
import { LEADING_WORDS, TRAILING_WORDS, WordEnds } from './lexicon';
import { placeSubjectLength } from './place-subject';
import { itemsBeforeSummary } from './distribute';
import { ON_BASE_AFTER } from './name-lead';
import type { Qualifier } from '../model/mention';
import { ECONOMY_GROWTH, GROWTH_TARGET } from './measure';
import { timeAtEnd, withoutTimeList, YEAR_PREFIX } from './name-years';
import { planShare } from './plan-shares';
import { arabicYears } from '../detect/chinese-dates';

/** characters that end a list item group (not 、): indicators carry over up to these */
const SEGMENT_BREAKS = ';:。!?\n【】|丨';
/** characters that end a clause: a quantity's words never reach across them */
const CLAUSE_BREAKS = `${SEGMENT_BREAKS}, `;
const table = (chars: string): Uint8Array => {
  const t = new Uint8Array(0x10000);
  for (const c of chars) t[c.charCodeAt(0)] = 1;
  return t;
};
const CLAUSE_BREAK = table(CLAUSE_BREAKS);
const SEGMENT_BREAK = table(SEGMENT_BREAKS);

export const isClauseBreak = (c: string): boolean => CLAUSE_BREAK[c.charCodeAt(0)] === 1;
export const isSegmentBreak = (c: string): boolean => SEGMENT_BREAK[c.charCodeAt(0)] === 1;

const MAX_CONTEXT = 48;

/**
 * The words before `to`, back to the clause start or `from`, whichever is nearer. A parenthetical
 * in between — 1635亿元(预计数,下同), 企业(作坊) — is read over and left out.
 */
export function leftContext(text: string, from: number, to: number): string {
  // (完成GDP 115亿元: the space kept between a Latin name and its number is no clause break)
  if (to - from > 1 && text.charCodeAt(to - 1) === 32 && /[A-Za-z]/.test(text[to - 2])) to--;
  const words = contextWithin(text, from, to, MAX_CONTEXT);
  // a long list of items is read whole (食品、烟酒、衣着、…、居住的价格分别上涨)
  return arabicYears(words.length >= MAX_CONTEXT && words.includes('、') ? contextWithin(text, from, to, 2 * MAX_CONTEXT) : words);
}

function contextWithin(text: string, from: number, to: number, max: number): string {
  const stop = Math.max(from, to - max);
  let out = '';
  let end = to; // the piece [i+1, end) is still to be prepended
  let i = to - 1;
  for (; i >= stop; i--) {
    const c = text.charCodeAt(i);
    if (c === 41) {
      // ")": a parenthetical is read over: a note (预计数,下同) or an aside (作坊) is not the indicator
      let open = i - 1;
      while (open >= stop && text.charCodeAt(open) !== 40 && text.charCodeAt(open) !== 41) open--;
      if (open < stop || text.charCodeAt(open) !== 40) break;
      // (but a level's 口径 tells two values of one total apart: 财政总收入(市口径)…,财政总收入(省口径)…)
      if (LEVEL_BASIS.test(text.slice(open + 1, i))) {
        i = open;
        continue;
      }
      out = text.slice(i + 1, end) + out;
      end = open;
      i = open;
      continue;
    }
    if (c === 10) {
      // a line break inside a phrase, after a word that cannot end one (全县生产总值由“十五”末的\n\n12.8亿元), or a
      // page's text wrapped before the figure, its line ending on a word with no stop (全年新增私营企业\n\n6224 户)
      let j = i;
      while (j > stop && /[\n\r \t]/.test(text[j])) j--;
      if (j > stop && (UNFINISHED.test(text[j]) || wrappedBefore(text, i, j, to))) {
        out = text.slice(i + 1, end) + out;
        end = j + 1;
        i = j + 1;
        continue;
      }
    }
    if (c === 40 || CLAUSE_BREAK[c] === 1 || (c === 46 && pointAsStop(text, i))) break;
  }
  return text.slice(i + 1, end) + out;
}

/** the 口径 of a level a total is counted at, said in brackets after its name */
const LEVEL_BASIS = /^[省市县区州旗]口径$/;

/** the last character of words a phrase cannot end on: 的, 由, 从 */
const UNFINISHED = /[的由从]/;

/** the words after `from` up to the clause end, at most `max` characters */
export function rightContext(text: string, from: number, max = 24): string {
  let end = from;
  const limit = Math.min(text.length, from + max);
  while (end < limit && CLAUSE_BREAK[text.charCodeAt(end)] !== 1 && text.charCodeAt(end) !== 40) end++;
  return text.slice(from, end);
}

// ---- indicator phrases ------------------------------------------------------------------------

/** words between an indicator and its number: verbs, comparisons, adverbs (…增长, …同比增长, …稳定在) */
const TRAILING = new WordEnds(TRAILING_WORDS, true);

/** words in front of an indicator: conjunctions, time and place, modal words, action verbs */
const LEADING = new WordEnds(LEADING_WORDS, false);

/** an action verb is kept where it begins a compound noun (建设用地, 扶持资金) or names the projects' stage (签约…项目) */
const COMPOUND =
  /^(?:(?:签约|开工|竣工|建成|投产|落地)(?=[\u4e00-\u9fff]{0,10}项目$)|已建在建|(?:扶持|帮扶|支持)(?:资金|政策资金)|再(?:开发|生|利用|制造|就业|融资)|建设(?:用地|规模|资金|投资|面积|任务)|建成区|投入产出|改造(?:面积|任务)|实施(?:面积|范围)|开发区|服务业)/;

/** 在我们这样一个(13亿人口的发展中国家): a country's description, whose count names what follows it */
const SUCH_A = /^(?:在|对于|对|像)?(?:我们|我国)?这样一个(?:拥有)?$/;

/** a comparison in front of a number says how it stands, not what it is: 增长6%,高于全国1.4个百分点 */
const COMPARISON =
  /^(?:比|较)(?!重|例|率)[^,]{0,8}$|^比[^,]{2,10}(?:期间|时期)$|^(?:增速|增幅|涨幅|增长)?(?:比|较)?(?:高于|低于|快于|慢于|超过|超出|领先|高出|低出)?(?:全国|全省|全市|全区|全县|平均|预期|上年|去年|同期|年度目标|预期目标|目标|计划|序时进度|时序进度)(?:全省|全市)?(?:平均)?(?:水平|增速)?(?:高|低|快|慢|多|少)?(?:出)?$|^(?:高于|低于|快于|慢于|高出|领先)$|^的(?:预期|年度)?(?:目标|计划)$/;

/** list bullets and enumerations in front of an item: ●, ■, ◆, ①, ㈠, ⑴, 1., 一是, 第一, 首先 (not the sectors' ordinals: 一、二、三产业) */
const BULLET =
  /^(?:[●■◆◇□▲△★☆○◎•▪►▶➢➤✓√※\u2460-\u249b\u3220-\u3229\u3280-\u3289]+|\d{1,2}[.、](?!\d)|[一二三四五六七八九十]{1,3}(?:是|要|、(?![一二三](?:、|次?产)))|第[一二三四五六七八九十]{1,3}(?:,|是)|首先|其次|再次|最后)/;
/** the words that open a target list, before its first indicator: 主要预期目标建议为地区生产总值增长8.5%, with what they
 * are the targets of (河北经济社会发展主要预期目标是地区生产总值…; 报告提出的预期目标是生产总值…; 全年经济增长的预期目标是实现
 * 技工贸总收入增长30%; not before a condition: 预期目标是在明显提高质量和效益的基础上年均增长7%); or a story's verb of saying before the year it quotes (指今年地区生产总值增长5%左右) */
const TARGET_LEAD = /^(?:[^,;:。]{0,24}?(?:预期)?目标(?:建议)?(?:是|为)(?:实现)?(?=.)(?!在)|(?:指出|指|提出|表示|称)(?=今年|明年|全年))/;

/** a communiqué's one-word topic run into its sentence (人口年末常住人口, 粮食全年农作物播种面积), or the last number of a
 * ratio left before the next line's words (…39.8全年居民消费价格); a year written without 年 (2025北京全市地区生产总值);
 * a section's two industries (工业和建筑业 规模以上工业企业281家) */
const RUN_IN_TOPIC =
  /^(?:[\u4e00-\u9fff]{2}(?:全年|年末|年底)(?=[\u4e00-\u9fff]{4})|[\u4e00-\u9fff]{1,3}业和[\u4e00-\u9fff]{1,3}业(?=规模以上|规上|全年|年末)|\d+\.\d+(?=全年|年末|年底)|(?:19|20)\d\d(?=[\u4e00-\u9fff])(?![年多余万亿个家户人名元岁项件所座]))/;
/** 把 before the object a sentence acts on (把小学、初中学生人均公用经费分别提高到…; not 把关, 把握) */
const OBJECT_MARK = /^(?:要)?把(?![关握持])/;
/** a leading word is kept where it begins a compound: 保障性住房, 稳定性 (not before 房地产: 其中房地产开发投资); 计划内(签约…) */
const KEEPS_WORD = /^(?:[性型类]|房(?!地产))/;

function stripLeading(s: string): string {
  for (let guard = 0; guard < 12 && s; guard++) {
    const b = BULLET.exec(s);
    if (b) {
      s = s.slice(b[0].length);
      continue;
    }
    const y = YEAR_PREFIX.exec(s) ?? TARGET_LEAD.exec(s) ?? RUN_IN_TOPIC.exec(s) ?? OBJECT_MARK.exec(s);
    const place = y ? y[0].length : placeSubjectLength(s);
    if (place) {
      s = s.slice(place);
      continue;
    }
    if (COMPOUND.test(s)) break;
    const w = LEADING.find(s);
    if (!w || KEEPS_WORD.test(s.slice(w.length)) || (w === '计划' && /^[内外]/.test(s.slice(w.length)))) break;
    s = s.slice(w.length);
  }
  return s;
}

/** 组织 ends a noun after these (农业社会化服务组织), it is not the verb */
const ORGANISATION = /(?:服务|经济|合作|社会|基层|党|国际|群众|行业)组织$/;
/** 帮扶 ends a noun after these (消费帮扶94.9亿元) */
const AID = /(?:消费|产业|就业|教育|医疗|科技|金融)帮扶$/;

/** 计划 or 要 before a verb of reaching is a modal (收入计划达到10374元, 生产总值要达7%以上; 要 right before the
 * number too: 贷款增速要高于40%), not a noun
 * (招生计划新增2万余个, 完成年计划的113.4%); nor where 计划 ends a name (投资计划, 行动计划) */
const MODAL_BEFORE = /^(?:达到|达|实现|完成|增长|增加|下降|降低|减少|提高|上升|为|超过|突破|控制在|保持在|稳定在)$/;
const PLAN_NAME = /(?:行动|投资|发展|工作|建设|培养|培训|工程|项目|年度|年|专项|资金|用款|招生)计划$/;

/** a footnote mark a communiqué puts after a name: 生产总值 (GDP)[2] */
const FOOTNOTE_MARK = /\[\d{1,2}\]$/;

/** 人均 right after a verb of reaching or a from-to word, or alone: a per-head marker, not a noun's; 日均, 月均 (企业数量日均净增) */
const PER_HEAD_AFTER_VERB = /(?:(?<=^|[由到至为从按])人|[日月])均$/;

/** the words with the verbs, comparisons and times at their end left off */
export function stripTrailing(s: string): string {
  let last = '';
  for (let guard = 0; guard < 12 && s; guard++) {
    // (人均 is a noun's own, 养老金人均, but for a per-head word after a verb of reaching: 标准由人均600元)
    const w = PER_HEAD_AFTER_VERB.exec(s)?.[0] || TRAILING.find(s) || timeAtEnd(s) || FOOTNOTE_MARK.exec(s)?.[0];
    if (
      !w ||
      (w === '组织' && ORGANISATION.test(s)) ||
      (w === '均' && /人均$/.test(s)) ||
      (w === '帮扶' && AID.test(s)) ||
      // (减收增支: the sum of revenue lost and spending added is a noun, not a verb of spending more)
      (w === '增支' && /收增支$/.test(s)) ||
      // (则 as the noun of a rule, the whole class: 实施细则, 规则, 原则, 准则, 法则, 守则, 总则, 通则, 罚则)
      (w === '则' && /[细规原准法守总通罚]则$/.test(s)) ||
      (w === '计划' && (!MODAL_BEFORE.test(last) || PLAN_NAME.test(s))) ||
      (w === '要' && ((last !== '' && !MODAL_BEFORE.test(last)) || /[主需重必只想纲提摘]要$/.test(s)))
    )
      break;
    s = s.slice(0, s.length - w.length);
    last = w;
  }
  return s;
}

/** where the words end on a conjunction, the number opens a new item whose noun follows it */
const ENDS_ON_CONJUNCTION = /(?:和|及|与|以及|或|、|的|等|首创)$/;

/** 完成预算数(31220万元的101.7%): the plan's amount said before the share of it that was reached */
export const PLAN_AMOUNT = /^(?:为|完成|占|达到?)(?:年度|全年|年初|调整后?的?)?(预算|计划|任务)(?:调整)?数?$/;

/** 获国家科学技术奖58项、占全国28.7%: the share of the whole the quantity before is */
const SHARE_OF_WHOLE = /^占(全[国省市区球州县])(?:的)?(比重|比例|份额)?(?:为|达|(?:提高|提升|上升|扩大|下降|降低)(?:到|至))?$/;
/** …总产值增长7.5%,占规模以上工业总产值的比重为55.3% (…比重在3%以内, 比重从11.4%提高到15%): the share of the thing before in another */
const SHARE_OF_OTHER = /^(占[^,;。]{2,16}?的?(?:比重|比例))(?:为|达到?|在|[从由]|[保稳]持在)?$|^(占[^,;。]{2,16}?)的$/;

/** a summarising word after a list: 高端装备、先进材料…四大产业规上产值 → 四大产业规上产值 (not a bare kind after 等: 交通运输业、建筑业等行业) */
const SUMMARY = /(?:[一二三四五六七八九十两]+[大个项类种]|(?<![高同平对初中均相上次])等)/g;
const NEW_ITEM = /^(?:新增|净增|新建|新认定|新引进|新招引|新开工|新改建|新培育)/;
const NEW_VERB_AT_END = /(?:新增|新建|新认定|新引进|新招引|新开工|新改建|新培育)$/;

function trimList(s: string): string {
  const lastSep = s.lastIndexOf('、');
  if (lastSep < 0) return s;
  // a new item of a list of actions: 学校项目竣工、新增学位 → 新增学位
  const last = s.slice(lastSep + 1);
  if (NEW_ITEM.test(last)) return last;
  // 新增13家…龙头企业、总数达81家: the total of the thing before
  if (/^(?:总数|总量|累计|总计)$/.test(last)) return `${s.slice(0, lastSep).replace(/^.*、/, '').replace(NEW_ITEM, '')}总数`;
  let cut = -1;
  SUMMARY.lastIndex = lastSep;
  for (let m: RegExpExecArray | null; (m = SUMMARY.exec(s)); ) cut = m[0] === '等' ? m.index + 1 : m.index;
  if (cut > 0 && s.length - cut >= 2 && !(s[cut - 1] === '等' && /^(?:行业|产业|领域)/.test(s.slice(cut)))) return s.slice(cut);
  return s;
}

/** a verb inside the phrase joins a subject and a measured noun: 规上物贸企业实现营收 → 规上物贸企业营收;
 * 一般公共预算累计支出 → 一般公共预算支出
 * (not a noun the verb begins: 九年义务教育完成率) */
const INNER_VERB = /^(.{2,}?)(?:实现|完成|达到|累计实现|全年实现|累计(?=支出|收入))(?![率值度])(.{2,})$/;
const MEASURE_NOUN = /^.{0,4}(?:营收|收入|产值|销售额|税收|利润|利税|增加值|总额|规模|交易额|成交额|出口额|进口额|吞吐量|产量|销量|投资)$/;

/** a list closed by 等, then how its items went: 等都增长, 等均有增长 */
const LIST_THEN_VERB = /等(?:都|均)(?:有|比上年)?(?:增长|增加|提高|上升|下降|减少)$/;
const RESPECTIVELY = /(?:分别|依次)[^,;。、]{0,8}$/;

export interface Phrase {
  /** the indicator words, empty where the words before name nothing */
  indicator: string;
  /** the words ended on a conjunction or were only verbs: the noun comes after the number */
  numberFirst: boolean;
  /** 分别 was among the words: the values of a list are distributed over the list of nouns */
  respectively: boolean;
  /** 为预算的102%, 完成年度任务的130%: the share of its plan the quantity before reached, and its name */
  shareOfPlan?: string;
  /** the share is a measure of its own, which what follows goes on with (…的比重为55.3%,比年初提高10.6个百分点) */
  shareCarries?: boolean;
  /** a 新增/新建… right before the number: it belongs to a noun that follows (新增30家科技孵化载体) */
  newVerb?: string;
  /** a share bounded by a word before what it is a share of: 总额不超过…原封顶线的20% */
  bound?: Qualifier;
  /** 电子信息、绿色建材…两大主导产业产值分别增长…: the items the summary holds, for its values */
  items?: string[];
}

/** 总额不超过所在统筹地区大病保险原封顶线的20%: the bound, then what the share is of */
const BOUND_OF = /^(.{2,}?)(不超过|不高于|不低于|不少于)[^,;。]{2,24}的$/;
const BOUND_KIND: Record<string, Qualifier> = { 不超过: 'below', 不高于: 'below', 不低于: 'above', 不少于: 'above' };
/** 时间由18小时缩短到5小时, 普通高等学校已由五百九十八所: the value it came from is no part of the name */
const FROM_VALUE = /(?:由|从)(?:\d+(?:\.\d+)?|[一二三四五六七八九十百千万亿零两]{2,})[^\d,;。]{0,5}$/;
/** 地区生产总值从“十一五”末的1211亿元: the time it came from is no part of the name either (nor the value a figure
 * read no unit of: 贫困人口由“七五”末的8500万) */
const FROM_TIME =
  /(?:由|从)(?:["“]?(?:十[一二三四五]?|[六七八九])五["”]?|上年|去年|(?:19|20)\d\d年)(?:末|底|初)?的?(?:\d+(?:\.\d+)?[万亿]?)?$/;
/** 生产总值剔除秦源煤业闭井等不可比因素(增长7.8%): how the figure was counted, as 按可比价计算, no part of the name */
const EXCLUDING = /(?:剔除|扣除|除去)[^,;。]{1,20}?(?:因素|影响)(?:后)?$/;
/** 12类55件民生实事: a count of kinds before the count is no indicator */
const KINDS_COUNT = /^(?:\d+|[一二三四五六七八九十两]+)(?:类|大类|批|个方面)$/;

/** a numbered section heading run into the sentence that opens the section: 二、农 业 全年全县农作物… */
const HEADING_RUN_IN = /^[一二三四五六七八九十]{1,3}、[\u4e00-\u9fff]{1,8}?(?=全年|年末|年底|截至|全[省市区县州旗])/;

/** the indicator in the words before a quantity (`share`: it is a percentage) */
export function phraseBefore(context: string, share = false): Phrase {
  const respectively = RESPECTIVELY.test(context);
  let s = context.replace(/^、/, '').replace(HEADING_RUN_IN, '');
  const bounded = share ? BOUND_OF.exec(s) : null;
  if (bounded) s = bounded[1];
  if (KINDS_COUNT.test(s)) s = '';
  // 两者扣除价格因素实际分别增长: the two things before, which 分别 goes back to
  s = s.replace(/^(?:两者|二者|三者)(?=扣除|剔除|实际|分别|均|都|同比|比上年|增长|$)/, '');
  // 为预算的102%, 完成年度计划的105%: how much of its plan the item the clause names, or the figure before, reached
  const plan = planShare(s.replace(/的$/, ''));
  if (plan && (share || plan.bare))
    return { indicator: plan.item && phraseBefore(plan.item).indicator, numberFirst: false, respectively, shareOfPlan: plan.rate };
  // 占全省比重由2000年的13.2%提高到15.9%: a share that moved, which what follows goes on with
  const movedFrom = FROM_TIME.exec(s);
  const whole = SHARE_OF_WHOLE.exec(movedFrom ? s.slice(0, movedFrom.index) : s);
  if (whole)
    return {
      indicator: '',
      numberFirst: false,
      respectively,
      shareOfPlan: `占${whole[1]}${whole[2] === '份额' ? '份额' : '比重'}`,
      ...(movedFrom ? { shareCarries: true } : {}),
    };
  const other = context.startsWith('、') ? null : SHARE_OF_OTHER.exec(s);
  // (…,占一般公共预算收入的48.51%: the share said without 比重)
  if (other) return { indicator: '', numberFirst: false, respectively, shareOfPlan: other[1] ?? `${other[2]}比重`, shareCarries: true };
  const economy = ECONOMY_GROWTH.exec(s);
  if (economy) return { indicator: `${economy[1]}经济增长`, numberFirst: false, respectively };
  if (share) s = s.replace(GROWTH_TARGET, '');
  const numberFirstRaw = s === '' || ENDS_ON_CONJUNCTION.test(s);
  const newVerb = NEW_VERB_AT_END.exec(s)?.[0] ?? '';
  s = withoutTimeList(stripTrailing(s)).replace(FROM_VALUE, '').replace(FROM_TIME, '').replace(EXCLUDING, '');
  s = stripLeading(s);
  s = stripTrailing(s);
  // 生猪、牛、羊、家禽分别出栏(6.4万头、…): 分别 before the measured noun of a list is no part of it
  s = s.replace(/(?<=.、.+)(?:分别|依次)(?=[\u4e00-\u9fff]{2,4}$)/, '');
  // (收入在上年实际完成任务基础上(增长10.5%): a verb inside the base a growth is on is no verb of the name)
  if (s.endsWith('基础上')) s = s.replace(ON_BASE_AFTER, '');
  const inner = INNER_VERB.exec(s);
  // …实现销售收入、利税、利润: a list of measured nouns keeps its subject too
  if (inner) {
    // (香洲、金湾和斗门三个行政区分别实现地区生产总值: a list of subjects, each with its own)
    const measured =
      MEASURE_NOUN.test(inner[2]) ||
      inner[2].length <= 3 ||
      inner[2].split('、').every((it) => MEASURE_NOUN.test(it)) ||
      (respectively && inner[1].includes('、'));
    // (…针纺织品类分别实现零售额: 分别 before the verb is no part of the subject)
    s = measured ? stripLeading(inner[1]).replace(/(?:全年)?(?:分别|依次)$/, '') + inner[2] : inner[2];
  }
  // 新增职业技术大学、高等职业学校各2所: one value for each item, the list is the indicator
  const items = respectively ? itemsBeforeSummary(s) : undefined;
  if (!/各$/.test(context)) s = trimList(s);
  if (COMPARISON.test(s) || SUCH_A.test(s)) s = '';
  // 烤烟、桑蚕茧、猪牛羊肉等都增长50%以上: a list closed by 等 before its verb is the name
  if (s.endsWith('等') && s.includes('、') && LIST_THEN_VERB.test(context)) s = s.slice(0, -1);
  const bound = bounded ? BOUND_KIND[bounded[2]] : undefined;
  if (s.length < 2 || ENDS_ON_CONJUNCTION.test(s)) return { indicator: '', numberFirst: true, respectively, newVerb, bound };
  return { indicator: s, numberFirst: numberFirstRaw, respectively, newVerb, bound, ...(items ? { items } : {}) };
}

/** where a noun phrase after a number stops: a time, an adverb, a verb of what happens to it */
const RIGHT_STOP =
  /在(?!建)|上半年|下半年|年底|年内|年末|月底|[一二三四五六七八九十\d]+月|以前|之前|全部|全面|全覆盖|基本|已经|陆续|尽快|顺利|首次|保质保量|如期|按期|按时|率先|先后|同步|分别|累计|达到|实现|完成|(?<![新在已])(?:建设(?!先行|示范|试点|用地|单位|工程|任务|资金|规模|标准)|建成|开工|竣工|投产|投用|签约|落地|开业|运营)|投入使用|上线|实施了|进展(?:顺利|良好|较快)|中(?=[A-Za-zⅠ-Ⅻ\d])|新?(?:列入|纳入|进入|入选)|成为|位居|位列|加速|加快|稳定|稳步|扎实|达标|保持|获批|获评|获得|通过|落户|集聚(?!区)|上市|纳统|开展|覆盖|带动|吸纳|提供|参加|参与|享受|挂牌|提质|延时|支持(?!政策|措施|资金|体系|服务|力度)|成功|落实|创(?=全国|全省|全市|历史|新高|纪录|记录|最)|汛前|梯次|高效|有序|加力|构建|件件|个个|项项|家家|户户|人人|(?<![面导方定走指])向|建立|予以|增长|提高|超过|突破|以上|左右|均|(?<![公总])共(?!享|建|同|性)|达|等|年度|完成率|占比|比重|规上|规模以上|产值|营收|(?<![低高中])收入|总额|规模/g;

/** the size class a noun of enterprises or units opens with */
const SIZE_CLASS = /^(?:规模以上|规模以下|限额以上|限额以下|规上|限上)/;

/** the noun phrase that follows a number (建设1个苏州市特色康居示范区), empty where there is none */
export function phraseAfter(context: string): string {
  const s = context.replace(/^的/, '');
  // a noun starts here, not another item of a list or a verb with its number (、增长5.1%)
  // (nor a milestone the value passed: 三百亿元台阶)
  if (
    !/^[\u4e00-\u9fff“"A-Za-z]/.test(s) ||
    /^(?:增长|下降|提高|降低|增加|减少|同比|比上年|实现|完成|达到|超过|突破|[增升降]至|(?:增加|提高|上升|下降|降低|增长)到|(?:新|大)?台阶|大关|关口)/.test(
      s,
    )
  )
    return '';
  let np = s;
  // a name in quotes is read whole (“三年全面提升”项目): stops are looked for after it
  const quoted = /^[“"][^”"]{1,20}[”"]/.exec(s);
  // 43家规模以上工业企业: a class of enterprises by size opens the noun, it does not end it
  const sized = SIZE_CLASS.exec(s);
  RIGHT_STOP.lastIndex = quoted ? quoted[0].length + 1 : sized ? sized[0].length : 2;
  const stop = RIGHT_STOP.exec(s);
  if (stop) np = s.slice(0, stop.index);
  // (12家规模以上工业总产值…: 总 of the measure the noun stops at is no part of it)
  np = np.replace(/(?:新|已)?(?:建成|开工)$/, '').replace(/(?<=.{2})总$/, '');
  // 加大对10个试点县的支持力度: what the count governs ends before 的
  const of = np.indexOf('的', 2);
  if (of > 0) np = np.slice(0, of);
  // a list goes on with its own numbers (40宗堤防、20宗大中型水闸): the noun ends before them;
  // without one the words after 和 are part of the noun (国家级夜间文化和旅游消费集聚区)
  // (not a rank that names a class: 世界500强企业, 全国百佳)
  const digit = /(?<![A-Za-z\d.])\d+(?:\.\d+)?(?![A-Za-z\d强佳])|(?<=[、和及与或])[一二三四五六七八九十两]+[个家项所座条处名户]/.exec(np);
  if (digit) np = np.slice(0, digit.index);
  np = np.replace(/(?:和|及|与|或|、|的|以及)+$/, '');
  // without a number after it, a list goes on to a shared head (特殊困难高龄、失能、残疾老年人家庭) unless
  // what follows 、 is a total or a verb of the thing before (…龙头企业、总数达81家)
  if (digit) {
    // the noun ends at the last separator before the next item's number: 中央和国家部委、金融机构出台25份
    const sep = Math.max(...[...'和及与或、'].map((c) => np.lastIndexOf(c)));
    if (sep >= 2) np = np.slice(0, sep);
  } else {
    const conj = /、(?=总数|总量|总计|累计|合计|其中|均|占|增长|同比|比上年|达|实现|完成|创|再创|居|位居|排名)/.exec(np);
    if (conj && conj.index >= 2) np = np.slice(0, conj.index);
  }
  // 新增5个国家级、60个省级高技能人才培训基地: a level alone borrows the next item's noun
  if (/级$/.test(np)) {
    const next = /^、\d+(?:\.\d+)?[个家所座项]?[\u4e00-\u9fff]{1,3}级/.exec(s.slice(np.length));
    const head = next ? phraseAfter(s.slice(np.length + next[0].length)) : '';
    if (head && !head.endsWith('级')) np += head;
  }
  // one character is a noun only where the item ends with it: 1个街道、5个镇
  return np.length >= 2 || (np.length === 1 && np === s) ? np : '';
}

/** nouns that name a measure of something said after them: 总投资145亿元的省重大项目; or before (引进招商项目20个,到位资金…) */
export const GENERIC_MEASURE =
  /^(?:总投资|投资|年度投资|年度计划投资|投资额|总额|规模|面积|总面积|产值|营收|总量|总数|建筑面积|占地面积|用地面积|库容|容量|装机容量|长度|里程|产能|到位资金|投资到位额)$/;
