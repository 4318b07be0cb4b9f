// Clipping from the page, in real Chromium: hover → card → Clip stores a clip (read back from the
// extension's IndexedDB) with its source, context and selector; keyboard works; "clip all targets"
// stores each target once; the badge shows the count; a revisit, and a browser restart, show the
// clipped marks as clipped.
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { FIXTURES, launch, serve, type Browser, type Site } from './harness';
import {
  cardButton,
  cliMentions,
  fixture,
  openClipFromExtension,
  readClips,
  settled,
  taggedMentions,
  toolbarButton,
} from './content-pages';
import { clippedIds, pageSideOf, ui } from './closed-ui';

const PAGE = 'taicang-2023-report.html';
// a page whose text changes between visits (the server reads this object at each request)
const EDITABLE: Record<string, string> = { '/editable.html': fixture('taicang-2023-targets.html') };

let browser: Browser;
let site: Site;
let profile: string;
beforeAll(async () => {
  [browser, site] = await Promise.all([launch(), serve(EDITABLE)]);
  profile = browser.userDataDir;
});
afterAll(async () => {
  await browser?.close(true);
  await site?.close();
});

test('hover a mark, the card says what it is, Clip stores it with its source and selector', async () => {
  const page = await browser.context.newPage();
  await page.goto(site.url(PAGE));
  await settled(page);
  const mark = page.locator('rl-mark[data-rl-kind="target"][data-rl-edge~="head"]').first();
  const id = await mark.getAttribute('data-rl-id');
  const text = await page.locator(`rl-mark[data-rl-id="${id}"]`).allTextContents();
  await mark.hover();
  await expect.poll(() => ui(page, 'rl-card [data-rl-field="indicator"]').count()).toBe(1);
  expect(await ui(page, 'rl-card [data-rl-field="indicator"]').textContent()).toBe('地区生产总值');
  // a screen reader hears the dialog as the kind and the indicator the card shows
  expect(await ui(page, 'rl-card [role="dialog"]').getAttribute('aria-label')).toBe('目标 地区生产总值');
  expect(await ui(page, 'rl-card [data-rl-field="report"]').textContent()).toContain('太仓市');
  const before = await pageSideOf(page);
  await cardButton(page, 'clip').click();
  await expect.poll(() => ui(page, `rl-clips [data-rl-id="${id}"][data-rl-clipped="true"]`).count()).toBe(1);
  // drawn over the figure: a box over each of its pieces, the first where its first mark is
  await expect.poll(() => ui(page, `rl-clips [data-rl-id="${id}"] .fill`).count()).toBeGreaterThanOrEqual(text.length);
  const fill = await ui(page, `rl-clips [data-rl-id="${id}"] .fill`).boundingBox();
  const head = (await mark.boundingBox())!;
  expect(Math.abs(fill.x - head.x)).toBeLessThan(1.5);
  expect(Math.abs(fill.y - head.y)).toBeLessThan(1.5);
  // and nothing the page can read says so: its DOM, the marks' computed style, its highlights
  expect(await pageSideOf(page)).toEqual(before);
  const clips = await readClips(browser.worker);
  expect(clips).toHaveLength(1);
  const c = clips[0];
  expect(c.text).toBe(text.join(''));
  expect(c.kind).toBe('target');
  expect(c.indicator).toBe('地区生产总值');
  expect(c.url).toBe(site.url(PAGE));
  expect(c.pageTitle).toBe('太仓市2023年政府工作报告');
  expect(c.region).toBe('太仓市');
  expect(c.reportYear).toBe(2023);
  expect(c.reportType).toBe('work-report');
  expect(c.sentence).toContain(c.text);
  expect(c.selector.quote.exact).toBe(c.text);
  expect(c.selector.quote.prefix.length).toBe(32);
  expect(c.selector.quote.suffix.length).toBe(32);
  expect(c.selector.position.end - c.selector.position.start).toBe(c.text.length);
  // Esc closes the card
  await page.keyboard.press('Escape');
  await expect.poll(() => ui(page, 'rl-card .card').count()).toBe(0);
  await page.close();
});

test('keyboard: focus a mark to open its card, Enter clips, Enter again keeps one clip', async () => {
  const page = await browser.context.newPage();
  await page.goto(site.url(PAGE));
  await settled(page);
  const before = (await readClips(browser.worker)).length;
  const mark = page.locator('rl-mark[data-rl-kind="actual"][data-rl-edge~="head"]').nth(3);
  const id = await mark.getAttribute('data-rl-id');
  await mark.focus();
  await expect.poll(() => ui(page, 'rl-card [data-rl-action="clip"]').count()).toBe(1);
  await page.keyboard.press('Enter');
  await expect.poll(() => ui(page, `rl-clips [data-rl-id="${id}"][data-rl-clipped="true"]`).count()).toBeGreaterThan(0);
  await page.keyboard.press('Enter');
  await page.waitForTimeout(300);
  expect((await readClips(browser.worker)).length).toBe(before + 1);
  await page.keyboard.press('Escape');
  await expect.poll(() => ui(page, 'rl-card .card').count()).toBe(0);
  await page.close();
});

test('"clip all targets" stores every target once; a second time adds nothing', async () => {
  const targets = cliMentions(join(FIXTURES, PAGE)).filter((m) => m.kind === 'target');
  const page = await browser.context.newPage();
  await page.goto(site.url(PAGE));
  await settled(page);
  await toolbarButton(page, 'clip-targets').click();
  await expect.poll(() => ui(page, 'rl-toolbar [role="status"]').textContent()).toContain(`${targets.length} 个目标`);
  const after1 = await readClips(browser.worker);
  const targetClips = after1.filter((c) => c.kind === 'target');
  expect(targetClips).toHaveLength(targets.length);
  expect(new Set(targetClips.map((c) => c.id)).size).toBe(targets.length);
  expect(targetClips.map((c) => c.text).sort()).toEqual(targets.map((m) => m.text).sort());
  const tagged = await taggedMentions(page);
  expect(tagged.filter((t) => t.kind === 'target').every((t) => t.clipped)).toBe(true);
  await toolbarButton(page, 'clip-targets').click();
  await expect.poll(() => ui(page, 'rl-toolbar [role="status"]').textContent()).toContain('新增 0 个');
  expect((await readClips(browser.worker)).length).toBe(after1.length);
  await page.close();
});

test("the toolbar action's badge shows the number of tagged mentions", async () => {
  const page = await browser.context.newPage();
  await page.goto(site.url(PAGE));
  await settled(page);
  const count = await page.evaluate(() => document.documentElement.getAttribute('data-rl-count'));
  await expect
    .poll(() =>
      browser.worker.evaluate(async () => {
        type Api = {
          tabs: { query(q: object): Promise<Array<{ id?: number }>> };
          action: { getBadgeText(d: { tabId: number }): Promise<string> };
        };
        const api = (globalThis as unknown as { chrome: Api }).chrome;
        const tabs = await api.tabs.query({});
        return Promise.all(tabs.map((t) => api.action.getBadgeText({ tabId: t.id! })));
      }),
    )
    .toContain(count);
  await page.close();
});

test('clips survive a browser restart, and a revisit shows clipped marks as clipped', async () => {
  const clips = await readClips(browser.worker);
  expect(clips.length).toBeGreaterThan(2);
  await browser.close(false);
  browser = await launch(profile);
  const again = await readClips(browser.worker);
  expect(again.map((c) => c.id).sort()).toEqual(clips.map((c) => c.id).sort());
  const page = await browser.context.newPage();
  await page.goto(site.url(PAGE));
  await settled(page);
  await expect.poll(async () => (await taggedMentions(page)).filter((t) => t.clipped).length).toBe(clips.length);
  const clippedTexts = (await taggedMentions(page))
    .filter((t) => t.clipped)
    .map((t) => t.text)
    .sort();
  expect(clippedTexts).toEqual(clips.map((c) => c.text).sort());
  await page.close();
});

test('a clip opened from the extension is found in its page, scrolled to and flashed', async () => {
  const clips = await readClips(browser.worker);
  const clip = clips.find((c) => c.kind === 'target' && c.text === '8%') ?? clips[clips.length - 1];
  const page = await openClipFromExtension(browser, clip.id);
  const flash = ui(page, 'rl-clips [data-rl-flash]');
  await flash.waitFor({ timeout: 15_000 });
  const id = await flash.getAttribute('data-rl-id');
  expect(await flash.getAttribute('data-rl-clipped')).toBe('true');
  const box = await ui(page, `rl-clips [data-rl-id="${id}"] .fill`).boundingBox();
  const viewport = page.viewportSize()!;
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
  expect((await page.locator(`rl-mark[data-rl-id="${id}"]`).allTextContents()).join('')).toBe(clip.text);
  // the page saw no sign of which figure that was
  expect(await page.locator('rl-mark[data-rl-flash], rl-mark[data-rl-clipped]').count()).toBe(0);
  await page.close();
});

test('a revisit after the page was edited around a clipped figure still shows it clipped', async () => {
  const page = await browser.context.newPage();
  await page.goto(site.url('editable.html'));
  await settled(page);
  const mark = page.locator('rl-mark[data-rl-edge~="head"]', { hasText: /^8%$/ }).first();
  const id = await mark.getAttribute('data-rl-id');
  await mark.hover();
  await cardButton(page, 'clip').click();
  await expect.poll(() => ui(page, `rl-clips [data-rl-id="${id}"][data-rl-clipped="true"]`).count()).toBe(1);
  // the site edits the page: a new paragraph before, the wording around the figure changed
  EDITABLE['/editable.html'] = EDITABLE['/editable.html']
    .replace('<div class="content" id="zoom">', '<div class="content" id="zoom"><p>（本文根据录音整理，有删节。）</p>')
    .replace('规上工业产值增长', '规模以上工业产值增长');
  await page.reload();
  await settled(page);
  await expect.poll(async () => (await taggedMentions(page)).filter((t) => t.clipped).map((t) => t.text)).toEqual(['8%']);
  const [clipped] = await clippedIds(page);
  const paragraph = await page
    .locator(`rl-mark[data-rl-id="${clipped}"]`)
    .first()
    .evaluate((m) => m.parentElement!.closest('p')!.textContent);
  expect(paragraph).toContain('规模以上工业产值增长8%');
  await page.close();
});
