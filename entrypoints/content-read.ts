// The starter of pages the reader asked to have read as reports ("read this page"): registered by the
// background for exactly those pages, and run into the tab on the reader's click
// (lib/background/read-pages.ts). It starts the Lens in read-as-report mode, or tells the Lens the
// gate started already (lib/page/lens-start.ts: one Lens per document).
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startLens } from '@/lib/page/lens-start';

export default defineUnlistedScript(() => startLens(true));
