// An action said once before a list of what it made or shut, lost from each item after the first: 新增发电装机容量
// 1950万千瓦,采煤能力8000万吨,原油开采能力5000万吨 (新增采煤能力, 新增原油开采能力); 建成投产大中型项目57个,限额以上
// 重点技术改造项目25个; 关停小火电2157万千瓦、小煤矿1.12万处 (关停小煤矿); and the new capacities a heading before a
// colon names once (新增加的重要生产能力有:发电装机容量902万千瓦,原煤开采2495万吨 → 新增原煤开采能力).
import { sentenceStart } from '../text/sentence';

/** an action that opens the name of the figure before and goes on over the list: what was added, built or shut */
const NEW_ACTION = /^(?:新增|建成投产|新建)(?![和、及与或改扩])/;
const SHUT_ACTION = /^(?:关停|淘汰落后|淘汰|关闭|取缔)(?![和、及与或])/;
/** what such a list adds over commas: capacities, lines and projects (not 粮食产量, 带动就业, 棚户区改造住房) */
const ADDED_HEAD = /(?:能力|容量|里程|项目|工程|公路|铁路|复线|泊位|航道|管道)$/;
/** a heading that names what the list after it added: 新增加的重要生产能力有:, 新增主要生产能力:, 新增加的主要生产能力有(煤炭…),
 * an aside before its verb (新增生产能力举其重要的来说,有:) */
const NEW_CAPACITY_HEADING = /新增(?:加)?的?(?:主要|重要)?(?:生产)?能力(?:[^,;。:]{1,12},)?(?:有:?|是:?|为:?|:)/;
/** an item that is a work's reach, a line or a capacity already (发电装机容量, 铁路复线里程, 公路), not a product (乙烯, 水泥) */
const CAPACITY_ITEM = /(?:能力|容量|里程|泊位|公路|铁路|复线|航道|管道|线路)$/;
/** an item that names what was done to it (铁路交付营业里程): it keeps its own verb and no 新增 */
const DONE_INSIDE = /(?:交付|通车|投产|建成)/;
/** an item of such a list named by the work alone (原煤开采, 洗煤): the capacity of that work */
const WORK_ONLY = /(?:开采|采煤|洗煤|选煤|炼钢|炼铁|炼油|发电|加工|冶炼)$/;
/** the words of an item that names its own action or verb (新改建…, 建设…, …达到), which then keeps its own */
const OWN_ACTION = /^(?:新|改|扩|建|关|淘|取|完成|实现|开工|竣工|投产|累计|总)/;

/**
 * The name of a figure (`indicator`, read from `context`, its figure at `start`) in a list whose first item's action
 * (`before`: the name of the figure before, which ends at `after`) it leaves unsaid; `indicator` where it names its
 * own. Over a comma only an item that names what such lists add, of the same class of unit, whose words are its name
 * and nothing else (past one item whose figure was not read: 采煤能力八千万砘, a misprint of 吨).
 */
export function actionOverList(
  text: string,
  start: number,
  after: number,
  context: string,
  indicator: string,
  unitClass: string,
  before: { carry: string; unitClass: string } | null,
): string {
  const name = context.replace(/^、/, '');
  if (name !== indicator || indicator.length < 2 || OWN_ACTION.test(indicator) || indicator.includes('新增')) return indicator;
  const heading = headingOfList(text, start);
  // (乙烯60万吨 in such a list: the capacity to make it, 新增乙烯生产能力)
  if (heading)
    return DONE_INSIDE.test(indicator)
      ? indicator
      : `新增${indicator}${WORK_ONLY.test(indicator) ? '能力' : CAPACITY_ITEM.test(indicator) ? '' : '生产能力'}`;
  if (!before) return indicator;
  const between = text.slice(after, start - context.length);
  // (a new thing's action over 、 is carried where the list is read: lib/extract/index.ts)
  const overComma = /^,(?:[^,;。:]{1,14},)?$/.test(between) && unitClass === before.unitClass && ADDED_HEAD.test(indicator);
  const action =
    (between === '' && context.startsWith('、') ? SHUT_ACTION.exec(before.carry)?.[0] : undefined) ??
    (overComma ? NEW_ACTION.exec(before.carry)?.[0] : undefined);
  if (!action) return indicator;
  // (淘汰落后炼铁产能…、落后炼钢产能…: the item says the action's adverb already)
  return action.endsWith('落后') && indicator.startsWith('落后') ? action.slice(0, -2) + indicator : action + indicator;
}

/** a product of one character at `start` (钢四十二万七千吨, as name-mend.ts reads it) in a list a heading of new capacities
 * opens: the new capacity to make it (新增钢生产能力); else the product */
export function productCapacity(text: string, start: number, product: string): string {
  return text[start - 1] === product && headingOfList(text, start) ? `新增${product}生产能力` : product;
}

const SENTENCE_STOP = /[。;!?\n]/;

/** the heading of the list `start` is in, said earlier in its sentence */
function headingOfList(text: string, start: number): boolean {
  return NEW_CAPACITY_HEADING.test(text.slice(sentenceStart(text, start, 200, SENTENCE_STOP), start));
}
