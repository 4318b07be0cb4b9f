// What the content script's pieces share: its one way to the background, and a way to give the page
// its turn between slices of work.
import { browser } from 'wxt/browser';
import { send, type Request } from '../messages';
import { inSlices, type Stepper } from '../page/flatten';

/** ask the background (lib/background/router.ts) and unwrap its reply; throws its error */
export const request = <R extends Request>(r: R) => send(browser.runtime.sendMessage as (m: unknown) => Promise<unknown>, r);

/** give the page its turn: go on in a task of our own (a message port: no timer clamping) */
export const pause = (): Promise<void> =>
  new Promise((ok) => {
    const ch = new MessageChannel();
    ch.port1.onmessage = () => {
      ch.port1.close();
      ok();
    };
    ch.port2.postMessage(null);
  });

/** a walk over the page (lib/page/flatten) run in slices of a few ms of script, the page's turn between them */
export const inTurns = <T>(walk: Stepper<T>): Promise<T> => inSlices(walk, 10, () => performance.now(), pause);
