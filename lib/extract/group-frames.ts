// Counts that name the group something is ranked in, taken from or one of, not a figure of the report:
// 居全省山区五市30个县(市、区)第三位, 41个大类行业中有37个, 自治区推出的30个典型旗县区之一.

const MAX_GROUP = 16;
/** the group's noun phrase ends at a clause break or a list's 、 (one inside brackets stays: 县(市、区)) */
const BREAK = /[,，;；。:：!?！？\n、]/;

/** the noun phrase after a count, up to where its clause or list item ends */
function groupAfter(text: string, end: number): string {
  let depth = 0;
  let i = end;
  for (; i < Math.min(text.length, end + MAX_GROUP); i++) {
    const c = text[i];
    if (c === '(' || c === '（') depth++;
    else if ((c === ')' || c === '）') && depth > 0) depth--;
    else if (depth === 0 && BREAK.test(c)) break;
  }
  return text.slice(end, i);
}

/** the group closes on 之一: one of them */
const ONE_OF = /之一/;
/** …on 中 (not 集中, 其中, 高中) with a part of it after: 中有37个, 中,7个行业, 中继续排名第 */
const AMONG =
  /(?<![集其高空当])中[,，]?(?:继续|仍|再次|首次|均)?(?:有|只有|仅有|共有|排名|排在|排第|居第|位居|位列|名列|列第|第[0-9一二三四五六七八九十]|[0-9一二三四五六七八九十两])/;
/** …or on a rank in it, right after the group's noun, after a verb of ranking before the count: 居…30个县(市、区)第三位 */
const RANK_AFTER = /^[^第居排列位]{0,14}?(?:中)?第[0-9一二三四五六七八九十]+/;
const RANK_BEFORE = /(?:居|排|排名|排在|位居|位列|名列|列)[^,，;；。:：!?！？\n、]{0,12}$/;

/** the count at `start`–`end` names the group a rank, a part or a member is taken from */
export function groupFrameCount(text: string, start: number, end: number): boolean {
  const group = groupAfter(text, end);
  if (ONE_OF.test(group) || AMONG.test(text.slice(end, end + group.length + 3))) return true;
  return RANK_AFTER.test(group) && RANK_BEFORE.test(text.slice(Math.max(0, start - 20), start));
}
