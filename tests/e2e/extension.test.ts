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
