// The clips of the page being read: loaded from the background, found again among the page's tags by
// their text-quote selectors (lib/anchor), shown as clipped; and new clips, sent in batches the
// background accepts. A clip the reader asked to see (from the popup) is scrolled to and flashed.
import { MAX_CLIPS_PER_MESSAGE, type PageClip } from '../messages';
import type { Detection } from '../detect/detect';
import { anchor } from '../anchor/quote';
import { clipDraft } from '../clip/draft';
import { pageUrl } from '../clip/clip';
import type { Tagger } from '../page/tagger';
import type { Tag } from '../page/marks';
import { request } from './io';

/** one analysis of the article: the text the offsets of its tags are into, and its tags in text order */
interface Analysis {
  text: string;
  tags: Tag[];
}

export interface ClipsOptions {
  tagger: Tagger;
  /** make a change to the page unseen by the page watcher */
  quietly: (change: () => void) => void;
  /** something about the clips changed that the toolbar shows */
  changed: () => void;
}

export class PageClips {
  private analyses: Analysis[] = [];
  /** clips of this page not yet found in it, and the page (URL without fragment) they are of */
  private unanchored: PageClip[] = [];
  private of = '';
  private focusId: string | null = null;

  constructor(private readonly options: ClipsOptions) {}

  /** the page (URL without fragment) whose clips were last loaded */
  get page(): string {
    return this.of;
  }

  /** tags of a new analysis of the article, to look for clips among */
  addAnalysis(text: string, tags: Tag[]): void {
    if (tags.length) this.analyses.push({ text, tags: [...tags].sort((a, b) => a.mention.start - b.mention.start) });
  }

  /** tags whose text the page took out: no longer places to anchor clips */
  forget(gone: ReadonlySet<Tag>): void {
    this.analyses = this.analyses.map((a) => ({ ...a, tags: a.tags.filter((t) => !gone.has(t)) })).filter((a) => a.tags.length);
  }

  reset(): void {
    this.analyses = [];
  }

  async load(): Promise<void> {
    this.of = pageUrl(location.href);
    try {
      const { clips, focus } = await request({ type: 'clips:page', url: location.href });
      this.unanchored = clips;
      this.focusId = focus;
      this.anchor();
    } catch (e) {
      console.warn('Report Lens: could not read the clips of this page:', (e as Error).message);
    }
  }

  /** find this page's clips among its tags; a clip the reader asked to see is scrolled to */
  anchor(): void {
    if (!this.unanchored.length) return;
    const { tagger } = this.options;
    const left: PageClip[] = [];
    let changed = false;
    for (const clip of this.unanchored) {
      let found: Tag | null = null;
      for (let i = this.analyses.length - 1; i >= 0 && !found; i--) {
        const a = this.analyses[i];
        const at = anchor(a.text, clip.selector);
        if (at) found = tagOverlapping(a.tags, at.start, at.end);
      }
      if (!found) {
        left.push(clip);
        continue;
      }
      if (!found.clipped) {
        tagger.setClipped(found);
        changed = true;
      }
      if (clip.id === this.focusId) {
        this.focusId = null;
        this.reveal(found);
      }
    }
    this.unanchored = left;
    if (changed) this.options.changed();
  }

  private reveal(tag: Tag): void {
    this.options.tagger.ensure(tag);
    const el = tag.marks[0];
    if (!el) return;
    el.scrollIntoView({ block: 'center' });
    this.options.quietly(() => el.setAttribute('data-rl-flash', ''));
    window.setTimeout(() => this.options.quietly(() => el.removeAttribute('data-rl-flash')), 2600);
  }

  /** store clips of these tags (the background keeps one clip per mention); returns how many were new */
  async clip(tags: Tag[], detection: Detection): Promise<number> {
    const page = { url: location.href, title: document.title };
    const drafts = tags.map((t) => clipDraft(t.mention, t.text, detection, page));
    let added = 0;
    for (let i = 0; i < drafts.length; i += MAX_CLIPS_PER_MESSAGE) {
      const r = await request({ type: 'clips:add', clips: drafts.slice(i, i + MAX_CLIPS_PER_MESSAGE) });
      added += r.added;
    }
    return added;
  }
}

/** the tag whose mention overlaps [start, end) most (tags in text order) */
export function tagOverlapping(tags: Tag[], start: number, end: number): Tag | null {
  let lo = 0;
  let hi = tags.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tags[mid].mention.end <= start) lo = mid + 1;
    else hi = mid;
  }
  let best: Tag | null = null;
  let bestOverlap = 0;
  for (let i = lo; i < tags.length && tags[i].mention.start < end; i++) {
    const m = tags[i].mention;
    const overlap = Math.min(end, m.end) - Math.max(start, m.start);
    if (overlap > bestOverlap) {
      bestOverlap = overlap;
      best = tags[i];
    }
  }
  return best;
}
