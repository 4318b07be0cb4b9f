// The reader corrects in the dashboard (issue 9), in real Chromium with the built extension, on clips
// made from the fixture pages: a field corrected regroups the comparison, a bad edit is refused at its
// field with nothing saved, a correction is reset and undone; a page's year set for all its clips
// (the 年份不详 column gone); rows merged into a target paired with its result, and taken back; a
// note and tags written, searched, and carried with the corrections through export → import into a
// fresh profile.
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launch, serve, type Browser, type Site } from './harness';
import { readFileSync } from 'node:fs';
import { dbClips, extensionPage, importThroughDashboard, resetDb } from './popup-helpers';
import { EXTRA_PAGES, NO_YEAR, PAIR, REVIEW_2024, clipAllTargets, clipOn, dashboardWith, seedPair } from './dashboard-seed';
import type { Clip } from '../../lib/clip/clip';

let browser: Browser;
let site: Site;
let dash: Page;

beforeAll(async () => {
  site = await serve(EXTRA_PAGES);
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

const item = (c: Pick<Clip, 'id'>) => dash.locator(`.clip[data-clip-id="${c.id}"]`);
const rowNames = () => dash.locator('table.cmp tbody tr').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-row')));
const yearHeads = () => dash.locator('table.cmp thead th[data-col] .year').allTextContents();
const focused = () => dash.evaluate(() => document.activeElement?.getAttribute('name'));
const byText = async (text: string) => (await dbClips(dash)).find((c) => c.text === text)!;

/** open one of a clip's forms by keyboard: focus its button, press Enter */
async function openForm(c: Clip, tool: 'fields' | 'page' | 'notes'): Promise<void> {
  await item(c).locator(`[data-action="open-${tool}"]`).focus();
  await dash.keyboard.press('Enter');
  await item(c).locator('form.editor').waitFor();
  // the form takes the keyboard into its first field once shown: typing waits for that, as a reader does
  await expect
    .poll(() =>
      item(c)
        .locator('form.editor')
        .evaluate((f) => f.contains(document.activeElement)),
    )
    .toBe(true);
}

/** type into a field of the open form as a reader does: focus, select all, type */
async function typeInto(c: Clip, field: string, text: string): Promise<void> {
  const input = item(c).locator(`form.editor [name="${field}"]`);
  await input.focus();
  await dash.keyboard.press('Control+A');
  await dash.keyboard.type(text);
}

describe('a clip corrected after saving', () => {
  test('an indicator corrected moves the clip into the row it belongs to; reset and undo put it back', async () => {
    await clipOn(browser, site, 'wuzhong-2025-targets.html', [['56个', 'target']]);
    await clipOn(browser, site, 'taicang-2023-targets.html', [['180余个', 'target']]);
    await dashboardWith(dash, 2);
    expect((await rowNames()).sort()).toEqual(['市重点项目', '市级重点项目'].sort());
    const before = await byText('56个');

    await openForm(before, 'fields');
    // the form opens on the indicator, by keyboard
    await expect.poll(focused).toBe('indicator');
    await typeInto(before, 'indicator', '市级重点项目');
    await dash.keyboard.press('Enter');
    await expect.poll(rowNames).toEqual(['市级重点项目']);
    // one row, Wuzhong's 2025 target beside Taicang's 2023 one
    const cells = dash.locator('table.cmp tbody tr[data-row="市级重点项目"] td .entry');
    expect(await cells.count()).toBe(2);
    const after = await byText('56个');
    expect(after).toMatchObject({ indicator: '市级重点项目', indicatorKey: '市级重点项目', engine: { indicator: '市重点项目' } });
    // it says so: a badge, and the engine's reading beside the field
    await expect.poll(() => item(after).locator('.edited-badge').textContent()).toBe('已更正');
    expect(await item(after).locator('[data-field="indicator"] .engine').textContent()).toContain('引擎读作：市重点项目');
    expect(await item(after).locator('.clip-engine').textContent()).toContain('指标 市重点项目');

    // reset the field: the engine's reading back, exactly
    await item(after).locator('[data-field="indicator"] [data-action="reset-field"]').click();
    await expect.poll(() => byText('56个')).toEqual(before);
    await expect.poll(async () => (await rowNames()).sort()).toEqual(['市重点项目', '市级重点项目'].sort());
    expect(await item(before).locator('.edited-badge').count()).toBe(0);

    // correct two fields, then undo from the notice: the clip as it was
    await typeInto(before, 'indicator', '市级重点项目');
    // digits as a Chinese input method types them
    await typeInto(before, 'value', '５７');
    await dash.keyboard.press('Enter');
    await expect.poll(async () => (await byText('56个')).engine).toEqual({ indicator: '市重点项目', value: 56 });
    expect((await byText('56个')).value).toBe(57);
    await dash.locator('.toast-action').click();
    await expect.poll(() => byText('56个')).toEqual(before);
    await expect.poll(async () => (await rowNames()).sort()).toEqual(['市重点项目', '市级重点项目'].sort());
    // the form follows the clip put back; Esc closes it and gives the focus back to its button
    expect(await item(before).locator('form.editor [name="indicator"]').inputValue()).toBe('市重点项目');
    await item(before).locator('form.editor [name="unit"]').focus();
    await dash.keyboard.press('Escape');
    await expect.poll(() => item(before).locator('form.editor').count()).toBe(0);
    expect(await dash.evaluate(() => document.activeElement?.getAttribute('data-action'))).toBe('open-fields');

    // two fields corrected, then all reset at once
    await openForm(before, 'fields');
    await typeInto(before, 'indicator', '市级重点项目');
    await item(before).locator('form.editor [name="qualifier"]').selectOption('about');
    await dash.keyboard.press('Enter');
    await expect.poll(async () => (await byText('56个')).engine).toEqual({ indicator: '市重点项目', qualifier: 'exact' });
    await item(before).locator('form.editor [data-action="reset-all"]').click();
    await expect.poll(() => byText('56个')).toEqual(before);
  });

  test('among many rows, the row a corrected clip moves to is shown', async () => {
    await clipAllTargets(browser, site, 'wuzhong-2025-targets.html');
    const n = (await dbClips(dash)).length;
    await dashboardWith(dash, n);
    // the table shows the first rows; the clip's row is not among them
    const shownBefore = await rowNames();
    expect(shownBefore.length).toBeLessThan(new Set((await dbClips(dash)).map((c) => c.indicatorKey)).size);
    const c = await byText('56个');
    expect(shownBefore).not.toContain(c.indicatorKey);
    await dash.locator('.card .search').fill('市重点项目');
    await openForm(c, 'fields');
    await typeInto(c, 'indicator', '市级重点项目');
    await dash.keyboard.press('Enter');
    await expect.poll(rowNames).toContain('市级重点项目');
    expect(await rowNames()).toEqual(expect.arrayContaining(shownBefore));
    expect(await dash.locator('tr[data-row="市级重点项目"] .entry').textContent()).toContain('56');
  });

  test.each([
    ['value', '五十六', '数值须为数字'],
    ['period', '3000', '年份须在 1901–2199 之间'],
    ['valueMax', '10', '上限须为不小于数值的数字'],
    ['indicator', '   ', '指标不能为空'],
  ])('%s = "%s" is refused at its field, and nothing is saved', async (field, text, message) => {
    await clipOn(browser, site, 'wuzhong-2025-targets.html', [['56个', 'target']]);
    await dashboardWith(dash, 1);
    const before = await dbClips(dash);
    const c = before[0];
    await openForm(c, 'fields');
    // a good change beside the bad one: nothing is saved half
    await typeInto(c, 'unit', '项');
    await typeInto(c, field, text);
    await dash.keyboard.press('Enter');
    const at = item(c).locator(`[data-field="${field}"]`);
    await expect.poll(() => at.locator('.field-error').textContent()).toContain(message);
    expect(await at.locator(`[name="${field}"]`).getAttribute('aria-invalid')).toBe('true');
    // the focus goes to the field refused
    await expect.poll(focused).toBe(field);
    expect(await item(c).locator('[data-field="unit"] .field-error').count()).toBe(0);
    expect(await dbClips(dash)).toEqual(before);
    expect(await dash.locator('.toast').count()).toBe(0);
  });
});

describe("a page's report corrected at once", () => {
  test('a repost without a year: its year set, every clip of the page leaves 年份不详; reset brings it back', async () => {
    // a summary of the Taicang 2023 report that names no year
    await clipOn(browser, site, NO_YEAR, [
      ['520亿元', 'target'],
      ['超5000亩', 'target'],
      ['52%', 'target'],
      ['177.8亿元', 'actual'],
      ['9.8%', 'actual'],
    ]);
    const n = (await dbClips(dash)).length;
    expect(n).toBe(5);
    await dashboardWith(dash, n);
    await expect.poll(yearHeads).toEqual(['年份不详']);
    const before = await dbClips(dash);
    expect(before.every((c) => c.reportYear === null && c.period === null)).toBe(true);

    const one = await byText('177.8亿元');
    await openForm(one, 'page');
    expect(await item(one).locator('form.editor .hint').textContent()).toContain(`${n} 条`);
    await typeInto(one, 'reportYear', '2023');
    await dash.keyboard.press('Enter');
    // the targets are the year's, the results the year before's
    await expect.poll(async () => (await yearHeads()).sort()).toEqual(['2022', '2023']);
    expect(await dash.locator('fieldset[data-pick=years] label', { hasText: '年份不详' }).count()).toBe(0);
    const after = await dbClips(dash);
    for (const c of after) {
      expect(c.reportYear).toBe(2023);
      expect(c.period).toBe(c.kind === 'target' ? 2023 : 2022);
      expect(c.engine).toEqual({ reportYear: null, period: null });
    }

    // back to the engine's reading, for every clip of the page
    await item(one).locator('form.editor [data-action="reset-all"]').click();
    await expect.poll(yearHeads).toEqual(['年份不详']);
    expect(await dbClips(dash)).toEqual(before.map((c) => ({ ...c })));
  });
});

describe('rows merged and split', () => {
  test("a result in another wording merged into the target's row: paired and judged; undone; unmerged", async () => {
    await seedPair(browser, site);
    await dashboardWith(dash, 2);
    await expect.poll(async () => (await rowNames()).sort()).toEqual([PAIR.target, PAIR.actual].sort());
    expect(await dash.locator('table.cmp [data-verdict]').count()).toBe(0);
    const before = await dbClips(dash);

    // Esc closes the row's menu and gives the focus back to its button
    await dash.locator(`tr[data-row="${PAIR.actual}"] [data-action="row-menu"]`).focus();
    await dash.keyboard.press('Enter');
    await dash.locator('.row-menu [data-control="merge-into"]').waitFor();
    await expect.poll(() => dash.evaluate(() => document.activeElement?.getAttribute('data-control'))).toBe('merge-into');
    // a row of one wording offers no split: it would only rename the row
    expect(await dash.locator('.row-menu [data-action="split"]').count()).toBe(0);
    await dash.keyboard.press('Escape');
    await expect.poll(() => dash.locator('.row-menu').count()).toBe(0);
    expect(await dash.evaluate(() => document.activeElement?.getAttribute('data-action'))).toBe('row-menu');

    const merge = async () => {
      await dash.locator(`tr[data-row="${PAIR.actual}"] [data-action="row-menu"]`).focus();
      await dash.keyboard.press('Enter');
      const menu = dash.locator('.row-menu');
      await menu.waitFor();
      await menu.locator('[data-control="merge-into"]').selectOption(PAIR.target);
      await menu.locator('[data-action="merge"]').press('Enter');
      await expect.poll(rowNames).toEqual([PAIR.target]);
    };
    await merge();
    const row = dash.locator(`tr[data-row="${PAIR.target}"]`);
    // the 2023 target beside the 2023 result, judged
    expect(await row.locator('.entry.target').textContent()).toContain('52%');
    expect(await row.locator('.entry.actual').textContent()).toContain('52.6%');
    expect(await row.locator('[data-verdict]').getAttribute('data-verdict')).toBe('met');
    expect(await row.locator('.merged-from').textContent()).toContain(PAIR.actual);
    // the clips keep their own wording; only the comparison key changed
    const merged = await dbClips(dash);
    const result = merged.find((c) => c.kind === 'actual')!;
    expect(result.indicatorKey).toBe(PAIR.target);
    expect(result.indicator).toBe(before.find((c) => c.kind === 'actual')!.indicator);

    await dash.locator('.toast-action').click();
    await expect.poll(async () => (await rowNames()).sort()).toEqual([PAIR.target, PAIR.actual].sort());
    expect(await dbClips(dash)).toEqual(before);

    // merged again, then split back from the row's menu
    await merge();
    await dash.locator(`tr[data-row="${PAIR.target}"] [data-action="row-menu"]`).click();
    await dash.locator('.row-menu [data-action="unalias"]').click();
    await expect.poll(async () => (await rowNames()).sort()).toEqual([PAIR.target, PAIR.actual].sort());
    expect(await dbClips(dash)).toEqual(before);
    expect(await dash.locator('table.cmp [data-verdict]').count()).toBe(0);
  });

  test('a wording the built-in table folded is split out on a row of its own, and put back', async () => {
    // 规上工业产值 (the 2023 targets) and 规模以上工业总产值 (the 2024 review): one row, built in
    await clipOn(browser, site, 'taicang-2023-targets.html', [['8%', 'target']]);
    await clipOn(browser, site, REVIEW_2024, [['7.5%', 'actual']]);
    await dashboardWith(dash, 2);
    const KEY = '规模以上工业总产值';
    expect(await rowNames()).toEqual([KEY]);
    expect(await dash.locator(`tr[data-row="${KEY}"] [data-verdict]`).getAttribute('data-verdict')).toBe('not-met');
    const before = await dbClips(dash);

    await dash.locator(`tr[data-row="${KEY}"] [data-action="row-menu"]`).click();
    // the row's own name is not offered: only the wording folded into it
    const splits = dash.locator('.row-menu [data-action="split"]');
    expect(await splits.evaluateAll((bs) => bs.map((b) => b.getAttribute('data-wording')))).toEqual(['规上工业产值']);
    await splits.first().press('Enter');
    await expect.poll(async () => (await rowNames()).sort()).toEqual([KEY, '规上工业产值'].sort());
    expect(await dash.locator('table.cmp [data-verdict]').count()).toBe(0);
    expect((await dbClips(dash)).find((c) => c.kind === 'target')!.indicatorKey).toBe('规上工业产值');

    // put back from the split row's menu
    await dash.locator('tr[data-row="规上工业产值"] [data-action="row-menu"]').click();
    await dash.locator('.row-menu [data-action="unalias"]').click();
    await expect.poll(rowNames).toEqual([KEY]);
    expect(await dbClips(dash)).toEqual(before);
  });
});

describe('a note and tags', () => {
  test('written by keyboard, shown, searched; with a correction and a merge, exported and imported into a fresh profile unchanged', async () => {
    await seedPair(browser, site);
    await dashboardWith(dash, 2);
    const target = (await dbClips(dash)).find((c) => c.kind === 'target')!;
    await openForm(target, 'notes');
    await expect.poll(focused).toBe('note');
    await dash.keyboard.type('与统计公报核对：口径为规上工业');
    await dash.keyboard.press('Tab');
    await dash.keyboard.type('高新, 核对、 高新');
    await dash.keyboard.press('Enter');
    await expect.poll(() => item(target).locator('.clip-note').textContent()).toBe('与统计公报核对：口径为规上工业');
    expect(await item(target).locator('.clip-tags li').allTextContents()).toEqual(['高新', '核对']);
    // the search finds a clip by its note and by its tag, and no other
    const search = dash.locator('.card .search');
    for (const q of ['统计公报', '核对']) {
      await search.fill(q);
      await expect
        .poll(() => dash.locator('.clip').evaluateAll((ls) => ls.map((l) => l.getAttribute('data-clip-id'))))
        .toEqual([target.id]);
    }
    await search.fill('');
    // a correction and a merge travel with it
    await openForm(target, 'fields');
    await typeInto(target, 'value', '52.5');
    await dash.keyboard.press('Enter');
    await expect.poll(async () => (await byText('52%')).engine).toEqual({ value: 52 });
    await dash.locator(`tr[data-row="${PAIR.actual}"] [data-action="row-menu"]`).click();
    await dash.locator('.row-menu [data-control="merge-into"]').selectOption(PAIR.target);
    await dash.locator('.row-menu [data-action="merge"]').click();
    await expect.poll(rowNames).toEqual([PAIR.target]);
    const saved = await dbClips(dash);

    const [csv] = await Promise.all([dash.waitForEvent('download'), dash.click('[data-action=export-csv]')]);
    expect(readFileSync(await csv.path(), 'utf8')).toContain('与统计公报核对：口径为规上工业');
    const [dl] = await Promise.all([dash.waitForEvent('download'), dash.click('[data-action=export-json]')]);
    const json = readFileSync(await dl.path(), 'utf8');
    expect(JSON.parse(json)).toMatchObject({ version: 2, aliases: [{ by: 'key', from: PAIR.actual, to: PAIR.target }] });

    const fresh = await launch();
    try {
      const other = await extensionPage(fresh, 'dashboard.html');
      await other.locator('.dashboard-empty').waitFor();
      expect((await importThroughDashboard(other, dl.suggestedFilename(), json)).ok).toBe(true);
      expect(await dbClips(other)).toEqual(saved);
      const there = other.locator(`.clip[data-clip-id="${target.id}"]`);
      expect(await there.locator('.clip-note').textContent()).toBe('与统计公报核对：口径为规上工业');
      expect(await there.locator('.edited-badge').textContent()).toBe('已更正');
      await expect.poll(() => other.locator('table.cmp tbody tr').count()).toBe(1);
      expect(await other.locator('table.cmp [data-verdict]').getAttribute('data-verdict')).toBe('met');
    } finally {
      await fresh.close();
    }
  });
});
