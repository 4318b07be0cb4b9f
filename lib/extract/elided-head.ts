// A count whose noun is left out because the sentence said it just before, its own clause saying only which of them it
// counts, as a relative clause ending in 的: 全年施工的更新改造项目七万四千个，全部建成的三万九千个 → 全部建成的更新改造项目;
// 五年内施工的大中型建设项目，计划在一九八五年底以前全部建成的四百个 → 全部建成的大中型建设项目. The structure:
// [RELATIVE CLAUSE]的 NUMBER CLASSIFIER, then the clause's end; the head is the noun of the count before in the sentence
// (the same unit) or of the name read for this one, past its own 的 (what said which of them it counted before).

/** a plan, an aspect word, a time frame or 其中 opening the relative clause: when, not which (计划在一九八五年底以前) */
const CLAUSE_LEAD = /^(?:其中|计划|预计|已经|已|将|共|有|又)*(?:在[^,;。的]{1,12}?(?:以前|之前|以后|之后|前|后|内))?(?:已经|已|将|共)*/;
/** a relative clause that is only a time or a place of the count (由一九八二年的…, 全省的): no clause of which ones */
const TIME_OR_SCOPE = /(?:年|月|末|初|底|季度|全国|全省|全市|全区|全县)$/;
/** a head that is a noun: no digit, no frame of a span or a base in it (…案件从今年一月到九月) */
const HEAD = /^[\u4e00-\u9fff“”]{2,14}$/;
const HEAD_FRAME = /[从由到至在]/;

const CLAUSE_STOP = /[,;。!?:\n]/;

/**
 * The name of a count of no noun after a relative clause (`name`: as read, `before`: the count before in its sentence),
 * or `name`.
 */
export function elidedHeadName(
  text: string,
  q: { start: number; end: number; unit: string },
  name: string,
  before: { carry: string; q: { unit: string } } | null,
): string {
  if (text[q.start - 1] !== '的' || !CLAUSE_STOP.test(text[q.end] ?? '。')) return name;
  let opens = q.start - 1;
  while (opens > 0 && q.start - opens < 30 && !CLAUSE_STOP.test(text[opens - 1])) opens--;
  const clause = text.slice(opens, q.start - 1).replace(CLAUSE_LEAD, '');
  if (clause.length < 2 || clause.length > 12 || !/^[\u4e00-\u9fff]+$/.test(clause) || TIME_OR_SCOPE.test(clause)) return name;
  const of = before && before.q.unit === q.unit && before.carry ? before.carry : name;
  const head = of.slice(of.lastIndexOf('的') + 1);
  if (!HEAD.test(head) || HEAD_FRAME.test(head) || head.startsWith(clause) || clause.endsWith(head)) return name;
  return `${clause}的${head}`;
}
