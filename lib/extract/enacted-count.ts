// A count of what a body made, named by the body and its verbs (国务院制定和颁布了59项行政法规; 经全国人大常委会审议和
// 通过了11项法律): the thing counted is the noun after the count, made by that body — 国务院制定颁布的行政法规.

/** who made it, then the verbs of making (one, or two joined by 和) */
const ENACTED =
  /^经?([\u4e00-\u9fff]{2,10}?)((?:制定|颁布|审议|通过|批准|发布|修订|出台)(?:和?(?:制定|颁布|审议|通过|批准|发布|修订|出台))?)$/;

/** the name of a count `name` said by its maker, with the noun after the count (at `end`), else `name` */
export function enactedCount(text: string, end: number, name: string): string {
  const made = ENACTED.exec(name);
  const noun = made ? /^[\u4e00-\u9fff]{2,8}(?=[,;。、]|$)/.exec(text.slice(end, end + 9))?.[0] : undefined;
  return made && noun && !/^[的和及与或等]/.test(noun) ? `${made[1]}${made[2].replace('和', '')}的${noun}` : name;
}
