// Wiring only: the message router (lib/background/router.ts) with the browser's APIs and the database;
// "read this page" (lib/background/read-pages.ts) from the popup and the page's context menu.
import { route } from '@/lib/background/router';
import {
  keepReadScriptInStep,
  type ReadOutcome,
  readFromMenu,
  readPage,
  type ReadPagesDeps,
  type Scripting,
} from '@/lib/background/read-pages';
import { ReportLensDb } from '@/lib/db/schema';
import { translator } from '@/lib/i18n';
import type { TabCounted } from '@/lib/messages';
import { readSwitches, switches, updateSwitches } from '@/lib/settings';

const READ_MENU_ID = 'read-page';

export default defineBackground(() => {
  let db: ReportLensDb | null = null;
  const action = browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
  const scripting = browser.scripting as unknown as Scripting;
  const reading: ReadPagesDeps = {
    scripting,
    tabUrl: async (tabId) => (await browser.tabs.get(tabId).catch(() => null))?.url,
    updateSwitches,
  };
  const deps = {
    extensionId: browser.runtime.id,
    extensionOrigin: new URL(browser.runtime.getURL('/')).origin,
    db: () => (db ??= new ReportLensDb()),
    setBadge: async (tabId: number, count: number | null) => {
      await action.setBadgeText({ tabId, text: count ? String(count > 999 ? '999+' : count) : '' });
      if (count) await action.setBadgeBackgroundColor({ tabId, color: '#2b5fab' });
      // an open popup follows the tab (no popup open: nobody to receive it)
      browser.runtime.sendMessage({ type: 'tab:counted', tabId, count } satisfies TabCounted).catch(() => {});
    },
    openTab: async (url: string) => {
      await browser.tabs.create({ url });
    },
    readPage: (tabId: number) => readPage(reading, tabId),
  };
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    route(message, sender, deps).then(sendResponse);
    return true;
  });

  const name = browser.runtime.getManifest().name;
  const menuOutcome: ReadOutcome = {
    failed: async (tabId, why) => {
      const [zh, en] = [translator('zh')('readPageFailed', { why }), translator('en')('readPageFailed', { why })];
      await action.setBadgeText({ tabId, text: '!' });
      await action.setBadgeBackgroundColor({ tabId, color: '#b3261e' });
      await action.setTitle({ tabId, title: `${name}\n${zh}\n${en}` });
    },
    // the badge is the Lens's count once it has tagged the page
    read: (tabId) => action.setTitle({ tabId, title: name }),
  };

  // the page's context menu: the same as the popup's button. Chrome keeps menus across restarts (made
  // once, on install); Firefox keeps a persistent background page's menus for the session only
  const makeMenu = () =>
    browser.contextMenus.create({
      id: READ_MENU_ID,
      title: `${translator('zh')('menuReadPage')} · ${translator('en')('menuReadPage')}`,
      contexts: ['page'],
      documentUrlPatterns: ['http://*/*', 'https://*/*'],
    });
  browser.runtime.onInstalled.addListener(makeMenu);
  if (import.meta.env.FIREFOX) browser.runtime.onStartup.addListener(makeMenu);
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== READ_MENU_ID || tab?.id === undefined) return;
    readFromMenu(reading, menuOutcome, tab.id).catch((e) => console.warn('Report Lens: read this page:', (e as Error).message));
  });

  keepReadScriptInStep(scripting, readSwitches(), (then) => switches.watch(() => void readSwitches().then(then))).catch((e) =>
    console.warn('Report Lens: read pages:', e),
  );
});
