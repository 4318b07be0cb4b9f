// The popup in real Chromium with the built extension: clips made by a reader on the report pages
// (the content script's keyboard path) compared in one row; a target paired with its result; search,
// filters, delete with undo, the language switch, page text shown as text, and a clip opening its source.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { ROOT, launch, serve, type Browser, type Site } from './harness';
import { clipByKeyboard, clipsFile, dbClips, extensionPage, importThroughDashboard, makeClip, openPopup, resetDb } from './popup-helpers';
import { ui } from './closed-ui';

let browser: Browser;
let site: Site;
let ext: Page;

beforeAll(async () => {
  site = await serve();
  browser = await launch();
  ext = await extensionPage(browser, 'dashboard.html');
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});
beforeEach(async () => {
  await resetDb(ext);
  for (const p of browser.context.pages()) if (p !== ext) await p.close();
});

async function clipOn(page: string, text: string): Promise<void> {
  const tab = await browser.context.newPage();
  await tab.goto(site.url(page));
  await clipByKeyboard(tab, text);
  await tab.close();
}

/** the texts of the cells of the comparison row of an indicator × measure */
async function rowCells(popup: Page, key: string, measure: string): Promise<string[]> {
  const row = popup.locator(`table.cmp tr[data-row="${key}"][data-measure="${measure}"]`);
  await row.waitFor();
  return row.locator('td').allTextContents();
}

async function importClips(file: string): Promise<void> {
  const dash = await extensionPage(browser, 'dashboard.html');
  const r = await importThroughDashboard(dash, 'clips.json', file);
  expect(r.ok, r.text).toBe(true);
  await dash.close();
}

describe('the popup compares what readers clip', () => {
  test('an empty database teaches what to do first and loads the sample in one click', async () => {
    const popup = await openPopup(browser);
    await expect(popup.locator('.empty-state h2').textContent()).resolves.toBe('还没有剪藏');
    expect(await popup.locator('.empty-state a').getAttribute('href')).toMatch(/^https:\/\/www\.gov\.cn\//);
    await popup.click('[data-action=load-sample]');
    await popup.locator('table.cmp').waitFor();
    const cells = await rowCells(popup, '地区生产总值', 'growth');
    expect(cells.join(' ')).toMatch(/达成/);
    expect((await dbClips(ext)).length).toBeGreaterThan(20);
  });

  test('the GDP growth targets clipped on the Taicang 2023 and Wuzhong 2025 pages stand in one row', async () => {
    await clipOn('taicang-2023-targets.html', '5%左右');
    await clipOn('wuzhong-2025-targets.html', '5%以上');
    const clips = await dbClips(ext);
    expect(clips.map((c) => [c.indicatorKey, c.measure, c.kind, c.period, c.text]).sort()).toEqual([
      ['地区生产总值', 'growth', 'target', 2023, '5%左右'],
      ['地区生产总值', 'growth', 'target', 2025, '5%以上'],
    ]);
    const popup = await openPopup(browser);
    const cells = (await rowCells(popup, '地区生产总值', 'growth')).filter(Boolean);
    expect(cells).toHaveLength(2);
    expect(cells.some((c) => /目标\s*5%\s*左右/.test(c))).toBe(true);
    expect(cells.some((c) => /目标\s*5%\s*以上/.test(c))).toBe(true);
    // one row: no other GDP-growth row
    expect(await popup.locator('table.cmp tbody tr').count()).toBe(1);
    const heads = await popup.locator('table.cmp thead th').allTextContents();
    expect(heads.some((h) => h.includes('吴中区') && h.includes('2025'))).toBe(true);
    expect(heads.some((h) => h.includes('2023'))).toBe(true);
  });

  test("a year's target and the result reported a year later are paired: 5.5%左右 against 2%以上 is not met", async () => {
    await clipOn('taicang-2023-report.html', '2%以上');
    const [result] = await dbClips(ext);
    expect(result).toMatchObject({
      region: '太仓市',
      period: 2022,
      kind: 'actual',
      indicatorKey: '地区生产总值',
      measure: 'growth',
      qualifier: 'above',
      value: 2,
    });
    const target = makeClip({
      indicator: '地区生产总值',
      text: '5.5%左右',
      value: 5.5,
      unit: '%',
      qualifier: 'about',
      kind: 'target',
      period: 2022,
      region: '太仓市',
      url: 'https://www.taicang.gov.cn/2022-report.html',
      sentence: '今年经济社会发展的主要预期目标是：地区生产总值增长5.5%左右。',
    });
    await importClips(clipsFile([target]));
    const popup = await openPopup(browser);
    const row = popup.locator('table.cmp tr[data-row="地区生产总值"][data-measure="growth"]');
    const verdict = row.locator('[data-verdict]');
    await expect(verdict.getAttribute('data-verdict')).resolves.toBe('not-met');
    expect(await verdict.textContent()).toContain('未达成');
    // the reasoning is in the tooltip: the bar and the result's range
    expect(await verdict.getAttribute('title')).toMatch(/5\.25%.*2%.*3%/);
    // and shown when the verdict has the focus (Tab, or a tap where there is no hover to show a tooltip)
    const shown = () => verdict.evaluate((el) => getComputedStyle(el, '::after').content);
    expect(await shown()).not.toMatch(/5\.25%/);
    await verdict.focus();
    expect(await shown()).toMatch(/5\.25%.*2%.*3%/);
    const cell = verdict.locator('xpath=ancestor::td');
    expect(await cell.textContent()).toMatch(/目标\s*5\.5%\s*左右.*实绩\s*2%\s*以上/);
  });

  test('values show in the unit a reader writes: 6105个 beside 1.2万个, 1635亿元 beside 万亿元 (never 0.6105万个)', async () => {
    const spec = (indicator: string, text: string, value: number, unit: string, period: number, region: string) =>
      makeClip({
        indicator,
        text,
        value,
        unit,
        measure: 'level',
        kind: 'actual',
        period,
        region,
        url: `https://example.gov.cn/${region}-${period}.html`,
        sentence: `${indicator}${text}。`,
      });
    await importClips(
      clipsFile([
        spec('新增市场主体', '6105个', 6105, '个', 2021, '太仓市'),
        spec('新增市场主体', '1.2万个', 1.2, '万个', 2022, '太仓市'),
        spec('地区生产总值', '1635亿元', 1635, '亿元', 2022, '太仓市'),
        spec('地区生产总值', '121万亿元', 121, '万亿元', 2022, '全国'),
        spec('地区生产总值', '126万亿元', 126, '万亿元', 2023, '全国'),
      ]),
    );
    const popup = await openPopup(browser);
    const firms = (await rowCells(popup, '新增市场主体', 'level')).join(' ');
    expect(firms).toContain('6105个');
    expect(firms).toContain('1.2万个');
    expect(firms).not.toMatch(/0\.6105/);
    const gdp = (await rowCells(popup, '地区生产总值', 'level')).join(' ');
    expect(gdp).toContain('1635亿元');
    expect(gdp).toContain('121万亿元');
    expect(gdp).not.toMatch(/0\.1635/);
  });

  test("a row named by its key says the report's own wording under it; a row named as written says nothing more", async () => {
    const spec = (indicator: string, period: number, text: string, value: number) =>
      makeClip({ indicator, text, value, unit: '%', kind: 'target', period, region: '全国', url: `https://example.gov.cn/${period}.html` });
    // 1998's 商品零售价格 and 2012's 居民消费价格: each in a row of its own era's price index
    await importClips(clipsFile([spec('商品零售价格', 1998, '3％以内', 3), spec('居民消费价格', 2012, '4%左右', 4)]));
    const popup = await openPopup(browser);
    // a row's header has the wordings of its clips as its tooltip
    const header = (indicator: string) => popup.locator(`table.cmp tbody th.ind[title="${indicator}"]`);
    await header('商品零售价格').waitFor();
    // the 1990s' retail price row is named by its key (lib/compare/aliases.ts), not as the report wrote it:
    // what the report wrote is said under the name, not only in a tooltip
    expect(await header('商品零售价格').locator('.name').textContent()).not.toBe('商品零售价格');
    expect(await header('商品零售价格').locator('[data-wording]').textContent()).toBe('报告写作「商品零售价格」');
    expect(await header('居民消费价格').locator('.name').textContent()).toBe('居民消费价格');
    expect(await header('居民消费价格').locator('[data-wording]').count()).toBe(0);
  });

  test('columns past the right edge of the table are said under it, until the reader scrolls to them', async () => {
    const spec = (region: string, period: number) =>
      makeClip({
        indicator: '地区生产总值',
        text: '5%',
        value: 5,
        unit: '%',
        kind: 'target',
        period,
        region,
        url: `https://example.gov.cn/${region}-${period}.html`,
      });
    const regions = ['太仓市', '吴中区', '昆山市', '常熟市'];
    await importClips(clipsFile(regions.flatMap((r) => [2021, 2022, 2023, 2024].map((y) => spec(r, y)))));
    const popup = await openPopup(browser);
    const wrap = popup.locator('.cmp-wrap');
    const note = popup.locator('[data-note=cols-off-right]');
    // sixteen columns do not fit the popup: how many are out of sight is said, as the table stands
    const offRight = () =>
      wrap.evaluate((el) => {
        const right = el.getBoundingClientRect().right;
        return [...el.querySelectorAll('thead th[data-col]')].filter((th) => th.getBoundingClientRect().left >= right - 1).length;
      });
    await expect.poll(offRight).toBeGreaterThan(0);
    await expect.poll(() => note.textContent()).toBe(`→ 右侧还有 ${await offRight()} 列，可横向滚动查看`);
    await wrap.evaluate((el) => el.scrollTo({ left: el.scrollWidth }));
    await expect.poll(() => note.count()).toBe(0);
  });

  test('the comparison says which regions it leaves out, and links to the dashboard', async () => {
    const regions = ['太仓市', '昆山市', '常熟市', '张家港市', '吴江区', '吴中区', '相城区', '姑苏区'];
    await importClips(
      clipsFile(
        regions.map((region, i) =>
          makeClip({
            indicator: '地区生产总值',
            text: '5%',
            value: 5,
            unit: '%',
            kind: 'target',
            period: 2024,
            region,
            regionPath: ['江苏省', '苏州市', region],
            url: `https://example.gov.cn/${i}.html`,
            createdAt: Date.UTC(2024, 0, 1 + i),
          }),
        ),
      ),
    );
    const popup = await openPopup(browser);
    const note = popup.locator('[data-rl-note="regions-left-out"]');
    await expect.poll(() => note.textContent()).toContain('另有 2 个地区未列出');
    expect(await note.locator('a').getAttribute('href')).toContain('dashboard.html');
  });

  test('clicking a value opens its source page, which scrolls to the mark and flashes it', async () => {
    // a figure far down the report, so that finding it means scrolling
    await clipOn('taicang-2023-report.html', '1.1万人');
    const [clip] = await dbClips(ext);
    const popup = await openPopup(browser);
    const [page] = await Promise.all([
      browser.context.waitForEvent('page'),
      popup.locator(`table.cmp button.entry[data-clip-id="${clip.id}"]`).click(),
    ]);
    await page.waitForURL(clip.url);
    const flash = ui(page, 'rl-clips [data-rl-flash]');
    await flash.waitFor();
    expect(await flash.getAttribute('data-rl-clipped')).toBe('true');
    const id = await flash.getAttribute('data-rl-id');
    const marks = page.locator(`rl-mark[data-rl-id="${id}"]`);
    expect((await marks.allTextContents()).join('')).toBe('1.1万人');
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    expect(await marks.first().isVisible()).toBe(true);
  });
});

describe('finding and managing clips', () => {
  beforeEach(async () => {
    await importClips(readFileSync(join(ROOT, 'public/sample-clips.json'), 'utf8'));
  });

  test('filters (region, year, kind, indicator) and search narrow the table and the list', async () => {
    const popup = await openPopup(browser);
    const heads = () => popup.locator('table.cmp thead th[data-col] .region').allTextContents();
    await popup.selectOption('select[data-filter=region]', '吴中区');
    await expect.poll(heads).toEqual(['吴中区']);
    await popup.selectOption('select[data-filter=region]', '');
    await popup.selectOption('select[data-filter=year]', '2023');
    await expect
      .poll(async () => (await popup.locator('table.cmp thead th[data-col] .year').allTextContents()).every((y) => y === '2023'))
      .toBe(true);
    await popup.selectOption('select[data-filter=kind]', 'actual');
    await expect.poll(() => popup.locator('table.cmp button.entry.target').count()).toBe(0);
    expect(await popup.locator('table.cmp button.entry.actual').count()).toBeGreaterThan(0);
    await popup.selectOption('select[data-filter=indicator]', '城镇调查失业率');
    await expect.poll(() => popup.locator('table.cmp tbody tr').count()).toBe(1);
    await popup.click('text=清除筛选');
    await popup.click('#tab-clips');
    const want = (await dbClips(ext)).filter((c) => [c.indicator, c.sentence, c.text].some((s) => s.includes('粮食'))).length;
    expect(want).toBeGreaterThan(0);
    await popup.fill('input[type=search]', '粮食');
    // the list as the search leaves it (not a moment of it while it re-renders)
    await expect.poll(() => popup.locator('.clip').count()).toBe(want);
    expect((await popup.locator('.clip .clip-ind').allTextContents()).every((s) => s.includes('粮食'))).toBe(true);
  });

  test('delete takes a clip out; undo puts it back exactly', async () => {
    const before = await dbClips(ext);
    const popup = await openPopup(browser);
    await popup.click('#tab-clips');
    const first = popup.locator('.clip').first();
    const id = await first.getAttribute('data-clip-id');
    await first.locator('button.delete').click();
    await expect.poll(async () => (await dbClips(ext)).length).toBe(before.length - 1);
    await expect.poll(() => popup.locator(`.clip[data-clip-id="${id}"]`).count()).toBe(0);
    await popup.click('.toast-action');
    await expect.poll(async () => (await dbClips(ext)).length).toBe(before.length);
    expect(await dbClips(ext)).toEqual(before);
    await popup.locator(`.clip[data-clip-id="${id}"]`).waitFor();
  });

  test('the language switches between Chinese and English and the choice is kept', async () => {
    const popup = await openPopup(browser);
    expect(await popup.locator('#tab-compare').textContent()).toBe('对比');
    await popup.click('.lang-switch [data-lang=en]');
    await expect.poll(() => popup.locator('#tab-compare').textContent()).toBe('Compare');
    expect(await popup.locator('html').getAttribute('lang')).toBe('en');
    expect(
      await popup.locator('table.cmp tr[data-row="地区生产总值"][data-measure="growth"] [data-verdict]').first().textContent(),
    ).toMatch(/met/);
    // the nation's column is named in English; a city's as its report wrote it
    const regions = () => popup.locator('table.cmp thead th[data-col] .region').allTextContents();
    await expect.poll(regions).toContain('China');
    expect(await regions()).toContain('太仓市');
    expect(await regions()).not.toContain('全国');
    await popup.reload();
    await popup.waitForSelector('html[data-rl-ready="true"]');
    await expect.poll(() => popup.locator('#tab-compare').textContent()).toBe('Compare');
    const dash = await extensionPage(browser, 'dashboard.html');
    await expect.poll(() => dash.locator('h1').textContent()).toContain('Dashboard');
    await popup.click('.lang-switch [data-lang=zh]');
    await expect.poll(() => popup.locator('#tab-compare').textContent()).toBe('对比');
    await expect.poll(regions).toContain('全国');
  });
});

describe('page text is text', () => {
  test('a clip whose sentence and indicator hold markup shows it as text; nothing runs', async () => {
    const hostile = makeClip({
      indicator: '地区生产总值<b>GDP</b>',
      text: '5%',
      value: 5,
      unit: '%',
      kind: 'target',
      period: 2024,
      region: '太仓市',
      url: 'https://evil.example.com/report.html',
      title: '<script>window.__pwned=1</script>',
      sentence: '<img src=x onerror="window.__pwned=1">地区生产总值增长5%<svg onload="window.__pwned=1">',
    });
    await importClips(clipsFile([hostile]));
    const popup = await openPopup(browser);
    await popup.click('#tab-clips');
    const item = popup.locator('.clip').first();
    expect(await item.locator('.sentence').textContent()).toBe(hostile.sentence);
    expect(await item.locator('.clip-ind').textContent()).toBe('地区生产总值<b>GDP</b>');
    expect(await item.locator('.source').textContent()).toBe('<script>window.__pwned=1</script>');
    expect(await popup.locator('.popup img, .popup b, .popup script, .clip svg').count()).toBe(0);
    await popup.click('#tab-compare');
    await popup.locator('table.cmp').waitFor();
    expect(await popup.locator('table.cmp img, table.cmp b').count()).toBe(0);
    expect(await popup.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  });
});
