// The same report at another address (issue 11 item 3), in real Chromium with the extension: the
// Taicang report clipped on its government page, then read as an essay site reposts it (the same
// article in another page, at another address). Its clips show as clipped there, and "clip all
// targets" there adds no duplicate; a clip made there is stored under the report's first address.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launch, serve, type Browser, type Site } from './harness';
import { readClips, settled, taicangArticle, toolbarButton } from './content-pages';
import { clippedIds, notClipped, ui } from './closed-ui';

/** the report's article as an essay site reposts it: another page, another title, its own chrome */
const REPOST = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>太仓市2023年政府工作报告全文_范文大全</title></head>
<body><div class="top">首页 &gt; 范文大全 &gt; 工作报告</div>
<div class="main"><h1>太仓市2023年政府工作报告</h1><div class="txt">${taicangArticle()}</div></div>
<div class="side">相关阅读：年终总结 工作计划</div></body></html>`;

let browser: Browser;
let site: Site;
beforeAll(async () => {
  [browser, site] = await Promise.all([launch(), serve({ '/fanwen/2023-taicang.html': REPOST })]);
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

const clippedMarks = async (page: import('playwright-core').Page) => (await clippedIds(page)).length;

test('a repost of a clipped report shows its clips as clipped, and clipping there adds no duplicate', async () => {
  const first = await browser.context.newPage();
  await first.goto(site.url('taicang-2023-report.html'));
  expect(await settled(first)).toBe('tagged');
  await toolbarButton(first, 'clip-targets').click();
  await expect.poll(async () => (await readClips(browser.worker)).length).toBeGreaterThan(5);
  const clipped = await readClips(browser.worker);
  await expect.poll(() => clippedMarks(first)).toBe(clipped.length);
  await first.close();

  const repost = await browser.context.newPage();
  await repost.goto(site.url('fanwen/2023-taicang.html'));
  expect(await settled(repost)).toBe('tagged');
  await expect.poll(() => clippedMarks(repost)).toBe(clipped.length);
  // a clipped figure's card there says so: it offers to take the clip back, not to clip it again
  await repost
    .locator(`rl-mark[data-rl-id="${(await clippedIds(repost))[0]}"]`)
    .first()
    .hover();
  await expect.poll(() => ui(repost, 'rl-card [data-rl-action="unclip"]').count()).toBe(1);
  expect(await ui(repost, 'rl-card [data-rl-action="clip"]').isDisabled()).toBe(true);
  await repost.mouse.move(0, 0);
  await repost.keyboard.press('Escape');

  // a figure clipped on the repost is the report's: stored under its first address
  const free = (await notClipped(repost, 'rl-mark[data-rl-kind="actual"]')).first();
  await free.hover();
  await ui(repost, 'rl-card [data-rl-action="clip"]').click();
  await expect.poll(async () => (await readClips(browser.worker)).length).toBe(clipped.length + 1);
  const stored = await readClips(browser.worker);
  expect(new Set(stored.map((c) => c.url))).toEqual(new Set([site.url('taicang-2023-report.html')]));
  await repost.close();
});
