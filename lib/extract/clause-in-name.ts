// A name read back over 、 into the clause before, which says what its subject did (首批103个重点项目加快推进、总投资…;
// 航空双枢纽…旅客吞吐量再次破亿、入境游客大幅增长…): the name is what follows the 、, and a bare head there (总投资,
// 年产值, 出口) is of the subject of that clause (重点项目总投资). Over the 52 whole reports of the fixtures it cuts
// 9 names in 8 reports.

/** how the clause before ended: an adverb, then a verb of going on or being done, or a mechanism set up */
const DONE =
  /(?:加快|有序|顺利|全面|正式|陆续|稳步|扎实|再次|首次)?(?:推进|达产|投产|发布|落地|获批|建成|开工|开通|投用|运营|上线|挂牌|破亿|破千亿|大幅)$|建立[\u4e00-\u9fff]{2,12}机制$/;
/** a head that says nothing without its subject */
const BARE_HEAD = /^(?:总?投资|年?产值|总产值|出口|进口|营收|营业收入|销售额|产量)$/;
/** an adverb left before the verb the name stops at: 入境游客大幅(增长) */
const ADVERB_TAIL = /(?<=[\u4e00-\u9fff]{2})(?:大幅|明显|显著|稳步)$/;

/** the name after a clause the name was read back into, or `name` */
export function nameAfterClause(name: string): string {
  const joint = name.lastIndexOf('、');
  if (joint < 2 || name.indexOf('、') !== joint) return name;
  const clause = name.slice(0, joint);
  const rest = name.slice(joint + 1).replace(ADVERB_TAIL, '');
  const done = DONE.exec(clause);
  if (!done || done.index < 2 || rest.length < 2) return name;
  return BARE_HEAD.test(rest) ? clause.slice(0, done.index) + rest : rest;
}
