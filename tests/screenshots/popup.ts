// npm run screenshots: the popup comparing the sample clips (targets beside results, verdicts, a
// district's target against the nation's) and the dashboard with its chart, in real Chromium with
// the built extension. The sample is the one the empty state offers (public/sample-clips.json).
import { join } from 'node:path';
import { launch } from '../e2e/harness';
import { extensionPage, openPopup } from '../e2e/popup-helpers';

export default async function popupScreenshots(outDir: string): Promise<void> {
  const b = await launch();
  try {
    const popup = await openPopup(b);
    await popup.setViewportSize({ width: 780, height: 600 });
    await popup.click('[data-action=load-sample]');
    await popup.locator('table.cmp [data-verdict]').first().waitFor();
    await popup.click('.toast-close');
    await popup.screenshot({ path: join(outDir, 'popup-compare.png') });
    await popup.click('#tab-clips');
    await popup.locator('.clip').first().waitFor();
    await popup.screenshot({ path: join(outDir, 'popup-clips.png') });

    const dash = await extensionPage(b, 'dashboard.html');
    await dash.setViewportSize({ width: 1280, height: 1100 });
    await dash.locator('svg.chart rect.bar').first().waitFor();
    await dash.screenshot({ path: join(outDir, 'dashboard.png') });
    await dash.click('[data-control=chart-lines]');
    await dash.locator('svg.chart path.line').first().waitFor();
    await dash.locator('svg.chart').screenshot({ path: join(outDir, 'dashboard-lines.png') });
  } finally {
    await b.close();
  }
}
