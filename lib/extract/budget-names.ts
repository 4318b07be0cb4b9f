// Names a budget report leaves to the figure before: the other side of the same budget (地方一般公共预算收入5529.1亿元,
// …;支出12732.8亿元 → 地方一般公共预算支出), and revenue told by who collected it (从征收部门来看:税务部门完成13,866万元
// → 税务部门征收收入).

/** the side of a budget a bare side stands against (支出 after …收入), '' for any other name */
const otherSide = (name: string): string => (name === '支出' ? '收入' : name === '收入' ? '支出' : '');
/** a collector of revenue: 税务部门, 财政部门, 海关 */
const COLLECTOR = /^(?:税务|财政|国税|地税|非税收入征管)?(?:部门|机关|局)$|^海关$/;
/** the verb a collector's amount follows: 完成, 征收, 组织 */
const COLLECTED = /(?:完成|征收|组织|入库)$/;
/** how far back a paragraph about revenue is looked for */
const WINDOW = 160;

/** the name of a bare budget figure (`before`: the thing of the figure before, in the sentence), or '' */
export function budgetName(text: string, name: string, at: number, before: string): string {
  const side = otherSide(name);
  if (side && before.length > side.length + 1 && before.endsWith(side)) return before.slice(0, -side.length) + name;
  if (!COLLECTOR.test(name) || !COLLECTED.test(text.slice(Math.max(0, at - 4), at))) return '';
  // (only where the paragraph is about revenue: 从征收部门来看, 一般公共预算收入…)
  const lo = Math.max(0, at - WINDOW);
  const from = lo + text.slice(lo, at + 1).lastIndexOf('\n') + 1;
  return /收入|征收/.test(text.slice(from, at)) ? `${name}征收收入` : '';
}
