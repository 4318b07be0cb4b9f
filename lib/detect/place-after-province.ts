// The place a report speaks for, on a page that never names it in full: a report reposted without its title line (it
// opens at 各位代表:) speaks as 全市 and names its city only where it tells the leader's words to its province and to it
// (习近平总书记关于东北、辽宁、大连振兴发展的重要讲话; 习近平总书记再次亲临辽宁考察,殷切嘱托大连要勇当…; 对山东、对青岛工作的重要
// 指示). Read by mostNamed (report-region.ts), which counts a short name once only where it is a province's.
import { divisionPath, shortNames } from '../model/region';

/** how far after its province a place is read as named with it: 辽宁、大连 and 辽宁考察,殷切嘱托大连 */
const WITHIN = 16;
/** the leader whose words or visit the clause tells, a few words before the province; not where he was (习近平总书记在吉林
 * 长春听取…, news of a visit); other places listed (与湖北交界线长、武汉流出人口; 江西省东北部、鄱阳湖东南岸) are not the report's */
const LEADER_BEFORE = /(?:总书记|习近平|习总)[^。\n]{0,12}$/;

let byProvince: Map<string, string> | null = null;

/** each province's names, full and short, to its full name (辽宁 → 辽宁省) */
export function provinceNames(): Map<string, string> {
  if (byProvince) return byProvince;
  byProvince = new Map();
  for (const [short, { name, level }] of shortNames()) {
    if (level !== 'province') continue;
    byProvince.set(short, name);
    byProvince.set(name, name);
  }
  return byProvince;
}

/**
 * The one division of the level the text speaks as (市 for 全市, 县 for 全县) that it names by its short name within a few
 * words after the province that holds it, in a clause of the leader's words; null where none is, or more than one. A short name is
 * also a word (县's 大方, 通道): read only after its province, where a list of places goes from the wide to the near.
 */
export function placeAfterProvince(text: string, level: string, asWords: ReadonlySet<string>): string | null {
  const shorts = shortNames();
  const found = new Set<string>();
  for (const [pname, province] of provinceNames()) {
    for (let at = text.indexOf(pname); at >= 0; at = text.indexOf(pname, at + 1)) {
      const before = text.slice(Math.max(0, at - 24), at);
      if (!LEADER_BEFORE.test(before) || before.endsWith('在')) continue;
      const after = text.slice(at + pname.length, at + pname.length + WITHIN).split(/[。\n]/, 1)[0];
      for (let k = 0; k < after.length - 1; k++) {
        for (const len of [4, 3, 2]) {
          const short = after.slice(k, k + len);
          const hit = shorts.get(short);
          if (!hit || asWords.has(short) || hit.level === 'province' || !hit.name.endsWith(level) || after.startsWith(hit.name, k))
            continue;
          if (divisionPath([hit.name])?.[0] === province) found.add(hit.name);
        }
      }
    }
  }
  return found.size === 1 ? [...found][0] : null;
}
