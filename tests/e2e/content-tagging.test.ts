// The content script over the fixture pages, in real Chromium with the built extension: every
// report page is tagged with exactly the mentions the extract CLI finds in its article; no other
// page is touched; nothing outside the article is tagged; the page's own scripts still run.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { FIXTURES, launch, serve, type Browser, type Site } from './harness';
import { bigReport, cliMentions, settled, squash, taggedMentions, taicangArticle } from './content-pages';
import { ui } from './closed-ui';

const pages = readdirSync(FIXTURES).filter((f) => f.endsWith('.html'));
const negatives = pages.filter((f) => f.startsWith('neg-'));
// the front-end page is tested on its own (content-spa); every other page is a report
const reports = pages.filter((f) => !f.startsWith('neg-') && !f.startsWith('spa-'));

// a report whose readings are ruby markup instead of parentheses
const RUBY = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>某市2024年政府工作报告</title></head><body><div id="zoom">
    <p>各位代表：现在，我代表市人民政府，向大会报告工作，请予审议。</p>
    <p>过去一年，全市地区生产总值达到1635亿<ruby>元<rt>yuán</rt></ruby>、增<ruby>长<rt>zhǎng</rt></ruby>2%以上；一般公共预算收入177.8亿元，比上年增长2.1%，规模以上工业产值3100亿元、比上年增长4.7%，社会消费品零售总额比上年增长3.2%。</p>
    <p>今年经济社会发展的主要预期目标是：地区生产总值增<ruby>长<rt>zhǎng</rt></ruby>5%左右，一般公共预算收入增长6%左右，全社会固定资产投资增长6%左右。</p>
    </div></body></html>`;

/** the Taicang article with its 长, 元 and 率 given ruby readings, as some city sites print theirs */
const RUBY_REPORT = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>太仓市2023年政府工作报告</title></head><body><div class="content" id="zoom">${taicangArticle().replace(
  />([^<]+)</g,
  (_, text: string) => `>${text.replace(/[长元率]/g, (c) => `<ruby>${c}<rt>${{ 长: 'zhǎng', 元: 'yuán', 率: 'lǜ' }[c]}</rt></ruby>`)}<`,
)}</div></body></html>`;

let browser: Browser;
let site: Site;
beforeAll(async () => {
  [browser, site] = await Promise.all([launch(), serve({ '/ruby.html': RUBY, '/ruby-report.html': RUBY_REPORT })]);
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

test('there are report and non-report fixtures to test', () => {
  expect(reports.length).toBeGreaterThanOrEqual(3);
  expect(negatives.length).toBeGreaterThanOrEqual(3);
});

describe.each(reports)('report page %s', (file) => {
  test('is tagged with the same mentions, in order, that the extract CLI finds in its article', async () => {
    const expected = cliMentions(join(FIXTURES, file));
    expect(expected.length).toBeGreaterThan(0);
    const page = await browser.context.newPage();
    await page.goto(site.url(file));
    expect(await settled(page)).toBe('tagged');
    const count = await page.evaluate(() => Number(document.documentElement.getAttribute('data-rl-count')));
    const tagged = await taggedMentions(page);
    expect(count).toBe(expected.length);
    expect(tagged.map((t) => squash(t.text))).toEqual(expected.map((m) => squash(m.text)));
    expect(tagged.map((t) => t.kind)).toEqual(expected.map((m) => m.kind));
    // no mark inside another, every mark one of a tagged mention
    expect(await page.locator('rl-mark rl-mark').count()).toBe(0);
    expect(await page.locator('rl-mark:not([data-rl-id])').count()).toBe(0);
    // the toolbar is there and counts what is tagged
    await expect
      .poll(() => ui(page, 'rl-toolbar [data-rl-count-of="target"]').textContent())
      .toContain(String(expected.filter((m) => m.kind === 'target').length));
    await page.close();
  });
});

test('a mention split across elements is tagged as one, in pieces sharing one id', async () => {
  const page = await browser.context.newPage();
  await page.goto(site.url('taicang-2023-report.html'));
  await settled(page);
  const tagged = await taggedMentions(page);
  const split = tagged.find((t) => t.text === '7771万元');
  expect(split?.pieces).toBe(2);
  expect(tagged.filter((t) => t.pieces > 1).length).toBeGreaterThan(20);
  await page.close();
});

test("nothing outside the article is tagged; the page's own script still runs; its form fields are untouched", async () => {
  const page = await browser.context.newPage();
  await page.goto(site.url('taicang-2023-report.html'));
  await settled(page);
  const r = await page.evaluate(() => ({
    outside: [...document.querySelectorAll('rl-mark')].filter((m) => !m.closest('#zoom')).length,
    inFurniture: document.querySelectorAll(
      '.nav rl-mark, .crumb rl-mark, .meta rl-mark, .side rl-mark, .footer rl-mark, .share rl-mark, form rl-mark, textarea rl-mark, script rl-mark',
    ).length,
    views: document.getElementById('views')!.textContent,
    textarea: (document.getElementById('comment') as HTMLTextAreaElement).value,
    input: (document.querySelector('input[name=q]') as HTMLInputElement).value,
    scripts: [...document.scripts].map((s) => s.textContent).join('\n'),
    marks: document.querySelectorAll('rl-mark').length,
  }));
  expect(r.marks).toBeGreaterThan(100);
  expect(r.outside).toBe(0);
  expect(r.inFurniture).toBe(0);
  expect(r.views).toBe('18237');
  expect(r.textarea).toBe('我觉得2023年地区生产总值增长5%左右的目标可以实现');
  expect(r.input).toBe('2023年 政府工作报告');
  expect(r.scripts).not.toContain('rl-mark');
  await page.close();
});

test('a 2 MB report: what is in view is tagged first, every mention ends up an <rl-mark>, and the text never moves', async () => {
  const page = await browser.context.newPage();
  // before the content script runs: where the last character of every paragraph stands is noted,
  // and the reader is halfway down
  await page.addInitScript(() => {
    const w = window as unknown as { __ends: () => string[]; __before: string[] };
    w.__ends = () =>
      [...document.querySelectorAll('#zoom > p')].map((p) => {
        const walk = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
        let last: Text | null = null;
        for (let n = walk.nextNode(); n; n = walk.nextNode()) if ((n as Text).data.trim()) last = n as Text;
        if (!last) return '';
        const r = document.createRange();
        const end = last.data.trimEnd().length;
        r.setStart(last, end - 1);
        r.setEnd(last, end);
        const b = r.getBoundingClientRect();
        return `${b.left + scrollX},${b.top + scrollY}`;
      });
    document.addEventListener('DOMContentLoaded', () => {
      w.__before = w.__ends();
      window.scrollTo(0, document.documentElement.scrollHeight / 2);
    });
  });
  await page.goto(site.url(bigReport()));
  // marks come into the screenful in view while most of the page is still to be tagged
  await page.waitForFunction(
    () =>
      [...document.querySelectorAll('rl-mark')].some((m) => {
        const b = m.getBoundingClientRect();
        return b.bottom > 0 && b.top < innerHeight;
      }),
    null,
    { timeout: 30_000, polling: 'raf' },
  );
  const early = await page.evaluate(() => ({
    pending: document.documentElement.hasAttribute('data-rl-pending'),
    count: Number(document.documentElement.getAttribute('data-rl-count')),
    marks: document.querySelectorAll('rl-mark').length,
  }));
  expect(early.pending).toBe(true);
  expect(early.marks).toBeLessThan(early.count / 4);
  expect(await settled(page, 60_000)).toBe('tagged');
  const done = await page.evaluate(() => {
    const w = window as unknown as { __ends: () => string[]; __before: string[] };
    return {
      count: Number(document.documentElement.getAttribute('data-rl-count')),
      ids: new Set([...document.querySelectorAll('rl-mark')].map((m) => m.getAttribute('data-rl-id'))).size,
      ends: w.__ends(),
      before: w.__before,
    };
  });
  expect(done.count).toBeGreaterThan(8000);
  expect(done.ids).toBe(done.count);
  // marks are painted, not laid out: no paragraph's text moved, not even by a character (text
  // split into nodes may shift a glyph by a fraction of a pixel in the sum of its advances)
  expect(done.before.length).toBeGreaterThan(2000);
  const moved = done.ends.filter((e, i) => {
    const [x, y] = e.split(',').map(Number);
    const [x0, y0] = done.before[i].split(',').map(Number);
    return !(Math.abs(x - x0) < 0.5 && Math.abs(y - y0) < 0.5);
  });
  expect(moved).toEqual([]);
  await page.close();
});

describe.each(negatives)('non-report page %s', (file) => {
  test('is turned away with nothing written into it: no data-rl-* attribute, no element of ours', async () => {
    const page = await browser.context.newPage();
    // the page's own scripts listen to its console too: the Lens says nothing there
    await page.addInitScript(() => {
      const heard: string[] = ((window as unknown as { __heard: string[] }).__heard = []);
      for (const k of ['debug', 'log', 'info', 'warn'] as const) {
        const was = console[k].bind(console);
        console[k] = (...args: unknown[]) => {
          heard.push(args.map(String).join(' '));
          was(...args);
        };
      }
    });
    await page.goto(site.url(file));
    expect(await settled(page)).toBe('not-report');
    expect(
      await page.evaluate(() => (window as unknown as { __heard: string[] }).__heard.filter((l) => l.includes('Report Lens'))),
    ).toEqual([]);
    // whatever comes late (the Lens's UI, a state attribute) has had its time
    await page.waitForTimeout(500);
    const seen = await page.evaluate(async () => {
      const all = [...document.getElementsByTagName('*')];
      // the page as its HTML makes it, parsed apart from the live one
      const html = await (await fetch(location.href)).text();
      const parsed = new DOMParser().parseFromString(html, 'text/html').getElementsByTagName('*').length;
      return {
        attributes: all.flatMap((el) =>
          el
            .getAttributeNames()
            .filter((a) => a.startsWith('data-rl-'))
            .map((a) => `${el.localName}[${a}]`),
        ),
        ours: all.filter((el) => el.localName.startsWith('rl-')).map((el) => el.localName),
        elements: all.length,
        parsed,
        adopted: document.adoptedStyleSheets.length,
      };
    });
    expect(seen).toEqual({ attributes: [], ours: [], elements: seen.parsed, parsed: seen.parsed, adopted: 0 });
    await page.close();
  });
});

test('a reading in ruby markup does not break a mention, and the reading is never tagged', async () => {
  const page = await browser.context.newPage();
  await page.goto(site.url('ruby.html'));
  expect(await settled(page)).toBe('tagged');
  const tagged = await taggedMentions(page);
  const texts = tagged.map((t) => t.text);
  expect(texts).toContain('1635亿元');
  expect(tagged.find((t) => t.text === '1635亿元')!.pieces).toBe(2);
  expect(tagged.find((t) => t.text === '5%左右')!.kind).toBe('target');
  expect(await page.locator('rt rl-mark').count()).toBe(0);
  expect(await page.evaluate(() => [...document.querySelectorAll('rt')].map((r) => r.textContent).join(','))).toBe('yuán,zhǎng,zhǎng');
  // the card reads the growth through the ruby: 增长 5%
  await page.locator('rl-mark', { hasText: '5%左右' }).first().hover();
  await expect.poll(() => ui(page, 'rl-card [data-rl-field="value"]').textContent()).toContain('增长 5%');
  await page.close();
});

test('on a page with ruby readings every line stays where a fresh layout puts it: no two lines drawn over each other', async () => {
  // Chromium lays lines with ruby out again incrementally after marks go in, and now and then leaves
  // out the readings' room until the window is resized (lib/page/ruby.ts): each load is compared with a resize
  const boxes = (page: import('playwright-core').Page) =>
    page.evaluate(() => [...document.querySelectorAll('#zoom p, #zoom ruby')].map((el) => JSON.stringify(el.getBoundingClientRect())));
  for (let load = 0; load < 5; load++) {
    const page = await browser.context.newPage();
    await page.goto(site.url('ruby-report.html'));
    expect(await settled(page)).toBe('tagged');
    expect(await page.locator('ruby rl-mark').count()).toBeGreaterThan(10);
    await page.waitForTimeout(200);
    const tagged = await boxes(page);
    const size = page.viewportSize()!;
    await page.setViewportSize({ width: size.width + 1, height: size.height });
    await page.setViewportSize(size);
    const fresh = await boxes(page);
    expect(tagged.filter((b, i) => b !== fresh[i]).length, `load ${load}`).toBe(0);
    await page.close();
  }
});
