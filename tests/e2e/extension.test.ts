import { afterAll, beforeAll, expect, test } from 'vitest';
import { launch, type Browser } from './harness';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

test('the built extension loads, and its manifest asks only for what it uses', async () => {
  expect(browser.extensionId).toMatch(/^[a-p]{32}$/);
  const manifest = await browser.worker.evaluate(() =>
    (
      globalThis as unknown as { chrome: { runtime: { getManifest(): { manifest_version: number; permissions?: string[] } } } }
    ).chrome.runtime.getManifest(),
  );
  expect(manifest.manifest_version).toBe(3);
  expect(manifest.permissions ?? []).toEqual(expect.not.arrayContaining(['tabs', 'history', 'webRequest', 'cookies']));
});

test('"read this page" adds no install warning: the same one line as the content script alone asks', async () => {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  type Api = {
    runtime: { getManifest(): Record<string, unknown> & { permissions: string[]; host_permissions?: string[] } };
    management: { getPermissionWarningsByManifest(m: string): Promise<string[]> };
  };
  const [withRead, contentScriptOnly] = await page.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: Api }).chrome;
    const m = api.runtime.getManifest();
    // what the manifest asked before "read this page": storage, and the content script's hosts
    const before = { ...m, permissions: ['storage'] } as Record<string, unknown>;
    delete before.host_permissions;
    return Promise.all([JSON.stringify(m), JSON.stringify(before)].map((s) => api.management.getPermissionWarningsByManifest(s)));
  });
  expect(withRead).toEqual(contentScriptOnly);
  expect(withRead).toHaveLength(1);
  const manifest = await page.evaluate(() => (globalThis as unknown as { chrome: Api }).chrome.runtime.getManifest());
  expect(manifest.permissions.sort()).toEqual(['contextMenus', 'scripting', 'storage']);
  expect(manifest.host_permissions).toEqual(['http://*/*', 'https://*/*']);
  await page.close();
});
