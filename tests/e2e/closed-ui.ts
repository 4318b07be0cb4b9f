// Our UI in a page lives in closed shadow roots (lib/ui/in-page/overlay.tsx): the page's scripts cannot
// read it, and neither can Playwright's locators, which pierce open roots only. The DevTools protocol
// reaches into closed roots: a `UiLocator` finds elements inside one of our hosts by CSS selector,
// reads them, and clicks them as the reader would — a trusted click at the element's centre, once
// nothing else is over it.
//   ui(page, 'rl-card [data-rl-action="clip"]').click()
import type { Locator, Page } from 'playwright-core';
import { sessionOf } from './content-world';

const WAIT_MS = 10_000;

export interface UiLocator {
  count(): Promise<number>;
  /** the first match's text, once there is one (null when none comes) */
  textContent(): Promise<string | null>;
  allTextContents(): Promise<string[]>;
  getAttribute(name: string): Promise<string | null>;
  isDisabled(): Promise<boolean>;
  /** a trusted click at its centre, once it is there, enabled, and the topmost element at that point */
  click(): Promise<void>;
  /** hover the pointer over its centre, once it is there */
  hover(): Promise<void>;
  /** an untrusted click, as a script with a hold of the element would make (element.click()) */
  scriptClick(): Promise<void>;
  waitFor(options?: { state?: 'attached' | 'detached'; timeout?: number }): Promise<void>;
  /** its box in the viewport, once it is there */
  boundingBox(): Promise<{ x: number; y: number; width: number; height: number }>;
}

/** an element (or elements) inside the closed shadow root of one of our hosts: `rl-card .card` */
export function ui(page: Page, selector: string): UiLocator {
  const space = selector.indexOf(' ');
  const host = selector.slice(0, space);
  const inner = selector.slice(space + 1);
  const call = <T>(fn: string, ...args: unknown[]) => callInRoot<T>(page, host, fn, [inner, ...args]);
  const first = async (): Promise<void> => {
    await waitUntil(() => call<number>('function (s) { return this.querySelectorAll(s).length; }').then((n) => n > 0), WAIT_MS, selector);
  };
  const centre = () =>
    call<{ x: number; y: number; top: boolean; disabled: boolean } | null>(`function (s) {
      const el = this.querySelector(s);
      if (!el) return null;
      const r = el.getBoundingClientRect();
      const x = r.left + r.width / 2, y = r.top + r.height / 2;
      const hit = r.width && r.height ? this.elementFromPoint(x, y) : null;
      return { x, y, top: !!hit && (hit === el || el.contains(hit)), disabled: !!el.disabled || el.getAttribute('aria-disabled') === 'true' };
    }`);
  const reachable = async () => {
    let at: Awaited<ReturnType<typeof centre>> = null;
    await waitUntil(
      async () => {
        at = await centre();
        return !!at && at.top && !at.disabled;
      },
      WAIT_MS,
      `${selector} to be clickable`,
    );
    return at!;
  };
  return {
    count: () => call<number>('function (s) { return this.querySelectorAll(s).length; }'),
    textContent: async () => {
      await first().catch(() => {});
      return call<string | null>('function (s) { const el = this.querySelector(s); return el ? el.textContent : null; }');
    },
    allTextContents: () => call<string[]>('function (s) { return [...this.querySelectorAll(s)].map((el) => el.textContent); }'),
    getAttribute: async (name) => {
      await first();
      return call<string | null>('function (s, n) { const el = this.querySelector(s); return el ? el.getAttribute(n) : null; }', name);
    },
    isDisabled: async () => {
      await first();
      return call<boolean>(
        'function (s) { const el = this.querySelector(s); return !!el.disabled || el.getAttribute("aria-disabled") === "true"; }',
      );
    },
    click: async () => {
      const at = await reachable();
      await page.mouse.click(at.x, at.y);
    },
    hover: async () => {
      const at = await reachable();
      await page.mouse.move(at.x, at.y);
    },
    scriptClick: async () => {
      await first();
      await call('function (s) { this.querySelector(s).click(); }');
    },
    waitFor: async (options = {}) => {
      const gone = options.state === 'detached';
      await waitUntil(
        () => call<number>('function (s) { return this.querySelectorAll(s).length; }').then((n) => (gone ? n === 0 : n > 0)),
        options.timeout ?? WAIT_MS,
        selector,
      );
    },
    boundingBox: async () => {
      await first();
      return call(
        'function (s) { const r = this.querySelector(s).getBoundingClientRect(); return { x: r.x, y: r.y, width: r.width, height: r.height }; }',
      );
    },
  };
}

/** the data-rl-action of the element with the keyboard inside one of our hosts (`rl-card`); null for none there */
export function focusedAction(page: Page, host: string): Promise<string | null> {
  return callInRoot(
    page,
    host,
    'function () { return this.activeElement ? this.activeElement.getAttribute("data-rl-action") : null; }',
    [],
  );
}

/** what the reader sees clipped, by the tag's data-rl-id: "true", or "changed" (the page says another figure now) */
export function clipStates(page: Page): Promise<Record<string, string>> {
  return callInRoot(
    page,
    'rl-clips',
    `function () { return Object.fromEntries([...this.querySelectorAll('[data-rl-clipped]')].map((g) => [g.getAttribute('data-rl-id'), g.getAttribute('data-rl-clipped')])); }`,
    [],
  );
}

/** the tags clipped ("true") or clipped and changed since, by their data-rl-id */
export async function clippedIds(page: Page, state: 'true' | 'changed' = 'true'): Promise<string[]> {
  return Object.entries(await clipStates(page))
    .filter(([, s]) => s === state)
    .map(([id]) => id);
}

/**
 * What the page's own scripts can read of our work: the document as HTML, every mark's computed style
 * (its pseudo-elements' too), the page's CSS highlights, and whether our hosts' shadow roots are open to
 * it. Equal before and after a clip: the page cannot tell what the reader clipped.
 */
export function pageSideOf(page: Page): Promise<Record<string, unknown>> {
  // a string, not a function: tsx (the screenshots, the benches) would wrap a named inner function in a helper the page lacks
  return page.evaluate(`(() => {
    const look = (el, pseudo) => {
      const s = getComputedStyle(el, pseudo);
      return [s.backgroundColor, s.color, s.outlineStyle, s.textDecorationLine, s.textDecorationStyle, s.content, s.width].join('|');
    };
    return {
      html: document.documentElement.outerHTML,
      marks: [...document.querySelectorAll('rl-mark')].map((m) => [look(m), look(m, '::before'), look(m, '::after')].join(' ')),
      highlights: CSS.highlights ? [...CSS.highlights.keys()] : [],
      openRoots: ['rl-toolbar', 'rl-card', 'rl-editor', 'rl-clips'].filter((t) => document.querySelector(t)?.shadowRoot),
      labels: [...document.querySelectorAll('[aria-label]')].map((el) => el.getAttribute('aria-label')),
    };
  })()`);
}

/** the marks matching `selector` of figures not clipped */
export async function notClipped(page: Page, selector: string): Promise<Locator> {
  const clipped = Object.keys(await clipStates(page));
  return page.locator(selector + clipped.map((id) => `:not([data-rl-id="${id}"])`).join(''));
}

/** the frame of our editor (an extension page framed into the report page), once it is there */
export async function editorFrame(page: Page) {
  let frame: ReturnType<Page['frames']>[number] | undefined;
  await waitUntil(
    async () => {
      frame = page.frames().find((f) => f.url().startsWith('chrome-extension://') && f.url().includes('/editor.html'));
      return !!frame;
    },
    WAIT_MS,
    'the editor frame',
  );
  return frame!;
}

/**
 * Call `fn` (a function declaration, `this` the shadow root of the first `host` element of the main
 * frame's document) with `args`; a missing host or root reads as a root with nothing in it.
 */
async function callInRoot<T>(page: Page, host: string, fn: string, args: unknown[]): Promise<T> {
  const cdp = await sessionOf(page);
  const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: host });
  const shadow = nodeId ? (await cdp.send('DOM.describeNode', { nodeId, depth: 1, pierce: true })).node.shadowRoots?.[0] : undefined;
  const empty = `function (...a) { return (${fn}).apply(document.createDocumentFragment(), a); }`;
  if (!shadow) {
    const r = await cdp.send('Runtime.evaluate', { expression: `(${empty})(...${JSON.stringify(args)})`, returnByValue: true });
    return r.result.value as T;
  }
  const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId });
  try {
    const r = await cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId!,
      functionDeclaration: fn,
      arguments: args.map((value) => ({ value })),
      returnByValue: true,
    });
    if (r.exceptionDetails) throw new Error(`in ${host}: ${r.exceptionDetails.exception?.description ?? r.exceptionDetails.text}`);
    return r.result.value as T;
  } finally {
    await cdp.send('Runtime.releaseObject', { objectId: object.objectId! }).catch(() => {});
  }
}

async function waitUntil(test: () => Promise<boolean>, timeout: number, what: string): Promise<void> {
  const until = Date.now() + timeout;
  for (;;) {
    if (await test().catch(() => false)) return;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
