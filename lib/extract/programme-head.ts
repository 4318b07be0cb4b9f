// A head of a social insurance scheme said bare, after a clause of the same sentence that names the scheme: SCHEME
// (试点|制度|…) , [figure +] HEAD — who joined it, who draws from it, how far it reaches, what it pays (…开展新型农村社会养老
// 保险试点,3.58亿人参保,9880万人领取养老金,覆盖面扩大到60%以上; 城镇居民基本医疗保险试点城市由…增加到317个,参保人数增加
// 7359万; 降低并统一大病保险起付线,报销比例由50%提高到60%). The head alone names no scheme: a report runs several side by side.
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
  if (!SCHEME_HEAD.test(name) || HAS_SCHEME.test(name)) return name;
  // (the scheme's clause is an earlier one: the figure's own clause would have named it)
  const clauseEnd = text.lastIndexOf(',', opens - 1);
  const begin = sentenceStart(text, opens, MAX_BACK, SENTENCE_STOP);
  if (clauseEnd < begin) return name;
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
