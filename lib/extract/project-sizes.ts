// What a sum or a size is besides a level: a project's size said before its name is no figure of the
// report's (长达4000公里的西气东输管道, 时速350公里的南珠高铁, 年炼铁和炼钢各300万吨的宝钢二期工程), and a sum
// a plan adds to a standing item is its change (同时增加中央预算内经常性建设投资100亿元).

interface Span {
  start: number;
  end: number;
  unitClass: string;
}

/** the size words before a project's length, speed or yearly capacity */
const SIZE_BEFORE = /(?:长达|全长|总长|绵延|时速|设计时速|年(?:产|炼|处理)[\u4e00-\u9fff]{0,6}?各?)$/;
/** the kinds of projects a size is said of */
const PROJECT_AFTER =
  /^的[\u4e00-\u9fff“”"]{1,12}?(?:工程|管道|管线|铁路|高铁|公路|高速|大桥|桥|隧道|运河|渠|线|电站|机场|港|项目|基地|装置)/;

/** 长达4000公里的西气东输管道: the size of the project named after it */
export function isProjectSize(text: string, q: Span): boolean {
  if (q.unitClass === 'money' || q.unitClass === 'percent') return false;
  return SIZE_BEFORE.test(text.slice(Math.max(0, q.start - 12), q.start)) && PROJECT_AFTER.test(text.slice(q.end, q.end + 16));
}

/** (同时|再)增加 + a standing item of spending, then the sum: a change of the item (not 新增, a new one's level) */
const RAISED = /^(?:同时|还|再|并|另外)?增加(?:中央|地方|财政|预算)[\u4e00-\u9fff]{2,16}(?:投资|支出|资金|投入)$/;

/** 增加中央预算内经常性建设投资100亿元: a sum added to a standing item, right before it */
export function raisedSum(text: string, q: Span, name: string): boolean {
  return q.unitClass === 'money' && RAISED.test(name) && text.slice(q.start - name.length, q.start) === name;
}
