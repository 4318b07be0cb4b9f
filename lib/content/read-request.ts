// Pages the reader asked to have read as reports ("read this page", from the popup or the context
// menu): the background starts the Lens there through entrypoints/content-read.ts (registered for
// those pages, or run into the tab on the click), which claims the document as read-as-report
// (lib/page/lens-start.ts). The reader's switch is checked too: a registered script's match pattern
// may take in more than the page (any port, a `*` in its path), and a switch taken back in the popup
// holds at once.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { lensClaim } from '../page/lens-start';
import { isReadPage, offScope, readSwitches, type OffScope, type Switches } from '../settings';

/** whether this page is to be read as a report */
function askedToRead(s: Switches): boolean {
  return !!lensClaim()?.readAsReport && isReadPage(s, location.href);
}

/**
 * Whether the page is to be read as a report now; and `then` is called when the reader asks for it
 * later, after the Lens started (the gate's Lens: deciding, or turned the page away).
 */
export function whenAskedToRead(ctx: ContentScriptContext, now: Switches, then: () => void): boolean {
  const claim = lensClaim();
  if (!claim) return false;
  claim.onReadAsReport = () => {
    readSwitches().then(
      (s) => askedToRead(s) && then(),
      () => {},
    );
  };
  ctx.onInvalidated(() => {
    claim.onReadAsReport = undefined;
  });
  return askedToRead(now);
}

/**
 * What a change of the reader's switches (made in the popup, or in another tab) asks of this page: to be
 * off (and where), and whether a reading the reader had asked for was taken back (the switch removed).
 */
export function switchesAsk(s: Switches | null, readAsked: boolean): { off: OffScope | null; unread: boolean } {
  const now = s ?? { sites: [], pages: [], reads: [] };
  return { off: offScope(now, location.href), unread: readAsked && !isReadPage(now, location.href) };
}
