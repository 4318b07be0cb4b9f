// A clip: one mention a reader saved, with where it came from and how to find it again.
// The fields of the mention are kept flat (Dexie indexes them); the source is the page and the
// report detection read; the selector anchors it in the page the way annotation tools do (W3C
// Web Annotation text-quote and text-position selectors).
import type * as v from 'valibot';
import type { Mention } from '../model/mention';
import type { DraftSchema } from './schema';
import type { RegionLevel } from '../model/region';
import type { TextQuoteSelector } from '../anchor/selector';

export type { ClipSelector, TextPositionSelector, TextQuoteSelector } from '../anchor/selector';

/** what the content script knows when a reader clips: the mention, its page, the report detection
 * read, the sentence around it and its selectors (the schema checks it where it comes in) */
export type ClipDraft = v.InferOutput<typeof DraftSchema>;

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
  /** what the page last showed in the clip's place, when not the clipped figure (./source.ts) */
  source?: SourceCheck;
  /** the clip the reader replaced this one with when its page changed: kept, out of the comparison */
  replacedBy?: string;
  /** what the engine read, for each field the reader corrected (./edit.ts); null: the engine left it empty */
  engine?: EngineRead;
  /** ms since epoch: the reader's last correction */
  editedAt?: number;
  /** the reader clipped a selection in which the engine read no figure: every field is the reader's */
  manual?: true;
  /** the reader's note, free text */
  note?: string;
  /** the reader's tags */
  tags?: string[];
}

/** the fields a reader may correct on one clip: the mention's */
export const MENTION_EDITS = ['indicator', 'measure', 'value', 'valueMax', 'unit', 'qualifier', 'kind', 'periodFrom', 'period'] as const;
/** the fields a reader corrects for every clip of a page at once: the report's */
export const PAGE_EDITS = ['region', 'regionPath', 'reportYear', 'reportType'] as const;
export type EditableField = (typeof MENTION_EDITS)[number] | (typeof PAGE_EDITS)[number];

/** fields a clip may lack */
export type OptionalField = 'valueMax' | 'periodFrom';

/** values of editable fields; null for an optional field that is empty (no range, no first year) */
export type EngineRead = { [K in EditableField]?: K extends OptionalField ? Exclude<Clip[K], undefined> | null : Clip[K] };

/** a clip whose page no longer says what was clipped: `changed` (another figure in its place) or `lost` */
export interface SourceCheck {
  status: 'changed' | 'lost';
  /** ms since epoch */
  checkedAt: number;
  /** changed: the figure now in the clip's place, as written */
  now?: string;
  /** changed: the reader saw it and kept the clipped figure */
  kept?: boolean;
}

/**
 * What a page's content script is told of its own clips: enough to find them again and tell whether
 * they changed. The figure is the one the page said (the engine's reading, where the reader corrected it).
 */
export type PageClip = Pick<
  Clip,
  'id' | 'text' | 'indicator' | 'selector' | 'measure' | 'value' | 'valueMax' | 'unit' | 'qualifier' | 'source' | 'manual'
> &
  /** a manual clip's kind and year (it has no engine tag to take them from) */
  Partial<Pick<Clip, 'kind' | 'period' | 'periodFrom'>> & {
    /** what the reader set where they corrected the engine's reading (the card shows it) */
    corrected?: EngineRead;
  };

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
  return `c${hashId(`${pageUrl(url)}\u0000${quote.prefix}\u0000${quote.exact}\u0000${quote.suffix}`)}`;
}
