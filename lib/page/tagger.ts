// Tagging mentions in a page: from offsets into a flat text to <rl-mark> elements, and back.
//
// add() maps each mention to its text-node ranges (lib/page/flatten rangesOf) and plans one job per
// text node; jobs run in batches, blocks in or near the viewport first, the rest when the browser is
// idle. On a big page the frame after a batch (style, layout, paint) costs far more than the batch's
// script (../shared/PERFORMANCE.md), so a batch is sized by the frame it causes: each is followed by
// a measured frame, and ./pace.ts learns from those how many pieces the next may wrap. A block's
// jobs go in one batch, so no paragraph is laid out twice. Every piece of one mention is an
// <rl-mark> with the same data-rl-id; clear() puts every text node back as it was.
import type { Mention } from '../model/mention';
import { finish, rangesOf, type FlatText, type Stepper } from './flatten';
import { blockOf, markAround, markOf, newTag, setClipState, showFocused, type Job, type Piece, type Tag } from './marks';
import { unwrap, wrapSpans, type Wrapped } from './highlight';
import { Pacer } from './pace';
import { RubyBlocks } from './ruby';
import { syncScheduler, type Scheduler, type Watch } from './schedule';

export interface TaggerOptions {
  /** the aria-label of a tag's focusable mark: the mention as the page says it (nothing of the reader's clip or corrections) */
  label: (tag: Tag) => string;
  /** a tag's clip state changed (the page's marks do not show it: ./clip-layer.ts does) */
  onClipped?: (tag: Tag) => void;
  /** runs every change the tagger makes to the page (to keep a MutationObserver from seeing them) */
  mutate?: (change: () => void) => void;
  /** called when every planned piece is wrapped */
  onIdle?: () => void;
  scheduler?: Scheduler;
  /** script time per batch at most */
  budgetMs?: number;
  /**
   * The frame time (ms) a batch may cause, where the scheduler measures frames. 25 by default:
   * on the 2 MB report the fixed part of a frame is ~20 ms here, and frames stray from the aim by
   * several ms: the longest of a hundred frames stays well under 50.
   */
  frameMs?: number;
}

/** pieces in the first batch, before a frame is measured (about what a screenful of report holds) */
const FIRST_BATCH = 100;
/** blocks given to one watch() */
const WATCH_CHUNK = 400;

export class Tagger {
  private readonly tags = new Map<string, Tag>();
  /** our marks, and only ours: a page's look-alike <rl-mark> is not in here */
  private readonly byMark = new WeakMap<Element, Tag>();
  private wrapped: Wrapped[] = [];
  private queue: Job[] = [];
  private queueAt = 0;
  private urgent: Job[] = [];
  private readonly jobOfNode = new Map<Text, Job>();
  private readonly jobsOfBlock = new Map<Element, Job[]>();
  /** the watch each block is under, until its jobs are done (a watched element costs every frame) */
  private readonly watchOfBlock = new Map<Element, Watch>();
  private watches: Watch[] = [];
  private cancels: Array<() => void> = [];
  private proto: Element | null = null;
  private scheduled = false;
  /** a batch is in and its frame not yet measured: the next waits for it (this cancels the wait) */
  private probing: (() => void) | null = null;
  private readonly pacer: Pacer | null;
  private paused = 0;
  /** counts clear()s: a planner started before one stops */
  private generation = 0;
  private nextUid = 1;
  private readonly scheduler: Scheduler;
  private readonly budget: number;

  constructor(private readonly options: TaggerOptions) {
    this.scheduler = options.scheduler ?? syncScheduler;
    this.budget = options.budgetMs ?? 8;
    this.pacer = this.scheduler.frame ? new Pacer({ targetMs: options.frameMs ?? 25, first: FIRST_BATCH }) : null;
  }

  /** every tagged mention, in the order found */
  all(): Tag[] {
    return [...this.tags.values()];
  }

  get count(): number {
    return this.tags.size;
  }

  /** pieces still to wrap (every job is in the queue; the urgent ones are in it too) */
  get pending(): number {
    let n = 0;
    for (let i = this.queueAt; i < this.queue.length; i++) if (!this.queue[i].done) n += this.queue[i].pieces.length;
    return n;
  }

  /** the tag of one of our marks (an element the page made up is not one) */
  tagOf(el: Element): Tag | undefined {
    return this.byMark.get(el);
  }

  /**
   * Plan the mentions of `flat` (offsets into flat.text). A mention any piece of which is already
   * tagged, or planned, is left out: re-reading a page never tags a figure twice. Returns the new tags.
   */
  add(flat: FlatText, mentions: Mention[], root: Element): Tag[] {
    return finish(this.planner(flat, mentions, root));
  }

  /** add() as a stepper, for thousands of mentions: planned in slices, no mark put in until all are (a wrap splits nodes) */
  planner(flat: FlatText, mentions: Mention[], root: Element): Stepper<Tag[]> {
    const fresh: Tag[] = [];
    const newJobs: Job[] = [];
    const blockCache = new Map<Element, Element>();
    // before the first mark, no text can be inside one (the walk up costs on a big page)
    const anyMarks = this.wrapped.length > 0;
    let i = 0;
    let held = false;
    const generation = this.generation;
    const plan = (m: Mention) => {
      const ranges = rangesOf(flat, m.start, m.end);
      if (!ranges.length) return;
      const taken = ranges.some((r) => {
        if (anyMarks && markAround(r.node)) return true;
        const job = this.jobOfNode.get(r.node);
        return !!job && !job.done && job.pieces.some((p) => p.start < r.end && r.start < p.end);
      });
      if (taken) return;
      const tag = newTag(`m${this.nextUid++}`, m, flat.text, ranges.length);
      this.tags.set(tag.uid, tag);
      fresh.push(tag);
      ranges.forEach((r, index) => {
        let job = this.jobOfNode.get(r.node);
        if (!job || job.done) {
          job = { node: r.node, length: r.node.length, pieces: [], block: blockOf(r.node, root, blockCache), done: false };
          this.jobOfNode.set(r.node, job);
          newJobs.push(job);
        }
        job.pieces.push({ start: r.start, end: r.end, tag, index });
      });
    };
    return {
      step: (stop) => {
        // cleared meanwhile: what was planned is gone with the rest
        if (generation !== this.generation) return true;
        if (!held) {
          held = true;
          this.pause();
        }
        while (i < mentions.length) {
          plan(mentions[i++]);
          if (i % 32 === 0 && stop()) return false;
        }
        this.commit(newJobs);
        this.resume();
        return true;
      },
      result: () => fresh,
    };
  }

  /** queue planned jobs, watch their blocks, and start wrapping */
  private commit(newJobs: Job[]): void {
    if (!newJobs.length) return;
    // one by one: spreading a big page's jobs into push() would overflow the stack
    for (const job of newJobs) this.queue.push(job);
    const blocks: Element[] = [];
    for (const job of newJobs) {
      let list = this.jobsOfBlock.get(job.block);
      if (!list) {
        this.jobsOfBlock.set(job.block, (list = []));
        blocks.push(job.block);
      }
      list.push(job);
    }
    this.watchFrom(blocks, 0);
    this.schedule(false);
  }

  /** watch blocks a few hundred per task (observing thousands at once is a long task of its own) */
  private watchFrom(blocks: Element[], from: number): void {
    // a block wrapped meanwhile is not watched: it would be looked at every frame for nothing
    const part = blocks.slice(from, from + WATCH_CHUNK).filter((b) => this.jobsOfBlock.has(b));
    if (part.length) {
      const watch = this.scheduler.watch(part, (block) => this.onVisible(block));
      this.watches.push(watch);
      for (const b of part) this.watchOfBlock.set(b, watch);
    }
    if (from + WATCH_CHUNK < blocks.length) this.cancels.push(this.scheduler.soon(() => this.watchFrom(blocks, from + WATCH_CHUNK)));
  }

  /** wrap everything planned, now */
  flush(): void {
    this.paused = 0;
    this.stopProbing();
    this.run(Infinity, Infinity);
  }

  /** hold the wrapping (while the page is read again: a wrap splits the nodes a reading maps to) */
  pause(): void {
    this.paused++;
  }

  resume(): void {
    if (this.paused && --this.paused === 0) this.afterWork();
  }

  /** wrap one tag's pieces now (to scroll to it, say) */
  ensure(tag: Tag): void {
    if (!tag.left) return;
    const jobs = new Set<Job>();
    for (const job of this.jobOfNode.values()) if (!job.done && job.pieces.some((p) => p.tag === tag)) jobs.add(job);
    this.mutate(() => {
      const ruby = new RubyBlocks();
      for (const j of jobs) this.wrapJob(j, ruby);
      ruby.relayOut();
    });
    this.afterWork();
  }

  /** show a tag as clipped, clipped but changed in the page since, or not clipped */
  setClipped(tag: Tag, state: boolean | 'changed' = true): void {
    setClipState(tag, state);
    this.options.onClipped?.(tag);
  }

  /** label every tag again (the reader picked another language) */
  relabel(): void {
    this.mutate(() => {
      for (const tag of this.tags.values()) tag.marks[0]?.setAttribute('aria-label', this.options.label(tag));
    });
  }

  /** ring every piece of a tag while its first (the tab stop) has focus: the figure, not its first piece */
  setFocused(tag: Tag, focused: boolean): void {
    this.mutate(() => showFocused(tag, focused));
  }

  /** forget the tags whose marks the page took out (a front-end page replacing its article): they no longer count; returns them */
  prune(): Tag[] {
    const gone: Tag[] = [];
    for (const tag of this.tags.values()) {
      if (tag.left || !tag.marks.length) continue;
      if (tag.marks.every((m) => !m?.isConnected)) gone.push(tag);
    }
    for (const tag of gone) this.tags.delete(tag.uid);
    // their records would put back text into nodes no longer in the page: dropped too
    if (gone.length) this.wrapped = this.wrapped.filter((w) => w.nodes.some((n) => n.isConnected));
    return gone;
  }

  /** unwrap every mark and forget every tag: the page's text nodes are as they were */
  clear(): void {
    for (const c of this.cancels) c();
    for (const w of this.watches) w.stop();
    this.cancels = [];
    this.watches = [];
    this.watchOfBlock.clear();
    this.scheduled = false;
    this.probing = null;
    this.mutate(() => {
      const ruby = new RubyBlocks();
      for (let i = this.wrapped.length - 1; i >= 0; i--) {
        unwrap(this.wrapped[i]);
        ruby.noteAround(this.wrapped[i].original);
      }
      ruby.relayOut();
    });
    this.wrapped.length = 0;
    this.tags.clear();
    this.queue = [];
    this.queueAt = 0;
    this.urgent = [];
    this.paused = 0;
    this.generation++;
    this.jobOfNode.clear();
    this.jobsOfBlock.clear();
  }

  // ---- the work --------------------------------------------------------------------------------

  /** a change to the page, through options.mutate (so the page watcher does not see it) */
  private mutate(change: () => void): void {
    if (this.options.mutate) this.options.mutate(change);
    else change();
  }

  private onVisible(block: Element): void {
    const jobs = this.jobsOfBlock.get(block);
    this.jobsOfBlock.delete(block);
    this.watchOfBlock.delete(block);
    if (!jobs) return;
    for (const j of jobs) if (!j.done) this.urgent.push(j);
    // what is in view is wrapped in this task, unless a batch's frame is still to come (then next)
    this.run(this.budget);
  }

  private schedule(urgent: boolean): void {
    if (this.scheduled) return;
    this.scheduled = true;
    let cancel = (): void => {};
    const go = () => {
      this.scheduled = false;
      this.cancels = this.cancels.filter((c) => c !== cancel);
      this.run(this.budget);
    };
    cancel = urgent ? this.scheduler.soon(go) : this.scheduler.idle(go);
    if (this.scheduled) this.cancels.push(cancel);
  }

  /** wrap one batch: up to `limit` pieces (whole blocks) and `budget` ms of script */
  private run(budget: number, limit = this.pacer?.limit ?? Infinity): void {
    if (this.paused || this.probing) return;
    const t0 = this.scheduler.now();
    let pieces = 0;
    const ruby = new RubyBlocks();
    const work = () => {
      let block: Element | null = null;
      for (;;) {
        const job = this.peek();
        if (!job || (pieces >= limit && job.block !== block)) break;
        this.wrapJob(job, ruby);
        pieces += job.pieces.length;
        block = job.block;
        if (this.scheduler.now() - t0 >= budget) break;
      }
      ruby.relayOut();
    };
    this.mutate(work);
    if (pieces && this.pacer && this.scheduler.frame) this.measure(pieces);
    else this.afterWork();
  }

  /** wait for the frame that lays out the batch; learn from it how big the next may be */
  private measure(pieces: number): void {
    let cancel = (): void => {};
    let measured = false;
    cancel = this.scheduler.frame!((ms) => {
      measured = true;
      this.probing = null;
      this.cancels = this.cancels.filter((c) => c !== cancel);
      this.pacer!.record(pieces, ms);
      this.afterWork();
    });
    if (measured) return;
    this.probing = cancel;
    this.cancels.push(cancel);
  }

  /** stop waiting for a batch's frame (flush wraps the rest at once: nothing is left to size) */
  private stopProbing(): void {
    if (!this.probing) return;
    const cancel = this.probing;
    this.probing = null;
    cancel();
    this.cancels = this.cancels.filter((c) => c !== cancel);
  }

  private afterWork(): void {
    if (this.probing) return;
    if (this.urgent.length) this.schedule(true);
    else if (this.pending) this.schedule(false);
    else this.options.onIdle?.();
  }

  /** the next job to wrap (wrapping it marks it done, which moves this on) */
  private peek(): Job | null {
    while (this.urgent.length && this.urgent[0].done) this.urgent.shift();
    if (this.urgent.length) return this.urgent[0];
    while (this.queueAt < this.queue.length && this.queue[this.queueAt].done) this.queueAt++;
    return this.queue[this.queueAt] ?? null;
  }

  /** wrap a job's pieces; `ruby` notes the block, to be laid out anew if it has ruby in it (./ruby.ts) */
  private wrapJob(job: Job, ruby: RubyBlocks): void {
    job.done = true;
    ruby.note(job.block);
    if (this.jobOfNode.get(job.node) === job) this.jobOfNode.delete(job.node);
    const blockJobs = this.jobsOfBlock.get(job.block);
    if (blockJobs && blockJobs[blockJobs.length - 1] === job && blockJobs.every((j) => j.done)) {
      this.jobsOfBlock.delete(job.block);
      this.watchOfBlock.get(job.block)?.unwatch(job.block);
      this.watchOfBlock.delete(job.block);
    }
    const node = job.node;
    // a node the page has removed or changed since it was read is left alone
    if (!node.parentNode || node.length !== job.length || !node.isConnected) return;
    const pieces = job.pieces;
    const doc = node.ownerDocument;
    const spans = pieces.map((p) => ({ start: p.start, end: p.end, wrapper: this.makeMark(p, doc) }));
    this.wrapped.push(wrapSpans(node, spans));
    pieces.forEach((p, i) => {
      p.tag.marks[p.index] = spans[i].wrapper as HTMLElement;
      // a clipped figure whose marks were still to come: drawn as clipped now they are in
      if (--p.tag.left === 0 && p.tag.clipped) this.options.onClipped?.(p.tag);
    });
  }

  private makeMark(p: Piece, doc: Document): Element {
    // cloning one made element is cheaper than creating thousands
    if (this.proto?.ownerDocument !== doc) this.proto = doc.createElement('rl-mark');
    const el = markOf(p.tag, p.index, this.proto, this.options.label);
    this.byMark.set(el, p.tag);
    return el;
  }
}
