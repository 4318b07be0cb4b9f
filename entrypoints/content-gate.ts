// The content script, on every http(s) page: the cheap gate (lib/page/gate.ts). A page that fails it
// is marked data-rl-state="not-report" and nothing else happens; a page that may still be rendering
// its article is watched, for a while, until it has text; a page that passes gets the Lens.
//
// Only this small script is compiled and run on every page, and it touches no extension API on a
// page it turns away (the first touch costs a few ms of binding set-up). The Lens — reading,
// tagging, the UI — is entrypoints/content-lens, imported into this same isolated world on pages that
// pass. Declared as the content script in wxt.config.ts (an unlisted script: no WXT context, which
// would touch the extension API on every page).
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { gate, readGateInput } from '@/lib/page/gate';

/** how long a page with too little text is waited for */
const WAIT_MAX_MS = 20_000;
const WAIT_QUIET_MS = 300;

export default defineUnlistedScript(() => {
  const root = document.documentElement;
  // once per document
  if (!root || root.hasAttribute('data-rl-state')) return;
  // null: plainly not Chinese from a first look at the page
  const input = readGateInput(document);
  const verdict = input && gate(input);
  if (verdict?.pass) return startLens();
  if (verdict?.wait && document.body) return waitForText();
  notReport();
});

function notReport(): void {
  document.documentElement.setAttribute('data-rl-state', 'not-report');
}

function startLens(): void {
  const api = (globalThis as unknown as { chrome: { runtime: { getURL(path: string): string } } }).chrome;
  import(/* @vite-ignore */ api.runtime.getURL('/content-lens.js')).catch((e) => {
    console.warn('Report Lens: could not load', e);
  });
}

/** a page rendering its article (a front-end framework's): look again when its DOM settles */
function waitForText(): void {
  let timer = 0;
  let firstChange = 0;
  let done = false;
  const finish = (pass: boolean) => {
    if (done) return;
    done = true;
    observer.disconnect();
    window.clearTimeout(timer);
    window.clearTimeout(giveUp);
    if (pass) startLens();
    else notReport();
  };
  const check = () => {
    firstChange = 0;
    const input = readGateInput(document);
    const v = input && gate(input);
    if (v?.pass) finish(true);
    else if (!v?.wait) finish(false);
  };
  const observer = new MutationObserver(() => {
    window.clearTimeout(timer);
    // let the DOM settle, but look at least once a second while it keeps changing
    const now = performance.now();
    if (!firstChange) firstChange = now;
    timer = window.setTimeout(check, Math.max(0, Math.min(WAIT_QUIET_MS, firstChange + 1000 - now)));
  });
  observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  const giveUp = window.setTimeout(() => finish(false), WAIT_MAX_MS);
}
