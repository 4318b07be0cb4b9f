// The toolbar and the marks by keyboard and screen reader, in real Chromium (issue 11, items 8 and 9):
// Alt+Shift+L jumps to the toolbar (which otherwise comes after every mark in the tab order); a clipped
// mark's label says so; the focus ring surrounds every piece of a figure; the toolbar starts collapsed
// where it would cover a full-width article, and stays as the reader last left it.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launch, serve, type Browser, type Site } from './harness';
import { cardButton, settled, taggedMentions, taicangArticle, toolbarButton } from './content-pages';
import { focusedAction, notClipped, ui } from './closed-ui';

const FULL_WIDTH = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>太仓市2023年政府工作报告</title>
<style>body { margin: 0; } #zoom { width: 100%; box-sizing: border-box; padding: 0 8px; }</style></head>
<body><h1>2023年太仓市政府工作报告</h1><div id="zoom">${taicangArticle()}</div></body></html>`;

let browser: Browser;
let site: Site;
beforeAll(async () => {
  [browser, site] = await Promise.all([launch(), serve({ '/full-width.html': FULL_WIDTH })]);
});
afterAll(async () => {
  await browser?.close(true);
  await site?.close();
});

const PAGE = 'taicang-2023-report.html';

test('on a full-width page the toolbar starts collapsed, off the text; on a page with margins it does not', async () => {
  const wide = await browser.context.newPage();
  await wide.goto(site.url('full-width.html'));
  await settled(wide);
  await expect.poll(() => toolbarButton(wide, 'expand').count()).toBe(1);
  expect(await toolbarButton(wide, 'clip-targets').count()).toBe(0);
  // the collapsed pill's name (what a screen reader says, the tooltip) gives the counts it shows, each named
  const tagged = await taggedMentions(wide);
  const n = (kind: string) => tagged.filter((t) => t.kind === kind).length;
  expect(n('target')).toBeGreaterThan(0);
  expect(await toolbarButton(wide, 'expand').getAttribute('aria-label')).toBe(
    `展开报告透镜工具栏 · 目标 ${n('target')} · 实绩 ${n('actual')}`,
  );
  expect(await toolbarButton(wide, 'expand').getAttribute('title')).toContain(`目标 ${n('target')}`);
  const page = await browser.context.newPage();
  await page.goto(site.url(PAGE));
  await settled(page);
  await expect.poll(() => toolbarButton(page, 'clip-targets').count()).toBe(1);
  await wide.close();
  await page.close();
});

test('the toolbar stays collapsed or open as the reader left it, across pages and reloads', async () => {
  const page = await browser.context.newPage();
  await page.goto(site.url(PAGE));
  await settled(page);
  await toolbarButton(page, 'collapse').click();
  await page.reload();
  await settled(page);
  await expect.poll(() => toolbarButton(page, 'expand').count()).toBe(1);
  await toolbarButton(page, 'expand').click();
  // now chosen open: the full-width page keeps it open too
  await page.goto(site.url('full-width.html'));
  await settled(page);
  await expect.poll(() => toolbarButton(page, 'clip-targets').count()).toBe(1);
  await page.close();
});

test('Alt+Shift+L jumps to the toolbar, opening it; Enter there clips all targets', async () => {
  const page = await browser.context.newPage();
  await page.goto(site.url(PAGE));
  await settled(page);
  await toolbarButton(page, 'collapse').click();
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Alt+Shift+KeyL');
  const focused = () => page.evaluate(() => document.activeElement?.tagName.toLowerCase() ?? '');
  await expect.poll(focused).toBe('rl-toolbar');
  await page.keyboard.press('Enter');
  await expect.poll(() => ui(page, 'rl-toolbar [role="status"]').textContent()).toContain('个目标');
  const tagged = await taggedMentions(page);
  expect(tagged.filter((t) => t.kind === 'target').every((t) => t.clipped)).toBe(true);
  // the keyboard stays on the button while it works (not dropped on <body>), and goes on from there
  expect(await focused()).toBe('rl-toolbar');
  expect(await focusedAction(page, 'rl-toolbar')).toBe('clip-targets');
  for (let i = 0; i < 6 && (await focusedAction(page, 'rl-toolbar')) !== 'undo-clip-all'; i++) await page.keyboard.press('Tab');
  expect(await focusedAction(page, 'rl-toolbar')).toBe('undo-clip-all');
  // the undo, once used, is gone: the keyboard goes back to the main button, still in the toolbar
  await page.keyboard.press('Enter');
  await expect.poll(() => ui(page, 'rl-toolbar [role="status"]').textContent()).toContain('已撤销');
  await expect.poll(() => focusedAction(page, 'rl-toolbar')).toBe('clip-targets');
  expect(await focused()).toBe('rl-toolbar');
  // and clips them all again (the tests after count on it)
  await page.keyboard.press('Enter');
  await expect.poll(() => ui(page, 'rl-toolbar [data-rl-action="undo-clip-all"]').count()).toBe(1);
  expect((await taggedMentions(page)).filter((t) => t.kind === 'target').every((t) => t.clipped)).toBe(true);
  // leave it open for the tests after
  await page.close();
});

test("a screen reader hears that a focused figure is clipped, from our own status line: the mark's label the page reads does not change", async () => {
  const page = await browser.context.newPage();
  await page.goto(site.url(PAGE));
  await settled(page);
  const status = ui(page, 'rl-clips [role="status"]');
  const actual = page.locator('rl-mark[data-rl-kind="actual"][data-rl-edge~="head"]').nth(2);
  const label = (await actual.getAttribute('aria-label'))!;
  expect(label).toMatch(/^实绩 · /);
  await actual.hover();
  await cardButton(page, 'clip').click();
  const id = await actual.getAttribute('data-rl-id');
  await expect.poll(() => ui(page, `rl-clips [data-rl-id="${id}"][data-rl-clipped="true"]`).count()).toBe(1);
  expect(await actual.getAttribute('aria-label')).toBe(label);
  await actual.focus();
  await expect.poll(() => status.textContent()).toBe('已剪藏');
  // a figure not clipped: nothing said
  await (await notClipped(page, 'rl-mark[data-rl-kind="actual"][data-rl-edge~="head"]')).first().focus();
  await expect.poll(() => status.textContent()).toBe('');
  // clipped before this visit (every target, by the shortcut's test): heard so when focused
  await page.locator('rl-mark[data-rl-kind="target"][data-rl-edge~="head"]').first().focus();
  await expect.poll(() => status.textContent()).toBe('已剪藏');
  await page.close();
});

test('the focus ring surrounds every piece of a figure split over elements', async () => {
  const page = await browser.context.newPage();
  await page.goto(site.url(PAGE));
  await settled(page);
  const split = (await taggedMentions(page)).find((t) => t.pieces > 1);
  expect(split, 'the Taicang page has figures split over <span>s').toBeTruthy();
  const pieces = page.locator(`rl-mark[data-rl-id="${split!.id}"]`);
  await pieces.first().focus();
  await expect.poll(() => page.locator(`rl-mark[data-rl-id="${split!.id}"][data-rl-focus]`).count()).toBe(split!.pieces);
  const styles = await pieces.evaluateAll((els) => els.map((e) => getComputedStyle(e).outlineStyle));
  expect(styles.every((s) => s === 'solid')).toBe(true);
  await page.keyboard.press('Escape');
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await expect.poll(() => page.locator('rl-mark[data-rl-focus]').count()).toBe(0);
  await page.close();
});

test('the language the reader picks in the popup reaches the card, the toolbar and the marks on the page, at once', async () => {
  const page = await browser.context.newPage();
  await page.goto(site.url(PAGE));
  await settled(page);
  const mark = page.locator('rl-mark[data-rl-kind="target"][data-rl-edge~="head"]').first();
  expect(await mark.getAttribute('aria-label')).toMatch(/^目标 · /);
  // left collapsed by the shortcut test: open it
  if (await toolbarButton(page, 'expand').count()) await toolbarButton(page, 'expand').click();
  const popup = await browser.context.newPage();
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  await popup.click('.lang-switch [data-lang=en]');
  // the open page follows, without a reload
  await expect.poll(() => mark.getAttribute('aria-label')).toMatch(/^Target · /);
  await expect.poll(() => toolbarButton(page, 'clip-targets').textContent()).toBe('Clip all targets');
  await mark.hover();
  await expect.poll(() => ui(page, 'rl-card [data-rl-field="qualifier"]').count()).toBe(1);
  const card = (await ui(page, 'rl-card .card').textContent()) ?? '';
  expect(card).not.toMatch(/[限口所原]/);
  expect(card).toMatch(/Qualifier/);
  await popup.click('.lang-switch [data-lang=zh]');
  await expect.poll(() => toolbarButton(page, 'clip-targets').textContent()).toMatch(/^剪藏全部目标/);
  await popup.close();
  await page.close();
});
