// The content script, on every http(s) page: the cheap gate (lib/page/gate.ts). A page that fails it
// gets nothing written into it (one console line says so: lib/page/lens-start.ts); a page that may
// still be rendering its article is watched, for a while, until it has text; a page that passes gets
// the Lens (once per document: a page the reader asked to have read may have started it already).
//
// Only this small script is compiled and run on every page, and it touches no extension API on a
// page it turns away (the first touch costs a few ms of binding set-up). The Lens — reading,
// tagging, the UI — is entrypoints/content-lens, imported into this same isolated world on pages that
// pass. Declared as the content script in wxt.config.ts (an unlisted script: no WXT context, which
// would touch the extension API on every page).
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { gate, readGateInput } from '@/lib/page/gate';
import { lensClaim, sayTurnedAway, startLens } from '@/lib/page/lens-start';

/** how long a page with too little text is waited for */
const WAIT_MAX_MS = 20_000;
const WAIT_QUIET_MS = 300;

export default defineUnlistedScript(() => {
  if (!document.documentElement || lensClaim()) return;
  // null: plainly not Chinese from a first look at the page
  const input = readGateInput(document);
  const verdict = input && gate(input);
  if (verdict?.pass) return startLens(false);
  if (verdict?.wait && document.body) return waitForText();
  sayTurnedAway();
});

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
    if (pass) startLens(false);
    // a Lens started meanwhile (the reader asked for the page) has said what it says
    else if (!lensClaim()) sayTurnedAway();
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
