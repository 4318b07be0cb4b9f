// Reading the content scripts' own world from the test driver. Our content script says what it did
// with a page it turned away in a global of the extension's isolated world (lib/page/lens-start.ts),
// where the page's scripts cannot see it; the driver reads it through the DevTools protocol, which
// lists every isolated world of a frame and evaluates in any of them.
import type { CDPSession, Page } from 'playwright-core';

interface World {
  cdp: CDPSession;
  /** isolated worlds (extensions' content scripts) by execution context id, with their frame */
  contexts: Map<number, string>;
}

const worlds = new WeakMap<Page, Promise<World>>();

async function open(page: Page): Promise<World> {
  const cdp = await page.context().newCDPSession(page);
  const contexts = new Map<number, string>();
  cdp.on('Runtime.executionContextCreated', ({ context }) => {
    const aux = context.auxData as { type?: string; frameId?: string } | undefined;
    if (aux?.type === 'isolated' && aux.frameId) contexts.set(context.id, aux.frameId);
  });
  cdp.on('Runtime.executionContextDestroyed', ({ executionContextId }) => contexts.delete(executionContextId));
  cdp.on('Runtime.executionContextsCleared', () => contexts.clear());
  // enabling reports the worlds that exist already, then each one made after
  await cdp.send('Runtime.enable');
  return { cdp, contexts };
}

function worldOf(page: Page): Promise<World> {
  let w = worlds.get(page);
  if (!w) worlds.set(page, (w = open(page)));
  return w;
}

/** the page's DevTools session (one per page, shared by these helpers and ./closed-ui.ts) */
export async function sessionOf(page: Page): Promise<CDPSession> {
  return (await worldOf(page)).cdp;
}

/** whether `expression` is true in any content script's world of the page's main frame */
export async function trueInContentWorld(page: Page, expression: string): Promise<boolean> {
  const { cdp, contexts } = await worldOf(page);
  const main = (await cdp.send('Page.getFrameTree')).frameTree.frame.id;
  for (const [contextId, frameId] of contexts) {
    if (frameId !== main) continue;
    const r = await cdp.send('Runtime.evaluate', { expression, contextId, returnByValue: true }).catch(() => null);
    if (r?.result.value === true) return true;
  }
  return false;
}
