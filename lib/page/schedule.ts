// Where the Tagger's time comes from: the browser's idle periods, frames and viewport, or a test's
// clock that runs everything at once.

/** where the tagger's time comes from: the browser's idle periods and viewport, or a test's */
export interface Scheduler {
  now(): number;
  /** run when the browser is idle; returns a cancel */
  idle(fn: () => void): () => void;
  /** run as soon as possible, in a task of its own */
  soon(fn: () => void): () => void;
  /** call `onVisible` for each element that comes into or near the viewport */
  watch(els: Element[], onVisible: (el: Element) => void): Watch;
  /**
   * Call `fn` once the next frame is rendered, with the ms its rendering took. Without it batches
   * are sized by script time alone. Returns a cancel.
   */
  frame?(fn: (ms: number) => void): () => void;
}

export interface Watch {
  /** stop watching one element (its work is done) */
  unwatch(el: Element): void;
  stop(): void;
}

export const NO_WATCH: Watch = { unwatch: () => {}, stop: () => {} };

/** the browser's scheduler: requestIdleCallback, frames and IntersectionObserver where they exist */
export function browserScheduler(win: Window & typeof globalThis = window): Scheduler {
  return {
    now: () => win.performance.now(),
    idle: (fn) => {
      if (typeof win.requestIdleCallback === 'function') {
        const id = win.requestIdleCallback(() => fn(), { timeout: 250 });
        return () => win.cancelIdleCallback(id);
      }
      const id = win.setTimeout(fn, 16);
      return () => win.clearTimeout(id);
    },
    soon: (fn) => {
      const id = win.setTimeout(fn, 0);
      return () => win.clearTimeout(id);
    },
    frame: frameTimer(win),
    watch: (els, onVisible) => {
      if (typeof win.IntersectionObserver !== 'function') return NO_WATCH;
      const io = new win.IntersectionObserver(
        (entries) => {
          for (const e of entries) {
            if (!e.isIntersecting) continue;
            io.unobserve(e.target);
            onVisible(e.target);
          }
        },
        { rootMargin: '50% 0px 50% 0px' },
      );
      for (const el of els) io.observe(el);
      return { unwatch: (el) => io.unobserve(el), stop: () => io.disconnect() };
    },
  };
}

/**
 * How long the next frame takes to render. Rendering runs requestAnimationFrame callbacks, then
 * style, layout and paint, in one task: a message posted from the callback is handled once that task
 * is over. A hidden page renders no frames, so its marks wait until it is shown (wrapped meanwhile,
 * they would all be laid out in the first frame it shows).
 */
function frameTimer(win: Window & typeof globalThis): Scheduler['frame'] {
  if (typeof win.requestAnimationFrame !== 'function') return undefined;
  return (fn) => {
    let port: MessagePort | null = null;
    let raf = win.requestAnimationFrame(() => {
      raf = 0;
      const t0 = win.performance.now();
      const ch = new win.MessageChannel();
      port = ch.port1;
      ch.port1.onmessage = () => {
        ch.port1.close();
        fn(win.performance.now() - t0);
      };
      ch.port2.postMessage(null);
    });
    return () => {
      if (raf) win.cancelAnimationFrame(raf);
      port?.close();
    };
  };
}

/** a scheduler that runs everything at once (tests, and the CLI's DOM) */
export const syncScheduler: Scheduler = {
  now: () => 0,
  idle: (fn) => (fn(), () => {}),
  soon: (fn) => (fn(), () => {}),
  watch: () => NO_WATCH,
};
