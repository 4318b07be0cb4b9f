// npm run screenshots: the popup offering "read this page" on a page the Lens turned away (a stock
// news page), in real Chromium with the built extension; the popup acts on that tab (?tab=).
import { join } from 'node:path';
import { launch, serve } from '../e2e/harness';
import { settled } from '../e2e/content-pages';

export default async function readPageScreenshot(outDir: string): Promise<void> {
  const [b, site] = await Promise.all([launch(), serve()]);
  try {
    const page = await b.context.newPage();
    await page.goto(site.url('neg-stock-news.html'));
    if ((await settled(page)) !== 'not-report') throw new Error('the stock news page was not turned away');
    const [tab] = await b.worker.evaluate(
      (url) =>
        (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<Array<{ id: number }>> } } }).chrome.tabs.query({ url }),
      page.url(),
    );
    const popup = await b.context.newPage();
    await popup.setViewportSize({ width: 780, height: 420 });
    await popup.goto(`chrome-extension://${b.extensionId}/popup.html?tab=${tab.id}`);
    await popup.click('[data-action=load-sample]');
    await popup.locator('table.cmp [data-verdict]').first().waitFor();
    await popup.click('.toast-close');
    await popup.locator('[data-rl-action="read-page"]').waitFor();
    await popup.screenshot({ path: join(outDir, 'popup-read-page.png') });
  } finally {
    await b.close();
    await site.close();
  }
}
