// Clips that stay true to their source, in real Chromium (issue 11, items 1 and 2): a page revised at
// the same address is read again on a revisit, and each clip compared with what now stands in its place.
// A changed figure is shown as changed (old → new), and the reader replaces the clip or keeps it; a
// clip the page no longer has is listed as not found, with its quote; opening it from the extension
// says so on the page; the database holds what was found, so the dashboard can show it too.
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, serve, type Browser, type Site } from './harness';
import { cardButton, fixture, openClipFromExtension, readClips, settled, toolbarButton } from './content-pages';
import { extensionPage } from './popup-helpers';
import { ui } from './closed-ui';

const ORIGINAL = fixture('taicang-2023-targets.html');
// pages whose text changes between visits (the server reads this object at each request)
const PAGES: Record<string, string> = { '/revised.html': ORIGINAL, '/shortened.html': ORIGINAL, '/kept.html': ORIGINAL };

let browser: Browser;
let site: Site;
beforeAll(async () => {
  [browser, site] = await Promise.all([launch(), serve(PAGES)]);
});
afterAll(async () => {
  await browser?.close(true);
  await site?.close();
});

/** open `path`, hover the mark reading `text` and clip it from its card; returns the page */
async function clipOn(path: string, text: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(site.url(path));
  await settled(page);
  const mark = page.locator('rl-mark[data-rl-edge~="head"]', { hasText: text }).first();
  const id = await mark.getAttribute('data-rl-id');
  await mark.hover();
  await cardButton(page, 'clip').click();
  await expect.poll(() => ui(page, `rl-clips [data-rl-id="${id}"][data-rl-clipped="true"]`).count()).toBeGreaterThan(0);
  return page;
}

const clipsOf = async (path: string) => (await readClips(browser.worker)).filter((c) => c.url === site.url(path));

test('a figure revised at the same address shows as changed, not clipped; the reader replaces the clip', async () => {
  const page = await clipOn('revised.html', '520亿元');
  PAGES['/revised.html'] = ORIGINAL.replace('<strong>520亿元</strong>', '<strong>560亿元</strong>');
  await page.reload();
  await settled(page);
  const changed = ui(page, 'rl-clips [data-rl-clipped="changed"]');
  await expect.poll(() => changed.count()).toBe(1);
  const changedMark = page.locator(`rl-mark[data-rl-id="${await changed.getAttribute('data-rl-id')}"]`);
  expect((await changedMark.allTextContents()).join('')).toBe('560亿元');
  expect(await ui(page, 'rl-clips [data-rl-clipped="true"]').count()).toBe(0);
  // the database knows it too (for the dashboard)
  await expect.poll(async () => (await clipsOf('revised.html'))[0]?.source).toMatchObject({ status: 'changed', now: '560亿元' });

  // the card says what was clipped and what the page says now, and offers both answers
  await changedMark.first().hover();
  const change = ui(page, 'rl-card [data-rl-field="change"]');
  await expect.poll(() => change.count()).toBe(1);
  expect(await change.textContent()).toMatch(/剪藏时「520亿元」，现为「560亿元」/);
  await cardButton(page, 'replace').click();
  await expect.poll(() => ui(page, 'rl-clips [data-rl-clipped="true"]').count()).toBe(1);
  const clips = await clipsOf('revised.html');
  expect(clips).toHaveLength(2);
  const old = clips.find((c) => c.value === 520)!;
  const now = clips.find((c) => c.value === 560)!;
  // nothing the reader stored is lost: the old clip stays, replaced
  expect(old.replacedBy).toBe(now.id);
  expect(now.replacedBy).toBeUndefined();
  expect(now.indicator).toBe('全社会固定资产投资');

  // a revisit shows the new clip clipped, and the old one is not looked for
  await page.reload();
  await settled(page);
  await expect.poll(() => ui(page, 'rl-clips [data-rl-clipped="true"]').count()).toBe(1);
  expect(await ui(page, 'rl-clips [data-rl-clipped="changed"]').count()).toBe(0);
  expect(await ui(page, 'rl-toolbar [data-rl-action="show-lost"]').count()).toBe(0);
  await page.close();
});

test('the reader keeps a changed clip: it stays, marked kept, and is not asked again', async () => {
  const page = await clipOn('kept.html', '50家以上');
  PAGES['/kept.html'] = ORIGINAL.replace('新引进德企50家以上', '新引进德企60家以上');
  await page.reload();
  await settled(page);
  const changed = ui(page, 'rl-clips [data-rl-clipped="changed"]');
  const changedMark = async () => page.locator(`rl-mark[data-rl-id="${await changed.getAttribute('data-rl-id')}"]`).first();
  await expect.poll(() => changed.count()).toBe(1);
  await (await changedMark()).hover();
  await cardButton(page, 'keep').click();
  await expect.poll(async () => (await clipsOf('kept.html'))[0]?.source).toMatchObject({ status: 'changed', now: '60家以上', kept: true });
  await page.reload();
  await settled(page);
  await expect.poll(() => changed.count()).toBe(1);
  await (await changedMark()).hover();
  await expect.poll(() => ui(page, 'rl-card [data-rl-field="change"]').textContent()).toContain('已保留');
  expect(await cardButton(page, 'replace').count()).toBe(0);
  const clips = await clipsOf('kept.html');
  expect(clips).toHaveLength(1);
  expect(clips[0].value).toBe(50);
  await page.close();
});

test('clips of a sentence the page took out are listed as not found, with their quotes; opening one says so', async () => {
  const page = await browser.context.newPage();
  await page.goto(site.url('shortened.html'));
  await settled(page);
  await toolbarButton(page, 'clip-targets').click();
  await expect.poll(() => ui(page, 'rl-toolbar [role="status"]').textContent()).toContain('个目标');
  const all = await clipsOf('shortened.html');
  // the sentences with 新增产业基金5支 and 新增上市企业2~3家 go
  const start = ORIGINAL.indexOf('大力培育和引进产业基金');
  const end = ORIGINAL.indexOf('<strong>3</strong>家。', start) + '<strong>3</strong>家。'.length;
  expect(start).toBeGreaterThan(0);
  PAGES['/shortened.html'] = ORIGINAL.slice(0, start) + ORIGINAL.slice(end);
  await page.reload();
  await settled(page);
  const show = toolbarButton(page, 'show-lost');
  await expect.poll(() => show.textContent()).toContain('2 条剪藏在本页未找到');
  expect(await ui(page, 'rl-clips [data-rl-clipped="true"]').count()).toBeGreaterThanOrEqual(all.length - 2);
  await show.click();
  const listed = ui(page, 'rl-toolbar [data-rl-list="lost"] li');
  expect(await listed.count()).toBe(2);
  const texts = (await listed.allTextContents()).join('\n');
  expect(texts).toContain('新增产业基金');
  expect(texts).toContain('【5支】');
  expect(texts).toContain('新增上市企业');
  const lost = (await clipsOf('shortened.html')).filter((c) => c.source?.status === 'lost');
  expect(lost.map((c) => c.indicator).sort()).toEqual(['新增上市企业', '新增产业基金']);
  await page.close();

  // opened from the extension, a lost clip lands on its page with a word that it is not there
  const target = await openClipFromExtension(browser, lost[0].id);
  await settled(target);
  await expect.poll(() => ui(target, 'rl-toolbar [role="status"]').textContent()).toContain('要查看的剪藏在本页未找到');
  expect(await ui(target, 'rl-toolbar [data-rl-list="lost"] li').count()).toBe(2);
  await target.close();

  // the dashboard lists them as lost, and the one replaced in the first test as replaced
  const dash = await extensionPage(browser, 'dashboard.html');
  for (const c of lost) await expect.poll(() => dash.locator(`.clip[data-clip-id="${c.id}"] [data-clip-source="lost"]`).count()).toBe(1);
  const replaced = (await clipsOf('revised.html')).find((c) => c.replacedBy)!;
  expect(await dash.locator(`.clip[data-clip-id="${replaced.id}"] [data-clip-source="replaced"]`).count()).toBe(1);
  await dash.close();

  // the sentence comes back: found again, the database says so
  PAGES['/shortened.html'] = ORIGINAL;
  const again = await browser.context.newPage();
  await again.goto(site.url('shortened.html'));
  await settled(again);
  await expect.poll(async () => (await clipsOf('shortened.html')).filter((c) => c.source).length).toBe(0);
  expect(await ui(again, 'rl-toolbar [data-rl-action="show-lost"]').count()).toBe(0);
  await again.close();
});
