// npm run screenshots: the dashboard's corrections (issue 9) — a clip being corrected, the engine's
// reading beside each field the reader changed; a clip's note and tags, found by the search; two rows
// merged into a target paired with its result.
// Real Chromium with the built extension, clips made on the fixture pages as a reader makes them.
import { join } from 'node:path';
import { launch, serve } from '../e2e/harness';
import { extensionPage } from '../e2e/popup-helpers';
import { EXTRA_PAGES, PAIR, REVIEW_2024, clipAllTargets, clipOn } from '../e2e/dashboard-seed';

export default async function screenshots(outDir: string): Promise<void> {
  const [b, site] = await Promise.all([launch(), serve(EXTRA_PAGES)]);
  try {
    await clipAllTargets(b, site, 'taicang-2023-targets.html');
    await clipOn(b, site, 'taicang-2023-report.html', [['52%', 'target']]);
    await clipOn(b, site, REVIEW_2024, [
      ['5.1%', 'actual'],
      ['6.2%', 'actual'],
      ['52.6%', 'actual'],
      ['3家', 'actual'],
    ]);
    await clipOn(b, site, 'wuzhong-2025-targets.html', [['56个', 'target']]);
    const dash = await extensionPage(b, 'dashboard.html');
    await dash.setViewportSize({ width: 1280, height: 1000 });

    // a clip corrected: its indicator set, a range added; the engine's reading beside
    const clip = dash.locator('.clip', { hasText: '56个' });
    await clip.locator('[data-action="open-fields"]').click();
    await clip.locator('[name="indicator"]').fill('市级重点项目');
    await clip.locator('[name="valueMax"]').fill('60');
    await clip.locator('[data-action="save"]').click();
    await clip.locator('[data-field="valueMax"] .engine').waitFor();
    await clip.locator('[name="period"]').fill('3000');
    await clip.locator('[data-action="save"]').click();
    await clip.locator('[data-field="period"] .field-error').waitFor();
    await dash.click('.toast-close');
    await clip.screenshot({ path: join(outDir, 'dashboard-correct.png') });
    await clip.locator('[data-action="close"]').click();

    // a note and tags on a clip; the search finds it by its tag
    const noted = dash.locator('.clip', { hasText: '52%' }).first();
    await noted.locator('[data-action="open-notes"]').click();
    await noted.locator('[name="note"]').fill('与统计公报核对：口径为规上工业');
    await noted.locator('[name="tags"]').fill('高新, 核对');
    await noted.locator('[data-action="save"]').click();
    await noted.locator('.clip-note').waitFor();
    await dash.click('.toast-close');
    await dash.locator('.card .search').fill('核对');
    await dash.locator('.clip-tags').first().waitFor();
    const list = dash.locator('section.card', { has: dash.locator('.search') });
    await list.screenshot({ path: join(outDir, 'dashboard-notes.png') });
    await dash.locator('.card .search').fill('');

    // rows merged: the 2024 report's wording into the 2023 target's row, paired and judged
    await dash.locator('fieldset[data-pick=rows] button', { hasText: '全不选' }).click();
    for (const row of ['地区生产总值 · 增速', '一般公共预算收入 · 增速', '新增上市企业', '市级重点项目', PAIR.target, PAIR.actual]) {
      await dash.locator('fieldset[data-pick=rows] label', { hasText: row }).first().locator('input').check();
    }
    await dash.locator(`tr[data-row="${PAIR.actual}"] [data-action="row-menu"]`).click();
    await dash.locator('.row-menu [data-control="merge-into"]').selectOption(PAIR.target);
    await dash.locator('.row-menu [data-action="merge"]').click();
    await dash.locator(`tr[data-row="${PAIR.target}"] .merged-from`).waitFor();
    await dash.locator(`tr[data-row="${PAIR.target}"] [data-action="row-menu"]`).click();
    await dash.locator('.row-menu').waitFor();
    await dash.click('.toast-close');
    const card = dash.locator('section.card', { has: dash.locator('#table-h') });
    await card.evaluate((el) => el.scrollIntoView());
    await dash.setViewportSize({ width: 1280, height: 760 });
    await card.screenshot({ path: join(outDir, 'dashboard-merge.png') });
  } finally {
    await b.close();
    await site.close();
  }
}
