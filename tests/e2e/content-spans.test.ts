// Figures over several years, in real Chromium (issue 10, item 3): a real report's 近3年…年均增长12.8%
// is tagged with the years it covers; the card says 2022–2024年, and the comparison keeps it in a column
// of its own, apart from one year's figures.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { ROOT, launch, serve, type Browser, type Site } from './harness';
import { cardButton, settled } from './content-pages';
import { openPopup } from './popup-helpers';
import { ui } from './closed-ui';

const TEXT = readFileSync(join(ROOT, '../shared/eval/real-dev/reports/prov-ningxia-2025.txt'), 'utf8');
const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const PAGE = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>2025年宁夏回族自治区政府工作报告</title></head>
<body><article>${TEXT.split('\n')
  .map((l) => `<p>${escapeHtml(l)}</p>`)
  .join('\n')}</article></body></html>`;

let browser: Browser;
let site: Site;
beforeAll(async () => {
  [browser, site] = await Promise.all([launch(), serve({ '/ningxia.html': PAGE })]);
});
afterAll(async () => {
  await browser?.close(true);
  await site?.close();
});

test('a figure over several years says its years on the card and has a column of its own', async () => {
  const page = await browser.context.newPage();
  await page.goto(site.url('ningxia.html'));
  await settled(page);
  const mark = page.locator('rl-mark[data-rl-edge~="head"]', { hasText: /^12\.8%$/ }).first();
  await mark.hover();
  await expect.poll(() => ui(page, 'rl-card [data-rl-field="period"]').textContent()).toBe('2022–2024年');
  await cardButton(page, 'clip').click();
  // and one year's figure beside it: last year's GDP growth (全年实现地区生产总值5503亿元、增长5.4%)
  await page.keyboard.press('Escape');
  const gdp = page.locator('rl-mark[data-rl-kind="actual"][data-rl-edge~="head"]', { hasText: /^5\.4%$/ }).first();
  await gdp.hover();
  await expect.poll(() => ui(page, 'rl-card [data-rl-field="period"]').textContent()).toBe('2024年');
  await cardButton(page, 'clip').click();
  await expect.poll(() => ui(page, 'rl-clips [data-rl-clipped="true"]').count()).toBeGreaterThanOrEqual(2);
  const popup = await openPopup(browser);
  const years = await popup.locator('table.cmp thead .year').allTextContents();
  expect(years).toContain('2022–2024');
  expect(years).toContain('2024');
  await popup.close();
  await page.close();
});
