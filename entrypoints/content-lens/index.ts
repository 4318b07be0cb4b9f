// The Lens, imported by the content script's gate (entrypoints/content-gate.ts) into its isolated
// world, on pages that passed the gate only. A web-accessible resource with a dynamic URL
// (wxt.config.ts), so a page cannot fetch it to learn that the extension is installed.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { Lens } from '@/lib/content/lens';

export default defineUnlistedScript(() => {
  // WXT's context: invalidated when the extension is reloaded or updated (the Lens then cleans up);
  // it says nothing to the page (no window.postMessage)
  const ctx = new ContentScriptContext('content-lens', { noScriptStartedPostMessage: true } as ConstructorParameters<
    typeof ContentScriptContext
  >[1]);
  new Lens(ctx).start().catch((e) => {
    console.warn('Report Lens:', e);
  });
});
