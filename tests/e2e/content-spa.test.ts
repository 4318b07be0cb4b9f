// A page that renders its report after loading (../shared/fixtures/pages/spa-report.html: text at
// 400 ms, one more paragraph at 900 ms): the late text is tagged, nothing twice, no loop.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launch, serve, type Browser, type Site } from './harness';
import { cliMentionsOfLivePage, settled, squash, taggedMentions } from './content-pages';

let browser: Browser;
let site: Site;
beforeAll(async () => {
  [browser, site] = await Promise.all([launch(), serve()]);
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

test('late paragraphs are tagged, each mention once, and tagging settles', async () => {
  const page = await browser.context.newPage();
  await page.goto(site.url('spa-report.html'));
  // the 900 ms paragraph: 力争完成全社会固定资产投资520亿元、工业投资200亿元
  await page.waitForFunction(() => [...document.querySelectorAll('rl-mark')].some((m) => m.textContent === '200亿元'), null, {
    timeout: 15_000,
  });
  expect(await settled(page)).toBe('tagged');
  const tagged = await taggedMentions(page);
  expect(tagged.find((t) => t.text === '520亿元')?.kind).toBe('target');
  expect(tagged.find((t) => t.text === '1635亿元')?.kind).toBe('actual');
  // what the CLI finds in the page as it now stands, the marks taken out
  const expected = await cliMentionsOfLivePage(page);
  expect(tagged.map((t) => squash(t.text))).toEqual(expected.map((m) => squash(m.text)));
  expect(await page.evaluate(() => Number(document.documentElement.getAttribute('data-rl-count')))).toBe(expected.length);
  // no re-tag loop: nothing nested, and nothing changes any more
  expect(await page.locator('rl-mark rl-mark').count()).toBe(0);
  const snapshot = await page.evaluate(() => document.body.innerHTML);
  await page.waitForTimeout(2500);
  expect(await page.evaluate(() => document.body.innerHTML)).toBe(snapshot);
  await page.close();
});

test('text the page adds later, inside the article, is tagged too', async () => {
  const page = await browser.context.newPage();
  await page.goto(site.url('taicang-2023-targets.html'));
  expect(await settled(page)).toBe('tagged');
  const before = await page.evaluate(() => Number(document.documentElement.getAttribute('data-rl-count')));
  await page.evaluate(() => {
    const p = document.createElement('p');
    p.textContent = '力争新增高新技术企业120家，规上工业产值增长8%。';
    document.getElementById('zoom')!.appendChild(p);
  });
  await expect.poll(() => page.evaluate(() => Number(document.documentElement.getAttribute('data-rl-count')))).toBe(before + 2);
  expect(await settled(page)).toBe('tagged');
  expect(await page.locator('rl-mark', { hasText: '120家' }).count()).toBe(1);
  expect(await page.locator('rl-mark rl-mark').count()).toBe(0);
  await page.close();
});

test('an article the page replaces (a front-end route change) is tagged anew, and the old marks no longer count', async () => {
  const page = await browser.context.newPage();
  await page.goto(site.url('wuzhong-2025-targets.html'));
  expect(await settled(page)).toBe('tagged');
  const before = await page.evaluate(() => Number(document.documentElement.getAttribute('data-rl-count')));
  await page.evaluate(() => {
    document.getElementById('zoom')!.innerHTML =
      '<p>今年经济社会发展的主要预期目标是：地区生产总值增长5%左右，一般公共预算收入增长6%左右，全社会固定资产投资增长6%左右，规上工业产值增长8%。</p>';
  });
  await expect
    .poll(() => page.evaluate(() => Number(document.documentElement.getAttribute('data-rl-count'))), { timeout: 10_000 })
    .not.toBe(before);
  expect(await settled(page)).toBe('tagged');
  const expected = await cliMentionsOfLivePage(page);
  const tagged = await taggedMentions(page);
  expect(tagged.map((t) => squash(t.text))).toEqual(expected.map((m) => squash(m.text)));
  expect(await page.evaluate(() => Number(document.documentElement.getAttribute('data-rl-count')))).toBe(expected.length);
  await page.close();
});
