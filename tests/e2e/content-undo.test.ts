// Undo on the page, in real Chromium (issue 9, item 6): "clip all targets" is taken back in one step —
// the clips it added, and none the reader had before; a clip is taken back from its card, and that too
// can be undone (the same clip, the same id).
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launch, serve, type Browser, type Site } from './harness';
import { cardButton, readClips, settled, taggedMentions, toolbarButton } from './content-pages';
import { clippedIds, ui } from './closed-ui';

const PAGE = 'taicang-2023-targets.html';

let browser: Browser;
let site: Site;
beforeAll(async () => {
  [browser, site] = await Promise.all([launch(), serve()]);
});
afterAll(async () => {
  await browser?.close(true);
  await site?.close();
});

test('undo of "clip all targets" takes back the clips it added, and keeps the one clipped before', async () => {
  const page = await browser.context.newPage();
  await page.goto(site.url(PAGE));
  await settled(page);
  // one clipped by hand first
  const first = page.locator('rl-mark[data-rl-kind="target"][data-rl-edge~="head"]').first();
  await first.hover();
  await cardButton(page, 'clip').click();
  await expect.poll(async () => (await readClips(browser.worker)).length).toBe(1);
  const [kept] = await readClips(browser.worker);
  await page.keyboard.press('Escape');
  if (await toolbarButton(page, 'expand').count()) await toolbarButton(page, 'expand').click();
  await toolbarButton(page, 'clip-targets').click();
  await expect.poll(() => ui(page, 'rl-toolbar [role="status"]').textContent()).toContain('个目标');
  const all = (await taggedMentions(page)).filter((t) => t.kind === 'target');
  await expect.poll(async () => (await readClips(browser.worker)).length).toBe(all.length);
  await toolbarButton(page, 'undo-clip-all').click();
  await expect.poll(async () => (await readClips(browser.worker)).map((c) => c.id)).toEqual([kept.id]);
  await expect.poll(async () => (await taggedMentions(page)).filter((t) => t.clipped).length).toBe(1);
  expect(await ui(page, 'rl-toolbar [role="status"]').textContent()).toContain('已撤销');
  expect(await toolbarButton(page, 'undo-clip-all').count()).toBe(0);
  await page.close();
});

test('a clip is taken back from its card, and the undo clips it again with the same id', async () => {
  const page = await browser.context.newPage();
  await page.goto(site.url(PAGE));
  await settled(page);
  const [kept] = await readClips(browser.worker);
  await expect.poll(async () => (await clippedIds(page)).length).toBeGreaterThan(0);
  const [id] = await clippedIds(page);
  const mark = page.locator(`rl-mark[data-rl-id="${id}"]`).first();
  await mark.hover();
  await cardButton(page, 'unclip').click();
  await expect.poll(async () => (await readClips(browser.worker)).length).toBe(0);
  await expect.poll(() => ui(page, `rl-clips [data-rl-id="${id}"][data-rl-clipped]`).count()).toBe(0);
  await cardButton(page, 'undo-unclip').click();
  await expect.poll(async () => (await readClips(browser.worker)).map((c) => c.id)).toEqual([kept.id]);
  await expect.poll(() => ui(page, `rl-clips [data-rl-id="${id}"][data-rl-clipped="true"]`).count()).toBeGreaterThan(0);
  await page.close();
});
