// What the views filter clips by, and the test one clip passes. The database (lib/db/queries.ts)
// narrows with an index first and applies this to what it reads.
import type { Clip } from '../clip/clip';
import type { Kind } from '../model/mention';

export interface ClipFilter {
  /** words, all of which must occur in the clip's text, indicator, region, titles, sentence, note or tags */
  q?: string;
  region?: string;
  year?: number;
  kind?: Kind;
  /** an indicator key (lib/compare/indicator-key) */
  indicator?: string;
}

export function isEmptyFilter(f: ClipFilter): boolean {
  return !terms(f.q).length && f.region === undefined && f.year === undefined && f.kind === undefined && f.indicator === undefined;
}

export function terms(q: string | undefined): string[] {
  return (q ?? '').toLowerCase().split(/\s+/).filter(Boolean);
}

type Searchable = Pick<
  Clip,
  | 'text'
  | 'indicator'
  | 'indicatorKey'
  | 'region'
  | 'regionPath'
  | 'pageTitle'
  | 'reportTitle'
  | 'sentence'
  | 'period'
  | 'url'
  | 'note'
  | 'tags'
>;

function haystack(c: Searchable): string {
  return [
    c.indicator,
    c.indicatorKey,
    c.text,
    c.region ?? '',
    c.regionPath.join(' '),
    c.pageTitle,
    c.reportTitle ?? '',
    c.sentence,
    c.period ?? '',
    c.url,
    c.note ?? '',
    c.tags?.join(' ') ?? '',
  ]
    .join('\n')
    .toLowerCase();
}

/** a filter as a predicate; build it once per query */
export function clipMatcher(f: ClipFilter): (c: Clip) => boolean {
  const words = terms(f.q);
  return (c) =>
    (f.region === undefined || c.region === f.region) &&
    (f.year === undefined || c.period === f.year) &&
    (f.kind === undefined || c.kind === f.kind) &&
    (f.indicator === undefined || c.indicatorKey === f.indicator) &&
    (!words.length || ((h) => words.every((w) => h.includes(w)))(haystack(c)));
}
