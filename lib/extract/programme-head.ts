// A head of a social insurance scheme said bare, after a clause of the same sentence that names the scheme: SCHEME
// (试点|制度|…) , [figure +] HEAD — who joined it, who draws from it, how far it reaches, what it pays (…开展新型农村社会养老
// 保险试点,3.58亿人参保,9880万人领取养老金,覆盖面扩大到60%以上; 城镇居民基本医疗保险试点城市由…增加到317个,参保人数增加
// 7359万; 降低并统一大病保险起付线,报销比例由50%提高到60%). The head alone names no scheme: a report runs several side by side.
// And a stage of building said bare after a clause that pushes a programme on: PUSH + PROGRAMME(工程|计划) , [aside ,] STAGE
// (继续推进保障性安居工程建设,在确保质量的前提下,基本建成500万套 → 保障性安居工程基本建成).
import { sentenceStart } from '../text/sentence';

/** heads that belong to a scheme, with the words that only narrow them (政府补助标准, 政策范围内住院费用报销比例) */
const SCHEME_HEAD =
  /^(?:参保|参保人数|参保人|参保率|参合|参合率|领取养老金|领取养老金人数|覆盖面|覆盖率|(?:政府|财政|人均财政|各级财政)?补助标准|(?:人均)?筹资标准|(?:政策范围内的?)?(?:住院费用|门诊费用)?(?:报销|支付)比例|起付线|封顶线)$/;
/** a scheme's name: who it covers, then what it insures (城镇居民社会养老保险, 新型农村合作医疗, 大病保险, 城镇居民医保) */
const SCHEME =
  /(?:(?:城镇居民|城乡居民|新型农村|城镇职工|企业职工|机关事业单位|农村|城镇|居民|职工)?(?:基本|社会)?(?:养老|医疗|失业|工伤|生育|大病)保险|(?:城镇居民|城乡居民|居民|职工)(?:基本)?医保|新农合|新农保|(?:新型)?农村合作医疗)/g;
/** a name that already holds a scheme or a fund of one */
const HAS_SCHEME = /保险|医保|新农合|新农保|合作医疗/;
/** how far back a scheme is looked for: the sentence, at most this many characters */
const MAX_BACK = 120;
/** what joins two schemes in a list */
const JOINT = /^(?:和|、|及|与|以及)$/;
const SENTENCE_STOP = /[;。!?:\n]/;

/** `name` (of a figure whose words open at `opens`) with the scheme a clause before it in its sentence names, if it is a
 * scheme's bare head; `name` otherwise */
export function headOfScheme(text: string, opens: number, name: string): string {
  if (!/[保合金面率准例线数人]$/.test(name) || !SCHEME_HEAD.test(name) || HAS_SCHEME.test(name)) return name;
  // (the scheme's clause is an earlier one: the figure's own clause would have named it)
  // (looked for within the sentence only: an unbounded search back would cost a scan of the text per figure)
  const begin = sentenceStart(text, opens, MAX_BACK, SENTENCE_STOP);
  const comma = text.slice(begin, opens).lastIndexOf(',');
  if (comma < 0) return name;
  const clauseEnd = begin + comma;
  let joined = false;
  const words = text.slice(begin, clauseEnd);
  let scheme = '';
  let end = -1;
  for (const m of words.matchAll(SCHEME)) {
    // (schemes joined, 城镇居民基本医疗保险和新型农村合作医疗…参保率均…: the head is of all of them, not the last)
    joined = end >= 0 && JOINT.test(words.slice(end, m.index));
    scheme = m[0];
    end = m.index + m[0].length;
  }
  return scheme && !joined ? scheme + name : name;
}

/** a stage of building said bare, with the time or adverb of a plan before it: 基本建成, (今年)新开工, 开工, 竣工 */
const STAGE_ONLY = /^(?:今年|年内|全年|当年|明年)?(?:要|再)?((?:基本)?建成|新开工(?:建设)?|开工(?:建设)?|竣工)$/;
/** a clause that pushes a programme of building on (继续推进保障性安居工程建设, 加大…工程建设力度, 启动新的三年棚改攻坚计划):
 * the programme is what the stages after it count */
const PROGRAMME_PUSHED =
  /^(?:继续|进一步|大力|全面)?(?:推进|加大|实施|启动|抓好|加快|做好)(?:新的|新一轮)?(?:[一二三四五两]年)?([\u4e00-\u9fff]{2,12}?(?:工程|计划))(?:建设)?(?:力度|工作)?$/;
/** the clauses a programme is looked for over, back from the figure's */
const MAX_CLAUSES_BACK = 3;
const CLAUSE_STOP = /[,;。!?:\n]/;

/** the stage a figure counts (its name `name`, or the words before it `context`, a bare stage), of the programme a clause
 * before it in its sentence pushes on, none holding a figure (the figure before ends at `after`); `name` otherwise */
export function stageOfProgramme(text: string, opens: number, after: number, name: string, context: string): string {
  const words = name || context;
  const stage = /[成工]$/.test(words) ? STAGE_ONLY.exec(words)?.[1] : undefined;
  if (!stage) return name;
  let end = opens - 1;
  for (let n = 0; n < MAX_CLAUSES_BACK && end >= 1 && text[end] === ','; n++) {
    const begin = sentenceStart(text, end, 40, CLAUSE_STOP);
    if (begin < after) break;
    const programme = PROGRAMME_PUSHED.exec(text.slice(begin, end))?.[1];
    // (棚改攻坚计划: what the plan builds is counted, not the plan)
    if (programme) return programme.replace(/(?<=[\u4e00-\u9fff]{2})(?:攻坚|行动)?计划$/, '') + stage;
    end = begin - 1;
  }
  return name;
}
