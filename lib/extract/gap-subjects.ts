// A gap of a growth rate to a benchmark that is not a place's average, or said with a word between, keeps only the
// comparison as its name (高于GDP, 高于全市经济, 但高于全省, 分别高于国、省 → 高于国, 增速分别比规模以上工业快 → 增速):
// a reader names it by the growth it is the gap of, said before it in the sentence (工业增加值…同比增长5.3%,高于GDP增速
// 1.1个百分点 → 工业增加值增速高于GDP), as rate-gaps.ts and rateGap name the gaps to a place's rate.
import type { Reading } from './respectively';

/** a name that is only the comparison of a rate: 高于GDP, 增速高于全省, 分别低于国 (what it compares with, a group) */
const BARE_GAP = /^(?:增速|增幅)?(?:分别|均)?(?:但|且|并)?(高于|低于|快于|慢于|高出|低出|领先)([\u4e00-\u9fffA-Za-z]{1,10})$/;
/** the same, of a list of benchmarks before it is shared out (分别高于国、省): what follows goes on with the growth */
const COMPARISON_ONLY = /^(?:增速|增幅)?(?:分别|均)?(?:但|且|并)?(?:高于|低于|快于|慢于|高出|低出|领先)[\u4e00-\u9fffA-Za-z、和]{1,12}$/;
/** a rate's gap said with 比 before the benchmark and the direction after it: 增速分别比规模以上工业快(4.6和3.1个百分点) */
const THAN_GAP = /(?:增速|增幅)(?:分别|均)?比([\u4e00-\u9fffA-Za-z]{2,12}?)(快|慢|高|低)[\d.和、个]*$/;
/** the benchmark's own rate word, no part of what it is: (高于GDP)增速, (高于全市经济)增长 */
const BENCHMARK_RATE = /(?:平均)?(?:增速|增幅|增长速度|增长)$/;
/** a group said by its first character in a list of benchmarks: 分别高于国、省 */
const ABBREVIATED_PLACE = /^[国省市]$/;
const SENTENCE_END = /[。!?;;\n]/;

/** whether `name` is only a comparison, with no thing of its own */
export function isComparisonOnly(name: string): boolean {
  return COMPARISON_ONLY.test(name);
}

/** names each bare gap of `readings` by the growth it follows in the sentence */
export function nameBareGaps(text: string, readings: Reading[]): void {
  for (let k = 0; k < readings.length; k++) {
    const r = readings[k];
    if (r.q.unitClass !== 'points') continue;
    const compared = comparison(text, r);
    if (!compared) continue;
    const growth = growthBefore(text, readings, k);
    // (低于全省居民消费价格指数 after 居民消费价格…上涨1.3%: the benchmark is the same thing's elsewhere, said by its place)
    if (growth) r.indicator = `${growth}增速${compared.replace(new RegExp(`^(.{2}全[国省市区县])${escaped(growth)}指数?$`), '$1')}`;
  }
}

/** the verb and benchmark of a bare gap (高于GDP), or null where the name says more than the comparison */
function comparison(text: string, r: Reading): string | null {
  const bare = BARE_GAP.exec(r.indicator);
  if (bare) {
    const bench = bare[2].replace(BENCHMARK_RATE, '');
    if (!bench) return null;
    return `${bare[1]}${ABBREVIATED_PLACE.test(bench) ? `全${bench}` : bench}`;
  }
  if (!/^(?:增速|增幅)$/.test(r.indicator)) return null;
  const than = THAN_GAP.exec(text.slice(Math.max(0, r.q.start - 30), r.q.start));
  return than ? `${than[2]}于${than[1]}` : null;
}

/**
 * The name of the growth a gap is of: the nearest growth before it in the sentence; where the gaps are a list after a
 * list of as many growths (增长10.6%和9.1%,增速分别比…快4.6和3.1个百分点), the growth of the same place in its list.
 */
function growthBefore(text: string, readings: Reading[], k: number): string | null {
  let first = k;
  while (first > 0 && readings[first - 1].q.unitClass === 'points' && !/[,，]/.test(between(text, readings[first - 1], readings[first])))
    first--;
  let g = first - 1;
  while (g >= 0 && readings[g].measure !== 'growth' && !SENTENCE_END.test(between(text, readings[g], readings[k]))) g--;
  if (g < 0 || SENTENCE_END.test(between(text, readings[g], readings[k]))) return null;
  // (the gaps' list as long as the growths' list just before: each gap of its own growth)
  const size = lastOfList(text, readings, first) - first + 1;
  if (size > 1 && g - size + 1 >= 0 && sameList(text, readings, g - size + 1, g))
    return readings[g - size + 1 + (k - first)].indicator || null;
  return readings[g].indicator || null;
}

function escaped(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function between(text: string, a: Reading, b: Reading): string {
  return text.slice(a.q.end, b.q.start);
}

/** the index of the last gap of the list that starts at `first` */
function lastOfList(text: string, readings: Reading[], first: number): number {
  let last = first;
  while (
    last + 1 < readings.length &&
    readings[last + 1].q.unitClass === 'points' &&
    !/[,，]/.test(between(text, readings[last], readings[last + 1]))
  )
    last++;
  return last;
}

/** whether readings `from`…`to` are growths of one list (no comma between them) */
function sameList(text: string, readings: Reading[], from: number, to: number): boolean {
  for (let i = from; i < to; i++)
    if (
      readings[i].measure !== 'growth' ||
      readings[i + 1].measure !== 'growth' ||
      /[,，;。]/.test(between(text, readings[i], readings[i + 1]))
    )
      return false;
  return true;
}
