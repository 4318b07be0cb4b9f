// What a count counts where its noun comes after it: 建设1个苏州市特色康居示范区, 发行1万亿元超长期特别国债,
// 5个、总投资145亿元的省重大项目.
import type { Quantity } from './quantities';
import { phraseAfter, rightContext } from './phrases';

/** what money a report issues or spends as a thing: 今年先发行1万亿元超长期特别国债 */
export const MONEY_NOUN = /(?:国债|债券|专项债|资金|基金|贷款|救灾款|补贴|补助|奖补|经费|资本金)$/;
/** who pays a sum, with its verb: 中央财政(拟)安排423亿元资金, 国家今年再安排30亿元国债资金 (the payer's money is the indicator) */
const PAYER =
  /^(?:(.{2,8}?(?:财政|政府))|国家)(?:今年|为此)?(?:还|又|也|已经|已|先|再|拟|将|要|准备|计划)*(?:安排|投入|下达|拨付|拨出|筹集|设立|发行)?$/;
/** the words before a sum that are only a verb: 先发行, 安排, 下达 */
const MONEY_VERB = /^(?:先|再|拟|将|新|共|已|还|首批)?(?:发行|安排|下达|发放|投入|筹集|筹措|争取|兑付|拨付|统筹|设立|募集|落实)$/;

/**
 * The words before a count end on a verb or a preposition: what it counts comes after it. (A noun
 * there is the indicator: in text taken from an infographic the next label follows the number.)
 */
export const VERB_BEFORE_COUNT =
  /(?:储备|获得|夺得|恢复|清理规范|清理|精简|下放|发生|建设|建成|开工|新建|改建|重建|共建|引进|培育|完成|新增|争取|设立|成立|举办|开展|建立|推出|发布|出台|制定|上线|开通|新开|推行|应对|支持|推进|打造|做强|做优|做大|做精|提升|改造|实施|组建|布局|聘请|遴选|招引|扩建|启动|新签|签署|签订|升级|修订|取消|撤销|加入|停征|办好|抓好|惠及|帮助|帮扶|服务|覆盖|维护|保障|开发|选派|认定|评选|命名|创建|加大对|对|为|在|向|给|让|使|把|将)$/;

/** words before a count that end on a verb the lexicon knows, or sum up the things named before (马铃薯、羊绒2个产业链;
 * 雄商、津潍…等6个高铁项目; 第4批51项川渝通办事项; 包括…国际组织在内的246个官方参展者) */
const saysWhatIsCounted = (before: string): boolean => VERB_BEFORE_COUNT.test(before) || /、|等$|方面$|批$|在内$/.test(before);

/** words that open on a preposition: they say where or by what, not which things */
const PREPOSITION_FIRST = /^(?:由|从|在|据|对|以|经|同|和|与|向|为|把|将|让|使)/;
/** a number and its classifier right before the words read: those words are counted themselves */
const COUNTED_BEFORE = /[\d０-９十百千万亿][多余]?[个家项名所位座种件条户]$/;

/**
 * The words read before a count, then 的, then the count: a clause or an owner that says which ones (中央环保督察交办的34项问题,
 * 纳入省规划的103个一般受灾县, 年初确立的80项重点改革事项). The count counts the noun after it, and the name keeps the
 * clause with its 的 (the clause alone is a verb with no noun).
 */
export function clauseOfCounted(text: string, q: Quantity, before: string): boolean {
  // (not a preposition's object: 据四川省试点的84个地方企业的统计; nor things counted themselves, whose part or place the
  // count is: 包括190个国家、56个国际组织在内的246个官方参展者, 与全球18个国家的40余个城市)
  const from = q.start - before.length - 1;
  const clause = q.unitClass === 'count' && before.length >= 2 && !PREPOSITION_FIRST.test(before);
  return clause && text.startsWith(`${before}的`, from) && !COUNTED_BEFORE.test(text.slice(Math.max(0, from - 4), from));
}

/**
 * A count right before a noun counts that noun (打造40个人工智能新场景, 在17个旗县开展试点); a sum
 * after a verb names what it buys only where it is money as a thing (发行1万亿元超长期特别国债).
 */
export function governsNounAfter(text: string, q: Quantity, before: string): boolean {
  if (!/^[\u4e00-\u9fff“"]/.test(text.slice(q.end, q.end + 1)) || /^[的和及与或等]/.test(text.slice(q.end, q.end + 1))) return false;
  if (q.unitClass === 'count' || q.unitClass === 'magnitude')
    return saysWhatIsCounted(before) || opensNoun(text, q, before) || clauseOfCounted(text, q, before);
  return q.unitClass === 'money' && (MONEY_VERB.test(before) || PAYER.test(before));
}

/** what cannot open the noun a classifier counts: an adverb, a verb, a time, a preposition or conjunction (…项全部办复,
 * 4万多人中) */
const NOT_NOUN_OPENER =
  /^(?:全部|全面|均|都|已|基本|实现|完成|达到|获|在|被|由|进行|开展|以上|左右|[多余次年月天中内后前以为是的和与及或等并且也还又再就才即将要可能会占共比较]|分别|同比|增|减|提高|降|下降|上升|目标|任务|红线|大关|台阶|行列|级|规模)/;
/** a modal, an aspect word or a time inside the words after a count: they are a clause, not its noun (…受灾群众春节前将…搬进新居),
 * and a milestone passed (4个千亿台阶) */
const CLAUSE_WORDS = /[将要已获就被把让使]|前|后|台阶|大关|关口|行列/;
/** a count with its classifier right before a noun phrase that runs to its clause's end: [verb or subject] 21个 省级开发区,
 * (the count counts the noun, whatever the words before it are: a verb the lexicon does not know, a subject, a programme);
 * not where those words are a noun phrase of their own (…的城市) or open on a preposition (由, 在, 同) */
function opensNoun(text: string, q: Quantity, before: string): boolean {
  if (q.unitClass !== 'count' || before.length < 3 || /的/.test(before) || PREPOSITION_FIRST.test(before)) return false;
  // (to the clause end, or to the next item's number: 500个商品粮大县、150个…)
  let end = q.end;
  while (end < text.length && end - q.end <= 16 && !/[,;。!?:\n\d]/.test(text[end])) end++;
  // (a number right after the noun, with no 、 before it, is the next label's: 产业园15个优势特色产业集群9个, an infographic)
  if (/\d/.test(text[end] ?? '') && !/[、和及与]/.test(text[end - 1])) return false;
  const rest = text.slice(q.end, end).replace(/[、和及与]$/, '');
  // (the words read as the name stand right before the count: no verb of the lexicon between, 惠及, 已有, 了)
  if (!text.startsWith(before, q.start - before.length)) return false;
  return (
    rest.length >= 2 &&
    /^[\u4e00-\u9fff“”、]+$/.test(rest) &&
    !NOT_NOUN_OPENER.test(rest) &&
    !CLAUSE_WORDS.test(rest) &&
    phraseAfter(rest) === rest
  );
}

/** the payer before a sum that buys the noun after it (中央财政 of 中央财政安排423亿元资金), else empty */
export const payerOf = (q: Quantity, before: string): string => (q.unitClass === 'money' ? (PAYER.exec(before)?.[1] ?? '') : '');

/** a subject and a modal before the verb: 国家准备(重点扶持) */
const SUBJECT_AND_MODAL = /^.{0,8}?(?:准备|已经|还将|将要|正在|计划|拟)(?=.{2})/;
/** the words before a count kept in the name of what it counts: the payer of a sum (payerOf), a clause with its 的
 * (clauseOfCounted); not a verb the lexicon knows (the verb of what was done to the things counted is read once, in
 * done-verb.ts) */
export function keptBefore(text: string, q: Quantity, before: string): string {
  if (q.unitClass === 'money') return payerOf(q, before);
  if (clauseOfCounted(text, q, before)) return `${before}的`;
  if (saysWhatIsCounted(before)) return '';
  // (words the lexicon does not know as a verb: a verb phrase, or the subject or programme whose things are counted)
  return before.length >= 3 ? before.replace(SUBJECT_AND_MODAL, '') : '';
}

/** a head after 的 that is what is done to or for the things counted, or what they have, not them: (10个试点县的)
 * 支持力度, (1000户国有大型企业的)改革与发展, (7700多项国家标准的)制定修订工作, (3亿多农村人口的)饮水安全(问题) */
const NOT_COUNTED_HEAD =
  /(?:力度|机制|工作|发展|改革|建设|管理|服务|矩阵|体系|水平|能力|作用|步伐|进程|格局|问题|安全|困难|需求|负担|收入|权益)$/;

/** people, anywhere in the words before 的 (玉林人民翘首以盼的“高铁梦”: theirs, not a class of them) */
const PEOPLE = /人民|人口|农民|居民|群众|职工|学生|儿童|孩子|人$/;
/** what may follow the head after 的: its clause's end, or what the counted ones did */
const HEAD_ENDS = /^(?:[,;。、:)]|$|实现|开展|全部|已|正在|完成|建成|投入|开工|启动|达到|进行)/;

/** a measure, a verb of passing and the bar, then 的: 营业收入超千亿元的, 工业产值过百亿的, 预增产值过10亿元的 (the measure read
 * whole: phraseAfter stops at 收入 and 产值) */
const BAR_BEFORE_HEAD = /^(?:(?![的,;。])[\u4e00-\u9fff]){2,8}?(?:超过|超|过|突破)(?:[\d.]+|[十百千万亿]+)(?:万|亿)*(?:元|美元|吨|人次)?的/;

/** a size class of the things counted: 亿元以上, 10亿元以上, 5000万元以上 */
const SIZE_CLASS = /^(?:[\d.]+|[十百千]+)?(?:万|亿)+元以上/;

/** the noun after a number: 建设1个苏州市特色康居示范区, 5个、总投资145亿元的省重大项目; with the words before a 的
 * that say which ones (取消165项国务院部门及其指定地方实施的审批事项, 320家承包或委托经营的中小学食堂) */
export function nounAfter(text: string, qs: Quantity[], i: number): string {
  const q = qs[i];
  const next = qs[i + 1];
  // 形成10个营业收入超千亿元的先进制造业集群: the things counted are those whose measure passes the bar, said before 的
  const bar = BAR_BEFORE_HEAD.exec(text.slice(q.end, q.end + 24));
  const barred = bar ? phraseAfter(rightContext(text, q.end + bar[0].length)) : '';
  // (the head read whole: to its clause's end or what the things did, not cut at a word like 增长 of 增长点)
  const headAt = q.end + (bar?.[0].length ?? 0) + barred.length;
  if (barred.length >= 2 && barred.length <= 12 && HEAD_ENDS.test(text.slice(headAt, headAt + 2))) return bar![0] + barred;
  // 推进6000个亿元以上项目建设: a size class right after the count, then its head (phraseAfter stops at 以上)
  const size = SIZE_CLASS.exec(text.slice(q.end, q.end + 8));
  const sized = size ? phraseAfter(rightContext(text, q.end + size[0].length)) : '';
  if (sized.length >= 2 && sized.length <= 10) return size![0] + sized;
  let p = q.end;
  if (text[p] === '、' && next && next.start - p <= 8 && text[next.end] === '的') p = next.end + 1;
  else if (text[p] === '的') {
    p++;
    if (next && next.start === p) p = next.end;
  }
  const noun = phraseAfter(rightContext(text, p));
  const of = p + noun.length;
  // (people before 的 own what follows: 13亿中国人的饭碗, 3亿多农村人口的饮水安全问题)
  if (p !== q.end || !noun || noun.length > 16 || text[of] !== '的' || PEOPLE.test(noun)) return noun;
  const head = phraseAfter(rightContext(text, of + 1));
  // (the head ends its clause or meets what the counted ones did: …的中小学食堂实现…, not 的吃饭问题始终是头)
  const ends = HEAD_ENDS.test(text.slice(of + 1 + head.length, of + 3 + head.length));
  return ends && head.length >= 2 && head.length <= 14 && !NOT_COUNTED_HEAD.test(head) ? `${noun}的${head}` : noun;
}
