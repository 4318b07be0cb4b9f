// Watching a tagged page change (a front-end page rendering late paragraphs, a live edit) and asking
// for the article to be read again once it is quiet: at most every REREAD_MAX_WAIT_MS while it keeps
// changing, never two readings at once, and not for ever. Our own changes (marks going in, our UI)
// are made unseen (`quietly`) or recognised, so tagging never causes a re-reading.
import { markAround } from '../page/marks';

/** re-reading a changing page: wait for quiet this long, but never longer than MAX */
const REREAD_QUIET_MS = 400;
const REREAD_MAX_WAIT_MS = 2000;
/** re-readings per page view at most: a page that never stops changing is not chased for ever */
const MAX_REREADS = 200;
const OBSERVED: MutationObserverInit = { childList: true, subtree: true, characterData: true };

export interface WatchOptions {
  /** whether re-reading is wanted now (the page is tagged) */
  active: () => boolean;
  /** the article element last read: changes inside it always count */
  article: () => Element | null;
  /** read the page again; resolves when done */
  reread: () => Promise<void>;
}

export class PageWatcher {
  private observer: MutationObserver | null = null;
  private timer = 0;
  private first = 0;
  private running = false;
  private again = false;
  private count = 0;
  /** page changes seen, and how many had been seen when the article was last read */
  private changes = 0;
  private changesAtRead = 0;

  constructor(private readonly options: WatchOptions) {}

  start(): void {
    if (this.observer || !document.body) return;
    this.observer = new MutationObserver((records) => {
      if (records.some((r) => this.isPageChange(r))) this.pageChanged();
    });
    this.observer.observe(document.body, OBSERVED);
  }

  stop(): void {
    this.observer?.disconnect();
    this.observer = null;
    window.clearTimeout(this.timer);
    this.timer = 0;
    this.first = 0;
  }

  /** the article is being read now: changes from here on are news to this reading */
  markRead(): void {
    this.changesAtRead = this.changes;
  }

  /** the page changed since the article was last read */
  get changedSinceRead(): boolean {
    return this.changes !== this.changesAtRead;
  }

  /** run our own change to the page unseen by our observer (records before it are still handled) */
  quietly(change: () => void): void {
    const obs = this.observer;
    if (!obs) {
      change();
      return;
    }
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
    const article = this.options.article();
    if (!article?.isConnected || article.contains(r.target)) return true;
    // beside the article: a counter ticking is not news, a block of text appearing may be
    return added.some((n) => !isOurs(n) && (n.textContent?.length ?? 0) >= 100);
  }

  private pageChanged(): void {
    this.changes++;
    this.schedule();
  }

  /** read again once the page is quiet (or has kept changing for REREAD_MAX_WAIT_MS) */
  schedule(): void {
    if (!this.options.active() || this.count >= MAX_REREADS) return;
    const now = performance.now();
    if (!this.first) this.first = now;
    window.clearTimeout(this.timer);
    const wait = Math.max(0, Math.min(REREAD_QUIET_MS, this.first + REREAD_MAX_WAIT_MS - now));
    this.timer = window.setTimeout(() => void this.run(), wait);
  }

  private async run(): Promise<void> {
    this.timer = 0;
    this.first = 0;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = true;
    this.count++;
    try {
      await this.options.reread();
    } finally {
      this.running = false;
      if (this.again) {
        this.again = false;
        this.schedule();
      }
    }
  }
}

/** one of the elements the Lens puts into the page */
export function isOurs(n: Node): boolean {
  return n.nodeType === 1 && /^RL-(?:MARK|TOOLBAR|CARD|UI)$/.test((n as Element).tagName);
}
