// The clips of the page being read: loaded from the background, found again among the page's tags by
// their text-quote selectors (lib/anchor), and shown as clipped — or as changed, where the figure now
// in a clip's place is not the one clipped (lib/clip/source), or listed as lost, where the page no
// longer has it; what is found is told to the background, so the dashboard shows it too. A clip of the
// reader's own selection (manual) has no tag to be found among: its quote alone is found and drawn as
// the reader's (lib/page/reader). New clips are sent in batches the background accepts, or made in the
// editor (./editor) with the reader's corrections. A clip the reader asked to see (from the popup) is
// scrolled to and flashed, or said to be lost.
import { MAX_CLIPS_PER_MESSAGE, type PageClip } from '../messages';
import type { Detection } from '../detect/detect';
import { anchor } from '../anchor/quote';
import { clipDraft } from '../clip/draft';
import { pageUrl, type ClipDraft } from '../clip/clip';
import type { Edit } from '../clip/edit';
import { type Found, isNews, sameFigure } from '../clip/source';
import type { Tagger } from '../page/tagger';
import type { Tag } from '../page/marks';
import { FramedEditor, type EditorOptions } from './editor';
import { browser } from 'wxt/browser';
import type { Mention } from '../model/mention';
import { articleFlattener } from '../page/read';
import type { ReaderMarks } from '../page/reader';
import { inTurns, request } from './io';
import { correctedMention } from '../clip/edit';

/** one analysis of the article: the text the offsets of its tags are into, and its tags in text order */
interface Analysis {
  text: string;
  tags: Tag[];
}

export interface ClipsOptions {
  tagger: Tagger;
  /** the reader's own figures (no marks of theirs in the page) */
  readers: ReaderMarks;
  /** the article the tags are in (where the reader's own clips are tagged again) */
  article: () => Element | null;
  /** make a change to the page unseen by the page watcher */
  quietly: (change: () => void) => void;
  /** something about the clips changed that the toolbar shows */
  changed: () => void;
  /** the clip the reader asked to see is not in the page */
  lostFocus: (clip: PageClip) => void;
  /** frame the editor page near a figure (lib/content/editor.ts) */
  mountEditor: EditorOptions['mount'];
  /** flash a clipped tag's figure (where the page cannot see it: lib/page/clip-layer.ts) */
  flash: (tag: Tag) => void;
}

/** a clipped figure the page now says otherwise */
export interface Change {
  clip: PageClip;
  /** the figure now in its place, as written */
  now: string;
  kept: boolean;
}

export class PageClips {
  private analyses: Analysis[] = [];
  /** clips of this page not yet found in it, and the page (URL without fragment) they are of */
  private unanchored: PageClip[] = [];
  private of = '';
  private focusId: string | null = null;
  /** the clip each clipped tag carries */
  private readonly clipOf = new Map<Tag, PageClip>();
  /** whether the page has been read whole once: clips not found since are lost */
  private settled = false;
  private checks: Array<Found & { id: string }> = [];
  /** the reader corrects a figure, or fills one in, before clipping it */
  private readonly editor: FramedEditor;
  /** the reader's own clips are being looked for */
  private readingReaders = false;

  constructor(private readonly options: ClipsOptions) {
    this.editor = new FramedEditor({
      mount: (src, at) => options.mountEditor(src, at),
      pageUrl: () => browser.runtime.getURL('/editor.html'),
    });
  }

  /**
   * The editor on a tag's figure: the reader corrects it, notes it, and clips it there; resolves when
   * they are done. A selection of the reader's is clipped as theirs (manual; `blank`: the engine read
   * no figure in it), and goes when the editor closes with nothing clipped.
   */
  async edit(tag: Tag, detection: Detection, at: { left: number; top: number; bottom: number }, blank: boolean): Promise<void> {
    const draft = clipDraft(tag.mention, tag.text, detection, { url: location.href, title: document.title });
    const made = tag.reader ? { ...draft, manual: true as const } : draft;
    const r = await this.editor.open(made, at, blank);
    if (!r) {
      if (tag.reader && !tag.clipped) this.options.readers.remove(tag);
      return;
    }
    // the figure as the reader set it (the card and the mark's label say it); the page's stays in `mention`
    tag.reading = Object.keys(r.edits).length ? correctedMention(tag.mention, r.edits) : undefined;
    this.clipOf.set(tag, pageClipOf(r.id, made));
    this.options.tagger.setClipped(tag, true);
    this.options.changed();
  }

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
    this.editor.close();
    this.analyses = [];
    this.clipOf.clear();
  }

  /** clips of this page it no longer has (once it has been read whole) */
  lost(): PageClip[] {
    return this.settled ? this.unanchored : [];
  }

  /** the change of a clipped tag's figure, if the page changed it */
  changeOf(tag: Tag): Change | null {
    const clip = this.clipOf.get(tag);
    if (!clip || !tag.changed) return null;
    return { clip, now: tag.mention.text, kept: !!clip.source?.kept };
  }

  async load(): Promise<void> {
    this.of = pageUrl(location.href);
    try {
      const { clips, focus } = await request({ type: 'clips:page', url: location.href });
      this.unanchored = clips;
      this.focusId = focus;
      this.settled = false;
      this.anchor();
      await this.anchorReaders();
      this.settle();
    } catch (e) {
      console.warn('Report Lens: could not read the clips of this page:', (e as Error).message);
    }
  }

  /** find this page's clips among its tags; a clip the reader asked to see is scrolled to */
  anchor(): void {
    this.anchorBy((clip) => (clip.manual ? null : this.tagOf(clip)));
    // the reader's own clips too, on a page read whole (the first time, load() waits for them)
    if (this.settled) void this.anchorReaders();
  }

  /**
   * The reader's own clips: their quotes found in the article as it stands now (read in slices, no
   * mark going in meanwhile: a wrap splits the nodes the reading maps to) and drawn as theirs.
   */
  private async anchorReaders(): Promise<void> {
    const article = this.options.article();
    if (this.readingReaders || !article || !this.unanchored.some((c) => c.manual)) return;
    const { tagger } = this.options;
    this.readingReaders = true;
    tagger.pause();
    try {
      const flat = await inTurns(articleFlattener(article));
      const quoted = this.unanchored.flatMap((clip) => {
        const at = clip.manual ? anchor(flat.text, clip.selector) : null;
        return at ? [{ clip, mention: readerMention(clip, at) }] : [];
      });
      const found = new Map(quoted.map((q) => [q.clip, this.options.readers.add(flat, q.mention)]));
      this.anchorBy((clip) => found.get(clip) ?? null);
    } finally {
      tagger.resume();
      this.readingReaders = false;
    }
  }

  /** anchor the clips `find` finds a tag of */
  private anchorBy(find: (clip: PageClip) => Tag | null): void {
    if (!this.unanchored.length) return;
    const { tagger } = this.options;
    const left: PageClip[] = [];
    const before = this.unanchored.length;
    let changed = false;
    for (const clip of this.unanchored) {
      const found = find(clip);
      if (!found) {
        left.push(clip);
        continue;
      }
      // the reader's own figure is theirs: there is no reading of the page to compare it with
      const same = clip.manual || sameFigure(clip, found.mention);
      if (clip.corrected) found.reading = correctedMention(found.mention, clip.corrected);
      if (!found.clipped || !!found.changed === same) {
        tagger.setClipped(found, same || 'changed');
        changed = true;
      }
      this.clipOf.set(found, clip);
      this.report(clip, same ? { status: 'found' } : { status: 'changed', now: found.mention.text });
      if (clip.id === this.focusId) {
        this.focusId = null;
        this.reveal(found);
      }
    }
    this.unanchored = left;
    if (changed || (this.settled && left.length !== before)) this.options.changed();
    this.sendChecks();
  }

  /** the tag a clip was made of, found by its quote among the tags of the analyses, latest first */
  private tagOf(clip: PageClip): Tag | null {
    for (let i = this.analyses.length - 1; i >= 0; i--) {
      const a = this.analyses[i];
      const at = anchor(a.text, clip.selector);
      const found = at && tagOverlapping(a.tags, at.start, at.end);
      if (found) return found;
    }
    return null;
  }

  /** the page has been read whole: what is not found in it is lost (until a later reading finds it) */
  private settle(): void {
    this.settled = true;
    for (const clip of this.unanchored) this.report(clip, { status: 'lost' });
    const focus = this.unanchored.find((c) => c.id === this.focusId);
    if (focus) {
      this.focusId = null;
      this.options.lostFocus(focus);
    }
    if (this.unanchored.length) this.options.changed();
    this.sendChecks();
  }

  /** note what was found of a clip where the database holds otherwise; the page's copy follows */
  private report(clip: PageClip, found: Found): void {
    if (!isNews(clip, found)) return;
    this.checks.push({ id: clip.id, ...found });
    if (found.status === 'found') delete clip.source;
    else clip.source = { status: found.status, checkedAt: Date.now(), ...(found.status === 'changed' ? { now: found.now } : {}) };
  }

  private sendChecks(): void {
    if (!this.checks.length) return;
    const checks = this.checks.splice(0, MAX_CLIPS_PER_MESSAGE);
    request({ type: 'clips:check', checks }).catch((e) =>
      console.warn('Report Lens: could not note the state of clips:', (e as Error).message),
    );
    this.sendChecks();
  }

  /** the reader replaces a changed clip by one of the figure now in its place */
  async replace(tag: Tag, detection: Detection): Promise<void> {
    const clip = this.clipOf.get(tag);
    if (!clip) return;
    const draft = clipDraft(tag.mention, tag.text, detection, { url: location.href, title: document.title });
    const { id } = await request({ type: 'clips:replace', id: clip.id, clip: draft });
    this.clipOf.set(tag, pageClipOf(id, draft));
    // the new clip is of the figure now there, as the engine reads it
    tag.reading = undefined;
    this.options.tagger.setClipped(tag, true);
    this.options.changed();
  }

  /** the reader keeps a changed clip as it was */
  async keep(tag: Tag): Promise<void> {
    const clip = this.clipOf.get(tag);
    if (!clip?.source) return;
    await request({ type: 'clips:keep', id: clip.id });
    clip.source = { ...clip.source, kept: true };
  }

  private reveal(tag: Tag): void {
    this.options.tagger.ensure(tag);
    const el = tag.marks[0] ?? tag.range?.startContainer.parentElement;
    if (!el) return;
    el.scrollIntoView({ block: 'center' });
    this.options.flash(tag);
  }

  /**
   * Store clips of these tags (the background keeps one clip per mention), with the reader's
   * corrections (`edits`, from the card of one tag); a tag of the reader's own is a manual clip.
   */
  async clip(tags: Tag[], detection: Detection, edits?: Edit): Promise<{ added: number; fresh: Tag[] }> {
    const page = { url: location.href, title: document.title };
    const drafts: ClipDraft[] = tags.map((t) => ({
      ...clipDraft(t.mention, t.text, detection, page),
      ...(t.reader ? { manual: true as const } : {}),
      ...(edits && Object.keys(edits).length ? { edits: edits as ClipDraft['edits'] } : {}),
    }));
    const fresh: Tag[] = [];
    for (let i = 0; i < drafts.length; i += MAX_CLIPS_PER_MESSAGE) {
      const r = await request({ type: 'clips:add', clips: drafts.slice(i, i + MAX_CLIPS_PER_MESSAGE) });
      const added = new Set(r.fresh);
      r.ids.forEach((id, j) => {
        const tag = tags[i + j];
        this.clipOf.set(tag, pageClipOf(id, drafts[i + j]));
        if (added.has(id)) fresh.push(tag);
      });
    }
    return { added: fresh.length, fresh };
  }

  /** take the clips of these tags back (un-clipping, or undoing "clip all targets") */
  async unclip(tags: Tag[]): Promise<void> {
    const ids = tags.map((t) => this.clipOf.get(t)?.id).filter((id): id is string => !!id);
    for (let i = 0; i < ids.length; i += MAX_CLIPS_PER_MESSAGE)
      await request({ type: 'clips:remove', ids: ids.slice(i, i + MAX_CLIPS_PER_MESSAGE) });
    for (const t of tags) {
      this.clipOf.delete(t);
      this.options.tagger.setClipped(t, false);
    }
    this.options.changed();
  }
}

/** what the page knows of a clip it just made (as the background would tell it on a revisit) */
function pageClipOf(id: string, d: ClipDraft): PageClip {
  const m = d.mention;
  return {
    id,
    text: m.text,
    indicator: m.indicator,
    selector: d.selector,
    measure: m.measure,
    value: m.value,
    valueMax: m.valueMax,
    unit: m.unit,
    qualifier: m.qualifier,
    ...(d.manual ? { manual: true as const } : {}),
  };
}

/** the mention of a clip of the reader's own, where its quote now is */
function readerMention(clip: PageClip, at: { start: number; end: number }): Mention {
  const { id, selector, source, manual, ...figure } = clip;
  return { kind: 'actual', period: null, ...figure, start: at.start, end: at.end };
}

/** the tag (or any holder of a mention) whose mention overlaps [start, end) most (in text order) */
export function tagOverlapping<T extends { mention: { start: number; end: number } }>(tags: T[], start: number, end: number): T | null {
  let lo = 0;
  let hi = tags.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tags[mid].mention.end <= start) lo = mid + 1;
    else hi = mid;
  }
  let best: T | null = null;
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
