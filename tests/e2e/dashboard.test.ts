// The dashboard in real Chromium with the built extension: export CSV and JSON, clear, import the
// JSON back (the same clips, every field), malformed files refused with the database unchanged,
// progress on a big import, the chart, and page text kept as text.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import { FIXTURES, ROOT, launch, serve, type Browser, type Site } from './harness';
import { settled, toolbarButton } from './content-pages';
import { clipByKeyboard, clipsFile, dbClips, extensionPage, importThroughDashboard, makeClip, resetDb } from './popup-helpers';
import { CSV_COLUMNS, EXPORT_FORMAT, EXPORT_VERSION } from '../../lib/clip/export';
import type { Clip } from '../../lib/clip/clip';
import { ui } from './closed-ui';

let browser: Browser;
let site: Site;
let dash: Page;
const SAMPLE = readFileSync(join(ROOT, 'public/sample-clips.json'), 'utf8');

beforeAll(async () => {
  site = await serve();
  browser = await launch();
  dash = await extensionPage(browser, 'dashboard.html');
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});
beforeEach(async () => {
  await resetDb(dash);
  await dash.reload();
  await dash.locator('.dashboard').waitFor();
});

async function downloadOf(page: Page, action: string): Promise<{ name: string; text: string }> {
  const [dl] = await Promise.all([page.waitForEvent('download'), page.click(`[data-action=${action}]`)]);
  const path = await dl.path();
  return { name: dl.suggestedFilename(), text: readFileSync(path, 'utf8') };
}

describe('export, clear, import', () => {
  test('CSV and JSON exports hold every clip and field; clear, then import the JSON: the same clips', async () => {
    expect((await importThroughDashboard(dash, 'sample.json', SAMPLE)).ok).toBe(true);
    // and one clipped by a reader on a report page
    const tab = await browser.context.newPage();
    await tab.goto(site.url('taicang-2023-report.html'));
    await clipByKeyboard(tab, '1635亿元');
    await tab.close();
    await dash.reload();
    const before = await dbClips(dash);
    expect(before.length).toBeGreaterThan(30);
    await expect.poll(() => dash.locator('.dashboard').getAttribute('data-clips')).toBe(String(before.length));

    const csv = await downloadOf(dash, 'export-csv');
    expect(csv.name).toMatch(/^report-lens-clips-\d{8}-\d{4}\.csv$/);
    expect(csv.text.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.text.slice(1).split('\r\n').filter(Boolean);
    expect(lines[0]).toBe(CSV_COLUMNS.join(','));
    // sentences have no line breaks: one line per clip
    expect(lines).toHaveLength(before.length + 1);
    for (const c of before) expect(csv.text).toContain(c.id);

    const json = await downloadOf(dash, 'export-json');
    expect(json.name).toMatch(/\.json$/);
    const file = JSON.parse(json.text) as { format: string; version: number; clips: Clip[] };
    expect(file.format).toBe(EXPORT_FORMAT);
    expect(file.version).toBe(EXPORT_VERSION);
    expect(file.clips).toHaveLength(before.length);

    await dash.click('[data-action=clear]');
    await dash.click('[data-action=clear-confirm]');
    await expect.poll(async () => (await dbClips(dash)).length).toBe(0);
    await dash.locator('.dashboard-empty').waitFor();

    const r = await importThroughDashboard(dash, json.name, json.text);
    expect(r.text).toContain(`新增 ${before.length} 条`);
    expect(await dbClips(dash)).toEqual(before);

    // importing it again merges: nothing is added twice
    const again = await importThroughDashboard(dash, json.name, json.text);
    expect(again.text).toContain(`已存在 ${before.length} 条`);
    expect(await dbClips(dash)).toEqual(before);
  });

  test('clear can be undone', async () => {
    await importThroughDashboard(dash, 'sample.json', SAMPLE);
    const before = await dbClips(dash);
    await dash.click('[data-action=clear]');
    await dash.click('[data-action=clear-confirm]');
    await expect.poll(async () => (await dbClips(dash)).length).toBe(0);
    await dash.click('.toast-action');
    await expect.poll(async () => (await dbClips(dash)).length).toBe(before.length);
    expect(await dbClips(dash)).toEqual(before);
  });

  test('the table exports as the wide table `npm run compare -- --csv` prints for the same reports', async () => {
    for (const page of ['taicang-2023-targets.html', 'wuzhong-2025-targets.html']) {
      const tab = await browser.context.newPage();
      await tab.goto(site.url(page));
      await settled(tab);
      await toolbarButton(tab, 'clip-targets').click();
      await expect.poll(() => ui(tab, 'rl-toolbar [role="status"]').textContent()).toContain('个目标');
      await tab.close();
    }
    await dash.reload();
    await dash.locator('table.cmp').waitFor();
    const table = await downloadOf(dash, 'export-table');
    expect(table.name).toMatch(/^report-lens-table-\d{8}-\d{4}\.csv$/);
    expect(table.text.charCodeAt(0)).toBe(0xfeff);
    const cli = execFileSync(
      join(ROOT, 'node_modules/.bin/tsx'),
      [join(ROOT, 'cli/compare.ts'), '--csv', ...['taicang-2023-targets.html', 'wuzhong-2025-targets.html'].map((p) => join(FIXTURES, p))],
      { cwd: ROOT, encoding: 'utf8' },
    );
    const lines = (s: string) =>
      s
        .replace(/^\uFEFF/, '')
        .split('\r\n')
        .filter(Boolean);
    const [head, ...rows] = lines(table.text);
    const [cliHead, ...cliRows] = lines(cli);
    // the same columns (every region and year is shown), headed in Chinese; the rows shown are the CLI's
    expect(head).toBe(cliHead);
    expect(head).toMatch(/^指标,口径,单位,/);
    expect(head.split(',').slice(3).sort()).toEqual(['吴中区 2025年', '太仓市 2023年']);
    expect(rows.length).toBeGreaterThan(3);
    for (const r of rows) expect(cliRows).toContain(r);
    expect(rows.join('\n')).toMatch(/地区生产总值,增速,%,.*目标 5%左右/);
  });

  test("the undo notice stays on top of the table's sticky first column", async () => {
    expect((await importThroughDashboard(dash, 'sample.json', SAMPLE)).ok).toBe(true);
    await dash.setViewportSize({ width: 1000, height: 500 });
    await dash.locator('.clip .delete').first().click();
    const toast = dash.locator('.toast');
    await toast.waitFor();
    // the table's first column right under the notice
    await dash.evaluate(() => {
      const th = document.querySelector('table.cmp th.ind')!;
      window.scrollBy(0, th.getBoundingClientRect().top - (innerHeight - 30));
    });
    const hit = await toast.evaluate((el) => {
      const r = el.getBoundingClientRect();
      const th = document.querySelector('table.cmp th.ind')!.getBoundingClientRect();
      // a point of the notice over the sticky column
      const under = document.elementFromPoint((th.left + th.right) / 2, r.top + r.height / 2);
      return { onTop: !!under && el.contains(under), what: `${under?.tagName} ${under?.className}` };
    });
    expect(hit.onTop, `under the notice: ${hit.what}`).toBe(true);
    await dash.setViewportSize({ width: 1280, height: 900 });
  });

  const good = JSON.parse(SAMPLE) as { clips: Clip[] };
  /** bytes as a binary file holds them (a photo renamed .json, say) */
  const junk = (n: number): string => {
    let x = 12345;
    return Array.from({ length: n }, () => String.fromCharCode((x = (x * 1103515245 + 12345) & 0x7fffffff) & 0xff)).join('');
  };
  const malformed: Array<[string, string, RegExp]> = [
    // said in the page's language (Chinese here), never with the file's own bytes
    ['truncated JSON', SAMPLE.slice(0, SAMPLE.length / 2), /不是有效的 JSON/],
    [
      'a wrong format tag',
      JSON.stringify({ format: 'zotero-export', version: 1, clips: good.clips }),
      /不是报告透镜的剪藏文件.*zotero-export/,
    ],
    [
      'a clip with a bad field',
      JSON.stringify({ ...good, clips: [good.clips[0], good.clips[1], { ...good.clips[2], value: 'five' }] }),
      /第 3 条剪藏的 value 字段无效/,
    ],
    ['a newer version', JSON.stringify({ ...good, version: EXPORT_VERSION + 1 }), new RegExp(`第 ${EXPORT_VERSION + 1} 版.*较新`)],
    [
      '5 MB of binary junk',
      junk(5 * 1024 * 1024),
      // biome-ignore lint/suspicious/noControlCharactersInRegex: a binary file's bytes are what must not show
      /^[^\u0000-\u0008\u000e-\u001f\ufffd]*文件不是有效的 JSON[^\u0000-\u0008\u000e-\u001f\ufffd]*$/,
    ],
  ];
  test.each(malformed)('%s: a clear error, and the database unchanged', async (_name, text, message) => {
    await importThroughDashboard(dash, 'sample.json', SAMPLE);
    const before = await dbClips(dash);
    const r = await importThroughDashboard(dash, 'bad.json', text);
    expect(r.ok).toBe(false);
    expect(r.text).toMatch(/未导入，数据库未作任何改动/);
    expect(r.text).toMatch(message);
    expect(await dbClips(dash)).toEqual(before);
  });

  test('a big import shows its progress and ends with every clip written', async () => {
    const many: Clip[] = [];
    for (let i = 0; i < 3000; i++) {
      many.push(
        makeClip({
          indicator: `指标${i % 40}`,
          text: `${i}亿元`,
          value: i,
          unit: '亿元',
          measure: 'level',
          kind: i % 2 ? 'actual' : 'target',
          period: 2015 + (i % 10),
          region: '太仓市',
          url: `https://www.taicang.gov.cn/r${i % 9}.html`,
          createdAt: 1_700_000_000_000 + i,
        }),
      );
    }
    // the page records every phase its progress bar shows
    await dash.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { phases: string[] }).phases = seen;
      new MutationObserver(() => {
        const p = document.querySelector('.progress');
        const phase = p?.getAttribute('data-phase');
        const value = p?.querySelector('progress')?.getAttribute('value');
        if (phase) seen.push(`${phase}:${value ?? ''}`);
      }).observe(document.body, { subtree: true, childList: true, attributes: true });
    });
    const r = await importThroughDashboard(dash, 'big.json', clipsFile(many));
    expect(r.ok, r.text).toBe(true);
    const phases = await dash.evaluate(() => (window as unknown as { phases: string[] }).phases);
    expect(phases).toEqual(expect.arrayContaining(['validating:500', 'validating:1000', 'writing:1000', 'writing:2000']));
    expect((await dbClips(dash)).length).toBe(3000);
  });
});

describe('storage', () => {
  test('a full storage quota is shown, not swallowed, and nothing is half-written', async () => {
    // a profile of its own: Chromium applies a quota override only to an origin that has not written yet
    const own = await launch();
    try {
      const blank = await own.context.newPage();
      const cdp = await own.context.newCDPSession(blank);
      await cdp.send('Storage.overrideQuotaForOrigin', { origin: `chrome-extension://${own.extensionId}`, quotaSize: 64 * 1024 });
      const page = await extensionPage(own, 'dashboard.html', blank);
      const many = Array.from({ length: 300 }, (_, i) =>
        makeClip({
          indicator: '地区生产总值',
          text: `${i}亿元`,
          value: i,
          unit: '亿元',
          measure: 'level',
          kind: 'actual',
          period: 2020,
          region: '太仓市',
          url: `https://www.taicang.gov.cn/q${i}.html`,
        }),
      );
      const r = await importThroughDashboard(page, 'big.json', clipsFile(many));
      expect(r.ok).toBe(false);
      expect(r.text).toMatch(/存储空间已满/);
      expect(r.text).toMatch(/QuotaExceededError/);
      expect(await dbClips(page)).toEqual([]);
    } finally {
      await own.close();
    }
  });

  test('the dashboard asks for persistent storage and says what it got', async () => {
    await dash.locator('.storage').waitFor();
    expect(await dash.locator('.storage').getAttribute('data-persisted')).toMatch(/^(true|false|null)$/);
    expect(await dash.locator('.storage').textContent()).toMatch(/存储/);
  });
});

describe('the comparison with room', () => {
  test('the chart draws bars across regions and lines across years', async () => {
    await importThroughDashboard(dash, 'sample.json', SAMPLE);
    await dash.locator('svg.chart').waitFor();
    expect(await dash.locator('svg.chart').getAttribute('data-mode')).toBe('bars');
    // the first row is GDP growth; its bars: one per region with a value that year
    expect(await dash.locator('select[data-control=chart-row] option:checked').textContent()).toMatch(/地区生产总值 · 增速/);
    expect(await dash.locator('svg.chart rect.bar[data-kind]').count()).toBeGreaterThan(1);
    expect(await dash.locator('svg.chart rect.bar[data-kind=target]').count()).toBeGreaterThan(0);
    // no two value labels run into each other (a result and its target of about the same height), in English, whose
    // labels are the longer (about 5%)
    await dash.click('.lang-switch [data-lang=en]');
    await expect.poll(() => dash.locator('svg.chart text.bar-label', { hasText: 'about' }).count()).toBeGreaterThan(0);
    const boxes = await dash.locator('svg.chart text.bar-label').evaluateAll((els) =>
      els.map((e) => {
        const r = e.getBoundingClientRect();
        return { l: r.left, r: r.right, t: r.top, b: r.bottom, s: e.textContent };
      }),
    );
    expect(boxes.length).toBeGreaterThan(1);
    const overlaps = boxes.filter((a, i) => boxes.some((b, j) => j > i && a.l < b.r && b.l < a.r && a.t < b.b && b.t < a.b));
    expect(overlaps).toEqual([]);
    await dash.click('.lang-switch [data-lang=zh]');
    await expect.poll(() => dash.locator('svg.chart text.bar-label', { hasText: '左右' }).count()).toBeGreaterThan(0);
    await dash.click('[data-control=chart-lines]');
    await expect.poll(() => dash.locator('svg.chart').getAttribute('data-mode')).toBe('lines');
    expect(await dash.locator('svg.chart path.line').count()).toBeGreaterThan(0);
    expect(await dash.locator('svg.chart circle.dot[data-kind=actual]').count()).toBeGreaterThan(0);
    // the table beside it shows the verdicts and the raised targets
    expect(await dash.locator('table.cmp [data-verdict=met]').count()).toBeGreaterThan(0);
    expect(await dash.locator('table.cmp [data-raise=higher]').count()).toBeGreaterThan(0);
  });

  test('a target said of both incomes at once is judged in the urban and the rural row, and says so', async () => {
    const url = 'https://www.hebei.gov.cn/2019-report.html';
    const sentence = '城镇登记失业率控制在4.5%以内;城乡居民人均可支配收入均增长7%左右;居民消费价格涨幅控制在3%左右';
    const clips = [
      makeClip({
        indicator: '城乡居民人均可支配收入',
        text: '7%左右',
        value: 7,
        unit: '%',
        qualifier: 'about',
        kind: 'target',
        period: 2019,
        region: '河北省',
        url,
        sentence,
      }),
      makeClip({
        indicator: '城镇居民人均可支配收入',
        text: '7.6%',
        value: 7.6,
        unit: '%',
        kind: 'actual',
        period: 2019,
        region: '河北省',
        url: 'https://www.hebei.gov.cn/2020-report.html',
      }),
      makeClip({
        indicator: '农村居民人均可支配收入',
        text: '6.2%',
        value: 6.2,
        unit: '%',
        kind: 'actual',
        period: 2019,
        region: '河北省',
        url: 'https://www.hebei.gov.cn/2020-report.html',
      }),
    ];
    const r = await importThroughDashboard(dash, 'joint.json', clipsFile(clips));
    expect(r.ok, r.text).toBe(true);
    const row = (name: string) => dash.locator('table.cmp tbody tr', { has: dash.locator('th.ind', { hasText: name }) });
    await row('城镇居民人均可支配收入').waitFor();
    for (const [name, verdict] of [
      ['城镇居民人均可支配收入', 'met'],
      ['农村居民人均可支配收入', 'not-met'],
    ] as const) {
      const target = row(name).locator('button.entry[data-kind=target]');
      expect(await target.getAttribute('data-joint')).toBe('城乡居民人均可支配收入');
      expect(await target.getAttribute('title')).toContain('合并表述：城乡居民人均可支配收入');
      expect(await row(name).locator(`[data-verdict=${verdict}]`).count()).toBe(1);
    }
    // the joint name is no row of its own
    expect(await row('城乡居民人均可支配收入').count()).toBe(0);
  });

  test('picking indicators, regions and years changes the table', async () => {
    await importThroughDashboard(dash, 'sample.json', SAMPLE);
    const rows = () => dash.locator('table.cmp tbody tr').count();
    const cols = () => dash.locator('table.cmp thead th[data-col]').count();
    await dash.locator('fieldset[data-pick=rows] button', { hasText: '全不选' }).click();
    await expect.poll(rows).toBe(0);
    await dash.locator('fieldset[data-pick=rows] input[type=checkbox]').first().check();
    await expect.poll(rows).toBe(1);
    const allCols = await cols();
    await dash.locator('fieldset[data-pick=years] input[value="2025"]').uncheck();
    await expect.poll(cols).toBeLessThan(allCols);
    expect(await dash.locator('table.cmp thead th[data-col] .year').allTextContents()).not.toContain('2025');
  });

  test('indicators the table leaves out are said under it, and "show all" shows them', async () => {
    await importThroughDashboard(dash, 'sample.json', SAMPLE);
    const rows = () => dash.locator('table.cmp tbody tr').count();
    // a fresh dashboard shows the first indicators only: the reader is told how many more there are
    // (the table and the indicator picker read once both have drawn the import)
    await expect.poll(rows).toBeGreaterThan(0);
    const picker = dash.locator('fieldset[data-pick=rows] input[type=checkbox]');
    await expect.poll(() => picker.count()).toBeGreaterThan(0);
    const all = await picker.count();
    const shown = await rows();
    expect(shown).toBeLessThan(all);
    const note = dash.locator('[data-note=rows-hidden]');
    await expect.poll(() => note.textContent()).toContain(`还有 ${all - shown} 个指标`);
    await note.locator('[data-action=show-all-rows]').click();
    await expect.poll(rows).toBe(all);
    expect(await note.count()).toBe(0);
  });

  test('page text in the dashboard is text too', async () => {
    const hostile = makeClip({
      indicator: '地区生产总值',
      text: '5%',
      value: 5,
      unit: '%',
      kind: 'target',
      period: 2024,
      region: '<img src=x onerror="window.__pwned=1">',
      url: 'https://evil.example.com/report.html',
      sentence: '<img src=x onerror="window.__pwned=1">地区生产总值增长5%',
    });
    const r = await importThroughDashboard(dash, 'x.json', clipsFile([hostile]));
    expect(r.ok, r.text).toBe(true);
    await dash.locator('.clip .sentence').waitFor();
    expect(await dash.locator('.clip .sentence').textContent()).toBe(hostile.sentence);
    expect(await dash.locator('.dashboard img').count()).toBe(0);
    expect(await dash.locator('svg.chart text', { hasText: '<img' }).count()).toBeGreaterThan(0);
    expect(await dash.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  });
});
