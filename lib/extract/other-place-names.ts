// A figure of another place than the page's own, as digests of many places give them (驻马店2023年GDP增速目标为7%左右
// on a 郑州 page; 海南今年目标为8%; 湖北的目标由去年的7.5%左右上调为10%以上). A mention has no region of its own: the
// page's region is the clip's. So the place stays in the name (驻马店GDP, as the gold sets name them: 天津GDP), or the
// figure would stand in the page's region's cell. The rules that read a name leave out a place that is its clause's
// subject (place-subject.ts) or that is all a growth target's name holds (growth-target-passages.ts); this puts it back
// where it is not the page's region. A part of the region (a province's city) is another place too: its figure is not
// the region's. Where the page's region is unknown, nothing is put back (the place may be the page's own).
import type { ReportMeta } from '../detect/metadata';
import { knownNameAt, mayOpenKnownName } from '../model/region';
import type { Reading } from './respectively';

/** the words that open a clause before its subject: 其中, 而, 如 */
const OPENER = /^(?:其中|而且|而|但|另外|此外|同时|例如|比如|如)?/;
/** what follows a place that opens its clause as its subject, not a longer name it begins (上海证券交易所) */
const AFTER_PLACE =
  /^(?:的|将|要|则|也|更|是|为|今年|去年|明年|全年|(?:19|20)\d\d年|目标|设定|提出|明确|力争|GDP|经济(?![体圈带区])|地区生产总值|生产总值)/;
/** a name left from a clause that does not begin with its noun (市也将2023年GDP: the rest of 许昌等市) */
const NOT_A_NAME_START = /^[市省区县等也则将]/;

/** 全州, 全县: the whole of the page's division, not the county 全州 */
const WHOLE = /^全[省市州县区盟旗]/;

/** the known place at the start of `s`, the longest, or '' */
function placeAt(s: string): string {
  return WHOLE.test(s) ? '' : knownNameAt(s);
}

/** the places that open the clause from `start` to `at` as its subject (驻马店; 濮阳、漯河、三门峡、信阳), or none */
function subjectOf(clause: string): { places: string[]; written: string } {
  let i = OPENER.exec(clause)?.[0].length ?? 0;
  const from = i;
  const places: string[] = [];
  for (;;) {
    const p = placeAt(clause.slice(i));
    if (!p) break;
    places.push(p);
    i += p.length;
    if (!/^[、和]/.test(clause.slice(i)) || !placeAt(clause.slice(i + 1))) break;
    i++;
  }
  if (!places.length || !AFTER_PLACE.test(clause.slice(i))) return { places: [], written: '' };
  return { places, written: clause.slice(from, i) };
}

/** whether the character code `c` ends a clause: , ; 。 : ! ? or a line's end */
function endsClause(c: number): boolean {
  return c === 44 || c === 59 || c === 0x3002 || c === 58 || c === 33 || c === 63 || c === 10;
}
/** how many clauses back a sentence's subject is looked for (人均GDP達到24392元,增長16.16%: the county two before) */
const CLAUSES_BACK = 3;
const NONE = { places: [] as string[], written: '' };
type Subject = typeof NONE & { opensWithPlace: boolean };
const NO_SUBJECT: Subject = { ...NONE, opensWithPlace: false };
/** OPENER read at a position of the whole text */
const OPENER_AT = new RegExp(OPENER.source.slice(1), 'y');
const OPENER_FIRST = new Set([...'其而但另此同例比如'].map((c) => c.charCodeAt(0)));

/** The subjects of a text's clauses, each read once: the places that are the subject of the clause a position is in, or
 * of one of the few clauses of its sentence before it where it names none (天津去年的目标为11%,今年则调整为9%左右:
 * 天津's both) */
class ClauseSubjects {
  private readonly read = new Map<number, Subject>();
  constructor(private readonly text: string) {}

  /** where the clause that ends at `end` starts */
  private startOf(end: number): number {
    let start = end;
    while (start > 0 && !endsClause(this.text.charCodeAt(start - 1))) start--;
    return start;
  }

  /** the clause from `start` to `end` read: its subject, and whether it opens with a place of its own (not as the subject) */
  private subjectFrom(start: number, end: number): Subject {
    // (most clauses open with no place: told without a string made)
    let from = 0;
    if (OPENER_FIRST.has(this.text.charCodeAt(start))) {
      OPENER_AT.lastIndex = start;
      from = OPENER_AT.exec(this.text)?.[0].length ?? 0;
    }
    if (start + from + 2 > end || !mayOpenKnownName(this.text, start + from)) return NO_SUBJECT;
    const clause = this.text.slice(start, end);
    return { ...subjectOf(clause), opensWithPlace: placeAt(clause.slice(from)) !== '' };
  }

  at(at: number): { places: string[]; written: string } {
    // (the figure's own clause is read up to the figure; a clause that opens with a place of its own, not as the
    // subject, ends the look back: 孝感、黄冈继荆州后…)
    let start = this.startOf(at);
    const own = this.subjectFrom(start, at);
    if (own.places.length || own.opensWithPlace) return own;
    for (let back = 1; back <= CLAUSES_BACK && start > 0 && this.text.charCodeAt(start - 1) === 44; back++) {
      const end = start - 1;
      start = this.startOf(end);
      let before = this.read.get(start);
      if (!before) this.read.set(start, (before = this.subjectFrom(start, end)));
      if (before.places.length) return before;
      if (before.opensWithPlace) return NONE;
    }
    return NONE;
  }
}

/** whether `place` names the page's region (郑州 or 郑州市 on a 郑州市 page) */
function isRegion(place: string, region: string): boolean {
  return region.startsWith(place) || place.startsWith(region);
}

/** readings whose name lost the place its clause opens with, where that place is not the page's region: the place put back */
export function otherPlaceNames(text: string, out: Reading[], meta: ReportMeta): Reading[] {
  const region = meta.region;
  if (!region) return out;
  const subjects = new ClauseSubjects(text);
  for (const r of out) {
    if (!r.indicator || NOT_A_NAME_START.test(r.indicator)) continue;
    const { places, written } = subjects.at(r.q.start);
    // (a name that opens with a place has its own: 庆阳经济总量)
    if (!places.length || placeAt(r.indicator) || places.some((p) => r.indicator.includes(p) || isRegion(p, region))) continue;
    r.indicator = written + r.indicator.replace(/^的/, '');
  }
  return out;
}
