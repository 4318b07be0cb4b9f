// Clipping the reader's selection: a small button beside it (in our shadow root) or Alt+Shift+C, on
// the reader's own (trusted) events only (Alt+Shift+C on a focused mark, with nothing selected, edits
// its figure before clipping). A selection holding a figure the Lens tagged opens that
// figure's card; any other is read by the engine with its sentence (the background's extract, the
// mention inside the selection picked), drawn as the reader's own (lib/page/reader) and opened in
// the card's edit mode — the reader fills in what the engine could not.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Mention } from '../model/mention';
import { rangesOf, type FlatText } from '../page/flatten';
import { markAround, type Tag } from '../page/marks';
import { articleFlattener, articleHeading } from '../page/read';
import type { ReaderMarks } from '../page/reader';
import type { Tagger } from '../page/tagger';
import type { Overlay } from '../ui/in-page/overlay';
import { flatSpanOf } from '../page/selection';
import { sentenceSpan } from '../text/sentence';
import { tagOverlapping } from './clips';
import { inTurns, request } from './io';

/** a longer selection is not a figure (and the quote of a clip is at most 2000 characters) */
const MAX_SELECTION = 500;

export interface SelectionOptions {
  ctx: ContentScriptContext;
  tagger: Tagger;
  /** the reader's own figures (no marks of theirs in the page) */
  readers: ReaderMarks;
  overlay: Overlay;
  /** whether the page is tagged now */
  active: () => boolean;
  /** the article the page's tags are in */
  article: () => Element | null;
}

export class SelectionClip {
  /** the selection the button is shown for */
  private range: Range | null = null;
  private busy = false;

  /** `open`: the card of a tag in edit mode (`noValue`: the engine read no figure there) */
  constructor(
    private readonly o: SelectionOptions,
    private readonly open: (tag: Tag, noValue: boolean) => void,
  ) {
    const { ctx } = o;
    const passive = { capture: true, passive: true };
    ctx.addEventListener(document, 'mouseup', (e) => this.offer(e), passive);
    ctx.addEventListener(document, 'keyup', (e) => this.offer(e), passive);
    ctx.addEventListener(
      document,
      'selectionchange',
      () => {
        if (this.range && !this.current()) this.hide();
      },
      passive,
    );
    ctx.addEventListener(window, 'scroll', () => this.range && this.show(this.range), passive);
    ctx.addEventListener(document, 'keydown', (e) => this.onShortcut(e), { capture: true });
  }

  /** the reader's selection in the article, if the Lens is on and there is one */
  private current(): Range | null {
    const article = this.o.article();
    const sel = document.getSelection();
    if (!this.o.active() || !article || !sel || sel.isCollapsed || !sel.rangeCount) return null;
    const range = sel.getRangeAt(0);
    if (!range.intersectsNode(article) || range.toString().trim().length > MAX_SELECTION) return null;
    return range.cloneRange();
  }

  /** the reader finished selecting (the pointer up, or a key): offer the button */
  private offer(e: Event): void {
    const host = this.o.overlay.cardHost;
    if (!e.isTrusted || e.target === host || e.target === this.o.overlay.toolbarHost) return;
    // a click's own selection change comes after its mouseup
    window.setTimeout(() => this.show(this.current()), 0);
  }

  private show(range: Range | null): void {
    this.range = range;
    const r = range?.getClientRects();
    const last = r?.[r.length - 1];
    if (!range || !last) {
      this.hide();
      return;
    }
    this.o.overlay.clipSelection({
      at: { left: last.right - 40, top: last.bottom + 6 },
      onClip: (event) => {
        if (event.isTrusted && this.range) void this.clip(this.range);
      },
    });
  }

  private hide(): void {
    this.range = null;
    this.o.overlay.clipSelection(null);
  }

  /** Alt+Shift+C: clip the selection; with none, edit the figure whose mark has the keyboard */
  private onShortcut(e: KeyboardEvent): void {
    if (!e.isTrusted || !e.altKey || !e.shiftKey || e.ctrlKey || e.metaKey || e.code !== 'KeyC' || !this.o.active()) return;
    const range = this.current();
    const focused = document.activeElement;
    const tag = !range && focused ? this.o.tagger.tagOf(focused) : undefined;
    if (!range && !tag) return;
    e.preventDefault();
    if (range) void this.clip(range);
    else if (tag) this.open(tag, false);
  }

  private async clip(range: Range): Promise<void> {
    const article = this.o.article();
    if (this.busy || !article) return;
    this.busy = true;
    this.hide();
    // no mark goes in while the page is read and the engine reads the sentence: a wrap splits the nodes mapped
    this.o.tagger.pause();
    try {
      const flat = await inTurns(articleFlattener(article));
      const span = flatSpanOf(flat, range);
      if (!span) return;
      // the reader's mark says what was selected now: the page's own selection is done with
      document.getSelection()?.removeAllRanges();
      const tagged = this.tagIn(flat, span.start, span.end) ?? this.o.readers.overlapping(range);
      if (tagged) {
        this.open(tagged, false);
        return;
      }
      const { mention, read } = await this.read(flat, span, article);
      // the page itself may have changed meanwhile: its nodes are then not the ones mapped
      if (!this.o.active() || !unchanged(flat, span)) return;
      const tag = this.o.readers.add(flat, mention);
      if (tag) this.open(tag, !read);
    } catch (e) {
      console.warn('Report Lens: could not read the selection:', (e as Error).message);
    } finally {
      this.o.tagger.resume();
      this.busy = false;
    }
  }

  /** the first figure tagged in the flat span, by the Lens or the reader (`last`: the last one) */
  private tagIn(flat: FlatText, start: number, end: number, last = false): Tag | null {
    const ranges = rangesOf(flat, start, end);
    if (last) ranges.reverse();
    for (const r of ranges) {
      const el = markAround(r.node);
      const tag = el && this.o.tagger.tagOf(el);
      if (tag) return tag;
    }
    return null;
  }

  /**
   * The mention of the span (offsets into the flat text): what the engine reads in it with its
   * sentence, or the quote alone. Its kind and year are those of the figure tagged last before it in
   * the paragraph, where there is one: the Lens read that one with the section around it (目标任务),
   * which a sentence read alone lacks.
   */
  private async read(flat: FlatText, span: { start: number; end: number }, article: Element): Promise<{ mention: Mention; read: boolean }> {
    const text = flat.text;
    const before = this.tagIn(flat, text.lastIndexOf('\n\n', span.start) + 1, span.start, true)?.mention;
    const context = before ? { kind: before.kind, period: before.period } : {};
    const s = sentenceSpan(text, span.start, span.end);
    const mentions = await request({
      type: 'extract',
      text: text.slice(s.start, s.end),
      title: document.title,
      heading: articleHeading(article),
    });
    const inside = tagOverlapping(
      mentions.map((m) => ({ mention: m })),
      span.start - s.start,
      span.end - s.start,
    )?.mention;
    const place = { start: span.start, end: span.end };
    // a figure over several years keeps its own span of years
    if (inside) return { mention: { ...inside, ...place, ...(inside.periodFrom === undefined ? context : {}) }, read: true };
    const first = mentions[0];
    const blank: Mention = {
      text: text.slice(span.start, span.end),
      ...place,
      indicator: '',
      measure: 'level',
      value: 0,
      unit: '',
      qualifier: 'exact',
      kind: first?.kind ?? 'actual',
      period: first?.period ?? null,
      ...context,
    };
    return { mention: blank, read: false };
  }
}

/** whether the text nodes of the span are as they were read */
function unchanged(flat: FlatText, span: { start: number; end: number }): boolean {
  return flat.pieces.every(
    (p) => p.start + p.length <= span.start || p.start >= span.end || (p.node.isConnected && p.node.length === p.length),
  );
}
