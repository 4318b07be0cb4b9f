// Clipping a selection and correcting before saving, in real Chromium (issue 9, items 2 and 3 on the
// page): a selection the engine tagged no figure in is clipped by the button beside it, its fields
// filled in the editor (an extension page framed beside it) and saved as a manual clip, shown again on
// a reload and taken out with the Lens; a tagged figure is corrected before clipping (the engine's
// reading kept beside); a bad value is refused at its field with nothing saved; a page's own script
// can do none of it.
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { launch, serve, type Browser, type Site } from './harness';
import { cardButton, openClipFromExtension, readClips, settled, toolbarButton } from './content-pages';
import { dragSelect, scriptSelect } from './content-selection';
import { extensionPage } from './popup-helpers';
import { editorFrame, focusedAction, notClipped, ui } from './closed-ui';

const PAGE = 'taicang-2023-targets.html';
/** 对德合作<strong>30</strong>周年: an anniversary, which the engine rightly does not take for a figure */
const MISSED = '对德合作30周年';

let browser: Browser;
let site: Site;
beforeAll(async () => {
  [browser, site] = await Promise.all([launch(), serve()]);
});
afterAll(async () => {
  await browser?.close(true);
  await site?.close();
});

/** the reader's own figures, drawn in our layer (the page holds no mark of them), by their text */
const readerMark = (page: Page, text = '') => ui(page, `rl-clips [data-rl-reader${text ? `="${text}"` : ''}]`);
/** the pointer over the reader's own figure (its box in our layer: the page has no element there) */
async function hoverReader(page: Page, text: string): Promise<void> {
  const box = await ui(page, `rl-clips [data-rl-reader="${text}"] .fill`).boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
}

/** the editor framed into the page, once it shows its form */
async function editor(page: Page): Promise<Frame> {
  await expect.poll(() => ui(page, 'rl-editor iframe').count()).toBe(1);
  const frame = await editorFrame(page);
  await frame.locator('#draft-indicator').waitFor();
  return frame;
}
const field = (frame: Frame, name: string) => frame.locator(`#draft-${name}`);
/** the id of the element with the keyboard, in the frame */
const focusedIn = (frame: Frame) =>
  frame.evaluate(() => document.activeElement?.id || document.activeElement?.getAttribute('data-rl-action'));
const editorGone = (page: Page) => expect.poll(() => ui(page, 'rl-editor iframe').count()).toBe(0);

async function open(): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(site.url(PAGE));
  expect(await settled(page)).toBe('tagged');
  return page;
}

test('a selection the engine missed: the button beside it opens the editor to fill in, Enter saves a manual clip, a reload shows it', async () => {
  const page = await open();
  // the engine tagged nothing there
  const paragraph = page.locator('p', { hasText: MISSED });
  expect(await paragraph.count()).toBe(1);
  expect(await paragraph.locator('rl-mark', { hasText: '30' }).count()).toBe(0);
  const before = await readClips(browser.worker);
  await dragSelect(page, MISSED);
  await ui(page, 'rl-card [data-rl-action="clip-selection"]').click();
  // the editor opens, the keyboard in its first field; the value is the reader's to type
  const frame = await editor(page);
  expect(await field(frame, 'value').inputValue()).toBe('');
  await expect.poll(() => focusedIn(frame)).toBe('draft-indicator');
  // the selection is drawn as the reader's while the editor is open (over <strong>30</strong>), and nothing goes into the page
  await expect.poll(() => readerMark(page, MISSED).count()).toBe(1);
  expect(await page.locator('rl-mark', { hasText: '周年' }).count()).toBe(0);
  // by keyboard: type the indicator, Tab to the value, then the upper end, then the unit; Enter saves
  await page.keyboard.type('对德合作周年');
  await page.keyboard.press('Tab');
  await page.keyboard.type('30');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.type('周年');
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await readClips(browser.worker)).length).toBe(before.length + 1);
  const clip = (await readClips(browser.worker)).find((c) => !before.some((b) => b.id === c.id))!;
  expect(clip.manual).toBe(true);
  expect(clip.engine).toBeUndefined();
  expect(clip).toMatchObject({ indicator: '对德合作周年', value: 30, unit: '周年', measure: 'level', qualifier: 'exact' });
  expect(clip.selector.quote.exact).toBe(MISSED);
  expect(clip.sentence).toContain(MISSED);
  expect(clip.url).toBe(site.url(PAGE));
  // the dashboard lists it with the others
  const dash = await extensionPage(browser, 'dashboard.html');
  await expect.poll(() => dash.locator(`.clip[data-clip-id="${clip.id}"]`).textContent()).toContain('对德合作周年');
  await dash.close();
  await expect.poll(() => readerMark(page, MISSED).getAttribute('data-rl-clipped')).toBe('true');
  // nothing in the page says what the reader typed
  expect(await page.evaluate(() => document.documentElement.outerHTML)).not.toContain('对德合作周年');
  // the editor is gone; the card shows the figure as saved
  await editorGone(page);
  await hoverReader(page, MISSED);
  await expect.poll(() => ui(page, 'rl-card [data-rl-field="indicator"]').textContent()).toBe('对德合作周年');
  await page.keyboard.press('Escape');
  await expect.poll(() => ui(page, 'rl-card .card').count()).toBe(0);
  expect(await readerMark(page).count()).toBe(1);

  // a revisit finds it by its quote alone (no tag of the engine's is there) and shows it clipped
  await page.reload();
  expect(await settled(page)).toBe('tagged');
  await expect.poll(() => readerMark(page, MISSED).getAttribute('data-rl-clipped')).toBe('true');
  expect((await readClips(browser.worker)).find((c) => c.id === clip.id)?.source).toBeUndefined();
  await hoverReader(page, MISSED);
  await expect.poll(() => ui(page, 'rl-card [data-rl-field="indicator"]').textContent()).toBe('对德合作周年');
  expect(await ui(page, 'rl-card [data-rl-field="value"]').textContent()).toBe('30周年');

  // switched off, the marks go (the reader's was never in the page), the paragraph's nodes as the page served them
  await page.mouse.move(5, 5);
  if (await toolbarButton(page, 'expand').count()) await toolbarButton(page, 'expand').click();
  await toolbarButton(page, 'off-page').click();
  await expect.poll(() => page.locator('rl-mark').count()).toBe(0);
  expect(await readerMark(page).count()).toBe(0);
  const nodes = await page.evaluate(async (text) => {
    const of = (doc: Document) => {
      const p = [...doc.querySelectorAll('p')].find((el) => el.textContent!.includes(text))!;
      return [...p.childNodes].map((n) => `${n.nodeType}:${n.textContent}`);
    };
    const served = new DOMParser().parseFromString(await (await fetch(location.href)).text(), 'text/html');
    return { live: of(document), served: of(served) };
  }, MISSED);
  expect(nodes.live.length).toBeGreaterThan(2);
  expect(nodes.live).toEqual(nodes.served);
  await toolbarButton(page, 'on').click();
  expect(await settled(page)).toBe('tagged');
  await expect.poll(() => readerMark(page, MISSED).getAttribute('data-rl-clipped')).toBe('true');
  // selected again, it is the same clip: its card opens as it is, with no second mark
  await scriptSelect(page, MISSED);
  await page.keyboard.press('Alt+Shift+C');
  await expect.poll(() => ui(page, 'rl-card [data-rl-field="indicator"]').textContent()).toBe('对德合作周年');
  expect(await ui(page, 'rl-editor iframe').count()).toBe(0);
  expect(await readerMark(page).count()).toBe(1);
  await page.close();
});

test("a tagged figure corrected before clipping: Alt+Shift+C on a selection in it, the clip keeps the engine's reading beside", async () => {
  const page = await open();
  const mark = (await notClipped(page, 'rl-mark[data-rl-kind="target"][data-rl-edge~="head"]')).first();
  const id = await mark.getAttribute('data-rl-id');
  const text = (await page.locator(`rl-mark[data-rl-id="${id}"]`).allTextContents()).join('');
  await mark.hover();
  await expect.poll(() => ui(page, 'rl-card [data-rl-field="indicator"]').count()).toBe(1);
  const engineIndicator = (await ui(page, 'rl-card [data-rl-field="indicator"]').textContent())!;
  await page.keyboard.press('Escape');
  const before = await readClips(browser.worker);
  // the reader selects the figure (here by the page's own means: only the key is the reader's)
  await scriptSelect(page, text);
  await page.keyboard.press('Alt+Shift+C');
  const frame = await editor(page);
  expect(await field(frame, 'indicator').inputValue()).toBe(engineIndicator);
  const enginePeriod = Number(await field(frame, 'period').inputValue());
  // it is the engine's tag, not a reader's figure
  expect(await readerMark(page, text).count()).toBe(0);
  await field(frame, 'indicator').fill('地区生产总值（按常住人口）');
  await field(frame, 'period').fill(String(enginePeriod + 1));
  // the engine's reading is said beside each field changed
  await expect.poll(() => frame.locator('[data-field="period"] .engine').textContent()).toContain(String(enginePeriod));
  await frame.locator('[data-rl-action="save"]').click();
  await expect.poll(async () => (await readClips(browser.worker)).length).toBe(before.length + 1);
  const clip = (await readClips(browser.worker)).find((c) => !before.some((b) => b.id === c.id))!;
  expect(clip.indicator).toBe('地区生产总值（按常住人口）');
  expect(clip.period).toBe(enginePeriod + 1);
  expect(clip.engine).toEqual({ indicator: engineIndicator, period: enginePeriod });
  expect(clip.manual).toBeUndefined();
  expect(clip.text).toBe(text);
  await expect.poll(() => ui(page, `rl-clips [data-rl-id="${id}"][data-rl-clipped="true"]`).count()).toBeGreaterThan(0);

  // on a revisit its card shows the figure as the reader set it; taken back and undone, it is clipped so again
  const heads = page.locator('rl-mark[data-rl-kind="target"][data-rl-edge~="head"]');
  const index = await heads.evaluateAll((els, id) => els.findIndex((e) => e.getAttribute('data-rl-id') === id), id);
  await page.reload();
  expect(await settled(page)).toBe('tagged');
  await expect
    .poll(async () =>
      ui(page, `rl-clips [data-rl-id="${await heads.nth(index).getAttribute('data-rl-id')}"]`).getAttribute('data-rl-clipped'),
    )
    .toBe('true');
  await heads.nth(index).hover();
  await expect.poll(() => ui(page, 'rl-card [data-rl-field="indicator"]').textContent()).toBe('地区生产总值（按常住人口）');
  expect(await ui(page, 'rl-card [data-rl-field="period"]').textContent()).toContain(String(enginePeriod + 1));
  await cardButton(page, 'unclip').click();
  await expect.poll(async () => (await readClips(browser.worker)).some((c) => c.id === clip.id)).toBe(false);
  await cardButton(page, 'undo-unclip').click();
  await expect
    .poll(async () => (await readClips(browser.worker)).find((c) => c.id === clip.id))
    .toMatchObject({
      indicator: '地区生产总值（按常住人口）',
      period: enginePeriod + 1,
      engine: { indicator: engineIndicator, period: enginePeriod },
    });
  await page.close();
});

test('keyboard: Alt+Shift+C on a focused mark edits it, Tab goes through the fields, Escape cancels and gives the keyboard back; Edit by mouse, saved unchanged, stores no correction', async () => {
  const page = await open();
  const before = await readClips(browser.worker);
  const mark = (await notClipped(page, 'rl-mark[data-rl-kind="target"][data-rl-edge~="head"]')).nth(2);
  const id = await mark.getAttribute('data-rl-id');
  await mark.focus();
  await page.keyboard.press('Alt+Shift+C');
  const frame = await editor(page);
  await expect.poll(() => focusedIn(frame)).toBe('draft-indicator');
  const order: Array<string | null | undefined> = [await focusedIn(frame)];
  for (let i = 0; i < 12; i++) {
    await page.keyboard.press('Tab');
    order.push(await focusedIn(frame));
  }
  expect(order).toEqual([
    'draft-indicator',
    'draft-value',
    'draft-valueMax',
    'draft-unit',
    'draft-qualifier',
    'draft-measure',
    'draft-kind',
    'draft-period',
    'draft-periodFrom',
    'draft-note',
    'draft-tags',
    'save',
    'cancel',
  ]);
  await page.keyboard.press('Escape');
  await editorGone(page);
  // the keyboard is back on the mark, its card closed
  await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-rl-id'))).toBe(id);
  expect(await ui(page, 'rl-card .card').count()).toBe(0);
  expect(await readClips(browser.worker)).toEqual(before);

  await mark.hover();
  await ui(page, 'rl-card [data-rl-action="edit"]').click();
  await (await editor(page)).locator('[data-rl-action="save"]').click();
  await expect.poll(async () => (await readClips(browser.worker)).length).toBe(before.length + 1);
  const clip = (await readClips(browser.worker)).find((c) => !before.some((b) => b.id === c.id))!;
  expect(clip.engine).toBeUndefined();
  expect(clip.editedAt).toBeUndefined();
  await expect.poll(() => ui(page, `rl-clips [data-rl-id="${id}"][data-rl-clipped="true"]`).count()).toBeGreaterThan(0);
  await page.close();
});

test('a bad value is refused at its field and nothing is saved; Escape cancels and the selection mark goes', async () => {
  const page = await open();
  const before = await readClips(browser.worker);
  const count = await page.evaluate(() => document.documentElement.getAttribute('data-rl-count'));
  await dragSelect(page, '德国“太仓日”');
  await page.keyboard.press('Alt+Shift+C');
  const frame = await editor(page);
  const refusal = (name: string) => frame.locator(`[data-field="${name}"] .field-error`);
  await field(frame, 'indicator').fill('太仓日');
  await field(frame, 'value').fill('三十');
  await field(frame, 'value').press('Enter');
  await expect.poll(() => refusal('value').count()).toBe(1);
  expect(await refusal('value').textContent()).toBe('数值须为数字');
  expect(await field(frame, 'value').getAttribute('aria-invalid')).toBe('true');
  // the keyboard is taken to the field refused
  await expect.poll(() => focusedIn(frame)).toBe('draft-value');
  // a year out of range too
  await field(frame, 'value').fill('1');
  await field(frame, 'period').fill('3000');
  await frame.locator('[data-rl-action="save"]').click();
  await expect.poll(() => refusal('period').count()).toBe(1);
  expect(await refusal('value').count()).toBe(0);
  await page.waitForTimeout(300);
  expect(await readClips(browser.worker)).toEqual(before);
  await expect.poll(() => readerMark(page, '德国“太仓日”').count()).toBe(1);
  await page.keyboard.press('Escape');
  await editorGone(page);
  await expect.poll(() => readerMark(page, '德国“太仓日”').count()).toBe(0);
  // the page's count is as before the selection
  expect(await page.evaluate(() => document.documentElement.getAttribute('data-rl-count'))).toBe(count);
  expect(await readClips(browser.worker)).toEqual(before);
  await page.close();
});

test("a manual clip taken back from its card, the undo clips it again as the reader set it; closed, the reader's mark goes", async () => {
  const page = await open();
  const before = await readClips(browser.worker);
  await dragSelect(page, '加强对德人文交流');
  await page.keyboard.press('Alt+Shift+C');
  const frame = await editor(page);
  await field(frame, 'indicator').fill('对德人文交流活动');
  await field(frame, 'value').fill('12');
  await field(frame, 'unit').fill('场');
  expect(await field(frame, 'kind').inputValue()).toBe('target');
  await field(frame, 'kind').selectOption('actual');
  await field(frame, 'unit').press('Enter');
  await expect.poll(async () => (await readClips(browser.worker)).length).toBe(before.length + 1);
  const made = (await readClips(browser.worker)).find((c) => !before.some((b) => b.id === c.id))!;
  const mine = readerMark(page, '加强对德人文交流');
  // the figure is drawn as the kind the reader set
  await expect.poll(() => mine.getAttribute('data-rl-kind')).toBe('actual');
  expect(made.kind).toBe('actual');
  await editorGone(page);
  await hoverReader(page, '加强对德人文交流');
  await cardButton(page, 'unclip').click();
  await expect.poll(async () => (await readClips(browser.worker)).length).toBe(before.length);
  // the figure stays drawn while the card offers the undo
  expect(await mine.count()).toBe(1);
  // the undo, the card closed at once, before the clip is back in the database: the figure stays, clipped
  await cardButton(page, 'undo-unclip').click();
  await page.keyboard.press('Escape');
  await expect
    .poll(async () => (await readClips(browser.worker)).find((c) => c.id === made.id))
    .toMatchObject({
      indicator: '对德人文交流活动',
      value: 12,
      unit: '场',
      manual: true,
    });
  await expect.poll(() => mine.getAttribute('data-rl-clipped')).toBe('true');
  await hoverReader(page, '加强对德人文交流');
  // closed at once, before the clip is gone from the database: the figure goes all the same
  await cardButton(page, 'unclip').click();
  await page.keyboard.press('Escape');
  await expect.poll(async () => (await readClips(browser.worker)).length).toBe(before.length);
  await expect.poll(() => mine.count()).toBe(0);
  expect(await page.locator('p', { hasText: '加强对德人文交流' }).count()).toBe(1);
  await page.close();
});

test("the reader's own figures, which are no tab stops, are reached from the toolbar by keyboard: each in turn, the keyboard in its card, Escape back", async () => {
  const page = await open();
  const own = ui(page, 'rl-toolbar [data-rl-action="next-own"]');
  // figures of the reader's clipped by the tests before, found again on this page
  const had = (await own.count()) ? Number((await own.textContent())!.match(/\d+/)![0]) : 0;
  const mine = { 加强对德人文交流: '对德人文交流活动', '德国“太仓日”': '太仓日活动' };
  for (const [text, indicator] of Object.entries(mine)) {
    await dragSelect(page, text);
    await page.keyboard.press('Alt+Shift+C');
    const frame = await editor(page);
    await field(frame, 'indicator').fill(indicator);
    await field(frame, 'value').fill('3');
    await field(frame, 'unit').fill('场');
    await field(frame, 'unit').press('Enter');
    await editorGone(page);
  }
  await expect.poll(() => own.textContent()).toContain(String(had + 2));
  // Alt+Shift+L to the toolbar, then back one stop to "yours"
  await page.mouse.move(1, 1);
  await page.keyboard.press('Alt+Shift+L');
  await page.keyboard.press('Shift+Tab');
  expect(await focusedAction(page, 'rl-toolbar')).toBe('next-own');
  const seen: string[] = [];
  for (let i = 0; i <= had + 2; i++) {
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedAction(page, 'rl-card')).toBe('unclip');
    expect(await page.evaluate(() => document.activeElement?.localName)).toBe('rl-card');
    seen.push((await ui(page, 'rl-card [data-rl-field="indicator"]').textContent())!);
    // the key hint does not offer to clip what is clipped (Enter here takes it back)
    expect(await ui(page, 'rl-card .keys').textContent()).toBe('Esc 关闭');
    // the card is over its figure, which was scrolled into view
    const card = await ui(page, 'rl-card .card').boundingBox();
    expect(card.y).toBeGreaterThanOrEqual(0);
    expect(card.y).toBeLessThan(page.viewportSize()!.height);
    await page.keyboard.press('Escape');
    await expect.poll(() => ui(page, 'rl-card .card').count()).toBe(0);
    expect(await focusedAction(page, 'rl-toolbar')).toBe('next-own');
  }
  // every figure once, in turn, then the first again
  expect(new Set(seen.slice(0, -1)).size).toBe(had + 2);
  expect(seen).toEqual(expect.arrayContaining(Object.values(mine)));
  expect(seen.at(-1)).toBe(seen[0]);
  // the keyboard in the card acts there: Enter takes the clip back
  await page.keyboard.press('Enter');
  await expect.poll(() => focusedAction(page, 'rl-card')).toBe('unclip');
  const before = (await readClips(browser.worker)).length;
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await readClips(browser.worker)).length).toBe(before - 1);
  await page.close();
});

test('a manual clip opened from the extension is found in its page by its quote, scrolled to and flashed', async () => {
  const page = await open();
  await dragSelect(page, '打响“德国风情街”商业品牌');
  await page.keyboard.press('Alt+Shift+C');
  const frame = await editor(page);
  await field(frame, 'indicator').fill('德国风情街商业品牌');
  await field(frame, 'value').fill('1');
  await field(frame, 'unit').fill('个');
  await field(frame, 'unit').press('Enter');
  const mine = async () => (await readClips(browser.worker)).find((c) => c.indicator === '德国风情街商业品牌');
  await expect.poll(mine).toBeTruthy();
  const clip = (await mine())!;
  await page.close();
  const opened = await openClipFromExtension(browser, clip.id);
  await opened.waitForLoadState();
  await ui(opened, 'rl-clips [data-rl-reader][data-rl-flash]').waitFor({ timeout: 15_000 });
  expect(await ui(opened, 'rl-clips [data-rl-flash]').getAttribute('data-rl-reader')).toBe('打响“德国风情街”商业品牌');
  await opened.close();
});

test("a page's own script cannot clip a selection: neither its key events nor a click on the button act", async () => {
  const page = await open();
  const before = await readClips(browser.worker);
  await dragSelect(page, '双元制人才培养');
  const button = ui(page, 'rl-card [data-rl-action="clip-selection"]');
  await expect.poll(() => button.count()).toBe(1);
  await page.evaluate(() => {
    const key = { key: 'C', code: 'KeyC', altKey: true, shiftKey: true, bubbles: true, composed: true };
    document.body.dispatchEvent(new KeyboardEvent('keydown', key));
    document.dispatchEvent(new KeyboardEvent('keydown', key));
  });
  // the button is out of the page's reach (a closed root); a script that could reach it, clicking, does nothing
  expect(await page.evaluate(() => document.querySelector('rl-card')!.shadowRoot)).toBeNull();
  await button.scriptClick();
  await page.waitForTimeout(600);
  expect(await ui(page, 'rl-editor iframe').count()).toBe(0);
  expect(await readerMark(page, '双元制人才培养').count()).toBe(0);
  // and a page's mouseup offers no button for a selection of its own making
  await page.mouse.click(5, 5);
  await expect.poll(() => button.count()).toBe(0);
  await scriptSelect(page, '双元制人才培养');
  await page.evaluate(() => document.body.dispatchEvent(new MouseEvent('mouseup', { bubbles: true })));
  await page.waitForTimeout(300);
  expect(await button.count()).toBe(0);
  // the same selection, the reader's own key: it opens (so the above could have)
  await page.keyboard.press('Alt+Shift+C');
  await editor(page);
  expect(await readClips(browser.worker)).toEqual(before);
  await page.close();
});
