// Starting the Lens, once per document. Two content scripts may start it: the gate (every page) and the starter of
// pages the reader asked to have read (entrypoints/content-read.ts: registered for those pages, or
// run into the tab on the reader's click). Both run in the extension's isolated world, so the claim
// is a global there: the page cannot see it or forge it (a DOM attribute it could do both with).
// The extension's API is touched only when a Lens is started (the gate turns most pages away first).

export interface LensClaim {
  /** the reader asked for this page to be read as a report (the detector's verdict is overridden) */
  readAsReport: boolean;
  /** set by the Lens once it runs: told when the starter of read pages comes after it started */
  onReadAsReport?: () => void;
}

const KEY = '__reportLensClaim';
/** the page was turned away (by the gate, or by the detector after it), until a Lens is started after all */
const TURNED_AWAY = '__reportLensTurnedAway';
type Scope = { [KEY]?: LensClaim; [TURNED_AWAY]?: boolean };

/** the claim of this document, if a Lens has been started in it */
export function lensClaim(): LensClaim | undefined {
  return (globalThis as Scope)[KEY];
}

/**
 * Start the Lens (entrypoints/content-lens, imported into this isolated world) unless one is started
 * in this document already; a request to read the page as a report is then passed on to that one.
 */
export function startLens(readAsReport: boolean): void {
  const scope = globalThis as Scope;
  const held = scope[KEY];
  if (held) {
    // asked again after the Lens turned the page away (or was switched off) too: it reads it again
    if (readAsReport) {
      held.readAsReport = true;
      held.onReadAsReport?.();
    }
    return;
  }
  scope[KEY] = { readAsReport };
  scope[TURNED_AWAY] = false;
  const api = (globalThis as unknown as { chrome: { runtime: { getURL(path: string): string } } }).chrome;
  import(/* @vite-ignore */ api.runtime.getURL('/content-lens.js')).catch((e) => {
    console.warn('Report Lens: could not load', e);
  });
}

/**
 * The one sign that a page was turned away (by the gate, or by the detector after it): a global of the
 * extension's isolated world, which test drivers read through the DevTools protocol
 * (tests/e2e/content-world.ts) and the page's own scripts cannot. A turned-away page gets nothing
 * written into it, nor a console line (one cost more than the gate's own work while a driver listens).
 */
export const sayTurnedAway = (): void => {
  (globalThis as Scope)[TURNED_AWAY] = true;
};

/** the expression a test driver evaluates in the isolated world to learn whether the page was turned away */
export const TURNED_AWAY_PROBE = `globalThis.${TURNED_AWAY} === true`;
