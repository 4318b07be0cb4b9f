// Wiring only: the message router (lib/background/router.ts) with the browser's APIs and the database.
import { route } from '@/lib/background/router';
import { ReportLensDb } from '@/lib/db/schema';

export default defineBackground(() => {
  let db: ReportLensDb | null = null;
  const action = browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
  const deps = {
    extensionId: browser.runtime.id,
    extensionOrigin: new URL(browser.runtime.getURL('/')).origin,
    db: () => (db ??= new ReportLensDb()),
    setBadge: async (tabId: number, count: number | null) => {
      await action.setBadgeText({ tabId, text: count ? String(count > 999 ? '999+' : count) : '' });
      if (count) await action.setBadgeBackgroundColor({ tabId, color: '#2b5fab' });
    },
    openTab: async (url: string) => {
      await browser.tabs.create({ url });
    },
  };
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    route(message, sender, deps).then(sendResponse);
    return true;
  });
});
