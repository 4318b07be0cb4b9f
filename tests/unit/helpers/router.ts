// The background's router as the unit tests drive it: an extension id, its origin, the database, and
// browser APIs that record or refuse (what a test does not use throws if called).
import type { RouterDeps, Sender } from '../../../lib/background/router';
import type { ReportLensDb } from '../../../lib/db/schema';

export const EXT = 'abcdefghijklmnop';
export const ORIGIN = `chrome-extension://${EXT}`;

export function routerDeps(db: ReportLensDb, over: Partial<RouterDeps> = {}): RouterDeps {
  return {
    extensionId: EXT,
    extensionOrigin: ORIGIN,
    db: () => db,
    setBadge: () => {},
    openTab: () => {},
    readPage: async () => {
      throw new Error('not in these tests');
    },
    ...over,
  };
}

/** a message from the content script of the page at `url` (its top frame) */
export const fromPage = (url: string): Sender => ({ id: EXT, url, tab: { id: 7, url }, frameId: 0 });
