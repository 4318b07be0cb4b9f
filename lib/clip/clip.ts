// A clip: one mention a reader saved, with where it came from and how to find it again.
// The fields of the mention are kept flat (Dexie indexes them); the source is the page and the
// report detection read; the selector anchors it in the page the way annotation tools do (W3C
// Web Annotation text-quote and text-position selectors).
import type { Kind, Measure, Mention, Qualifier } from '../model/mention';
import { KINDS, MEASURES, QUALIFIERS } from '../model/mention';
import type { ReportType } from '../detect/metadata';
import type { RegionLevel } from '../model/region';

export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  /** up to 32 characters before and after, for telling repeated quotes apart */
  prefix: string;
  suffix: string;
}

export interface TextPositionSelector {
  type: 'TextPositionSelector';
  /** offsets into the article's flattened text, a hint for when the quote is not unique */
  start: number;
  end: number;
}

export interface ClipSelector {
  quote: TextQuoteSelector;
  position: TextPositionSelector;
}

/** what the content script knows when a reader clips: the mention and its page */
export interface ClipDraft {
  mention: Mention;
  url: string;
  pageTitle: string;
  region: string | null;
  regionPath: string[];
  reportYear: number | null;
  reportType: ReportType | null;
  reportTitle: string | null;
  /** the sentence around the mention */
  sentence: string;
  selector: ClipSelector;
}

/** a clip: the mention's fields (offsets aside: pages change), its source, where to find it again */
export interface Clip extends Omit<Mention, 'start' | 'end'>, Omit<ClipDraft, 'mention' | 'url'> {
  /** derived from url and quote: the same mention clipped twice is one clip */
  id: string;
  /** the indicator as compared: aliases folded (lib/compare) */
  indicatorKey: string;
  /** the page's URL without its fragment */
  url: string;
  regionLevel: RegionLevel | null;
  /** ms since epoch */
  createdAt: number;
}

/** what a page's content script is told of its own clips: enough to find and mark them again */
export type PageClip = Pick<Clip, 'id' | 'text' | 'indicator' | 'selector'>;

/** the page URL a clip belongs to: without the fragment */
export function pageUrl(url: string): string {
  const i = url.indexOf('#');
  return i < 0 ? url : url.slice(0, i);
}

/** 53-bit FNV-1a, base 36: short, stable ids */
export function hashId(s: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
  }
  return ((h2 >>> 0) % 0x200000).toString(36) + (h1 >>> 0).toString(36);
}

/** the id of the clip of a quote on a page: the same mention, clipped twice, gets the same id */
export function clipId(url: string, quote: TextQuoteSelector): string {
  return 'c' + hashId(`${pageUrl(url)}\u0000${quote.prefix}\u0000${quote.exact}\u0000${quote.suffix}`);
}

// ---- validation: messages and imported files are checked field by field -----------------------

export class InvalidClip extends Error {}

const isStr = (v: unknown): v is string => typeof v === 'string';
const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isYear = (v: unknown): v is number | null => v === null || (Number.isInteger(v) && (v as number) > 1900 && (v as number) < 2200);
const isStrOrNull = (v: unknown): v is string | null => v === null || isStr(v);
const MAX_TEXT = 2000;

function need(ok: boolean, what: string): void {
  if (!ok) throw new InvalidClip(what);
}

export function validateSelector(v: unknown): ClipSelector {
  const s = v as ClipSelector;
  need(!!s && typeof s === 'object', 'selector is missing');
  const q = s.quote;
  need(!!q && q.type === 'TextQuoteSelector' && isStr(q.exact) && q.exact.length > 0 && q.exact.length <= MAX_TEXT && isStr(q.prefix) && isStr(q.suffix) && q.prefix.length <= 200 && q.suffix.length <= 200, 'selector.quote is not a text-quote selector');
  const p = s.position;
  need(!!p && p.type === 'TextPositionSelector' && Number.isInteger(p.start) && Number.isInteger(p.end) && p.start >= 0 && p.end >= p.start, 'selector.position is not a text-position selector');
  return { quote: { type: 'TextQuoteSelector', exact: q.exact, prefix: q.prefix, suffix: q.suffix }, position: { type: 'TextPositionSelector', start: p.start, end: p.end } };
}

/** the mention fields of a clip or draft, checked; throws InvalidClip naming the first bad field */
export function validateMentionFields(m: unknown): Omit<Mention, 'start' | 'end'> & Partial<Pick<Mention, 'start' | 'end'>> {
  const x = m as Record<string, unknown>;
  need(!!x && typeof x === 'object', 'mention is missing');
  need(isStr(x.text) && x.text.length > 0 && x.text.length <= MAX_TEXT, 'text must be a non-empty string');
  need(isStr(x.indicator) && x.indicator.length <= MAX_TEXT, 'indicator must be a string');
  need(MEASURES.includes(x.measure as Measure), `measure must be one of ${MEASURES.join(', ')}`);
  need(isNum(x.value), 'value must be a number');
  need(x.valueMax === undefined || x.valueMax === null || isNum(x.valueMax), 'valueMax must be a number');
  need(isStr(x.unit) && x.unit.length <= 40, 'unit must be a string');
  need(QUALIFIERS.includes(x.qualifier as Qualifier), `qualifier must be one of ${QUALIFIERS.join(', ')}`);
  need(KINDS.includes(x.kind as Kind), `kind must be one of ${KINDS.join(', ')}`);
  need(isYear(x.period), 'period must be a year or null');
  const out: Omit<Mention, 'start' | 'end'> & Partial<Pick<Mention, 'start' | 'end'>> = {
    text: x.text as string,
    indicator: x.indicator as string,
    measure: x.measure as Measure,
    value: x.value as number,
    unit: x.unit as string,
    qualifier: x.qualifier as Qualifier,
    kind: x.kind as Kind,
    period: x.period as number | null,
  };
  if (isNum(x.valueMax)) out.valueMax = x.valueMax;
  if (Number.isInteger(x.start) && Number.isInteger(x.end)) {
    out.start = x.start as number;
    out.end = x.end as number;
  }
  return out;
}

const REPORT_TYPES: ReadonlyArray<ReportType | null> = ['work-report', 'statistical-communique', 'budget-report', 'plan-report', null];

export function validateDraft(v: unknown): ClipDraft {
  const d = v as ClipDraft;
  need(!!d && typeof d === 'object', 'clip is not an object');
  const mention = validateMentionFields(d.mention) as Mention;
  need(isStr(d.url) && /^https?:\/\//.test(d.url) && d.url.length <= 4000, 'url must be an http(s) URL');
  need(isStr(d.pageTitle) && d.pageTitle.length <= MAX_TEXT, 'pageTitle must be a string');
  need(isStrOrNull(d.region), 'region must be a string or null');
  need(Array.isArray(d.regionPath) && d.regionPath.every(isStr) && d.regionPath.length <= 8, 'regionPath must be a list of names');
  need(isYear(d.reportYear), 'reportYear must be a year or null');
  need(REPORT_TYPES.includes(d.reportType), 'reportType is not a report type');
  need(isStrOrNull(d.reportTitle), 'reportTitle must be a string or null');
  need(isStr(d.sentence) && d.sentence.length <= MAX_TEXT, 'sentence must be a string');
  return {
    mention,
    url: d.url,
    pageTitle: d.pageTitle,
    region: d.region,
    regionPath: [...d.regionPath],
    reportYear: d.reportYear,
    reportType: d.reportType,
    reportTitle: d.reportTitle,
    sentence: d.sentence,
    selector: validateSelector(d.selector),
  };
}
