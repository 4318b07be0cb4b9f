// Correcting a figure before clipping it, in real Chromium with the extension: the card's "edit & clip"
// opens the editor — an extension page framed into the report page — where the reader corrects a
// field, adds a note and tags, and clips. The clip keeps the engine's reading beside what the reader
// set; a value that is no number is refused at its field with nothing saved; and the page's own
// scripts, listening to every key and reading every shadow root, learn nothing of what was typed.
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { launch, serve, type Browser, type Site } from './harness';
import { cardButton, readClips, settled, toolbarButton } from './content-pages';
import { editorFrame, notClipped, ui } from './closed-ui';

/** the page spies on the reader: every key event and every value it can reach */
const SPY = `<script>
window.__keys = [];
for (const type of ['keydown', 'keypress', 'keyup', 'input', 'beforeinput'])
  window.addEventListener(type, (e) => window.__keys.push(e.key ?? e.data ?? type), true);
window.__read = () => {
  const out = [];
  const walk = (root) => {
    for (const el of root.querySelectorAll('*')) {
      if ('value' in el && typeof el.value === 'string' && el.value) out.push(el.value);
      if (el.shadowRoot) walk(el.shadowRoot);
      if (el.tagName === 'IFRAME') { try { out.push(el.contentDocument.body.innerText); } catch { out.push('cross-origin'); } }
    }
  };
  walk(document);
  return out;
};
</script>`;

let browser: Browser;
let site: Site;
beforeAll(async () => {
  const { readFileSync } = await import('node:fs');
  const { join } = await import('node:path');
  const { FIXTURES } = await import('./harness');
  const page = readFileSync(join(FIXTURES, 'taicang-2023-targets.html'), 'utf8');
  // a page that allows no frames at all
  const strict = page.replace('<head>', `<head><meta http-equiv="Content-Security-Policy" content="frame-src 'none'; child-src 'none'">`);
  [browser, site] = await Promise.all([
    launch(),
    serve({ '/spy/targets.html': page.replace('</head>', `${SPY}</head>`), '/csp/targets.html': strict }),
  ]);
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** open the editor on the first target mark; resolves to its frame */
async function openEditor(page: Page): Promise<{ id: string; frame: Frame }> {
  const mark = (await notClipped(page, 'rl-mark[data-rl-kind="target"]')).first();
  const id = (await mark.getAttribute('data-rl-id'))!;
  await mark.hover();
  await cardButton(page, 'edit').click();
  const frame = await editorFrame(page);
  await frame.locator('[data-rl-action="save"]').waitFor();
  return { id, frame };
}

test('a figure corrected and noted before clipping: stored with the engine’s reading beside; the page learns nothing typed', async () => {
  const page = await browser.context.newPage();
  await page.goto(site.url('spy/targets.html'));
  expect(await settled(page)).toBe('tagged');
  const { id, frame } = await openEditor(page);
  const engineValue = await frame.locator('#draft-value').inputValue();
  await page.evaluate(() => {
    (window as unknown as { __keys: string[] }).__keys.length = 0;
  });

  // a value that is no number: refused at its field, nothing saved
  await frame.locator('#draft-value').fill('');
  await frame.locator('#draft-value').pressSequentially('五点五');
  await frame.locator('[data-rl-action="save"]').click();
  await expect.poll(() => frame.locator('[data-field="value"] .field-error').count()).toBe(1);
  expect(await readClips(browser.worker)).toEqual([]);

  // corrected, noted, tagged, clipped with Enter
  await frame.locator('#draft-value').fill('');
  await frame.locator('#draft-value').pressSequentially('5.5');
  await frame.locator('#draft-note').pressSequentially('口径待核');
  await frame.locator('#draft-tags').pressSequentially('GDP 核对');
  await expect.poll(() => frame.locator('[data-field="value"] .engine').count()).toBe(1);
  await frame.locator('#draft-tags').press('Enter');
  await expect.poll(async () => (await readClips(browser.worker)).length).toBe(1);
  const [clip] = await readClips(browser.worker);
  expect(clip).toMatchObject({ value: 5.5, engine: { value: Number(engineValue) }, note: '口径待核', tags: ['GDP', '核对'] });
  // the frame goes, and the figure shows as clipped
  await expect.poll(() => ui(page, 'rl-editor iframe').count()).toBe(0);
  await expect.poll(() => ui(page, `rl-clips [data-rl-id="${id}"][data-rl-clipped="true"]`).count()).toBeGreaterThan(0);

  // nothing the reader typed reached the page: no key events, no values it can read
  const seen = await page.evaluate(() => ({
    keys: (window as unknown as { __keys: string[] }).__keys,
    values: (window as unknown as { __read: () => string[] }).__read(),
  }));
  expect(seen.keys).toEqual([]);
  expect(seen.values.join(' ')).not.toMatch(/口径待核|核对|五点五/);
  await page.close();
});

test('Escape in the editor closes it and saves nothing; a page script cannot open it', async () => {
  const page = await browser.context.newPage();
  await page.goto(site.url('spy/targets.html'));
  expect(await settled(page)).toBe('tagged');
  const before = (await readClips(browser.worker)).length;
  const { frame } = await openEditor(page);
  await frame.locator('#draft-indicator').press('Escape');
  await expect.poll(() => ui(page, 'rl-editor iframe').count()).toBe(0);
  expect((await readClips(browser.worker)).length).toBe(before);

  // the page cannot reach the card's edit button (its root is closed); a script that could, clicking it, does nothing
  await (await notClipped(page, 'rl-mark[data-rl-kind="target"]')).nth(1).hover();
  await cardButton(page, 'edit').waitFor();
  expect(await page.evaluate(() => document.querySelector('rl-card')!.shadowRoot)).toBeNull();
  await cardButton(page, 'edit').scriptClick();
  await page.waitForTimeout(800);
  expect(await ui(page, 'rl-editor iframe').count()).toBe(0);
  await page.close();
});

test('the editor opens on a page whose policy allows no frames; switching the Lens off takes it away with the marks', async () => {
  const page = await browser.context.newPage();
  await page.goto(site.url('csp/targets.html'));
  expect(await settled(page)).toBe('tagged');
  const { frame } = await openEditor(page);
  expect(await frame.locator('#draft-indicator').inputValue()).not.toBe('');
  await page.mouse.move(5, 5);
  if (await toolbarButton(page, 'expand').count()) await toolbarButton(page, 'expand').click();
  await toolbarButton(page, 'off-page').click();
  await expect.poll(() => ui(page, 'rl-editor iframe').count()).toBe(0);
  expect(await page.locator('rl-mark').count()).toBe(0);
  await toolbarButton(page, 'on').click();
  expect(await settled(page)).toBe('tagged');
  await page.close();
});
