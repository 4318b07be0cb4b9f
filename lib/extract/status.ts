// What a counted thing became. 6家地方国企进入中国企业500强 does not count 地方国企 (there are more):
// it counts the ones that entered the list, so the list is part of the indicator
// (进入中国企业500强地方国企), as it is where a report names it first (入选…的企业达6家).
import { isClauseBreak } from './phrases';

/** words between the noun and its status: an aside in brackets (县(市、区)), 全部, 均, 新, 成功… */
const BETWEEN = /^(?:\([^()]{1,10}\))?(?:全部|均|都|已|先后|相继|成功|首次|首批|同时|共同|新|又)*/;
/** a status a thing is given or reaches: selected for a list, approved as, entering a ranking */
const STATUS_VERB = /^(?:入选|进入|跻身|获评|获批|荣获|列入|纳入)/;
/** reaching a standard (达到消除麻风危害标准) or being a pilot (开展…试点) */
const STANDARD = /^达到([^,;。、]{2,16}?标准)/;
const PILOT = /^(?:开展|成为)([^,;。、]{2,24}?试点)(?![\u4e00-\u9fff])/;
const MAX_OBJECT = 24;
/** a stage a project reaches, ending its clause: 建成投产, 开工建设, 竣工 */
const GENERIC_PROJECT = /^(?:重点|重大)?项目$/;
const STAGE_REACHED = /^((?:集中)?(?:签约|开工|竣工|建成|投产|投用|落地|完工)(?:建设|投产|投用|运营|开业)?)(?=[,;。、]|$)/;

/** the object of a status verb: to the clause end or the next item (获批上市、居全国第一) */
function objectAt(text: string, from: number): string {
  let end = from;
  const limit = Math.min(text.length, from + MAX_OBJECT + 1);
  while (end < limit && !isClauseBreak(text[end]) && text[end] !== '、') end++;
  if (end === limit && end < text.length && !isClauseBreak(text[end])) return '';
  return text.slice(from, end).replace(/(?:等|名单|行列)$/, '');
}

/**
 * The status the thing counted reached, said right after its noun (which ends at `from`), as the
 * words that go before the noun in its indicator: 进入中国企业500强, 达到消除麻风危害标准,
 * 国家首批减污降碳协同创新试点; '' where the words after the noun say none.
 */
export function statusAfter(text: string, from: number, noun = ''): string {
  const rest = text.slice(from, from + 64);
  const skip = BETWEEN.exec(rest)?.[0].length ?? 0;
  const s = rest.slice(skip);
  const standard = STANDARD.exec(s);
  if (standard) return `达到${standard[1]}`;
  const pilot = PILOT.exec(s);
  if (pilot) return pilot[1];
  // 120余个项目建成投产: the count is of the ones that reached the stage (a project named of its own is named enough:
  // 344项“三年全面提升”项目开工建设)
  const stage = GENERIC_PROJECT.test(noun) ? STAGE_REACHED.exec(s) : null;
  if (stage) return stage[1];
  const verb = STATUS_VERB.exec(s);
  if (!verb) return '';
  const object = objectAt(text, from + skip + verb[0].length);
  return object.length >= 2 ? verb[0] + object : '';
}

/** what people counted did (实现了再就业, 在城镇落户), to the clause end: where, and the verb */
const OUTCOME = /^(?:实现了?|已经?)?(?:在(城镇|城市|本地|当地|省内|县城))?(落户|再就业|转移就业|就业|脱贫|创业)(?=[,;。、]|$)/;

/**
 * What the people counted did, said right after their noun (which ends at `from`), as the words that
 * go after the noun in its indicator: 609万名下岗职工实现了再就业 → 再就业, 近1400万农业转移人口在城镇落户 →
 * 落户城镇; '' where the words after the noun say none.
 */
export function outcomeAfter(text: string, from: number): string {
  const m = OUTCOME.exec(text.slice(from, from + 16));
  // (where they did it goes after the verb, as one names the figure: 落户城镇)
  return m ? m[2] + (m[1] ?? '') : '';
}
