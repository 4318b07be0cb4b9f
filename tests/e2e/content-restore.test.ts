// Switching tagging off restores the article exactly (text, element structure, text nodes), the
// switch is remembered (for the page, for the site) and the toolbar turns it back on. Only the
// reader's own clicks count: a page's script clicking our buttons does nothing.
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, serve, type Browser, type Site } from './harness';
import { settled, toolbarButton } from './content-pages';

let browser: Browser;
let site: Site;
beforeAll(async () => {
  [browser, site] = await Promise.all([launch(), serve()]);
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

interface Shape {
  html: string;
  text: string;
  textNodes: number;
  elements: number;
}

/** the article (#zoom) as it stands, and as the page's own HTML has it (parsed, no script run) */
function shapes(page: Page): Promise<{ live: Shape; original: Shape }> {
  return page.evaluate(async () => {
    const shape = (el: Element): Shape => {
      let textNodes = 0;
      const w = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      while (w.nextNode()) textNodes++;
      return { html: el.innerHTML, text: el.textContent ?? '', textNodes, elements: el.querySelectorAll('*').length };
    };
    const source = await (await fetch(location.href)).text();
    const parsed = new DOMParser().parseFromString(source, 'text/html');
    return { live: shape(document.getElementById('zoom')!), original: shape(parsed.getElementById('zoom')!) };
  });
}

const state = (page: Page) => page.evaluate(() => document.documentElement.getAttribute('data-rl-state'));

test('"off for this page" restores the article exactly; it stays off on reload; "turn on" tags it again', async () => {
  const page = await browser.context.newPage();
  await page.goto(site.url('taicang-2023-report.html'));
  expect(await settled(page)).toBe('tagged');
  const count = await page.evaluate(() => document.documentElement.getAttribute('data-rl-count'));
  const tagged = await shapes(page);
  expect(tagged.live.html).not.toBe(tagged.original.html);
  expect(tagged.live.text).toBe(tagged.original.text);

  await toolbarButton(page, 'off-page').click();
  await expect.poll(() => state(page)).toBe('off');
  const off = await shapes(page);
  expect(off.live).toEqual(off.original);
  expect(await page.locator('rl-mark').count()).toBe(0);
  expect(await page.evaluate(() => document.documentElement.hasAttribute('data-rl-count'))).toBe(false);

  await page.reload();
  expect(await settled(page)).toBe('off');
  expect(await page.locator('rl-mark').count()).toBe(0);
  await toolbarButton(page, 'on').click();
  await expect.poll(() => state(page)).toBe('tagged');
  expect(await settled(page)).toBe('tagged');
  expect(await page.evaluate(() => document.documentElement.getAttribute('data-rl-count'))).toBe(count);
  await page.close();
});

test('"off for this site" holds for the site\'s other report pages until turned back on', async () => {
  const page = await browser.context.newPage();
  await page.goto(site.url('taicang-2023-targets.html'));
  expect(await settled(page)).toBe('tagged');
  await toolbarButton(page, 'off-site').click();
  await expect.poll(() => state(page)).toBe('off');
  await page.goto(site.url('wuzhong-2025-targets.html'));
  expect(await settled(page)).toBe('off');
  expect(await page.locator('rl-mark').count()).toBe(0);
  const off = await shapes(page);
  expect(off.live).toEqual(off.original);
  await toolbarButton(page, 'on').click();
  await expect.poll(() => state(page)).toBe('tagged');
  expect(await settled(page)).toBe('tagged');
  await page.goto(site.url('taicang-2023-targets.html'));
  expect(await settled(page)).toBe('tagged');
  await page.close();
});

test("a page's script cannot reach our switches, and a script that could, clicking them, changes nothing", async () => {
  const page = await browser.context.newPage();
  await page.goto(site.url('taicang-2023-report.html'));
  expect(await settled(page)).toBe('tagged');
  expect(await page.evaluate(() => document.querySelector('rl-toolbar')!.shadowRoot)).toBeNull();
  if (await toolbarButton(page, 'expand').count()) await toolbarButton(page, 'expand').click();
  for (const a of ['off-page', 'off-site']) await toolbarButton(page, a).scriptClick();
  await page.waitForTimeout(500);
  expect(await state(page)).toBe('tagged');
  expect(await page.locator('rl-mark').count()).toBeGreaterThan(100);
  await page.close();
});
