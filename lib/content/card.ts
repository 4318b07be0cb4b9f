// The hover card of a mark: opened by the pointer resting on a mark, by focus (Tab) or a click (touch
// screens have no hover); closed when the pointer has left both mark and card, by Escape, or when the
// mark goes. Enter or Space on a focused mark clips it. Only the reader's own (trusted) events act, and
// only on marks the Tagger made: a page's look-alike element opens nothing. Edit (its button, Alt+Shift+C
// on a focused mark, or a selection the reader clips: ./selection) opens the editor beside the figure
// (./editor), where the reader corrects the fields before clipping; a selection not clipped goes when
// the editor closes.
import type { ClipState } from '../ui/in-page/Card';
import { editBetween, type Edit } from '../clip/edit';
import { markAround, type Tag } from '../page/marks';
import type { Change } from './clips';
import { SelectionClip, type SelectionOptions } from './selection';
import { say } from '../words';

/** a card opens when the pointer rests on a mark, and closes when it has left both */
const HOVER_OPEN_MS = 120;
const HOVER_CLOSE_MS = 300;

export interface CardOptions extends SelectionOptions {
  /** the report in one line, for the card's head */
  report: () => string;
  /** store a clip of the tag, with the reader's corrections; throws when it could not */
  clip: (tag: Tag, edit?: Edit) => Promise<void>;
  /** take the tag's clip back */
  unclip: (tag: Tag) => Promise<void>;
  /** how the page changed a clipped figure, if it did */
  changeOf: (tag: Tag) => Change | null;
  /** the reader's answer to a change: replace the clip by the figure now there, or keep it */
  replace: (tag: Tag) => Promise<void>;
  keep: (tag: Tag) => Promise<void>;
  /** open the editor on the tag's figure, near `at` (`blank`: the engine read no figure there: the reader types it) */
  edit: (tag: Tag, at: { left: number; top: number; bottom: number }, blank: boolean) => Promise<void>;
}

interface Open {
  tag: Tag;
  /** the mark with the keyboard (the first of its tag); none for the reader's own figure, which has no mark */
  el: HTMLElement | null;
  clip: ClipState;
  error: string | null;
  byFocus: boolean;
  /** where Escape gives the keyboard back to when there is no mark to give it to */
  back?: () => void;
}

export class HoverCard {
  private card: Open | null = null;
  private openTimer = 0;
  private closeTimer = 0;
  private pointerInCard = false;
  /** Escape is giving the keyboard back to the mark: its focus opens no card */
  private refocusing = false;
  /** the reader's own figure the toolbar went to last */
  private lastOwn: Tag | null = null;
  /** tags with a clip, unclip or answer on its way to the database */
  private readonly acting = new Set<Tag>();

  constructor(private readonly o: CardOptions) {
    new SelectionClip(o, (tag, noValue) => this.edit(tag, noValue));
    const capture = { capture: true, passive: true };
    const { ctx } = o;
    ctx.addEventListener(document, 'mouseover', (e) => this.onOver(e), capture);
    ctx.addEventListener(document, 'mouseout', (e) => this.onOut(e), capture);
    ctx.addEventListener(document, 'focusin', (e) => this.onFocusIn(e), capture);
    ctx.addEventListener(document, 'focusout', (e) => this.onFocusOut(e), capture);
    ctx.addEventListener(document, 'click', (e) => this.onClick(e), capture);
    ctx.addEventListener(document, 'mousemove', (e) => this.onMove(e), capture);
    ctx.addEventListener(document, 'keydown', (e) => this.onKey(e), { capture: true });
    ctx.addEventListener(window, 'scroll', () => this.render(), capture);
    ctx.addEventListener(window, 'resize', () => this.render(), capture);
    const host = o.overlay.cardHost;
    host.addEventListener('pointerenter', () => {
      this.pointerInCard = true;
      window.clearTimeout(this.closeTimer);
    });
    host.addEventListener('pointerleave', () => {
      this.pointerInCard = false;
      if (this.card && !this.card.byFocus) this.scheduleClose();
    });
  }

  /** clip the tag with the reader's corrections (by default those it was last clipped with), the card (when open on it) saying how that goes */
  async clip(tag: Tag, edit: Edit | undefined = tag.reading && editBetween(tag.mention, tag.reading)): Promise<void> {
    if (this.card?.tag === tag) {
      this.card.clip = 'saving';
      this.render();
    }
    await this.run(tag, () => this.o.clip(tag, edit), 'clipped', 'clipFailed');
  }

  /**
   * Open the editor on the tag's figure (`blank`: the engine read none there, the reader fills it in);
   * a clip already made is corrected in the dashboard: its card opens as it is.
   */
  edit(tag: Tag, blank = false): void {
    const el = (tag.marks[0] ?? null) as HTMLElement | null;
    const r = firstBox(tag, el);
    if (!r) return;
    if (tag.clipped) {
      this.open(tag, el, true);
      return;
    }
    this.close(false);
    const at = { left: r.left, top: r.top, bottom: r.bottom };
    void this.run(
      tag,
      async () => {
        await this.o.edit(tag, at, blank);
        // the keyboard was in the editor: it goes back to the figure (whose card stays closed)
        if (document.activeElement === document.body && el?.isConnected) this.giveBack(el);
      },
      null,
      'clipFailed',
    );
  }

  /**
   * The toolbar's way to the reader's own figures, which are no tab stops (they have no mark): the
   * next one scrolled to, its card open with the keyboard in it; Escape goes back to the toolbar.
   */
  nextOwn(): void {
    const tag = this.o.readers.nextClipped(this.lastOwn);
    if (!tag) return;
    this.lastOwn = tag;
    tag.range!.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    this.open(tag, null, true);
    if (!this.card) return;
    this.card.back = () => this.o.overlay.focusToolbar('next-own');
    this.o.overlay.focusCard();
  }

  private giveBack(el: HTMLElement): void {
    this.refocusing = true;
    el.focus({ preventScroll: true });
    this.refocusing = false;
  }

  /** a selection of the reader's that is not (or no longer) clipped goes with its card; not while it is being clipped or unclipped */
  private drop(tag: Tag): void {
    if (tag.reader && !tag.clipped && !this.acting.has(tag)) this.o.readers.remove(tag);
  }

  /** take the tag's clip back; the card offers to undo that */
  private unclip(tag: Tag): Promise<void> {
    return this.run(tag, () => this.o.unclip(tag), 'unclipped', 'saveFailed');
  }

  /** the reader's answer to a changed figure; the card shows the outcome */
  private answer(tag: Tag, answer: 'replace' | 'keep'): Promise<void> {
    return this.run(tag, () => (answer === 'replace' ? this.o.replace(tag) : this.o.keep(tag)), null, 'saveFailed');
  }

  /** an action on the tag's clip; the card, if still open on it, says how it went (`done`: its state after) */
  private async run(tag: Tag, act: () => Promise<void>, done: ClipState | null, failed: 'clipFailed' | 'saveFailed'): Promise<void> {
    this.acting.add(tag);
    try {
      await act();
      if (done && this.card?.tag === tag) this.card.clip = done;
    } catch (e) {
      if (this.card?.tag === tag) {
        this.card.clip = 'error';
        this.card.error = say(failed, { why: (e as Error).message });
      }
    } finally {
      this.acting.delete(tag);
    }
    // the card was closed while the database answered: what its closing would have dropped goes now
    if (this.card?.tag !== tag) this.drop(tag);
    this.render();
  }

  /** show again what changed under the open card (its tag clipped, or unclipped, by "clip all targets" or its undo) */
  refresh(): void {
    if (!this.card) return;
    if (this.card.tag.clipped) this.card.clip = 'clipped';
    else if (this.card.clip === 'clipped') this.card.clip = 'idle';
    this.render();
  }

  /** close the card when its tag is one of these */
  closeIfAmong(tags: ReadonlySet<Tag>): void {
    if (this.card && tags.has(this.card.tag)) this.close();
  }

  /** `drop`: a selection of the reader's not clipped goes with the card (not when the editor takes it over) */
  close(drop = true): void {
    const tag = this.card?.tag;
    window.clearTimeout(this.openTimer);
    window.clearTimeout(this.closeTimer);
    this.card = null;
    this.pointerInCard = false;
    this.o.overlay.card(null);
    if (tag && drop) this.drop(tag);
  }

  teardown(): void {
    window.clearTimeout(this.openTimer);
    window.clearTimeout(this.closeTimer);
  }

  /** our mark (and its tag) an event happened on; a page's look-alike element is not ours */
  private markOf(target: EventTarget | null): { el: HTMLElement; tag: Tag } | null {
    if (!this.o.active() || !target || (target as Node).nodeType !== 1) return null;
    const el = markAround(target as Node) as HTMLElement | null;
    const tag = el ? this.o.tagger.tagOf(el) : undefined;
    return el && tag ? { el: (tag.marks[0] ?? el) as HTMLElement, tag } : null;
  }

  private onOver(e: MouseEvent): void {
    const hit = this.markOf(e.target);
    if (!hit) return;
    window.clearTimeout(this.closeTimer);
    if (this.card?.tag === hit.tag) return;
    window.clearTimeout(this.openTimer);
    this.openTimer = window.setTimeout(() => this.open(hit.tag, hit.el, false), HOVER_OPEN_MS);
  }

  private onOut(e: MouseEvent): void {
    const hit = this.markOf(e.target);
    if (!hit) return;
    const to = this.markOf(e.relatedTarget);
    if (to?.tag === hit.tag) return;
    window.clearTimeout(this.openTimer);
    if (this.card && !this.card.byFocus) this.scheduleClose();
  }

  private onFocusIn(e: FocusEvent): void {
    const hit = this.markOf(e.target);
    if (!hit) return;
    this.o.tagger.setFocused(hit.tag, true);
    // a screen reader hears that the figure is clipped from our own layer: the mark's label does not say it
    this.o.overlay.clipLayer.announce(hit.tag, say(hit.tag.changed ? 'markClippedChanged' : 'markClipped'));
    if (!this.refocusing) this.open(hit.tag, hit.el, true);
  }

  private onFocusOut(e: FocusEvent): void {
    const left = this.markOf(e.target);
    if (left) this.o.tagger.setFocused(left.tag, false);
    if (!this.card?.byFocus || !left) return;
    const to = e.relatedTarget as Node | null;
    const host = this.o.overlay.cardHost;
    if (to && (to === host || host.contains(to))) return;
    if (!this.markOf(to)) this.scheduleClose();
  }

  private onClick(e: MouseEvent): void {
    if (!e.isTrusted) return;
    const hit = this.markOf(e.target);
    // a click keeps the card open (touch screens have no hover); clipping is the card's button
    if (hit) this.open(hit.tag, hit.el, true);
    else {
      const own = this.readerAt(e);
      if (own) this.open(own, null, true);
    }
  }

  /** the pointer over the reader's own figure (no mark there to hover: found by its boxes) */
  private onMove(e: MouseEvent): void {
    if (!e.isTrusted) return;
    const own = this.readerAt(e);
    if (own) {
      window.clearTimeout(this.closeTimer);
      if (this.card?.tag === own) return;
      window.clearTimeout(this.openTimer);
      this.openTimer = window.setTimeout(() => this.open(own, null, false), HOVER_OPEN_MS);
    } else if (this.card?.tag.reader && !this.card.byFocus && !this.pointerInCard) {
      window.clearTimeout(this.openTimer);
      this.scheduleClose();
    }
  }

  private readerAt(e: MouseEvent): Tag | null {
    const { readers } = this.o;
    return this.o.active() && readers.size ? readers.at(e.clientX, e.clientY) : null;
  }

  private onKey(e: KeyboardEvent): void {
    if (e.key === 'Escape' && this.card && !e.isComposing) {
      const { el, byFocus, back } = this.card;
      this.close();
      // the keyboard goes back to the mark (from the card, say), the card staying closed
      if (byFocus && el?.isConnected) this.giveBack(el);
      else back?.();
      return;
    }
    if ((e.key === 'Enter' || e.key === ' ') && e.isTrusted && !e.repeat) {
      const hit = this.markOf(e.target);
      if (!hit || document.activeElement !== e.target) return;
      e.preventDefault();
      if (this.card?.tag !== hit.tag) this.open(hit.tag, hit.el, true);
      void this.clip(hit.tag);
    }
  }

  private scheduleClose(): void {
    window.clearTimeout(this.closeTimer);
    this.closeTimer = window.setTimeout(() => {
      if (!this.pointerInCard) this.close();
    }, HOVER_CLOSE_MS);
  }

  private open(tag: Tag, el: HTMLElement | null, byFocus: boolean): void {
    window.clearTimeout(this.openTimer);
    window.clearTimeout(this.closeTimer);
    const was = this.card?.tag;
    const keep = was === tag ? this.card : null;
    this.card = {
      tag,
      el,
      byFocus: byFocus || !!keep?.byFocus,
      clip: tag.clipped ? 'clipped' : keep?.clip === 'saving' ? 'saving' : 'idle',
      error: null,
    };
    if (was && was !== tag) this.drop(was);
    this.render();
  }

  private render(): void {
    const c = this.card;
    if (!c) return;
    // a mark broken over two lines: the card goes by its first line
    const r = firstBox(c.tag, c.el);
    if (!r) {
      this.close();
      return;
    }
    const change = this.o.changeOf(c.tag);
    this.o.overlay.card({
      mention: c.tag.reading ?? c.tag.mention,
      reader: !!c.tag.reader,
      report: this.o.report(),
      clip: c.tag.clipped && c.clip !== 'saving' ? 'clipped' : c.clip,
      error: c.error,
      at: { left: r.left, top: r.top, bottom: r.bottom },
      onClip: (event) => {
        if (event.isTrusted) void this.clip(c.tag);
      },
      onClose: () => this.close(),
      onUnclip: (event) => {
        if (event.isTrusted) void this.unclip(c.tag);
      },
      onUndoUnclip: (event) => {
        if (event.isTrusted) void this.clip(c.tag);
      },
      change: change && { was: change.clip.text, now: change.now, kept: change.kept },
      onChange: (answer, event) => {
        if (event.isTrusted) void this.answer(c.tag, answer);
      },
      onEdit: (event) => {
        if (event.isTrusted) this.edit(c.tag);
      },
    });
  }
}

/** the first line's box of a tag's figure: its first mark's, or its range's; null once it is out of the page */
function firstBox(tag: Tag, el: Element | null): DOMRect | null {
  if (el) return el.isConnected ? (el.getClientRects()[0] ?? el.getBoundingClientRect()) : null;
  const range = tag.range;
  return range?.startContainer.isConnected ? (range.getClientRects()[0] ?? null) : null;
}
