// The README's pictures of the content script: the Taicang report tagged, a target's card open, the
// toolbar; the same page after "clip all targets"; a selection the engine tagged no figure in, filled
// in in the editor framed beside it. Real Chromium with the built extension, 1280×900. Called by
// tests/screenshots/run.ts with the folder to write to.
import { join } from 'node:path';
import { launch, serve } from '../e2e/harness';
import { settled } from '../e2e/content-pages';
import { dragSelect } from '../e2e/content-selection';
import { editorFrame, ui } from '../e2e/closed-ui';

export default async function screenshots(outDir: string): Promise<void> {
  const [browser, site] = await Promise.all([launch(), serve()]);
  try {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(site.url('taicang-2023-report.html'));
    if ((await settled(page)) !== 'tagged') throw new Error('the Taicang report was not tagged');
    // the year's main targets, with results of the review above them
    const target = page.locator('rl-mark[data-rl-kind="target"]', { hasText: '5%左右' }).first();
    await target.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await page.mouse.wheel(0, -120);
    await target.hover();
    await ui(page, 'rl-card [data-rl-action="clip"]').waitFor();
    await page.waitForTimeout(200);
    await page.screenshot({ path: join(outDir, 'content-card.png') });

    await page.mouse.move(5, 5);
    await ui(page, 'rl-toolbar [data-rl-action="clip-targets"]').click();
    await ui(page, 'rl-toolbar [role="status"]').waitFor();
    const clipped = page.locator('rl-mark[data-rl-kind="target"]', { hasText: '8%' }).first();
    await clipped.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await page.mouse.wheel(0, -120);
    await clipped.hover();
    await ui(page, 'rl-card [data-rl-action="clip"][disabled]').waitFor();
    await page.waitForTimeout(200);
    await page.screenshot({ path: join(outDir, 'content-clipped.png') });

    // an anniversary the engine rightly leaves alone, clipped by the reader all the same
    await page.keyboard.press('Escape');
    await page.mouse.move(5, 5);
    await dragSelect(page, '对德合作30周年');
    await page.mouse.wheel(0, 160);
    await ui(page, 'rl-card [data-rl-action="clip-selection"]').click();
    const frame = await editorFrame(page);
    const field = (name: string) => frame.locator(`#draft-${name}`);
    await field('indicator').fill('对德合作周年');
    await field('value').fill('30');
    await field('unit').fill('周年');
    await field('note').fill('对德合作三十周年，非经济指标');
    await field('unit').focus();
    await page.waitForTimeout(200);
    await page.screenshot({ path: join(outDir, 'content-select-edit.png') });
    await page.close();
  } finally {
    await browser.close();
    await site.close();
  }
}
