// A part said under 其中 as a kind of the whole's thing: WHOLE = [ACT] THING [HEAD] + figure, 其中 KIND-OF-THING + figure
// (新增公路通车里程1.2万公里,其中高速公路3358公里 → 新增高速公路通车里程; 铁路营业里程达到12.1万公里,其中高速铁路超过1.9
// 万公里 → 高速铁路营业里程). The part names only the kind; what was done and what is measured are the whole's.

/** what was done to the whole, before its thing: 新增, 建成, 五年建成 */
const ACT_BEFORE = /^(?:[\u4e00-\u9fff]{0,2}?(?:新增|增加|建成|新建|改造|开通|完成))?$/;

/** the head of a rate or a share */
const RATE_HEAD = /(?:率|比重|比例|占比|增速|增幅|指数)$/;

/** the name of a part (`name`, its words since the figure before `context`) of the whole the figure before named
 * (`carry`), where the part is a kind of the whole's thing; `name` otherwise */
export function partAsKind(context: string, name: string, carry: string): string {
  if (!carry || !context.replace(/^[,、;]/, '').startsWith(`其中${name}`)) return name;
  // the longest end of the part's name the whole's name holds (高速公路 → 公路), not the whole of it
  for (let k = name.length - 1; k >= 2; k--) {
    const at = carry.indexOf(name.slice(name.length - k));
    if (at < 0) continue;
    const act = carry.slice(0, at);
    const head = carry.slice(at + k);
    // (赤字率…,其中中央财政赤字5500亿元: a rate or share before is no whole of the part)
    return (act || head) && ACT_BEFORE.test(act) && !RATE_HEAD.test(head) ? act + name + head : name;
  }
  return name;
}
