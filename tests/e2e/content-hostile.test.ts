// A hostile page cannot make clips: its scripts dispatch synthetic clicks and keys on our marks, look
// for our buttons (in closed shadow roots: not there to click; a script that could click them is refused
// too, tests/e2e/content-editor), forge and tamper with <rl-mark> elements and try to message the extension.
// None of it reaches the database; the page's own marks stay unclipped.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launch, serve, type Browser, type Site } from './harness';
import { readClips, settled, taicangArticle } from './content-pages';
import { ui } from './closed-ui';

const ATTACK = `
(function () {
  var log = [];
  function attack() {
    var marks = document.querySelectorAll('rl-mark');
    // synthetic pointer and keyboard events on real marks
    for (var i = 0; i < 5; i++) {
      var m = marks[i];
      m.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
      m.dispatchEvent(new MouseEvent('click', { bubbles: true }));
      m.focus();
      m.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
      m.dispatchEvent(new KeyboardEvent('keydown', { key: ' ', bubbles: true }));
    }
    setTimeout(function () {
      // our UI's buttons: the shadow roots they are in are closed to the page
      ['rl-card', 'rl-toolbar'].forEach(function (name) {
        var host = document.querySelector(name);
        log.push(name + ' ' + (!host ? 'missing' : host.shadowRoot ? 'open' : 'closed'));
        if (host && host.shadowRoot) host.shadowRoot.querySelectorAll('button').forEach(function (b) { b.click(); });
      });
      // forged and tampered marks
      var fake = document.createElement('rl-mark');
      fake.setAttribute('data-rl-id', marks[0].getAttribute('data-rl-id'));
      fake.setAttribute('data-rl-kind', 'target');
      fake.setAttribute('tabindex', '0');
      fake.textContent = '999亿元';
      document.getElementById('zoom').appendChild(fake);
      fake.focus();
      fake.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
      marks[1].setAttribute('data-rl-id', 'm1');
      marks[2].textContent = '123亿元';
      marks[3].remove();
      // messages to the extension: no API for pages, and no id will do
      try {
        var r = window.chrome && window.chrome.runtime;
        log.push('chrome.runtime ' + (r && r.sendMessage ? 'present' : 'absent'));
        if (r && r.sendMessage) r.sendMessage(location.hash.slice(1), { type: 'clips:add', clips: [] }, function () {});
      } catch (e) { log.push('sendMessage threw'); }
      window.postMessage({ type: 'clips:add', clips: [] }, '*');
      log.push('done');
      window.__attack = log;
    }, 300);
  }
  var wait = setInterval(function () {
    if (document.documentElement.getAttribute('data-rl-state') === 'tagged' && !document.documentElement.hasAttribute('data-rl-pending')) {
      clearInterval(wait);
      attack();
    }
  }, 50);
})();`;

const HOSTILE = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>太仓市2023年政府工作报告</title></head>
<body><div class="content" id="zoom">${taicangArticle()}</div><script>${ATTACK}</script></body></html>`;

let browser: Browser;
let site: Site;
beforeAll(async () => {
  [browser, site] = await Promise.all([launch(), serve({ '/hostile.html': HOSTILE })]);
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

test("a hostile page's scripts cannot create clips", async () => {
  const page = await browser.context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${site.url('hostile.html')}#${browser.extensionId}`);
  expect(await settled(page)).toBe('tagged');
  await page.waitForFunction(() => (window as unknown as { __attack?: string[] }).__attack, null, { timeout: 15_000 });
  const log = await page.evaluate(() => (window as unknown as { __attack: string[] }).__attack);
  expect(log).toContain('chrome.runtime absent');
  expect(log).toEqual(expect.arrayContaining(['rl-card closed', 'rl-toolbar closed']));
  expect(log).toContain('done');
  await page.waitForTimeout(1000);
  expect(await readClips(browser.worker)).toEqual([]);
  expect(await ui(page, 'rl-clips [data-rl-clipped]').count()).toBe(0);
  expect(errors).toEqual([]);
  // the reader, meanwhile, still can
  const mark = page.locator('rl-mark[data-rl-kind="target"][data-rl-edge~="head"]').nth(2);
  await mark.hover();
  await ui(page, 'rl-card [data-rl-action="clip"]').click();
  await expect.poll(async () => (await readClips(browser.worker)).length).toBe(1);
  await page.close();
});

test('a mark the page made (a look-alike, or a copy of ours) opens no card, even clicked by the reader', async () => {
  const page = await browser.context.newPage();
  await page.goto(site.url('taicang-2023-report.html'));
  expect(await settled(page)).toBe('tagged');
  await page.evaluate(() => {
    const real = document.querySelector('rl-mark[data-rl-edge~="head"]')!;
    const fake = document.createElement('rl-mark');
    for (const a of real.getAttributeNames()) fake.setAttribute(a, real.getAttribute(a)!);
    fake.id = 'fake';
    fake.textContent = '999亿元';
    const copy = real.cloneNode(true) as Element;
    copy.id = 'copy';
    const p = document.createElement('p');
    p.append(fake, ' ', copy);
    document.querySelector('#zoom')!.prepend(p);
  });
  const clip = ui(page, 'rl-card [data-rl-action="clip"]');
  for (const id of ['#fake', '#copy']) {
    await page.locator(id).click();
    await page.waitForTimeout(400);
    expect(await clip.count(), id).toBe(0);
  }
  // the reader's click on one of ours does open it
  await page.locator('rl-mark[data-rl-edge~="head"]:not([id])').first().click();
  await clip.waitFor();
  await page.close();
});
