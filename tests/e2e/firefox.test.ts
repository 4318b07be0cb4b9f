// The Firefox build (.output/firefox-mv2) in the distribution's Firefox: it tags a report exactly as the
// Chrome build tags it in Chromium, clips a figure by keyboard into its own database (the figure is drawn
// clipped at once, and again on a new visit, from what was stored), and leaves a page that is no report
// as it was. Firefox's UI roots are closed like Chromium's and BiDi cannot open the add-on's own pages,
// so what was clipped is read where the reader sees it: the clipped fill in a screenshot of the figure.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { PNG } from 'pngjs';
import type { Browser as Firefox, Page as FirefoxPage } from 'puppeteer-core';
import { COLORS } from '../../lib/theme';
import { launch, serve, type Site } from './harness';
import { settled } from './content-pages';
import { launchFirefox } from './firefox';

const REPORT = 'taicang-2023-targets.html';
const FIGURE = '5%左右';

let ff: Firefox;
let site: Site;

beforeAll(async () => {
  site = await serve();
  ff = await launchFirefox();
});
afterAll(async () => {
  await ff?.close();
  await site?.close();
});

interface Tagging {
  state: string | null;
  count: string | null;
  marks: Array<[string, string, string]>;
}

/** what the page shows of the tagging: its state, its count, and every mark's id, kind and label */
function tagging(): Tagging {
  const root = document.documentElement;
  return {
    state: root.getAttribute('data-rl-state'),
    count: root.getAttribute('data-rl-count'),
    marks: [...document.querySelectorAll('rl-mark')].map((m) => [
      m.getAttribute('data-rl-id') ?? '',
      m.getAttribute('data-rl-kind') ?? '',
      m.getAttribute('aria-label') ?? '',
    ]),
  };
}

async function until<T>(what: string, get: () => Promise<T>, ok: (v: T) => boolean, ms = 20_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const v = await get().catch(() => undefined);
    if (v !== undefined && ok(v)) return v;
    if (Date.now() > deadline) throw new Error(`${what}: not so after ${ms} ms (last: ${JSON.stringify(v)})`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function taggedIn(page: FirefoxPage): Promise<Tagging> {
  await until(
    'the page tagged',
    () =>
      page.evaluate(
        () =>
          document.documentElement.getAttribute('data-rl-state') === 'tagged' && !document.documentElement.hasAttribute('data-rl-pending'),
      ),
    (done) => done,
  );
  return page.evaluate(tagging);
}

/** the clipped fill over the first mark of the text (alpha over the white page), as in lib/page/clip-layer.ts */
const FILL = (() => {
  const [r, g, b, a] = COLORS.clippedFill.match(/[\d.]+/g)!.map(Number);
  return [r, g, b].map((c) => Math.round(c * a + 255 * (1 - a)));
})();

/** the share of the figure's box painted in the clipped fill */
async function filled(page: FirefoxPage, text: string): Promise<number> {
  const box = await page.evaluate((t) => {
    const m = [...document.querySelectorAll('rl-mark')].find((el) => el.textContent === t)!;
    m.scrollIntoView({ block: 'center' });
    const r = m.getBoundingClientRect();
    return { x: r.left, y: r.top, width: r.width, height: r.height };
  }, text);
  const png = PNG.sync.read(Buffer.from(await page.screenshot({ clip: box, encoding: 'binary' })));
  let hits = 0;
  for (let i = 0; i < png.data.length; i += 4) {
    if ([0, 1, 2].every((c) => Math.abs(png.data[i + c] - FILL[c]) <= 12)) hits++;
  }
  return hits / (png.width * png.height);
}

async function open(page: string): Promise<FirefoxPage> {
  const tab = await ff.newPage();
  await tab.setViewport({ width: 1280, height: 900 });
  await tab.goto(site.url(page));
  return tab;
}

test('the Firefox build tags a report as the Chrome build does, clips by keyboard, and shows the clip again on a new visit', async () => {
  const tab = await open(REPORT);
  const inFirefox = await taggedIn(tab);
  const chromium = await launch();
  try {
    const page = await chromium.context.newPage();
    await page.goto(site.url(REPORT));
    await settled(page);
    expect(inFirefox).toEqual(await page.evaluate(tagging));
  } finally {
    await chromium.close(true);
  }
  expect(inFirefox.marks.length).toBeGreaterThan(10);
  expect(inFirefox.marks).toContainEqual(['m1', 'target', '目标 · 地区生产总值 · 增长 5% 左右 · 2023年']);

  expect(await filled(tab, FIGURE)).toBeLessThan(0.05);
  await tab.evaluate((t) => ([...document.querySelectorAll('rl-mark')].find((el) => el.textContent === t) as HTMLElement).focus(), FIGURE);
  await tab.keyboard.press('Enter');
  await until(
    'the figure drawn clipped',
    () => filled(tab, FIGURE),
    (share) => share > 0.3,
  );

  // a new visit: drawn clipped from what the background stored
  const again = await open(REPORT);
  await taggedIn(again);
  await until(
    'the figure drawn clipped on a new visit',
    () => filled(again, FIGURE),
    (share) => share > 0.3,
  );
  // and only that figure
  expect(await filled(again, '8%')).toBeLessThan(0.05);
});

test('the Firefox build leaves a page that is no report as it was', async () => {
  const tab = await open('neg-stock-news.html');
  const html = await tab.evaluate(() => document.documentElement.outerHTML);
  // the report page above is tagged within a second or two; give this one as long, and more
  await new Promise((r) => setTimeout(r, 3000));
  expect(await tab.evaluate(() => document.documentElement.outerHTML)).toBe(html);
  expect(await tab.evaluate(() => document.querySelectorAll('rl-mark, rl-toolbar, rl-clips, [data-rl-state]').length)).toBe(0);
});
