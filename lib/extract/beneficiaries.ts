// A count of those a programme reached, named only by whom it reached (惠及企业2.6万家, 600多万户企业受益, 支持项目512个):
// the name is the programme, then 惠及, 受益 or 支持, then whom (小微企业税收优惠受益企业, as the judged samples name them).
// The programme is said before the count in its sentence: before 使 in the count's own clause (农村免费孕前检查使600万个
// 家庭受益), as the thing of the figure right before (不动产登记历史遗留问题解决率达98.3%、惠及群众…), or in the clause
// before as what was carried out (实施X, 开展X, 出台X, 对X实行Y, 加大对X的Y力度, 用于X).
// Over the 52 whole reports of the fixtures it names 15 counts in 11 reports (the national ones as the judge named them).
import { trimNameWords } from './name-lead';
import { clauseBefore } from './sentence-subject';

/** whom a programme reached, with no programme: 惠及企业, 企业受益, 受益群众 (not 受益 alone, whose whom follows the value) */
const REACHED_ONLY = /^(惠及|受益)([\u4e00-\u9fff]{1,4})$|^([\u4e00-\u9fff]{1,4}?)(受益)$/;
/** whom a programme reached, said bare after its verb (支持|项目|512个) */
const BARE_WHOM = /^(?:项目|企业|学生|家庭|群众|农户|居民)$/;
const VERB_BEFORE = /(?<=[、,]|^)(?:支持|惠及)(?=[\u4e00-\u9fff]{0,2}$)/;
/** the programme before 使 in the count's own clause: 农村免费孕前检查使(600万个家庭受益) */
const CAUSE = /(?:^|[,、])([\u4e00-\u9fff“”"]{3,20})使$/;
/** a clause that says what was carried out: its programme */
const CARRIED_OUT: Array<[RegExp, (m: RegExpExecArray) => string]> = [
  [/(?:实施|落实|开展|推行|启动|出台)([\u4e00-\u9fff“”"]{4,24})$/, (m) => m[1]],
  [/^对([\u4e00-\u9fff]{2,12})(?:实行|实施|给予)([\u4e00-\u9fff]{2,10})$/, (m) => m[1] + m[2]],
  [/^加大对([\u4e00-\u9fff]{2,16}?)的?([\u4e00-\u9fff]{2,4})力度$/, (m) => m[1] + m[2]],
  [/^用于([\u4e00-\u9fff“”"]{4,20})$/, (m) => m[1]],
];
/** a thing of the figure before that is no programme: a per-head amount, a bare size */
const NOT_A_PROGRAMME = /^每|^(?:总?规模|总量|总额|总数)$/;

/** an action on a thing, which names the programme after the thing: 改造(老旧小区) → 老旧小区改造 */
const ACTION = '(?:改造|整治|修缮|维修|治理)';
const ACTION_BEFORE = new RegExp(`${ACTION}$`);
/** the action said in the thing's name, after a stage word: 开工改造城镇老旧小区 */
const ACTION_LEAD = new RegExp(`^(?:新?开工|累计)?(${ACTION})([\\u4e00-\\u9fff]{2,})$`);

/** the programme the thing of the figure before (which ends at `before`) names: the thing, then the action done to it
 * where the text says it before the thing (老旧小区改造, for 老旧小区改造惠及居民) */
function programmeOf(text: string, thing: string, before: number): string {
  const lead = ACTION_LEAD.exec(thing);
  if (lead) return lead[2] + lead[1];
  const at = text.lastIndexOf(thing, before);
  return thing + (at > 0 ? (ACTION_BEFORE.exec(text.slice(Math.max(0, at - 2), at))?.[0] ?? '') : '');
}

/**
 * The name of a count whose own name (`name`) says only whom it reached; `context` the words before the count
 * (opening at `opens`), `after` the end of the figure before in the sentence, `carry` that figure's thing.
 */
export function reachedByProgramme(text: string, opens: number, after: number, context: string, name: string, carry: string): string {
  const reached = REACHED_ONLY.exec(name);
  // (支持项目512个: a bare noun after the verb, which the name left out)
  const verbBefore = reached ? null : BARE_WHOM.test(name) ? VERB_BEFORE.exec(context) : null;
  if (!reached && !verbBefore) return name;
  const verb = reached ? (reached[1] ?? reached[4]) : (verbBefore?.[0] ?? '');
  const whom = reached ? (reached[2] ?? reached[3]) : name;
  const cause = CAUSE.exec(context)?.[1];
  let programme = cause ? trimNameWords(cause) : '';
  // (the figure right before, joined by 、 or a comma: 兑付资金77.7亿元、惠及企业…; a rate's thing is what was done)
  const joined =
    /^[、,]$/.test(text.slice(after, opens)) || (text.slice(after, opens) === '' && /^[、,][\u4e00-\u9fff]{2,6}$/.test(context));
  if (!programme && carry && joined && carry.length >= 3 && !NOT_A_PROGRAMME.test(carry))
    programme = programmeOf(text, carry.replace(/率$/, ''), after);
  if (!programme) {
    const clause = clauseBefore(text, opens, after);
    for (const [re, name] of CARRIED_OUT) {
      const m = re.exec(clause);
      if (m) {
        programme = name(m);
        break;
      }
    }
  }
  return programme ? programme + verb + whom : name;
}
