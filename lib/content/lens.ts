// The content script on a page that passed the gate: read the article, have the background analyse
// it, tag what it found, and let the reader look at, clip and switch off the tags. This module is the
// lifecycle (starting, on, off, re-reading); its pieces are beside it: watch (page changes), clips (this
// page's clips, found again and made), card (the hover card; selection: clipping a selection), toolbar
// (its state and shortcut), io (messages to the background).
//   read (findArticle + flatten) → analyze (background: detect + extract) → Tagger.add → marks
//   clips:page → lib/anchor → clipped marks;  card / toolbar → clips:add
//
// What changes on the page is only ever: <rl-mark> elements around figures, our four UI hosts (closed
// shadow roots, one of them drawing what the reader clipped: nothing the page reads says it), one
// adopted stylesheet and data-rl-* attributes on <html>. Switching off takes all of it back out; a page
// found no report gets none of it, unless the reader asked to have it read as one (read-request).
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { AnalyzeResponse } from '../messages';
import { sayTurnedAway } from '../page/lens-start';
import type { Detection } from '../detect/detect';
import { ArticleFinder } from '../page/article';
import type { FlatText } from '../page/flatten';
import { articleFlattener, isHidden } from '../page/read';
import { Tagger } from '../page/tagger';
import { ReaderMarks } from '../page/reader';
import type { Tag } from '../page/marks';
import { browserScheduler } from '../page/schedule';
import { MARK_CSS, adoptStyles } from '../page/mark-style';
import { describeMention, describeReport, say, setPageLang } from '../words';
import { mountOverlay, type Overlay } from '../ui/in-page/overlay';
import { loadLang, offScope, readSwitches, setSwitch, switches, watchLang, type OffScope } from '../settings';
import { pageUrl } from '../clip/clip';
import type { Edit } from '../clip/edit';
import { inTurns, pause, request } from './io';
import { analyze } from './analyze';
import { switchesAsk, whenAskedToRead } from './read-request';
import { PageWatcher } from './watch';
import { PageClips } from './clips';
import { ClipAll } from './clip-all';
import { HoverCard } from './card';
import { PageToolbar, lostClip, type PageAction, type ToolbarView } from './toolbar';

/** the article, and its text as the engine reads it */
type Reading = { article: Element; flat: FlatText };

type Mode = 'starting' | 'on' | 'off' | 'not-report';

export class Lens {
  private readonly tagger: Tagger;
  private readonly watcher: PageWatcher;
  private readonly clips: PageClips;
  private readonly readers: ReaderMarks;
  private mode: Mode = 'starting';
  private scope: OffScope | null = null;
  /** read as a report at the reader's request (until they switch it off: settings.ts withSwitch) */
  private asReport = false;
  private detection: Detection | null = null;
  /** the text last analysed */
  private lastText = '';
  /** the article element last read */
  private article: Element | null = null;
  private overlay: Overlay | null = null;
  private card: HoverCard | null = null;
  private unstyle: (() => void) | null = null;
  private badge: number | null = -1;
  private counts = { target: 0, actual: 0 };
  private toolbar: PageToolbar | null = null;
  private readonly clipAll = new ClipAll({
    targets: () => this.tagger.all().filter((t) => t.mention.kind === 'target'),
    clip: (tags) => this.clip(tags),
    unclip: (tags) => this.clips.unclip(tags),
    run: (failed, act) => this.fromToolbar(failed, act),
  });
  /** an action is under way (the toolbar's buttons wait) */
  private busy = false;

  constructor(private readonly ctx: ContentScriptContext) {
    this.watcher = new PageWatcher({
      active: () => this.mode === 'on',
      article: () => this.article,
      reread: () => this.reread(),
    });
    this.tagger = new Tagger({
      // the figure as the page says it: nothing the page can read says what the reader clipped or corrected
      label: (tag) => describeMention(tag.mention),
      onClipped: (tag) => this.overlay?.clipLayer.show(tag),
      mutate: (change) => this.watcher.quietly(change),
      onIdle: () => this.publish(),
      scheduler: browserScheduler(),
    });
    this.readers = new ReaderMarks((tag) => this.overlay?.clipLayer.show(tag));
    this.clips = new PageClips({
      tagger: this.tagger,
      readers: this.readers,
      article: () => this.article,
      quietly: (change) => this.watcher.quietly(change),
      changed: () => this.toolbar?.render(),
      // opened from the popup or dashboard, but no longer in the page: say so where the reader looks
      lostFocus: (clip) => this.toolbar?.showLost(say('lostFocus', { what: `${clip.indicator} ${clip.text}` })),
      mountEditor: (src, at) => this.overlay!.editor(src, at),
      flash: (tag) => this.overlay?.clipLayer.flash(tag),
    });
    ctx.onInvalidated(() => this.teardown());
  }

  // ---- start, on, off --------------------------------------------------------------------------

  async start(): Promise<void> {
    // the reader's language for the card, the toolbar and the marks' labels (beside the switches: one wait)
    const [lang, switchesNow] = await Promise.all([loadLang(), readSwitches()]);
    setPageLang(lang);
    this.ctx.onInvalidated(
      watchLang((lang) => {
        setPageLang(lang);
        this.tagger.relabel();
        this.toolbar?.render();
        this.card?.refresh();
      }),
    );
    this.asReport = whenAskedToRead(this.ctx, switchesNow, () => {
      this.asReport = true;
      if (this.mode === 'not-report') void this.turnOn(false, false);
    });
    const scope = offScope(switchesNow, location.href);
    if (scope) {
      // switched off here: the page is not read at all; the toolbar offers to turn it back on
      await this.mountUi();
      this.turnOff(scope, false);
      return;
    }
    await this.readAndTag(false);
  }

  /** read, analyse and tag the page, then find its clips; the UI goes up once it is known to be a report */
  private async readAndTag(uiMounted: boolean): Promise<void> {
    // watching from before the first reading: what changes while the background reads is not lost
    this.watcher.start();
    const reading = await this.read();
    const asked = this.asReport;
    const reply = await analyze(reading.flat.text, this.article, asked);
    this.busy = false;
    if (this.mode !== 'starting') return;
    if (!reply || !(asked || reply.detection.isReport)) {
      // asked to read it as a report while the background read it: once more, as one
      if (reply && this.asReport) return this.readAndTag(uiMounted);
      this.notReport();
      return;
    }
    this.detection = reply.detection;
    if (!uiMounted) await this.mountUi();
    await this.tagReading(reading, reply);
    await this.clips.load();
  }

  private notReport(): void {
    this.mode = 'not-report';
    this.watcher.stop();
    this.card?.close();
    this.overlay?.remove();
    sayTurnedAway();
  }

  private async mountUi(): Promise<void> {
    if (this.overlay) return this.overlay.mount(); // its toolbar, card and watch are there already
    const overlay = await mountOverlay(this.ctx);
    this.overlay = overlay;
    this.toolbar = new PageToolbar(
      overlay,
      () => this.toolbarView(),
      (action) => this.onPageAction(action),
    );
    await this.toolbar.start(this.ctx);
    this.card = new HoverCard({
      ctx: this.ctx,
      tagger: this.tagger,
      readers: this.readers,
      overlay,
      active: () => this.mode === 'on',
      article: () => this.article,
      report: () => (this.detection ? describeReport(this.detection) : ''),
      clip: async (tag, edits) => {
        await this.clip([tag], edits);
        this.toolbar?.render();
      },
      unclip: (tag) => this.clips.unclip([tag]),
      changeOf: (tag) => this.clips.changeOf(tag),
      replace: (tag) => this.clips.replace(tag, this.detection!),
      keep: (tag) => this.clips.keep(tag),
      edit: (tag, at, blank) => this.clips.edit(tag, this.detection!, at, blank),
    });
    // a switch turned in another tab (or the popup) holds here too
    this.ctx.onInvalidated(
      switches.watch((s) => {
        const { off, unread } = switchesAsk(s, this.asReport);
        if (unread) this.unread();
        if (off && this.mode === 'on') this.turnOff(off, false);
        else if (!off && this.mode === 'off') void this.turnOn(true, false);
      }),
    );
  }

  private async turnOn(uiMounted: boolean, persist: boolean): Promise<void> {
    this.mode = 'starting';
    this.scope = null;
    // neither off nor tagged while the page is read again
    document.documentElement.removeAttribute('data-rl-state');
    this.busy = true;
    this.toolbar?.render();
    if (persist) await setSwitch(location.href, null);
    await this.readAndTag(uiMounted);
  }

  /** take every mark out, the page's text nodes as they were; the toolbar stays to turn it back on */
  private turnOff(scope: OffScope, persist: boolean): void {
    this.mode = 'off';
    this.scope = scope;
    if (persist) this.asReport = false;
    this.clear();
    document.documentElement.setAttribute('data-rl-state', 'off');
    this.toolbar?.say(null);
    if (persist) void setSwitch(location.href, scope);
  }

  /** the reader took "read this page" back (in the popup): a page the detector turned away is turned away again */
  private unread(): void {
    this.asReport = false;
    if (this.mode !== 'on' || this.detection?.isReport) return;
    this.clear();
    document.documentElement.removeAttribute('data-rl-state');
    this.notReport();
  }

  /** every mark, clip and sign of the Lens out of the page */
  private clear(): void {
    this.watcher.stop();
    this.card?.close();
    this.tagger.clear();
    this.readers.clear();
    this.overlay?.clipLayer.clear();
    this.unstyle?.();
    this.unstyle = null;
    this.clips.reset();
    this.lastText = '';
    this.counts = { target: 0, actual: 0 };
    for (const a of ['data-rl-count', 'data-rl-pending']) document.documentElement.removeAttribute(a);
    this.setBadge(null);
  }

  private teardown(): void {
    this.watcher.stop();
    this.card?.teardown();
    if (this.mode === 'on') this.tagger.clear();
    this.unstyle?.();
  }

  // ---- reading and tagging ---------------------------------------------------------------------

  /** find the article and flatten it, in slices of a few ms (a 2 MB page takes a few hundred) */
  private async read(): Promise<Reading> {
    this.watcher.markRead();
    const article = await inTurns(new ArticleFinder(document, isHidden));
    const flat = await inTurns(articleFlattener(article));
    this.article = article;
    return { article, flat };
  }

  private async tagReading(reading: Reading, reply: AnalyzeResponse): Promise<Tag[]> {
    this.mode = 'on';
    this.unstyle ??= adoptStyles(document, MARK_CSS);
    // planning in tasks of its own: taking in the background's reply (a 2 MB report's 8 400
    // mentions) is a long enough task already
    await pause();
    if (this.mode !== 'on') return [];
    const planner = this.tagger.planner(reading.flat, reply.mentions, reading.article);
    const fresh = await inTurns(planner);
    // and telling the page and the toolbar (its first render) is one more
    await pause();
    if (this.mode !== 'on') return [];
    this.lastText = reading.flat.text;
    this.clips.addAnalysis(reading.flat.text, fresh);
    for (const t of fresh) this.counts[t.mention.kind]++;
    this.publish();
    if (this.article) this.toolbar?.keepClear(this.article);
    // the page changed while the background read it
    if (this.watcher.changedSinceRead) this.watcher.schedule();
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
    this.toolbar?.render();
  }

  private setBadge(count: number | null): void {
    if (count === this.badge) return;
    this.badge = count;
    request({ type: 'tab:count', count }).catch(() => {});
  }

  // ---- a page that changes ---------------------------------------------------------------------

  /** read the changed page again and tag what is new (the watcher calls this when the page is quiet) */
  private async reread(): Promise<void> {
    // no marks go in while the page is read and analysed: a wrap splits the nodes the reading maps to
    this.tagger.pause();
    try {
      const reading = await this.read();
      if (reading.flat.text === this.lastText || this.mode !== 'on') return;
      const reply = await analyze(reading.flat.text, this.article, this.asReport);
      if (this.mode !== 'on' || !reply || !(this.asReport || reply.detection.isReport)) return;
      this.detection = reply.detection;
      this.forgetRemoved();
      const fresh = await this.tagReading(reading, reply);
      // a front-end page that changed its address is another page: its clips are others
      if (pageUrl(location.href) !== this.clips.page) await this.clips.load();
      else if (fresh.length) this.clips.anchor();
    } finally {
      this.tagger.resume();
    }
  }

  /** tags of text the page has taken out no longer count */
  private forgetRemoved(): void {
    const readers = this.readers.prune();
    const gone = new Set(this.tagger.prune());
    for (const t of gone) this.counts[t.mention.kind]--;
    for (const t of readers) gone.add(t);
    if (!gone.size) return;
    this.clips.forget(gone);
    this.overlay?.clipLayer.forget(gone);
    this.card?.closeIfAmong(gone);
  }

  // ---- clips -----------------------------------------------------------------------------------

  /** store clips of these tags (with the reader's corrections of one), show them clipped; returns the tags newly clipped */
  private async clip(tags: Tag[], edits?: Edit): Promise<Tag[]> {
    const { fresh } = await this.clips.clip(tags, this.detection!, edits);
    if (this.mode === 'on') for (const t of tags) this.tagger.setClipped(t);
    return fresh;
  }

  /** a toolbar action on clips: the toolbar waits, then says how it went (and offers an undo where there is one) */
  private async fromToolbar(failed: 'clipFailed' | 'saveFailed', run: () => Promise<string>): Promise<void> {
    this.busy = true;
    this.toolbar?.say(null);
    let message: string;
    try {
      message = await run();
    } catch (e) {
      message = say(failed, { why: (e as Error).message });
    }
    this.busy = false;
    this.toolbar?.say(message, this.clipAll.undoable);
    this.card?.refresh();
  }

  // ---- the toolbar -----------------------------------------------------------------------------

  /** what the toolbar shows of the page (nothing on a page that is not a report) */
  private toolbarView(): ToolbarView | null {
    if (!this.overlay || this.mode === 'not-report') return null;
    const d = this.detection;
    const on = this.mode === 'on';
    let clipped = 0;
    if (on) for (const t of [...this.tagger.all(), ...this.readers.all()]) if (t.clipped) clipped++;
    return {
      mode: this.mode === 'off' ? 'off' : 'on',
      offScope: this.scope,
      host: location.hostname,
      report: d ? describeReport(d) : '',
      targets: this.counts.target,
      actuals: this.counts.actual,
      clipped,
      own: on ? this.readers.all().filter((t) => t.clipped).length : 0,
      lost: on ? this.clips.lost().map(lostClip) : [],
      pending: on && this.tagger.pending > 0,
      busy: this.busy || this.mode === 'starting',
    };
  }

  private onPageAction(action: PageAction): void {
    const run: Record<PageAction, () => unknown> = {
      'clip-targets': () => this.clipAll.clip(),
      'off-page': () => this.turnOff('page', true),
      'off-site': () => this.turnOff('site', true),
      on: () => this.turnOn(!!this.overlay, true),
      'undo-clip-all': () => this.clipAll.undo(),
      'next-own': () => this.card?.nextOwn(),
    };
    void run[action]();
  }
}
