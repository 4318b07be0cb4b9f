// The content script on a page that passed the gate: read the article, have the background analyse
// it, tag what it found, and let the reader look at, clip and switch off the tags.
//
//   read (findArticle + flatten) → analyze (background: detect + extract) → Tagger.add → marks
//   clips:page → lib/anchor → clipped marks;  card / toolbar → clips:add
//
// What changes on the page is only ever: <rl-mark> elements around figures, our two UI hosts, one
// adopted stylesheet and data-rl-* attributes on <html>. Switching off takes all of it back out.
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { MAX_CLIPS_PER_MESSAGE, send, type AnalyzeResponse, type PageClip, type Request } from '../messages';
import type { Detection } from '../detect/detect';
import { ArticleFinder } from '../page/article';
import { Flattener, hiddenByMarkup, inSlices, type FlatText } from '../page/flatten';
import { articleHeading, articleSkip } from '../page/read';
import { Tagger, browserScheduler, markAround, type Tag } from '../page/tagger';
import { MARK_CSS, adoptStyles } from '../page/mark-style';
import { clipDraft } from '../clip/draft';
import { anchor } from '../anchor/quote';
import { describeMention, describeReport } from '../words';
import type { ClipState } from '../ui/in-page/Card';
import type { ToolbarAction } from '../ui/in-page/Toolbar';
import { offScope, readSwitches, setSwitch, switches, type OffScope } from '../settings';
import { pageUrl } from '../clip/clip';
import { mountOverlay, type Overlay } from '../ui/in-page/overlay';

/** give the page its turn: go on in a task of our own (a message port: no timer clamping) */
const pause = (): Promise<void> =>
  new Promise((ok) => {
    const ch = new MessageChannel();
    ch.port1.onmessage = () => {
      ch.port1.close();
      ok();
    };
    ch.port2.postMessage(null);
  });

const request = <R extends Request>(r: R) => send(browser.runtime.sendMessage as (m: unknown) => Promise<unknown>, r);

/**
 * Hidden by markup, or by the page's style sheets (what a DOM without layout cannot tell). Style is
 * asked of elements with a class or id only: a stylesheet hides by those, and asking every <span>
 * of a 2 MB page costs more than all the rest of reading it.
 */
function isHidden(el: Element): boolean {
  if (hiddenByMarkup(el)) return true;
  if (!el.hasAttribute('class') && !el.hasAttribute('id')) return false;
  const style = getComputedStyle(el);
  return style.display === 'none' || style.visibility === 'hidden' || style.visibility === 'collapse';
}

interface Reading {
  article: Element;
  flat: FlatText;
}

/** one analysis of the article: the text the offsets of its tags are into */
interface Analysis {
  text: string;
  /** its tags, in text order */
  tags: Tag[];
}

/** re-reading a changing page: wait for quiet this long, but never longer than MAX */
const REREAD_QUIET_MS = 400;
const REREAD_MAX_WAIT_MS = 2000;
/** re-readings per page view at most: a page that never stops changing is not chased for ever */
const MAX_REREADS = 200;
/** script time per slice of reading the page or planning its marks */
const SLICE_MS = 10;
const OBSERVED: MutationObserverInit = { childList: true, subtree: true, characterData: true };
/** a card opens when the pointer rests on a mark, and closes when it has left both */
const HOVER_OPEN_MS = 120;
const HOVER_CLOSE_MS = 300;

type Mode = 'starting' | 'on' | 'off' | 'not-report';

export class Lens {
  private readonly tagger: Tagger;
  private mode: Mode = 'starting';
  private scope: OffScope | null = null;
  private detection: Detection | null = null;
  private analyses: Analysis[] = [];
  /** the text last analysed */
  private lastText = '';
  /** the article element last read */
  private article: Element | null = null;
  private overlay: Overlay | null = null;
  private observer: MutationObserver | null = null;
  private unstyle: (() => void) | null = null;
  /** clips of this page not yet found in it, and the page (URL without fragment) they are of */
  private unanchored: PageClip[] = [];
  private clipsOf = '';
  private focusId: string | null = null;
  private badge: number | null = -1;
  private counts = { target: 0, actual: 0 };
  private toolbarState = { collapsed: false, busy: false, message: null as string | null };
  private card: { tag: Tag; el: HTMLElement; clip: ClipState; error: string | null; byFocus: boolean } | null = null;
  private openTimer = 0;
  private closeTimer = 0;
  private pointerInCard = false;
  private reread = { timer: 0, first: 0, running: false, again: false, count: 0 };
  /** page changes seen, and how many had been seen when the article was last read */
  private changes = 0;
  private changesAtRead = 0;

  constructor(private readonly ctx: ContentScriptContext) {
    this.tagger = new Tagger({
      label: describeMention,
      mutate: (change) => this.quietly(change),
      onIdle: () => this.publish(),
      scheduler: browserScheduler(),
    });
    ctx.onInvalidated(() => this.teardown());
  }

  // ---- start, on, off --------------------------------------------------------------------------

  async start(): Promise<void> {
    const scope = offScope(await readSwitches(), location.href);
    if (scope) {
      // switched off here: the page is not read at all; the toolbar offers to turn it back on
      await this.mountUi();
      this.turnOff(scope, false);
      return;
    }
    // watching from before the first reading: what changes while the background reads is not lost
    this.observe();
    const reading = await this.read();
    const reply = await this.analyze(reading.flat.text);
    if (!reply || !reply.detection.isReport) {
      this.notReport();
      return;
    }
    this.detection = reply.detection;
    await this.mountUi();
    await this.tagReading(reading, reply);
    await this.loadClips();
  }

  private notReport(): void {
    this.mode = 'not-report';
    this.stopObserving();
    this.overlay?.remove();
    this.overlay = null;
    document.documentElement.setAttribute('data-rl-state', 'not-report');
  }

  private async mountUi(): Promise<void> {
    this.overlay = await mountOverlay(this.ctx);
    this.listen();
    // a switch turned in another tab (or the popup) holds here too
    this.ctx.onInvalidated(
      switches.watch((s) => {
        const now = offScope(s ?? { sites: [], pages: [] }, location.href);
        if (now && this.mode === 'on') this.turnOff(now, false);
        else if (!now && this.mode === 'off') void this.turnOn(false);
      }),
    );
  }

  private async turnOn(persist: boolean): Promise<void> {
    this.mode = 'starting';
    this.scope = null;
    // neither off nor tagged while the page is read again
    document.documentElement.removeAttribute('data-rl-state');
    this.toolbarState.busy = true;
    this.renderToolbar();
    if (persist) await setSwitch(location.href, null);
    this.observe();
    const reading = await this.read();
    const reply = await this.analyze(reading.flat.text);
    this.toolbarState.busy = false;
    if (this.mode !== 'starting') return;
    if (!reply || !reply.detection.isReport) {
      this.notReport();
      return;
    }
    this.detection = reply.detection;
    await this.tagReading(reading, reply);
    await this.loadClips();
  }

  /** take every mark out, the page's text nodes as they were; the toolbar stays to turn it back on */
  private turnOff(scope: OffScope, persist: boolean): void {
    this.mode = 'off';
    this.scope = scope;
    this.stopObserving();
    this.closeCard();
    this.tagger.clear();
    this.unstyle?.();
    this.unstyle = null;
    this.analyses = [];
    this.lastText = '';
    this.counts = { target: 0, actual: 0 };
    const root = document.documentElement;
    root.setAttribute('data-rl-state', 'off');
    root.removeAttribute('data-rl-count');
    root.removeAttribute('data-rl-pending');
    this.setBadge(null);
    this.toolbarState.message = null;
    this.renderToolbar();
    if (persist) void setSwitch(location.href, scope);
  }

  private teardown(): void {
    this.stopObserving();
    window.clearTimeout(this.openTimer);
    window.clearTimeout(this.closeTimer);
    if (this.mode === 'on') this.tagger.clear();
    this.unstyle?.();
  }

  // ---- reading and tagging ---------------------------------------------------------------------

  /** find the article and flatten it, in slices of a few ms (a 2 MB page takes a few hundred) */
  private async read(): Promise<Reading> {
    this.changesAtRead = this.changes;
    const now = () => performance.now();
    const article = await inSlices(new ArticleFinder(document, isHidden), SLICE_MS, now, pause);
    const flat = await inSlices(new Flattener(article, { skip: articleSkip, isHidden }), SLICE_MS, now, pause);
    this.article = article;
    return { article, flat };
  }

  private async analyze(text: string): Promise<AnalyzeResponse | null> {
    try {
      const heading = this.article ? articleHeading(this.article) : '';
      return await request({ type: 'analyze', text, title: document.title, heading, url: location.href });
    } catch (e) {
      // said where tools and testers look; the page is left as it is
      const message = (e as Error).message;
      document.documentElement.setAttribute('data-rl-error', message.slice(0, 200));
      console.warn('Report Lens: could not analyse this page:', message);
      return null;
    }
  }

  private async tagReading(reading: Reading, reply: AnalyzeResponse): Promise<Tag[]> {
    this.mode = 'on';
    this.unstyle ??= adoptStyles(document, MARK_CSS);
    // planning in tasks of its own: taking in the background's reply (a 2 MB report's 8 400
    // mentions) is a long enough task already
    await pause();
    if (this.mode !== 'on') return [];
    const planner = this.tagger.planner(reading.flat, reply.mentions, reading.article);
    const fresh = await inSlices(planner, SLICE_MS, () => performance.now(), pause);
    // and telling the page and the toolbar (its first render) is one more
    await pause();
    if (this.mode !== 'on') return [];
    this.lastText = reading.flat.text;
    if (fresh.length) this.analyses.push({ text: reading.flat.text, tags: [...fresh].sort((a, b) => a.mention.start - b.mention.start) });
    for (const t of fresh) this.counts[t.mention.kind]++;
    this.publish();
    // the page changed while the background read it
    if (this.changes !== this.changesAtRead) this.scheduleReread();
    return fresh;
  }

  /** tell the page (data-rl-*), the toolbar and the badge where tagging stands */
  private publish(): void {
    if (this.mode !== 'on') return;
    const root = document.documentElement;
    root.setAttribute('data-rl-state', 'tagged');
    root.setAttribute('data-rl-count', String(this.tagger.count));
    const pending = this.tagger.pending;
    if (pending) root.setAttribute('data-rl-pending', String(pending));
    else root.removeAttribute('data-rl-pending');
    this.setBadge(this.tagger.count);
    this.renderToolbar();
  }

  private setBadge(count: number | null): void {
    if (count === this.badge) return;
    this.badge = count;
    request({ type: 'tab:count', count }).catch(() => {});
  }

  // ---- a page that changes ---------------------------------------------------------------------

  private observe(): void {
    if (this.observer || !document.body) return;
    this.observer = new MutationObserver((records) => {
      if (records.some((r) => this.isPageChange(r))) this.pageChanged();
    });
    this.observer.observe(document.body, OBSERVED);
  }

  private stopObserving(): void {
    this.observer?.disconnect();
    this.observer = null;
    window.clearTimeout(this.reread.timer);
    this.reread.timer = 0;
    this.reread.first = 0;
  }

  /** run our own change to the page unseen by our observer (records before it are still handled) */
  private quietly(change: () => void): void {
    const obs = this.observer;
    if (!obs) return change();
    const before = obs.takeRecords();
    if (before.some((r) => this.isPageChange(r))) this.pageChanged();
    // not observing at all while we change the page: no records made only to be thrown away
    obs.disconnect();
    try {
      change();
    } finally {
      obs.observe(document.body, OBSERVED);
    }
  }

  /** a change of the page's own that may have changed what the article says */
  private isPageChange(r: MutationRecord): boolean {
    if (markAround(r.target)) return false;
    const added = r.type === 'childList' ? [...r.addedNodes] : [];
    if (r.type === 'childList') {
      const nodes = [...added, ...r.removedNodes];
      if (nodes.length && nodes.every(isOurs)) return false;
    }
    const article = this.article;
    if (!article || !article.isConnected || article.contains(r.target)) return true;
    // beside the article: a counter ticking is not news, a block of text appearing may be
    return added.some((n) => !isOurs(n) && (n.textContent?.length ?? 0) >= 100);
  }

  private pageChanged(): void {
    this.changes++;
    this.scheduleReread();
  }

  private scheduleReread(): void {
    if (this.mode !== 'on' || this.reread.count >= MAX_REREADS) return;
    const now = performance.now();
    if (!this.reread.first) this.reread.first = now;
    window.clearTimeout(this.reread.timer);
    const wait = Math.max(0, Math.min(REREAD_QUIET_MS, this.reread.first + REREAD_MAX_WAIT_MS - now));
    this.reread.timer = window.setTimeout(() => void this.rereadNow(), wait);
  }

  private async rereadNow(): Promise<void> {
    this.reread.timer = 0;
    this.reread.first = 0;
    if (this.reread.running) {
      this.reread.again = true;
      return;
    }
    this.reread.running = true;
    this.reread.count++;
    // no marks go in while the page is read and analysed: a wrap splits the nodes the reading maps to
    this.tagger.pause();
    try {
      const reading = await this.read();
      if (reading.flat.text === this.lastText || this.mode !== 'on') return;
      const reply = await this.analyze(reading.flat.text);
      if (this.mode !== 'on' || !reply?.detection.isReport) return;
      this.detection = reply.detection;
      this.forgetRemoved();
      const fresh = await this.tagReading(reading, reply);
      // a front-end page that changed its address is another page: its clips are others
      if (pageUrl(location.href) !== this.clipsOf) await this.loadClips();
      else if (fresh.length) this.anchorClips();
    } finally {
      this.tagger.resume();
      this.reread.running = false;
      if (this.reread.again) {
        this.reread.again = false;
        this.scheduleReread();
      }
    }
  }

  // ---- clips -----------------------------------------------------------------------------------

  /** tags of text the page has taken out no longer count, nor do analyses left without tags */
  private forgetRemoved(): void {
    const gone = new Set(this.tagger.prune());
    if (!gone.size) return;
    for (const t of gone) this.counts[t.mention.kind]--;
    this.analyses = this.analyses.map((a) => ({ ...a, tags: a.tags.filter((t) => !gone.has(t)) })).filter((a) => a.tags.length);
    if (this.card && gone.has(this.card.tag)) this.closeCard();
  }

  private async loadClips(): Promise<void> {
    this.clipsOf = pageUrl(location.href);
    try {
      const { clips, focus } = await request({ type: 'clips:page', url: location.href });
      this.unanchored = clips;
      this.focusId = focus;
      this.anchorClips();
    } catch (e) {
      console.warn('Report Lens: could not read the clips of this page:', (e as Error).message);
    }
  }

  /** find this page's clips among its tags; a clip the reader asked to see is scrolled to */
  private anchorClips(): void {
    if (!this.unanchored.length) return;
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
        this.tagger.setClipped(found);
        changed = true;
      }
      if (clip.id === this.focusId) {
        this.focusId = null;
        this.reveal(found);
      }
    }
    this.unanchored = left;
    if (changed) this.renderToolbar();
  }

  private reveal(tag: Tag): void {
    this.tagger.ensure(tag);
    const el = tag.marks[0];
    if (!el) return;
    el.scrollIntoView({ block: 'center' });
    this.quietly(() => el.setAttribute('data-rl-flash', ''));
    window.setTimeout(() => this.quietly(() => el.removeAttribute('data-rl-flash')), 2600);
  }

  /** store clips of these tags (the background keeps one clip per mention); returns how many were new */
  private async clip(tags: Tag[]): Promise<number> {
    const detection = this.detection!;
    const page = { url: location.href, title: document.title };
    const drafts = tags.map((t) => clipDraft(t.mention, t.text, detection, page));
    let added = 0;
    for (let i = 0; i < drafts.length; i += MAX_CLIPS_PER_MESSAGE) {
      const r = await request({ type: 'clips:add', clips: drafts.slice(i, i + MAX_CLIPS_PER_MESSAGE) });
      added += r.added;
    }
    if (this.mode === 'on') for (const t of tags) this.tagger.setClipped(t);
    return added;
  }

  private async clipOne(tag: Tag): Promise<void> {
    const card = this.card?.tag === tag ? this.card : null;
    if (card) {
      card.clip = 'saving';
      this.renderCard();
    }
    try {
      await this.clip([tag]);
      if (this.card?.tag === tag) this.card.clip = 'clipped';
    } catch (e) {
      if (this.card?.tag === tag) {
        this.card.clip = 'error';
        this.card.error = `未能收藏：${(e as Error).message}`;
      }
    }
    this.renderCard();
    this.renderToolbar();
  }

  private async clipTargets(): Promise<void> {
    const targets = this.tagger.all().filter((t) => t.mention.kind === 'target');
    if (!targets.length) return;
    this.toolbarState.busy = true;
    this.toolbarState.message = null;
    this.renderToolbar();
    try {
      const added = await this.clip(targets);
      this.toolbarState.message = `已收藏本页全部 ${targets.length} 个目标（新增 ${added} 个）`;
    } catch (e) {
      this.toolbarState.message = `未能收藏：${(e as Error).message}`;
    }
    this.toolbarState.busy = false;
    this.renderToolbar();
    if (this.card) {
      if (this.card.tag.clipped) this.card.clip = 'clipped';
      this.renderCard();
    }
  }

  // ---- the toolbar -----------------------------------------------------------------------------

  private renderToolbar(): void {
    if (!this.overlay || this.mode === 'not-report') return;
    const d = this.detection;
    let clipped = 0;
    if (this.mode === 'on') for (const t of this.tagger.all()) if (t.clipped) clipped++;
    this.overlay.toolbar({
      mode: this.mode === 'off' ? 'off' : 'on',
      offScope: this.scope,
      host: location.hostname,
      report: d ? describeReport(d) : '',
      targets: this.counts.target,
      actuals: this.counts.actual,
      clipped,
      pending: this.mode === 'on' && this.tagger.pending > 0,
      collapsed: this.toolbarState.collapsed,
      busy: this.toolbarState.busy || this.mode === 'starting',
      message: this.toolbarState.message,
      onAction: (action, event) => this.onToolbar(action, event),
    });
  }

  private onToolbar(action: ToolbarAction, event: MouseEvent): void {
    // a page's script can reach into an open shadow root and click(): only the reader's clicks count
    if (!event.isTrusted) return;
    switch (action) {
      case 'clip-targets':
        void this.clipTargets();
        break;
      case 'off-page':
        this.turnOff('page', true);
        break;
      case 'off-site':
        this.turnOff('site', true);
        break;
      case 'on':
        void this.turnOn(true);
        break;
      case 'collapse':
      case 'expand':
        this.toolbarState.collapsed = action === 'collapse';
        this.renderToolbar();
        break;
    }
  }

  // ---- the card --------------------------------------------------------------------------------

  private listen(): void {
    const capture = { capture: true, passive: true };
    this.ctx.addEventListener(document, 'mouseover', (e) => this.onOver(e), capture);
    this.ctx.addEventListener(document, 'mouseout', (e) => this.onOut(e), capture);
    this.ctx.addEventListener(document, 'focusin', (e) => this.onFocusIn(e), capture);
    this.ctx.addEventListener(document, 'focusout', (e) => this.onFocusOut(e), capture);
    this.ctx.addEventListener(document, 'click', (e) => this.onClick(e), capture);
    this.ctx.addEventListener(document, 'keydown', (e) => this.onKey(e), { capture: true });
    this.ctx.addEventListener(window, 'scroll', () => this.renderCard(), capture);
    this.ctx.addEventListener(window, 'resize', () => this.renderCard(), capture);
    const host = this.overlay!.cardHost;
    host.addEventListener('pointerenter', () => {
      this.pointerInCard = true;
      window.clearTimeout(this.closeTimer);
    });
    host.addEventListener('pointerleave', () => {
      this.pointerInCard = false;
      if (this.card && !this.card.byFocus) this.scheduleClose();
    });
  }

  /** our mark (and its tag) an event happened on; a page's look-alike element is not ours */
  private markOf(target: EventTarget | null): { el: HTMLElement; tag: Tag } | null {
    if (this.mode !== 'on' || !target || (target as Node).nodeType !== 1) return null;
    const el = markAround(target as Node) as HTMLElement | null;
    const tag = el ? this.tagger.tagOf(el) : undefined;
    return el && tag ? { el: (tag.marks[0] ?? el) as HTMLElement, tag } : null;
  }

  private onOver(e: MouseEvent): void {
    const hit = this.markOf(e.target);
    if (!hit) return;
    window.clearTimeout(this.closeTimer);
    if (this.card?.tag === hit.tag) return;
    window.clearTimeout(this.openTimer);
    this.openTimer = window.setTimeout(() => this.openCard(hit.tag, hit.el, false), HOVER_OPEN_MS);
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
    if (hit) this.openCard(hit.tag, hit.el, true);
  }

  private onFocusOut(e: FocusEvent): void {
    if (!this.card?.byFocus || !this.markOf(e.target)) return;
    const to = e.relatedTarget as Node | null;
    if (to && (to === this.overlay?.cardHost || this.overlay?.cardHost.contains(to))) return;
    if (!this.markOf(to)) this.scheduleClose();
  }

  private onClick(e: MouseEvent): void {
    if (!e.isTrusted) return;
    const hit = this.markOf(e.target);
    // a click keeps the card open (touch screens have no hover); clipping is the card's button
    if (hit) this.openCard(hit.tag, hit.el, true);
  }

  private onKey(e: KeyboardEvent): void {
    if (e.key === 'Escape' && this.card) {
      const { el, byFocus } = this.card;
      this.closeCard();
      if (byFocus && el.isConnected) el.focus({ preventScroll: true });
      return;
    }
    if ((e.key === 'Enter' || e.key === ' ') && e.isTrusted && !e.repeat) {
      const hit = this.markOf(e.target);
      if (!hit || document.activeElement !== e.target) return;
      e.preventDefault();
      if (this.card?.tag !== hit.tag) this.openCard(hit.tag, hit.el, true);
      void this.clipOne(hit.tag);
    }
  }

  private scheduleClose(): void {
    window.clearTimeout(this.closeTimer);
    this.closeTimer = window.setTimeout(() => {
      if (!this.pointerInCard) this.closeCard();
    }, HOVER_CLOSE_MS);
  }

  private openCard(tag: Tag, el: HTMLElement, byFocus: boolean): void {
    window.clearTimeout(this.openTimer);
    window.clearTimeout(this.closeTimer);
    const keep = this.card?.tag === tag ? this.card : null;
    this.card = {
      tag,
      el,
      byFocus: byFocus || !!keep?.byFocus,
      clip: tag.clipped ? 'clipped' : keep?.clip === 'saving' ? 'saving' : 'idle',
      error: null,
    };
    this.renderCard();
  }

  private closeCard(): void {
    window.clearTimeout(this.openTimer);
    window.clearTimeout(this.closeTimer);
    this.card = null;
    this.pointerInCard = false;
    this.overlay?.card(null);
  }

  private renderCard(): void {
    const c = this.card;
    if (!c || !this.overlay) return;
    if (!c.el.isConnected) {
      this.closeCard();
      return;
    }
    // a mark broken over two lines: the card goes by its first line
    const r = c.el.getClientRects()[0] ?? c.el.getBoundingClientRect();
    this.overlay.card({
      mention: c.tag.mention,
      report: this.detection ? describeReport(this.detection) : '',
      clip: c.tag.clipped && c.clip !== 'saving' ? 'clipped' : c.clip,
      error: c.error,
      at: { left: r.left, top: r.top, bottom: r.bottom },
      onClip: (event) => {
        if (event.isTrusted) void this.clipOne(c.tag);
      },
      onClose: () => this.closeCard(),
    });
  }
}

function isOurs(n: Node): boolean {
  return n.nodeType === 1 && /^RL-(?:MARK|TOOLBAR|CARD|UI)$/.test((n as Element).tagName);
}

/** the tag whose mention overlaps [start, end) most (tags in text order) */
function tagOverlapping(tags: Tag[], start: number, end: number): Tag | null {
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
